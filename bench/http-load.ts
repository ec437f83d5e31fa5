// The parent side of the HTTP latency client: forks bench/http-client.ts so the client has its own
// process (and core) and the server under test keeps this event loop to itself; one call at a time.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export type ClientCall =
  /** Registers a target: its port, the requests it cycles through, and what in a body means failure. */
  | { kind: 'define'; name: string; port: number; requests: LoadRequest[]; failureMarker: string }
  /** Sends `count` requests to a target, `concurrency` in flight over keep-alive connections. */
  | { kind: 'run'; name: string; count: number; concurrency: number };

export interface ClientReply {
  /** Per request, from sending to the last byte of the response. */
  latenciesMs: number[];
  /** The first few failures (non-2xx status or the failure marker in the body). */
  failures: string[];
  error?: string;
}

export interface LoadClient {
  define(name: string, port: number, requests: LoadRequest[], failureMarker: string): Promise<void>;
  /** Latencies in µs; throws when any request failed. */
  run(name: string, count: number, concurrency: number): Promise<number[]>;
  close(): Promise<void>;
}

export async function startLoadClient(): Promise<LoadClient> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./http-client.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: { resolve: (reply: ClientReply) => void; reject: (error: Error) => void } | null = null;
  child.on('message', (reply) => {
    const waiting = pending;
    pending = null;
    waiting?.resolve(reply as ClientReply);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code) => pending?.reject(new Error(`HTTP client exited (${code})`)));

  const call = (message: ClientCall) =>
    new Promise<ClientReply>((resolve, reject) => {
      pending = { resolve, reject };
      child.send(message);
    }).then((reply) => {
      if (reply.error) throw new Error(`HTTP client: ${reply.error}`);
      return reply;
    });

  return {
    async define(name, port, requests, failureMarker) {
      await call({ kind: 'define', name, port, requests, failureMarker });
    },
    async run(name, count, concurrency) {
      const { latenciesMs, failures } = await call({ kind: 'run', name, count, concurrency });
      if (failures.length > 0) throw new Error(`${name}: requests failed: ${failures.join(' | ')}`);
      return latenciesMs.map((ms) => ms * 1000);
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}
