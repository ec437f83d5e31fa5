// Request body size cap, on every path: 413, in Bifrost's error envelope on REST and as a GraphQL
// error elsewhere. A declared length decides at once; only a chunked body is read (and buffered) here. (Yoga's own
// `maxRequestBodySize` pipes every body through a stream with an abort signal, several times the
// cost of a small check request.)
import type { Plugin } from 'graphql-yoga';
import { errorReply } from './rest/reply.js';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Reads a body of undeclared length (chunked) to its end, or null once it passes `limit`. */
async function readUpTo(body: ReadableStream<Uint8Array>, limit: number): Promise<ArrayBuffer | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  const all = Buffer.concat(chunks);
  // A Buffer's backing store is a plain ArrayBuffer (typed as possibly shared).
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
}

export interface BodyLimitOptions {
  limit: number;
  /** REST routes live under this path prefix. */
  restPrefix: string;
}

/** Place it before any plugin that reads the request: a chunked body is replaced by its buffered copy. */
export function useBodyLimit({ limit, restPrefix }: BodyLimitOptions): Plugin {
  // The rest of a refused body is not worth reading: the connection closes after the answer.
  const init = { status: 413, headers: { connection: 'close' } };
  return {
    async onRequest({ request, setRequest, url, endResponse, fetchAPI }) {
      if (request.body === null) return;
      const tooLarge = () => {
        if (!url.pathname.startsWith(`${restPrefix}/`)) {
          const errors = [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }];
          endResponse(fetchAPI.Response.json({ errors }, init));
          return;
        }
        endResponse(fetchAPI.Response.json(errorReply(413, `Request body too large (limit ${limit} bytes)`).body, init));
      };
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      // Node's parser holds a body to its declared length, so the header alone decides when present.
      if (Number.isSafeInteger(declared)) {
        if (declared > limit) tooLarge();
        return;
      }
      const body = await readUpTo(request.body, limit);
      if (body === null) return tooLarge();
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal }));
    },
  };
}
