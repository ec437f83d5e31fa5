// Starts the real entry point in a child process on a free port, with the command line of `npm start`
// (the built dist/main.js: build it first, as vitest's global setup does), and reports its base URL
// once it listens.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The node arguments of package.json's `start` script (`node <flags> dist/main.js`). */
function startArguments(): string[] {
  const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = packageJson.scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`the start script must run node, not ${command}`);
  return args;
}

/** Starts `node <args>` (by default the start script's), which must print `listening on <url>`. */
export function startServerProcess(env: Record<string, string>, args = startArguments()): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) resolve({ child, baseUrl: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** POSTs a GraphQL operation with a bearer token and returns the parsed body. */
export async function postGraphQL(baseUrl: string, token: string, query: string, variables?: unknown): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}
