// Request body size cap for the REST layer (413 in Bifrost's error envelope). /graphql has the same
// cap through Yoga's own `maxRequestBodySize`, which answers a GraphQL error with status 413.
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

/** Place it before any plugin that reads the request: a chunked body is replaced by its buffered copy. */
export function useRestBodyLimit(prefix: string, limit: number): Plugin {
  return {
    async onRequest({ request, setRequest, url, endResponse, fetchAPI }) {
      if (request.body === null || !url.pathname.startsWith(`${prefix}/`)) return;
      const tooLarge = () => {
        const reply = errorReply(413, `Request body too large (limit ${limit} bytes)`);
        endResponse(fetchAPI.Response.json(reply.body, { status: reply.status }));
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
