// The usage engine: admission, recording and resets wired over one SQLite connection. Its
// synchronous transactions run while holding Kysely's connection, so they never interleave with
// (or nest inside) a Kysely transaction that is awaiting between statements.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { sqliteStatements, watchOtherConnections } from '../db/sqlite-prepared.js';
import type { AdmissionRequest, UsageEvent } from '../domain/usage.js';
import type { LimitChange, Written } from '../store/limit-changes.js';
import { type AdmissionResult, createAdmission } from './admission.js';
import { createAttributionResolver } from './attribution.js';
import { prepareCounterStatements } from './counters.js';
import { type BudgetChange, type RateLimitChange, silentPublisher, type UsagePublisher } from './events.js';
import { createPricing } from './pricing.js';
import type { UsageDependencies } from './dependencies.js';
import { createScopeResolver } from './scope.js';
import { createRecorder, type RecordResult } from './recorder.js';
import { prepareReservations } from './reservations.js';
import { createResetSweep, scheduleSweeps } from './scheduler.js';

/** At most this many batches (of SWEEP_BATCH rows per kind) in one sweep: 100,000 rows per kind a second. */
const MAX_SWEEP_BATCHES = 50;

export interface UsageEngineOptions {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  clock: Clock;
  publisher?: UsagePublisher;
}

export interface UsageEngine {
  check(request: AdmissionRequest): Promise<AdmissionResult>;
  /** `credential` scopes the events' idempotency keys (see credentialScope in src/auth.ts). */
  record(events: UsageEvent[], credential: string): Promise<RecordResult>;
  /**
   * Persists every ended window now, in bounded batches that let other work in between (the scheduler
   * calls this every second); resolves with how many counters were reset.
   */
  sweep(): Promise<number>;
  /**
   * Forgets what the engine derived from the rows a governance write changed. Call it inside the
   * write's transaction, before the commit: the engine waits for the connection meanwhile, so it
   * never works from the old rows once the new ones are committed.
   */
  forgetWritten(write: Written<unknown>): void;
  /** Something wrote around the store (a tool or a test on this connection): forget everything derived. */
  invalidate(): void;
  /** Publishes limit edits and removals a committed governance write made. */
  publishLimitChanges(changes: readonly LimitChange[]): Promise<void>;
  /** Sweeps every second; `onSweepFailure` sees each sweep that failed (metrics count SQLITE_BUSY). */
  startScheduler(onSweepFailure?: (error: unknown) => void): void;
  stopScheduler(): void;
}

export function createUsageEngine({ db, sqlite, clock, publisher = silentPublisher }: UsageEngineOptions): UsageEngine {
  const statements = sqliteStatements(db, sqlite);
  const counters = prepareCounterStatements(statements);
  const attribution = createAttributionResolver(statements);
  const reservations = prepareReservations(statements);
  const scopes = createScopeResolver(statements);
  const pricing = createPricing(statements);
  // Every change leaves with the hierarchy above its owner, so subscribers can filter in memory.
  const scoped: UsagePublisher = {
    publish(topic, payload) {
      if (!publisher.hasSubscribers(topic)) return;
      if (topic !== 'usage:recorded') {
        const change = payload as BudgetChange | RateLimitChange;
        change.scope ??= scopes.scopeOf(change.owner);
      }
      publisher.publish(topic, payload);
    },
    hasSubscribers: (topic) => publisher.hasSubscribers(topic),
  };
  const invalidate = () => {
    attribution.invalidate();
    counters.forget();
    pricing.invalidate();
    scopes.invalidate();
  };
  // The one way commits made elsewhere (another process on the same file) reach the caches.
  const otherConnectionsWrote = watchOtherConnections(sqlite);
  const catchUp = () => {
    if (otherConnectionsWrote()) invalidate();
  };
  const transaction: UsageDependencies['transaction'] = (work) => statements.immediate(work, { onStart: catchUp, onRollback: counters.forget });
  const deps = { statements, clock, counters, attribution, reservations, pricing, publisher: scoped, transaction };
  const admission = createAdmission(deps);
  const recorder = createRecorder(deps);
  const resets = createResetSweep(deps);
  let schedule: { stop(): void } | null = null;

  const exclusive = <T>(work: () => T): Promise<T> =>
    db.connection().execute(async () => {
      catchUp();
      return work();
    });

  function forgetWritten({ changes, inputs }: Written<unknown>): void {
    if (inputs.pricing) pricing.invalidate();
    const owners = [...(inputs.owners ?? [])];
    for (const change of changes) {
      counters.forgetOne(change.counter, change.id);
      // A new or removed limit changes which counters its owner's requests are charged to.
      if (change.change !== 'limit_changed') owners.push(change.owner);
    }
    attribution.forget(owners);
    scopes.forget(inputs.owners ?? []);
  }

  function publishLimitChange({ counter, id, owner, removed }: LimitChange, now: Date, at: string): void {
    if (removed) {
      const { scope, usage } = removed;
      if (counter === 'budget') {
        scoped.publish('budget:changed', {
          kind: 'removed', budgetId: id, owner, scope, at, previousUsage: usage.cost, currentUsage: 0, delta: -usage.cost,
        });
      } else {
        scoped.publish('rateLimit:changed', {
          kind: 'removed', rateLimitId: id, owner, scope, at,
          previousTokens: usage.tokens, currentTokens: 0, previousRequests: usage.requests, currentRequests: 0,
        });
      }
      return;
    }
    // Created or edited: the counter as it now stands.
    if (counter === 'budget') {
      const budget = counters.budget(id, now);
      if (!budget) return;
      scoped.publish('budget:changed', {
        kind: 'limit_changed', budgetId: id, owner: budget.owner, at, previousUsage: budget.usage, currentUsage: budget.usage, delta: 0,
      });
      return;
    }
    const limit = counters.rateLimit(id, now);
    if (!limit) return;
    const tokens = limit.tokens.usage;
    const requests = limit.requests.usage;
    scoped.publish('rateLimit:changed', {
      kind: 'limit_changed', rateLimitId: id, owner: limit.owner, at,
      previousTokens: tokens, currentTokens: tokens, previousRequests: requests, currentRequests: requests,
    });
  }
  // Batch after batch while they come back full, each in its own turn on the connection; capped so
  // rows that never leave the due list (an unparseable stored duration) cannot keep a sweep going.
  const sweep = async () => {
    let total = 0;
    for (let batches = 0, more = true; more && batches < MAX_SWEEP_BATCHES; batches += 1) {
      const batch = await exclusive(() => resets.sweep());
      total += batch.resets;
      more = batch.more;
    }
    return total;
  };

  return {
    check: (request) => exclusive(() => admission.check(request)),
    record: (events, credential) => exclusive(() => recorder.record(events, credential)),
    sweep,
    forgetWritten,
    invalidate,
    publishLimitChanges: (changes) =>
      exclusive(() => {
        const now = clock.now();
        const at = now.toISOString();
        for (const change of changes) publishLimitChange(change, now, at);
      }),
    startScheduler(onSweepFailure) {
      schedule ??= scheduleSweeps(sweep, onSweepFailure);
    },
    stopScheduler() {
      schedule?.stop();
      schedule = null;
    },
  };
}
