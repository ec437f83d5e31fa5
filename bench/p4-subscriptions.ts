// P4: live usage at scale over a real listening server (the entry point in its own process): 1,000
// graphql-ws subscribers, one socket each, filtered to one of 100 virtual keys or unfiltered, while
// usage arrives over REST at 1,000 events/s for 20 s. Measures event → client latency and whether
// every subscriber ends on the final state (coalescing may merge charges, never lose the last one).
// The same run first measures a floor (bench/p4-floor-server.ts: the same messages to the same
// clients with nothing in between) and prints the service's latencies as ratios of the floor's.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import SQLite from 'better-sqlite3';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ServerProcess } from '../test/helpers/server-process.js';
import type { FloorState } from './p4-floor-server.js';
import { seedHierarchy } from '../test/helpers/hierarchy.js';
import { stopGracefully } from '../test/helpers/process-stop.js';
import { ADMIN_TOKEN, USAGE_MODEL, USAGE_PROVIDER } from './fixture.js';
import { percentile, report } from './measure.js';
import { cpuTimeMs, type DatabaseFile, seededDatabaseFile, startScriptServer, startServer } from './server-child.js';

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

/** What a target holds: usage per budget and how many usage events it recorded in all. */
interface TargetState {
  usage: Map<string, number>;
  recorded: number;
}

/** A server under measurement: the service or the floor. */
interface Target {
  server: ServerProcess;
  state(): Promise<TargetState>;
}

/** The service's state, read from its database file (a POST that timed out may still commit later). */
function serviceState(databasePath: string): TargetState {
  const sqlite = new SQLite(databasePath, { readonly: true });
  try {
    const usage = new Map(
      sqlite
        .prepare<[], { id: string; current_usage: number }>('select id, current_usage from budgets where virtual_key_id is not null')
        .all()
        .map((row) => [row.id, row.current_usage]),
    );
    const { recorded } = sqlite.prepare<[], { recorded: number }>('select count(*) as recorded from usage_events').get()!;
    return { usage, recorded };
  } finally {
    sqlite.close();
  }
}

async function floorState(baseUrl: string): Promise<TargetState> {
  const state = (await (await fetch(`${baseUrl}/floor/state`)).json()) as FloorState;
  return { usage: new Map(Object.entries(state.usage)), recorded: state.recorded };
}

/** The subscribers whose last seen usage differs from the target's for a budget they watch. */
function laggingSubscribers({ usage }: TargetState, subscribers: Subscriber[]): Subscriber[] {
  return subscribers.filter((s) => {
    const watched = s.key ? [s.key.budgetId] : [...usage.keys()];
    return watched.some((budgetId) => s.lastSeen.get(budgetId) !== usage.get(budgetId));
  });
}

interface Measurement {
  sentEvents: number;
  sendingMs: number;
  roundTrips: number[];
  failedPosts: string[];
  received: number;
  /** Deliveries had nothing been merged. */
  offered: number;
  latenciesMs: number[];
  errors: string[];
  lagging: number;
  settledMs: number;
  deliveriesPerSecond: number;
  recorded: number;
  /** CPU shares of a core while measuring: the server's (null where /proc is missing) and this process's. */
  serverCpu: number | null;
  benchCpu: number;
}

/** Subscribes 1,000 clients to `target`, sends the load, waits for the final state, disposes the clients. */
async function measure(target: Target, keys: WatchedKey[]): Promise<Measurement> {
  const { baseUrl } = target.server;
  const subscribers: Subscriber[] = [];
  try {
    const deliveries: Deliveries = { measuring: false, latenciesMs: [], errors: [] };
    await subscribeAll(`${baseUrl.replace(/^http/, 'ws')}/graphql`, keys, deliveries, subscribers);
    await untilAllLive(baseUrl, keys, subscribers);
    const recordedBefore = (await target.state()).recorded;
    const receivedBefore = subscribers.reduce((sum, s) => sum + s.received, 0);

    // Paced against the clock, not the previous answer, but with at most MAX_IN_FLIGHT batches
    // unanswered: a server that cannot keep up shows as a lower achieved rate (reported), not as a
    // request queue growing without bound.
    deliveries.measuring = true;
    const serverCpuBefore = cpuTimeMs(target.server.child.pid!);
    const benchCpuBefore = process.cpuUsage();
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

    const current = async () => {
      const state = await target.state();
      return { state, lagging: laggingSubscribers(state, subscribers) };
    };
    const settled = ({ state, lagging }: Awaited<ReturnType<typeof current>>) => state.recorded - recordedBefore === sentEvents && lagging.length === 0;
    let now = await current();
    while (!settled(now) && performance.now() - start - answeredMs < SETTLE_TIMEOUT_MS) {
      await sleep(100);
      now = await current();
    }
    const settledMs = performance.now() - start - answeredMs;
    deliveries.measuring = false;
    const busyMs = performance.now() - start;
    const serverCpuAfter = cpuTimeMs(target.server.child.pid!);
    const benchCpu = process.cpuUsage(benchCpuBefore);

    const received = subscribers.reduce((sum, s) => sum + s.received, 0) - receivedBefore;
    const unfiltered = subscribers.filter((s) => s.key === null).length;
    return {
      sentEvents,
      sendingMs,
      roundTrips: answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : [])),
      failedPosts: answers.flatMap((answer) => (answer.status === 'rejected' ? [String(answer.reason)] : [])),
      received,
      // One change per budget a batch charged; a filtered subscriber's key is in every other batch.
      offered: unfiltered * sentEvents + ((SUBSCRIBERS - unfiltered) * sentEvents) / VIRTUAL_KEYS,
      latenciesMs: deliveries.latenciesMs,
      errors: deliveries.errors,
      lagging: now.lagging.length,
      settledMs,
      deliveriesPerSecond: received / ((answeredMs + settledMs) / 1000),
      recorded: now.state.recorded - recordedBefore,
      serverCpu: serverCpuBefore === null || serverCpuAfter === null ? null : (serverCpuAfter - serverCpuBefore) / busyMs,
      benchCpu: (benchCpu.user + benchCpu.system) / 1000 / busyMs,
    };
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
  }
}

/** Runs `work` against a started server, then stops it. */
async function against<T>(server: ServerProcess, work: (server: ServerProcess) => Promise<T>): Promise<T> {
  try {
    return await work(server);
  } finally {
    await stopGracefully(server);
  }
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const percent = (share: number | null) => (share === null ? 'n/a' : `${Math.round(100 * share)}%`);
const latency = (m: Measurement, p: number) => (m.latenciesMs.length === 0 ? NaN : percentile(m.latenciesMs, p));
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ms`);

function lostLine(m: Measurement): string {
  return m.lagging === 0
    ? `0 of ${count(SUBSCRIBERS)} subscribers (target 0): all had the final state ${(m.settledMs / 1000).toFixed(1)} s after the last answer`
    : `${count(m.lagging)} of ${count(SUBSCRIBERS)} subscribers still behind ${(m.settledMs / 1000).toFixed(1)} s after the last answer (target 0)`;
}

export async function runSubscriptionsBench(): Promise<void> {
  const { file, keys } = await seed();
  try {
    const floorServer = await startScriptServer('bench/p4-floor-server.ts', { FLOOR_KEYS: JSON.stringify(keys) });
    const floor = await against(floorServer, (server) => measure({ server, state: () => floorState(server.baseUrl) }, keys));
    const service = await against(await startServer(file.path), (server) =>
      measure({ server, state: async () => serviceState(file.path) }, keys),
    );

    const unfiltered = SUBSCRIBERS / UNFILTERED_EVERY;
    const ratio = (p: number) => (latency(service, p) / latency(floor, p)).toFixed(2);
    report(`P4 live usage (${count(SUBSCRIBERS)} graphql-ws subscribers, server in its own process)`, {
      subscribers: `${count(SUBSCRIBERS)} sockets, one subscription each: ${count(SUBSCRIBERS - unfiltered)} filtered to one of ${VIRTUAL_KEYS} keys, ${unfiltered} unfiltered`,
      'usage sent': `${count(service.sentEvents)} of ${count(BATCHES * EVENTS_PER_BATCH)} events in REST batches of ${EVENTS_PER_BATCH} over ${(service.sendingMs / 1000).toFixed(1)} s: ${count(service.sentEvents / (service.sendingMs / 1000))} ev/s (target ${count((EVENTS_PER_BATCH * 1000) / BATCH_INTERVAL_MS)} for ${DURATION_MS / 1000} s, at most ${MAX_IN_FLIGHT} batches unanswered, sending stops at ${SEND_CAP_MS / 1000} s)`,
      'POST /usage round trip':
        service.roundTrips.length === 0
          ? 'none answered'
          : `p50 ${percentile(service.roundTrips, 50).toFixed(1)} ms, p99 ${percentile(service.roundTrips, 99).toFixed(1)} ms`,
      'POST /usage failures': service.failedPosts.length === 0 ? 'none' : `${service.failedPosts.length}: ${service.failedPosts.slice(0, 2).join(' | ')}`,
      deliveries: `${count(service.received)} (${count(service.deliveriesPerSecond)}/s until settled); ${count(Math.max(0, service.offered - service.received))} charges merged by coalescing`,
      'event → client latency': `p50 ${ms(latency(service, 50))}, p99 ${ms(latency(service, 99))}, max ${ms(latency(service, 100))} (target p99 ≤ 50 ms)`,
      'lost (final state not seen)': lostLine(service),
      'events recorded': `${count(service.recorded)} of ${count(service.sentEvents)} sent`,
      'subscription errors': service.errors.length === 0 ? 'none' : `${service.errors.length}: ${service.errors.slice(0, 3).join(' | ')}`,
      'CPU while measuring': `server ${percent(service.serverCpu)} of a core, this bench process (its 1,000 clients and the sender) ${percent(service.benchCpu)}`,
      'floor (same load and clients, no service)': `latency p50 ${ms(latency(floor, 50))}, p99 ${ms(latency(floor, 99))}; ${count(floor.received)} deliveries, ${floor.lagging} subscribers lost; CPU server ${percent(floor.serverCpu)}, bench ${percent(floor.benchCpu)}`,
      'service/floor latency': `p50 ${ratio(50)}×, p99 ${ratio(99)}×`,
    });
  } finally {
    file.remove();
  }
}
