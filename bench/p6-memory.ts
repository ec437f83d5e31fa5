// P6: the real entry point over a large database (100,000 virtual keys, each with a provider config,
// budgets and rate limits on every level): cold start (spawn → /health answering 200), the first
// start's window fill, and resident memory after serving a mix of paged lists, nested queries and
// usage batches across all keys.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import type { ServerProcess } from '../test/helpers/server-process.js';
import { seedHierarchy } from '../test/helpers/hierarchy.js';
import { stopGracefully } from '../test/helpers/process-stop.js';
import { ADMIN_TOKEN, USAGE_MODEL, USAGE_PROVIDER } from './fixture.js';
import { percentile, report } from './measure.js';
import { buildServerOnce, type DatabaseFile, heapOf, type HeapFigures, type Memory, memoryOf, seededDatabaseFile, startServer } from './server-child.js';

/** 1,000 customers × 10 teams × 10 keys, one openai provider config (and provider key) per key. */
const SHAPE = { customers: 1000, teamsPerCustomer: 10, keysPerTeam: 10, configsPerKey: 1, providerKeysPerConfig: 1 };
const STARTS = 3;
const MIX_ROUNDS = 24;
/** Mix loops in flight at once, as several clients would be. */
const CONCURRENCY = 4;
const PAGE = 100;
const USAGE_BATCH = 100;
/** REST customers inline their teams and keys: a page of 10 carries 1,000 keys. */
const CUSTOMER_PAGE = 10;
const FILL_TIMEOUT_MS = 10 * 60_000;

const VIRTUAL_KEY_PAGE = `
  query P6VirtualKeys($first: Int!, $after: String) {
    virtualKeys(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node {
        id name value isActive
        budgets { id maxLimit currentUsage lastReset }
        rateLimit { id tokenCurrentUsage requestCurrentUsage }
        providerConfigs { id provider allowedModels budgets { id currentUsage } rateLimit { id requestCurrentUsage } keys { keyId name } }
      } }
    }
  }
`;
const NESTED_CUSTOMERS = `
  query P6Customers($first: Int!, $offset: Int!) {
    customers(first: $first, offset: $offset) {
      edges { node {
        id name budget { id currentUsage } rateLimit { id requestCurrentUsage }
        teams {
          id name budget { id currentUsage }
          virtualKeys { id name budgets { id currentUsage } providerConfigs { id provider budgets { id currentUsage } } }
        }
      } }
    }
  }
`;

interface Mix {
  baseUrl: string;
  keyValues: string[];
  /** Where the next GraphQL page starts; shared so the loops walk the key list together. */
  cursor: string | null;
  requests: number;
  usageEvents: number;
}

async function call(mix: Mix, method: string, path: string, body?: unknown): Promise<unknown> {
  mix.requests += 1;
  const response = await fetch(`${mix.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) throw new Error(`P6: ${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** One round of the mix: paged lists (GraphQL and REST), a nested tree, usage on scattered keys. */
async function mixRound(mix: Mix, round: number): Promise<void> {
  const page = (await call(mix, 'POST', '/graphql', { query: VIRTUAL_KEY_PAGE, variables: { first: PAGE, after: mix.cursor } })) as {
    data: { virtualKeys: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
  };
  const { endCursor, hasNextPage } = page.data.virtualKeys.pageInfo;
  mix.cursor = hasNextPage ? endCursor : null;
  const offset = (round * PAGE * 7) % mix.keyValues.length;
  await call(mix, 'GET', `/api/governance/virtual-keys?limit=${PAGE}&offset=${offset}`);
  await call(mix, 'GET', `/api/governance/customers?limit=${CUSTOMER_PAGE}&offset=${(round * CUSTOMER_PAGE * 3) % SHAPE.customers}`);
  await call(mix, 'POST', '/graphql', { query: NESTED_CUSTOMERS, variables: { first: 10, offset: (round * 10) % SHAPE.customers } });
  // Keys spread over the whole list, so every round reaches keys no earlier round charged.
  const events = Array.from({ length: USAGE_BATCH }, (_, i) => {
    const n = round * USAGE_BATCH + i;
    return {
      idempotency_key: `p6-${n}`,
      virtual_key: mix.keyValues[(n * 7919) % mix.keyValues.length]!,
      provider: USAGE_PROVIDER,
      model: USAGE_MODEL,
      request_type: 'chat_completion',
      input_tokens: 100,
      output_tokens: 20,
      cost: 0.0001,
    };
  });
  await call(mix, 'POST', '/api/governance/usage', { events });
  mix.usageEvents += events.length;
}

/** Spawn → listening → GET /health answering 200. */
async function coldStart(file: DatabaseFile): Promise<{ server: ServerProcess; ms: number }> {
  const start = performance.now();
  const server = await startServer(file.path);
  for (;;) {
    const response = await fetch(`${server.baseUrl}/health`).catch(() => null);
    if (response?.status === 200) return { server, ms: performance.now() - start };
    if (performance.now() - start > 60_000) {
      await stopGracefully(server);
      throw new Error('P6: /health did not answer 200 within 60 s');
    }
    await sleep(5);
  }
}

const mb = (memory: Memory | null) => (memory ? `${memory.rssMb.toFixed(0)} MB` : 'n/a (no /proc)');
// The heap figure tells live objects from memory V8 has not given back yet.
const heap = (figures: HeapFigures | null) =>
  figures === null
    ? 'n/a (no /metrics)'
    : `${figures.usedMb.toFixed(0)} MB of ${figures.totalMb.toFixed(0)} MB held, external ${figures.externalMb.toFixed(0)} MB`;
const peak = (memory: Memory | null) => (memory ? `${memory.peakMb.toFixed(0)} MB` : 'n/a');

/** Counters whose window end the service has not computed yet (raw inserts leave it empty). */
function unfilledWindows(databasePath: string): number {
  const sqlite = new SQLite(databasePath, { readonly: true });
  try {
    return sqlite
      .prepare<[], { n: number }>(
        `select (select count(*) from budgets where window_end is null)
           + (select count(*) from rate_limits where (token_reset_duration is not null and token_window_end is null)
                or (request_reset_duration is not null and request_window_end is null)) as n`,
      )
      .get()!.n;
  } finally {
    sqlite.close();
  }
}

/**
 * The first start on freshly inserted rows: the start-up sweep computes every window's end, in one
 * transaction on the event loop. Returns how long that took after /health answered, and memory then.
 */
async function firstStartFill(server: ServerProcess, databasePath: string): Promise<{ ms: number; memory: Memory | null }> {
  const start = performance.now();
  while (unfilledWindows(databasePath) > 0) {
    if (performance.now() - start > FILL_TIMEOUT_MS) throw new Error(`P6: window ends not filled within ${FILL_TIMEOUT_MS / 1000} s`);
    await sleep(250);
  }
  return { ms: performance.now() - start, memory: memoryOf(server.child.pid!) };
}

export async function runMemoryBench(): Promise<void> {
  let keyValues: string[] = [];
  const seedStart = performance.now();
  const file = await seededDatabaseFile('p6', ({ sqlite }) => {
    seedHierarchy(sqlite, SHAPE, new Date().toISOString());
    keyValues = sqlite.prepare<[], { value: string }>('select value from virtual_keys').all().map((row) => row.value);
  });
  const seedMs = performance.now() - seedStart;
  // Not part of a cold start: `npm start` builds before it starts the service.
  await buildServerOnce();
  let server: ServerProcess | null = null;
  try {
    const startsMs: number[] = [];
    let fill: { ms: number; memory: Memory | null } | null = null;
    for (let i = 0; i < STARTS; i += 1) {
      const started = await coldStart(file);
      startsMs.push(started.ms);
      server = started.server;
      fill ??= await firstStartFill(server, file.path);
      if (i < STARTS - 1) {
        await stopGracefully(server);
        server = null;
      }
    }
    const serving = server!;
    const idle = memoryOf(serving.child.pid!);
    const idleHeap = await heapOf(serving.baseUrl);

    const mix: Mix = { baseUrl: serving.baseUrl, keyValues, cursor: null, requests: 0, usageEvents: 0 };
    const mixStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let round = next++; round < MIX_ROUNDS; round = next++) await mixRound(mix, round);
      }),
    );
    const mixMs = performance.now() - mixStart;
    const after = memoryOf(serving.child.pid!);
    const afterHeap = await heapOf(serving.baseUrl);

    const counters = (SHAPE.customers * (1 + SHAPE.teamsPerCustomer * (1 + SHAPE.keysPerTeam * (1 + SHAPE.configsPerKey)))).toLocaleString('en-US');
    report(`P6 memory and cold start (${keyValues.length.toLocaleString('en-US')} virtual keys, real entry point in a child process)`, {
      'database seeded': `${(seedMs / 1000).toFixed(1)} s: ${counters} owners (customers, teams, keys, provider configs), each with a budget and a rate limit`,
      'cold start (spawn → /health)': `first ${startsMs[0]!.toFixed(0)} ms, median of ${STARTS} ${percentile(startsMs, 50).toFixed(0)} ms (target ≤ 1 s)`,
      'first start: window ends': `filled by the start-up sweep ${(fill!.ms / 1000).toFixed(1)} s after /health answered (batches of 2,000 rows per kind, requests served between them); RSS then ${mb(fill!.memory)}, peak ${peak(fill!.memory)}`,
      'RSS idle after a restart': `${mb(idle)} (V8 heap in use ${heap(idleHeap)})`,
      'served mix': `${mix.requests} requests in ${(mixMs / 1000).toFixed(1)} s, ${CONCURRENCY} in flight: GraphQL and REST pages of ${PAGE} keys, REST pages of ${CUSTOMER_PAGE} customers (their teams and keys inlined), nested trees of 10 customers, ${mix.usageEvents.toLocaleString('en-US')} usage events on scattered keys`,
      'RSS after the mix': `${mb(after)}, peak ${peak(after)} (target ≤ 250 MB); V8 heap in use ${heap(afterHeap)}`,
    });
  } finally {
    if (server) await stopGracefully(server);
    file.remove();
  }
}
