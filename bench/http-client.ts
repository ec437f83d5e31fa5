// Child process started by http-load.ts: a plain node:http client with keep-alive connections that
// times each request (send to last byte) against a server on 127.0.0.1.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ClientCall, ClientReply, LoadRequest } from './http-load.js';

interface Target {
  port: number;
  requests: LoadRequest[];
  failureMarker: string;
  agent: Agent;
  /** Cycles through the requests across runs, so each run sees the next ones. */
  next: number;
}

const MAX_FAILURES_REPORTED = 3;
const targets = new Map<string, Target>();

function send(target: Target, load: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: load.method,
        path: load.path,
        headers: { ...load.headers, 'content-length': Buffer.byteLength(load.body) },
        agent: target.agent,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(load.body);
  });
}

async function run(target: Target, count: number, concurrency: number): Promise<ClientReply> {
  const latenciesMs: number[] = [];
  const failures: string[] = [];
  let started = 0;
  const loop = async () => {
    while (started < count) {
      started += 1;
      const load = target.requests[target.next++ % target.requests.length]!;
      const start = performance.now();
      const { status, body } = await send(target, load);
      latenciesMs.push(performance.now() - start);
      if ((status < 200 || status > 299 || body.includes(target.failureMarker)) && failures.length < MAX_FAILURES_REPORTED) {
        failures.push(`${load.method} ${load.path} -> ${status} ${body.slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latenciesMs, failures };
}

async function handle(message: ClientCall): Promise<ClientReply> {
  if (message.kind === 'define') {
    targets.get(message.name)?.agent.destroy();
    targets.set(message.name, {
      port: message.port,
      requests: message.requests,
      failureMarker: message.failureMarker,
      agent: new Agent({ keepAlive: true }),
      next: 0,
    });
    return { latenciesMs: [], failures: [] };
  }
  const target = targets.get(message.name);
  if (!target) throw new Error(`unknown target ${message.name}`);
  return run(target, message.count, message.concurrency);
}

process.on('message', (message: ClientCall) => {
  handle(message).then(
    (reply) => process.send!(reply),
    (error: unknown) => process.send!({ latenciesMs: [], failures: [], error: String(error) } satisfies ClientReply),
  );
});
// The parent closing the IPC channel (or dying) ends the client.
process.on('disconnect', () => {
  for (const target of targets.values()) target.agent.destroy();
  process.exit(0);
});
