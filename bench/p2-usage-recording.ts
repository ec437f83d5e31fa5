// P2: usage recording throughput in-process (app.usage.record, batches of 100 and of 1,000) against a
// raw better-sqlite3 floor doing the same writes on an identical copy of the database.
import { credentialScope } from '../src/auth.js';
import type { DatabaseHandle } from '../src/db/open.js';
import { fixedClock } from '../src/clock.js';
import type { UsageEvent } from '../src/domain/usage.js';
import { createApp } from '../src/server.js';
import { eventHash } from '../src/usage/idempotency.js';
import { ADMIN_TOKEN, BENCH_NOW, benchFolder, type FloorTarget, floorTargets, seedUsageHierarchy, USAGE_MODEL, USAGE_PROVIDER } from './fixture.js';
import { compare, report } from './measure.js';

const EVENTS_PER_ROUND = 10_000;
const ROUNDS = 5;
// One round warms the attribution cache: every virtual key appears in it.
const WARMUP = 1;
const HOT_KEYS = 10;

/**
 * The floor: what a careful hand-written recorder would do with the counter ids already cached per
 * key: per event, insert the event row (idempotent per key, with the event's hash) and add to each
 * counter row; one transaction per batch.
 */
function rawRecorder({ sqlite }: DatabaseHandle, targets: Map<string, FloorTarget>) {
  const insertEvent = sqlite.prepare<[string, string, string, string, string, number, number, number, string, string, string]>(
    `insert or ignore into usage_events (credential, idempotency_key, virtual_key_id, provider, model, request_type,
       input_tokens, output_tokens, cost, occurred_at, recorded_at, request_hash)
     values ('admin', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const chargeBudget = sqlite.prepare<[number, string, string]>(
    'update budgets set current_usage = current_usage + ?, updated_at = ? where id = ?',
  );
  const chargeRateLimit = sqlite.prepare<[number, string, string]>(
    `update rate_limits set token_current_usage = token_current_usage + ?, request_current_usage = request_current_usage + 1,
       updated_at = ? where id = ?`,
  );
  const recordBatch = sqlite.transaction((events: UsageEvent[], at: string) => {
    for (const event of events) {
      const target = targets.get(event.virtualKey!)!;
      const tokens = event.inputTokens + event.outputTokens;
      const inserted = insertEvent.run(
        event.idempotencyKey, target.virtualKeyId, event.provider, event.model, event.requestType,
        event.inputTokens, event.outputTokens, event.cost, event.timestamp ?? at, at, eventHash(event),
      );
      if (inserted.changes === 0) continue;
      for (const id of target.budgetIds) chargeBudget.run(event.cost, at, id);
      for (const id of target.rateLimitIds) chargeRateLimit.run(tokens, at, id);
    }
  });
  return (events: UsageEvent[]) => recordBatch.immediate(events, BENCH_NOW);
}

/** Round r's batches: distinct idempotency keys, consecutive events on consecutive virtual keys. */
function roundsOfBatches(targets: FloorTarget[], batchSize: number, scenario: string): UsageEvent[][][] {
  return Array.from({ length: WARMUP + ROUNDS }, (_, round) =>
    Array.from({ length: EVENTS_PER_ROUND / batchSize }, (_, batch) =>
      Array.from({ length: batchSize }, (_, i): UsageEvent => {
        const n = batch * batchSize + i;
        return {
          idempotencyKey: `p2-${scenario}-${round}-${n}`,
          virtualKey: targets[n % targets.length]!.value,
          provider: USAGE_PROVIDER,
          model: USAGE_MODEL,
          requestType: 'chat_completion',
          inputTokens: 120 + (n % 50),
          outputTokens: 30,
          cost: 0.00001 * (1 + (n % 7)),
        };
      }),
    ),
  );
}

/** Both databases must end in the same state, or the comparison is between different work. */
function assertSameCounters(service: DatabaseHandle, floor: DatabaseHandle): void {
  const state = ({ sqlite }: DatabaseHandle) => ({
    events: sqlite.prepare('select count(*) as n from usage_events').get(),
    rateLimits: sqlite.prepare('select id, token_current_usage, request_current_usage from rate_limits order by id').all(),
    budgets: (sqlite.prepare('select id, current_usage from budgets order by id').all() as Array<{ id: string; current_usage: number }>)
      .map((row) => ({ id: row.id, usage: row.current_usage.toFixed(6) })),
  });
  if (JSON.stringify(state(service)) !== JSON.stringify(state(floor))) {
    throw new Error('P2: the service and the floor charged different amounts');
  }
}

export async function runUsageRecordingBench(): Promise<void> {
  const folder = benchFolder('p2');
  try {
    const serviceDb = await folder.open('service');
    await seedUsageHierarchy(serviceDb);
    const app = createApp({ db: serviceDb.db, sqlite: serviceDb.sqlite, clock: fixedClock(BENCH_NOW), adminToken: ADMIN_TOKEN });
    // Fills each window's end once, as the scheduler does at start-up, so both copies start alike.
    await app.usage.sweep();
    const floorDb = await folder.copy(serviceDb, 'floor');
    const targets = floorTargets(floorDb);
    const perEvent = targets[0]!;
    const floorRecord = rawRecorder(floorDb, new Map(targets.map((target) => [target.value, target])));

    const lines: Record<string, string | number> = {};
    // Every key in turn (each event of a batch on another key: nothing to merge), then traffic
    // concentrated on a few keys, where charges to the same counters in a batch become one write.
    const scenarios = [
      { name: 'batch 100', batchSize: 100, keys: targets },
      { name: 'batch 1000', batchSize: 1000, keys: targets },
      { name: `batch 1000, ${HOT_KEYS} hot keys`, batchSize: 1000, keys: targets.slice(0, HOT_KEYS) },
    ];
    for (const { name, batchSize, keys } of scenarios) {
      const rounds = roundsOfBatches(keys, batchSize, name);
      let serviceRound = 0;
      let floorRound = 0;
      const candidate = async () => {
        for (const batch of rounds[serviceRound++]!) {
          const { accepted } = await app.usage.record(batch, credentialScope({ kind: 'admin' }));
          if (accepted !== batch.length) throw new Error(`P2: ${batch.length - accepted} events not accepted`);
        }
      };
      const floor = () => {
        for (const batch of rounds[floorRound++]!) floorRecord(batch);
      };
      const result = await compare(candidate, floor, ROUNDS, WARMUP);
      const perSecond = (ms: number) => Math.round(EVENTS_PER_ROUND / (ms / 1000));
      lines[`${name}: service (ev/s)`] = perSecond(result.candidateMs).toLocaleString('en-US');
      lines[`${name}: floor (ev/s)`] = perSecond(result.floorMs).toLocaleString('en-US');
      lines[`${name}: service/floor`] = `${(100 / result.ratio).toFixed(0)}% of the floor`;
    }
    assertSameCounters(serviceDb, floorDb);
    lines['targets'] = 'service ≥ 50% of the floor and ≥ 50,000 ev/s';
    lines['counters charged per event'] = `${perEvent.budgetIds.length + perEvent.rateLimitIds.length} (${perEvent.budgetIds.length} budgets, ${perEvent.rateLimitIds.length} rate limits)`;
    report(`P2 usage recording (${EVENTS_PER_ROUND.toLocaleString('en-US')} events a round over ${targets.length} virtual keys, synchronous=FULL)`, lines);
  } finally {
    await folder.close();
  }
}
