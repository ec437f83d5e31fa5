// A crash-safety run: the real entry point on a temp SQLite file, concurrent governance and usage
// writers, SIGKILL at random moments and a restart after each, the file checked between lives;
// finally every usage batch is resent with its keys and the file checked once more. Shared by
// `npm run crash:long` (scripts/crash-safety.ts) and the CI test (test/hardening/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkDatabase, type DatabaseFacts } from './crash-checks.js';
import {
  type ChainState,
  type CrashLedger,
  createLedger,
  createUsageTree,
  governanceWriter,
  newChain,
  type ServerLife,
  sendBatch,
  type UsageTree,
  usageWriter,
} from './crash-workload.js';
import { stopGracefully } from './process-stop.js';
import { exited, type ServerProcess, startServerProcess } from './server-process.js';

export interface CrashSafetyOptions {
  kills: number;
  /** Seeds the kill moments; printed so a run's choices can be replayed. */
  seed?: number;
  governanceWriters?: number;
  usageWriters?: number;
  /** How long each server life lasts after it listens, drawn uniformly from this range. */
  killAfterMs?: [min: number, max: number];
  /** Progress lines (one per kill). */
  log?: (line: string) => void;
}

export interface CrashSafetyReport {
  seed: number;
  violations: string[];
  /** Acknowledged governance writes and usage batches (a run that acknowledged nothing proved nothing). */
  acknowledged: { governanceWrites: number; usageBatches: number };
  summary: Record<string, string>;
}

const TOKEN = 'crash-safety-token';

/** mulberry32: a tiny seeded generator, so kill moments follow from the printed seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function kill(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await exited(server.child);
}

interface Run {
  databasePath: string;
  ledger: CrashLedger;
  chains: ChainState[];
  tree: UsageTree | null;
  /** The server alive now, if any (killed on the way out). */
  server: ServerProcess | null;
}

async function startLife(run: Run): Promise<{ server: ServerProcess; life: ServerLife }> {
  const server = await startServerProcess({ DATABASE_PATH: run.databasePath, ADMIN_TOKEN: TOKEN });
  run.server = server;
  return { server, life: { baseUrl: server.baseUrl, token: TOKEN, running: true } };
}

/** One server life: writers run until the SIGKILL `lifetimeMs` after it listened; then the file is checked. */
async function liveAndDie(run: Run, lifetimeMs: number): Promise<DatabaseFacts> {
  const { server, life } = await startLife(run);
  const tree = (run.tree ??= await createUsageTree(life, run.ledger));
  const writers = [
    ...run.chains.map((chain) => governanceWriter(life, run.ledger, chain)),
    ...tree.keys.map((key, writer) => usageWriter(life, run.ledger, writer, key)),
  ];
  await sleep(lifetimeMs);
  await kill(server);
  run.server = null;
  life.running = false;
  await Promise.all(writers);
  return checkDatabase(run.databasePath, run.ledger, tree);
}

/** The last life: every batch resent with its keys, as gateways retry whatever was not answered; returns the duplicates. */
async function resendEverything(run: Run): Promise<number> {
  const { server, life } = await startLife(run);
  let duplicates = 0;
  await Promise.all(
    run.ledger.batches.map(async (batches) => {
      for (const batch of batches) {
        const answer = await sendBatch(life, run.ledger, batch);
        if (!answer) run.ledger.violations.push('a resent batch got no answer from a live server');
        duplicates += answer?.duplicates ?? 0;
      }
    }),
  );
  const stopped = await stopGracefully(server);
  run.server = null;
  if (!stopped) run.ledger.violations.push('the server did not stop within 10 s of SIGTERM');
  return duplicates;
}

export async function runCrashSafety(options: CrashSafetyOptions): Promise<CrashSafetyReport> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const [minDelay, maxDelay] = options.killAfterMs ?? [300, 2500];
  const log = options.log ?? (() => {});
  const random = seededRandom(seed);
  const dir = mkdtempSync(join(tmpdir(), 'governance-crash-'));
  const run: Run = {
    databasePath: join(dir, 'governance.db'),
    ledger: createLedger(`crash-${seed}`, options.usageWriters ?? 2),
    chains: Array.from({ length: options.governanceWriters ?? 3 }, newChain),
    tree: null,
    server: null,
  };
  const { ledger } = run;
  const violations: string[] = [];
  const record = (when: string, found: string[]) => violations.push(...found.map((violation) => `${when}: ${violation}`));

  try {
    let facts: DatabaseFacts | null = null;
    for (let life = 1; life <= options.kills; life += 1) {
      const lifetime = Math.round(minDelay + random() * (maxDelay - minDelay));
      facts = await liveAndDie(run, lifetime);
      record(`after kill ${life}`, [...ledger.violations.splice(0), ...facts.violations]);
      log(`kill ${life}/${options.kills} after ${lifetime} ms: ${facts.eventsPresent} events present, ${facts.violations.length} violations`);
    }
    if (!facts || !run.tree) throw new Error('crash safety needs at least one kill');

    const batches = ledger.batches.flat();
    const resentAfterKills = batches.filter((batch) => batch.sendings > 1).length;
    const acknowledgedBatches = batches.filter((batch) => batch.acknowledged).length;
    const duplicates = await resendEverything(run);
    if (duplicates !== facts.eventsPresent) {
      ledger.violations.push(`resending everything found ${duplicates} duplicates, but ${facts.eventsPresent} events were stored`);
    }
    const final = checkDatabase(run.databasePath, ledger, run.tree, true);
    record('after resending every batch', [...ledger.violations.splice(0), ...final.violations]);

    const events = batches.reduce((sum, batch) => sum + batch.events.length, 0);
    const count = (n: number) => n.toLocaleString('en-US');
    return {
      seed,
      violations,
      acknowledged: { governanceWrites: ledger.governanceWrites.acknowledged, usageBatches: acknowledgedBatches },
      summary: {
        'kills (SIGKILL)': `${options.kills}, each ${minDelay}–${maxDelay} ms after the server listened`,
        'governance writes': `${count(ledger.governanceWrites.acknowledged)} acknowledged, ${count(ledger.governanceWrites.unacknowledged)} unanswered (of ${count(ledger.unconfirmedCreates.length)} unanswered creates, ${facts.unconfirmedCommitted} committed)`,
        'entities checked': `${count(ledger.entities.length)} acknowledged customers, teams and virtual keys with their budgets`,
        'usage batches': `${count(batches.length)} of ${batches[0]?.events.length ?? 0} events, ${count(acknowledgedBatches)} acknowledged, ${count(resentAfterKills)} resent after a kill before the final resend`,
        'usage events': `${count(events)} sent, ${count(facts.eventsPresent)} stored before the final resend, which found ${count(duplicates)} duplicates; ${count(final.eventsPresent)} stored at the end`,
        'checked after every kill': 'acknowledged writes present once, counters = sum of stored events, integrity_check ok',
        violations: violations.length === 0 ? 'none' : String(violations.length),
      },
    };
  } finally {
    if (run.server) await kill(run.server);
    rmSync(dir, { recursive: true, force: true });
  }
}
