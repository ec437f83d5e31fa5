// Benchmarks against the real entry point in its own process (so clients and server do not share
// an event loop): a migrated, seeded temp database file; the server built and started on it as
// `npm start` does (and killed if the bench dies); its resident memory and CPU time read from /proc.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest } from '../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../src/db/open.js';
import { buildEntryPoint } from '../scripts/build.js';
import { type ServerProcess, startServerProcess } from '../test/helpers/server-process.js';
import { ADMIN_TOKEN } from './fixture.js';

export interface DatabaseFile {
  path: string;
  /** Removes the file's folder (stop the server first). */
  remove(): void;
}

/** A migrated database file seeded by `seed`, closed again so a server process can own it. */
export async function seededDatabaseFile(prefix: string, seed: (handle: DatabaseHandle) => Promise<void> | void): Promise<DatabaseFile> {
  const dir = mkdtempSync(join(tmpdir(), `governance-bench-${prefix}-`));
  const path = join(dir, 'governance.db');
  try {
    const handle = openDatabase({ path });
    try {
      await migrateToLatest(handle.db);
      await seed(handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let built: Promise<void> | null = null;

/** Builds dist/main.js from the current sources, once per run (benches timing a start call it first). */
export function buildServerOnce(): Promise<void> {
  return (built ??= buildEntryPoint());
}

/** Kills `server` if the bench exits first: a bench that dies half-way must not leave it behind. */
function owned(server: ServerProcess): ServerProcess {
  const orphaned = () => server.child.kill('SIGKILL');
  process.once('exit', orphaned);
  server.child.once('exit', () => process.off('exit', orphaned));
  return server;
}

/** Starts the built entry point on `databasePath` with the bench admin token, on a free port. */
export async function startServer(databasePath: string): Promise<ServerProcess> {
  await buildServerOnce();
  return owned(await startServerProcess({ DATABASE_PATH: databasePath, ADMIN_TOKEN }));
}

/** Starts a bench's own TypeScript server (a floor) in its own process; it prints `listening on <url>`. */
export async function startScriptServer(script: string, env: Record<string, string>): Promise<ServerProcess> {
  return owned(await startServerProcess(env, ['--import', 'tsx', script]));
}

export interface Memory {
  /** Resident set size now, MB. */
  rssMb: number;
  /** The highest resident set size so far, MB. */
  peakMb: number;
}

/** A file of /proc/<pid>/ (Linux); null elsewhere or once the process is gone. */
function procFile(pid: number, name: 'stat' | 'status'): string | null {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return null;
  }
}

/** A process's resident memory from /proc (Linux); null elsewhere. */
export function memoryOf(pid: number): Memory | null {
  const status = procFile(pid, 'status');
  if (status === null) return null;
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kilobytes('VmRSS') / 1024, peakMb: kilobytes('VmHWM') / 1024 };
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, ms, from /proc (Linux); null elsewhere. */
export function cpuTimeMs(pid: number): number | null {
  const stat = procFile(pid, 'stat');
  if (stat === null) return null;
  // Fields after the command (which may hold spaces) start at the state, field 3; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export interface HeapFigures {
  /** V8 heap in use, MB. */
  usedMb: number;
  /** V8 heap the process holds (in use or not), MB. */
  totalMb: number;
  /** Memory outside the V8 heap that JS objects hold (Buffers and the like), MB. */
  externalMb: number;
}

/** The V8 heap figures from the server's Prometheus `/metrics` (null if it does not serve them). */
export async function heapOf(baseUrl: string): Promise<HeapFigures | null> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }).catch(() => null);
  if (!response?.ok) return null;
  const text = await response.text();
  const mb = (metric: string) => Number(new RegExp(`^${metric}(?:\\{[^}]*\\})? ([\\d.e+]+)$`, 'm').exec(text)?.[1] ?? NaN) / 1024 / 1024;
  const figures = { usedMb: mb('nodejs_heap_size_used_bytes'), totalMb: mb('nodejs_heap_size_total_bytes'), externalMb: mb('nodejs_external_memory_bytes') };
  return Object.values(figures).some(Number.isNaN) ? null : figures;
}
