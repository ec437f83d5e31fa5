// P4: live usage at scale over a real listening server (the entry point in its own process): 1,000
// graphql-ws subscribers, one socket each, filtered to one of 100 virtual keys or unfiltered, while
// usage arrives over REST at 1,000 events/s for 20 s. Measures event → client latency and whether
// every subscriber ends on the final state (coalescing may merge charges, never lose the last one).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ServerProcess } from '../test/helpers/server-process.js';
import { seedHierarchy } from '../test/helpers/hierarchy.js';
import { stopGracefully } from '../test/helpers/process-stop.js';
import { ADMIN_TOKEN, USAGE_MODEL, USAGE_PROVIDER } from './fixture.js';
import { percentile, report } from './measure.js';
import { cpuTimeMs, type DatabaseFile, seededDatabaseFile, startServer } from './server-child.js';

const SUBSCRIBERS = 1000;
/** 10 customers × 1 team × 10 keys, each key with one openai provider config and one budget. */
const SHAPE = { customers: 10, teamsPerCustomer: 1, keysPerTeam: 10, configsPerKey: 1, providerKeysPerConfig: 1 };
const VIRTUAL_KEYS = SHAPE.customers * SHAPE.keysPerTeam;
/** Every 100th subscriber watches every budget; the others one key's. */
const UNFILTERED_EVERY = 100;
const EVENTS_PER_BATCH = 50;
const BATCH_INTERVAL_MS = 50;
const DURATION_MS = 20_000;
const BATCHES = DURATION_MS / BATCH_INTERVAL_MS;
const MAX_IN_FLIGHT = 4;
/** A server far below the target rate stops the sending here (the batches not sent are reported). */
const SEND_CAP_MS = 3 * DURATION_MS;
/** Sockets opened at once; the next chunk waits for this one's connection_ack. */
const CONNECT_CHUNK = 100;
const LIVE_TIMEOUT_MS = 30_000;
/** How long after the last answer subscribers may take to reach the final state before counting as lost. */
const SETTLE_TIMEOUT_MS = 60_000;

// Only the event's own fields: no loader runs per delivery, so this measures the delivery path.
const BUDGET_USAGE = 'subscription P4BudgetUsage($filter: UsageFilter) { budgetUsage(filter: $filter) { budgetId currentUsage at } }';

interface BudgetUsage {
  budgetUsage: { budgetId: string; currentUsage: number; at: string };
}

interface WatchedKey {
  id: string;
  value: string;
  budgetId: string;
}

interface Subscriber {
  client: Client;
  /** null: unfiltered. */
  key: WatchedKey | null;
  lastSeen: Map<string, number>;
  received: number;
}

/**
 * Latencies while `measuring`, and failures. A latency is receipt minus the event's `at`, which the
 * server stamps as the batch's transaction begins: it spans the commit (fsync), the fan-out and the
 * socket. Server and client read the same machine's clock.
 */
interface Deliveries {
  measuring: boolean;
  latenciesMs: number[];
  errors: string[];
}

const nowMs = () => performance.timeOrigin + performance.now();

async function seed(): Promise<{ file: DatabaseFile; keys: WatchedKey[] }> {
  let keys: WatchedKey[] = [];
  const file = await seededDatabaseFile('p4', ({ sqlite }) => {
    // Windows start now, so the server's start-up sweep resets nothing.
    seedHierarchy(sqlite, SHAPE, new Date().toISOString());
    // Only the keys' budgets, unreachable limits: every charge is one change, never a threshold.
    sqlite.exec('delete from budgets where virtual_key_id is null');
    sqlite.exec('update budgets set max_limit = 1000000000, current_usage = 0');
    keys = sqlite
      .prepare<[], WatchedKey>(
        `select v.id, v.value, b.id as budgetId from virtual_keys v join budgets b on b.virtual_key_id = v.id order by v.id`,
      )
      .all();
  });
  if (keys.length !== VIRTUAL_KEYS) {
    file.remove();
    throw new Error(`P4: seeded ${keys.length} keys with a budget, expected ${VIRTUAL_KEYS}`);
  }
  return { file, keys };
}

/** Opens the sockets into `subscribers` (so a failure half-way still leaves them to dispose). */
async function subscribeAll(url: string, keys: WatchedKey[], deliveries: Deliveries, subscribers: Subscriber[]): Promise<void> {
  for (let start = 0; start < SUBSCRIBERS; start += CONNECT_CHUNK) {
    const chunk = Array.from({ length: Math.min(CONNECT_CHUNK, SUBSCRIBERS - start) }, (_, offset) => {
      const index = start + offset;
      let connected: () => void = () => {};
      const ready = new Promise<void>((resolve) => {
        connected = resolve;
      });
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` },
        // A dropped socket is a failure to report, not something to paper over with a reconnect.
        retryAttempts: 0,
        on: { connected },
      });
      const subscriber: Subscriber = {
        client,
        key: index % UNFILTERED_EVERY === UNFILTERED_EVERY - 1 ? null : keys[index % keys.length]!,
        lastSeen: new Map(),
        received: 0,
      };
      client.subscribe<BudgetUsage>(
        { query: BUDGET_USAGE, variables: { filter: subscriber.key ? { virtualKeyId: subscriber.key.id } : null } },
        {
          next: ({ data, errors }) => {
            if (!data) {
              deliveries.errors.push(JSON.stringify(errors));
              return;
            }
            const { budgetId, currentUsage, at } = data.budgetUsage;
            if (deliveries.measuring) deliveries.latenciesMs.push(nowMs() - Date.parse(at));
            subscriber.lastSeen.set(budgetId, currentUsage);
            subscriber.received += 1;
          },
          error: (error) => deliveries.errors.push(`subscriber ${index}: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
          complete: () => {},
        },
      );
      subscribers.push(subscriber);
      return ready;
    });
    const acknowledged = await Promise.race([Promise.all(chunk).then(() => true), sleep(LIVE_TIMEOUT_MS, false, { ref: false })]);
    if (!acknowledged) throw new Error(`P4: sockets ${start}–${start + chunk.length - 1} were not acknowledged within ${LIVE_TIMEOUT_MS} ms`);
  }
}

/** A usage batch: consecutive events on consecutive keys, so one batch charges 50 distinct budgets. */
function batch(keys: WatchedKey[], prefix: string, n: number) {
  return Array.from({ length: EVENTS_PER_BATCH }, (_, i) => {
    const event = n * EVENTS_PER_BATCH + i;
    return {
      idempotency_key: `${prefix}-${event}`,
      virtual_key: keys[event % keys.length]!.value,
      provider: USAGE_PROVIDER,
      model: USAGE_MODEL,
      request_type: 'chat_completion',
      input_tokens: 100,
      output_tokens: 20,
      cost: 0.0001 * (1 + (event % 7)),
    };
  });
}

/** POSTs a batch; resolves with its round trip (ms), rejects on anything but a full acceptance. */
async function postBatch(baseUrl: string, events: ReturnType<typeof batch>): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${baseUrl}/api/governance/usage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
    // Generous: a slow server should show up in the figures, not abort the run.
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { accepted?: number };
  if (response.status !== 200 || body.accepted !== events.length) {
    throw new Error(`P4: POST /usage answered ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
  }
  return performance.now() - start;
}

/** Sends warm-up batches until every subscriber has heard something: then all are live. */
async function untilAllLive(baseUrl: string, keys: WatchedKey[], subscribers: Subscriber[]): Promise<void> {
  const deadline = Date.now() + LIVE_TIMEOUT_MS;
  for (let n = 0; subscribers.some((s) => s.received === 0); n += 1) {
    if (Date.now() > deadline) {
      throw new Error(`P4: ${subscribers.filter((s) => s.received === 0).length} subscribers heard nothing within ${LIVE_TIMEOUT_MS} ms`);
    }
    await postBatch(baseUrl, batch(keys, 'p4-warmup', n));
    await sleep(100);
  }
}

/**
 * Where delivery stands: how many of the measured events the database holds (a POST that timed out
 * may still commit later), and the subscribers whose last seen usage differs from the database's
 * for a budget they watch.
 */
function deliveryState(databasePath: string, subscribers: Subscriber[]): { recorded: number; lagging: Subscriber[] } {
  const sqlite = new SQLite(databasePath, { readonly: true });
  try {
    const usage = new Map(
      sqlite
        .prepare<[], { id: string; current_usage: number }>('select id, current_usage from budgets where virtual_key_id is not null')
        .all()
        .map((row) => [row.id, row.current_usage]),
    );
    const { recorded } = sqlite.prepare<[], { recorded: number }>("select count(*) as recorded from usage_events where idempotency_key like 'p4-load-%'").get()!;
    const lagging = subscribers.filter((s) => {
      const watched = s.key ? [s.key.budgetId] : [...usage.keys()];
      return watched.some((budgetId) => s.lastSeen.get(budgetId) !== usage.get(budgetId));
    });
    return { recorded, lagging };
  } finally {
    sqlite.close();
  }
}

export async function runSubscriptionsBench(): Promise<void> {
  const { file, keys } = await seed();
  let server: ServerProcess | null = null;
  const subscribers: Subscriber[] = [];
  try {
    server = await startServer(file.path);
    const { baseUrl } = server;
    const deliveries: Deliveries = { measuring: false, latenciesMs: [], errors: [] };
    await subscribeAll(`${baseUrl.replace(/^http/, 'ws')}/graphql`, keys, deliveries, subscribers);
    await untilAllLive(baseUrl, keys, subscribers);
    const receivedBefore = subscribers.reduce((sum, s) => sum + s.received, 0);

    // Paced against the clock, not the previous answer, but with at most MAX_IN_FLIGHT batches
    // unanswered: a server that cannot keep up shows as a lower achieved rate (reported), not as a
    // request queue growing without bound.
    deliveries.measuring = true;
    const serverCpuBefore = cpuTimeMs(server.child.pid!);
    const clientCpuBefore = process.cpuUsage();
    const start = performance.now();
    const posts: Array<Promise<number>> = [];
    const inFlight = new Set<Promise<unknown>>();
    for (let n = 0; n < BATCHES; n += 1) {
      const wait = start + n * BATCH_INTERVAL_MS - performance.now();
      if (wait > 0) await sleep(wait);
      while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      if (performance.now() - start > SEND_CAP_MS) break;
      const post = postBatch(baseUrl, batch(keys, 'p4-load', n));
      const settledPost = post.catch(() => undefined).finally(() => inFlight.delete(settledPost));
      inFlight.add(settledPost);
      posts.push(post);
    }
    const sendingMs = performance.now() - start;
    const sentEvents = posts.length * EVENTS_PER_BATCH;
    const answers = await Promise.allSettled(posts);
    const answeredMs = performance.now() - start;
    const roundTrips = answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : []));
    const failedPosts = answers.flatMap((answer) => (answer.status === 'rejected' ? [String(answer.reason)] : []));

    const settled = (state: ReturnType<typeof deliveryState>) => state.recorded === sentEvents && state.lagging.length === 0;
    let state = deliveryState(file.path, subscribers);
    while (!settled(state) && performance.now() - start - answeredMs < SETTLE_TIMEOUT_MS) {
      await sleep(100);
      state = deliveryState(file.path, subscribers);
    }
    const settledMs = performance.now() - start - answeredMs;
    const { lagging } = state;
    deliveries.measuring = false;
    const busyMs = performance.now() - start;
    const serverCpuAfter = cpuTimeMs(server.child.pid!);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const share = (cpuMs: number) => `${Math.round((100 * cpuMs) / busyMs)}%`;

    const received = subscribers.reduce((sum, s) => sum + s.received, 0) - receivedBefore;
    const unfiltered = subscribers.filter((s) => s.key === null).length;
    // One change per budget a batch charged; a filtered subscriber's key is in every other batch.
    const offered = unfiltered * sentEvents + ((SUBSCRIBERS - unfiltered) * sentEvents) / VIRTUAL_KEYS;
    const ms = (p: number) => (deliveries.latenciesMs.length === 0 ? 'n/a' : `${percentile(deliveries.latenciesMs, p).toFixed(1)} ms`);
    const count = (n: number) => Math.round(n).toLocaleString('en-US');
    report(`P4 live usage (${count(SUBSCRIBERS)} graphql-ws subscribers, server in its own process)`, {
      subscribers: `${count(SUBSCRIBERS)} sockets, one subscription each: ${count(SUBSCRIBERS - unfiltered)} filtered to one of ${VIRTUAL_KEYS} keys, ${unfiltered} unfiltered`,
      'usage sent': `${count(sentEvents)} of ${count(BATCHES * EVENTS_PER_BATCH)} events in REST batches of ${EVENTS_PER_BATCH} over ${(sendingMs / 1000).toFixed(1)} s: ${count(sentEvents / (sendingMs / 1000))} ev/s (target ${count((EVENTS_PER_BATCH * 1000) / BATCH_INTERVAL_MS)} for ${DURATION_MS / 1000} s, at most ${MAX_IN_FLIGHT} batches unanswered, sending stops at ${SEND_CAP_MS / 1000} s)`,
      'POST /usage round trip':
        roundTrips.length === 0 ? 'none answered' : `p50 ${percentile(roundTrips, 50).toFixed(1)} ms, p99 ${percentile(roundTrips, 99).toFixed(1)} ms`,
      'POST /usage failures': failedPosts.length === 0 ? 'none' : `${failedPosts.length}: ${failedPosts.slice(0, 2).join(' | ')}`,
      deliveries: `${count(received)} (${count(received / ((answeredMs + settledMs) / 1000))}/s until settled); ${count(Math.max(0, offered - received))} charges merged by coalescing`,
      'event → client latency': `p50 ${ms(50)}, p99 ${ms(99)}, max ${ms(100)} (target p99 ≤ 50 ms)`,
      'lost (final state not seen)':
        lagging.length === 0
          ? `0 of ${count(SUBSCRIBERS)} subscribers (target 0): all had the final state ${(settledMs / 1000).toFixed(1)} s after the last answer`
          : `${count(lagging.length)} of ${count(SUBSCRIBERS)} subscribers still behind ${(settledMs / 1000).toFixed(1)} s after the last answer (target 0)`,
      'events recorded': `${count(state.recorded)} of ${count(sentEvents)} sent`,
      'subscription errors': deliveries.errors.length === 0 ? 'none' : `${deliveries.errors.length}: ${deliveries.errors.slice(0, 3).join(' | ')}`,
      'CPU while measuring': `server ${serverCpuBefore === null || serverCpuAfter === null ? 'n/a' : share(serverCpuAfter - serverCpuBefore)} of a core, this bench process (its 1,000 clients and the sender) ${share((clientCpu.user + clientCpu.system) / 1000)}`,
    });
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
    if (server) await stopGracefully(server);
    file.remove();
  }
}
