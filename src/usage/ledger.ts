// One transaction's view of the counters it touches: each row is read once (rolled to "now"),
// charges and holds are applied in memory, and flush() writes each touched row once and returns the
// change events to publish after commit.
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import { addMoney, crossedThresholds } from '../domain/usage.js';
import type { CounterRef } from './attribution.js';
import type { BudgetCounter, CounterStatements, RateLimitCounter } from './counters.js';
import type { BudgetChange, ChangeKind, RateLimitChange, UsagePublisher } from './events.js';

interface Touched<T> {
  counter: T;
  /** Usage right after rolling, before this transaction's charges. */
  startUsage: number;
  startRequests: number;
  charged: boolean;
}

export interface LedgerChanges {
  budgets: BudgetChange[];
  rateLimits: RateLimitChange[];
}

export interface Amounts {
  cost: number;
  tokens: number;
  requests: number;
}

/** Token and request counters are read back as SafeInt: huge reports saturate instead of overflowing. */
function addCount(count: number, delta: number): number {
  return Math.min(Number.MAX_SAFE_INTEGER, count + delta);
}

interface ThresholdCrossing {
  budgetId: string;
  periodStart: string;
  percent: number;
  crossedAt: string;
  usage: number;
}

export function prepareThresholdInsert(statements: SqliteStatements) {
  return statements.prepare((p: ThresholdCrossing, db) =>
    db.insertInto('budget_thresholds')
      .values({ budget_id: p.budgetId, period_start: p.periodStart, percent: p.percent, crossed_at: p.crossedAt, usage: p.usage })
      .onConflict((conflict) => conflict.doNothing()),
  );
}

const touchBudget = (counter: BudgetCounter): Touched<BudgetCounter> =>
  ({ counter, startUsage: counter.usage, startRequests: 0, charged: false });
const touchRateLimit = (counter: RateLimitCounter): Touched<RateLimitCounter> =>
  ({ counter, startUsage: counter.tokens.usage, startRequests: counter.requests.usage, charged: false });

/** The counters of one kind a ledger has read (null: no such row), each read once, alone or many at a time. */
class TouchedCounters<T extends { id: string }> {
  private readonly touched = new Map<string, Touched<T> | null>();

  constructor(
    private readonly readOne: (id: string, now: Date) => T | undefined,
    private readonly readMany: (ids: string[], now: Date) => T[],
    private readonly touch: (counter: T) => Touched<T>,
    private readonly now: Date,
  ) {}

  get(id: string): Touched<T> | null {
    let entry = this.touched.get(id);
    if (entry === undefined) {
      const counter = this.readOne(id, this.now);
      entry = counter ? this.touch(counter) : null;
      this.touched.set(id, entry);
    }
    return entry;
  }

  has(id: string): boolean {
    return this.touched.has(id);
  }

  load(ids: Set<string>): void {
    if (ids.size === 0) return;
    for (const counter of this.readMany([...ids], this.now)) this.touched.set(counter.id, this.touch(counter));
    for (const id of ids) if (!this.touched.has(id)) this.touched.set(id, null);
  }

  values(): IterableIterator<Touched<T> | null> {
    return this.touched.values();
  }
}

// A class, not a closure bundle: a ledger is opened per reserving check, batch and sweep, and methods on a
// prototype cost nothing per instance.
export class Ledger {
  private readonly budgets: TouchedCounters<BudgetCounter>;
  private readonly rateLimits: TouchedCounters<RateLimitCounter>;

  constructor(
    private readonly statements: CounterStatements,
    private readonly thresholdInsert: ReturnType<typeof prepareThresholdInsert>,
    private readonly now: Date,
  ) {
    this.budgets = new TouchedCounters(statements.budget, statements.budgets, touchBudget, now);
    this.rateLimits = new TouchedCounters(statements.rateLimit, statements.rateLimits, touchRateLimit, now);
  }

  budget(id: string): BudgetCounter | null {
    return this.budgets.get(id)?.counter ?? null;
  }

  rateLimit(id: string): RateLimitCounter | null {
    return this.rateLimits.get(id)?.counter ?? null;
  }

  /** Loads every counter of `refLists` not read yet, with one statement per table. */
  preload(refLists: Iterable<readonly CounterRef[]>): void {
    const missing = { budget: new Set<string>(), rate_limit: new Set<string>() };
    for (const refs of refLists) {
      for (const { kind, id } of refs) {
        if (!(kind === 'budget' ? this.budgets : this.rateLimits).has(id)) missing[kind].add(id);
      }
    }
    this.budgets.load(missing.budget);
    this.rateLimits.load(missing.rate_limit);
  }

  /** Adds actual usage to a counter (always, even past its limit: the request happened). */
  charge(ref: CounterRef, amounts: Amounts): void {
    if (ref.kind === 'budget') {
      const touched = this.budgets.get(ref.id);
      if (!touched) return;
      touched.counter.usage = addMoney(touched.counter.usage, amounts.cost);
      touched.charged = true;
    } else {
      const touched = this.rateLimits.get(ref.id);
      if (!touched) return;
      touched.counter.tokens.usage = addCount(touched.counter.tokens.usage, amounts.tokens);
      touched.counter.requests.usage = addCount(touched.counter.requests.usage, amounts.requests);
      touched.charged = true;
    }
  }

  /** Moves headroom into (sign 1) or out of (sign -1) the reserved amounts of a counter. */
  hold(ref: CounterRef, amounts: Amounts, sign: 1 | -1): void {
    if (ref.kind === 'budget') {
      const touched = this.budgets.get(ref.id);
      if (touched) touched.counter.reserved = Math.max(0, addMoney(touched.counter.reserved, sign * amounts.cost));
    } else {
      const touched = this.rateLimits.get(ref.id);
      if (!touched) return;
      touched.counter.tokens.reserved = Math.max(0, addCount(touched.counter.tokens.reserved, sign * amounts.tokens));
      touched.counter.requests.reserved = Math.max(0, addCount(touched.counter.requests.reserved, sign * amounts.requests));
    }
  }

  /** Writes every touched row once; returns the changes to publish once the transaction commits. */
  flush(): LedgerChanges {
    const at = this.now.toISOString();
    const changes: LedgerChanges = { budgets: [], rateLimits: [] };
    for (const touched of this.budgets.values()) {
      if (!touched) continue;
      const { counter, startUsage } = touched;
      this.statements.saveBudget(counter, at);
      if (counter.wasReset) changes.budgets.push(budgetChange(counter, 'reset', counter.storedUsage, 0, at));
      if (!touched.charged) continue;
      const charged = budgetChange(counter, 'charged', startUsage, counter.usage, at);
      changes.budgets.push(charged);
      for (const percent of crossedThresholds(counter.maxLimit, startUsage, counter.usage)) {
        // Once per period: the primary key (budget, period start, percent) absorbs repeats.
        const crossing = { budgetId: counter.id, periodStart: counter.lastReset, percent, crossedAt: at, usage: counter.usage };
        if (this.thresholdInsert.run(crossing) > 0) {
          changes.budgets.push({ ...charged, kind: 'threshold_crossed', percent });
        }
      }
    }
    for (const touched of this.rateLimits.values()) {
      if (!touched) continue;
      const { counter, startUsage, startRequests } = touched;
      this.statements.saveRateLimit(counter, at);
      if (counter.tokens.wasReset || counter.requests.wasReset) {
        changes.rateLimits.push(
          rateLimitChange(counter, 'reset', counter.tokens.storedUsage, startUsage, counter.requests.storedUsage, startRequests, at),
        );
      }
      if (!touched.charged) continue;
      changes.rateLimits.push(
        rateLimitChange(counter, 'charged', startUsage, counter.tokens.usage, startRequests, counter.requests.usage, at),
      );
    }
    return changes;
  }
}

// Change events are built as plain literals (no spreads): a batch makes one per touched counter.
function budgetChange(counter: BudgetCounter, kind: ChangeKind, previousUsage: number, currentUsage: number, at: string): BudgetChange {
  return {
    kind, budgetId: counter.id, owner: counter.owner, previousUsage, currentUsage,
    delta: addMoney(currentUsage, -previousUsage), at,
  };
}

function rateLimitChange(
  counter: RateLimitCounter,
  kind: ChangeKind,
  previousTokens: number,
  currentTokens: number,
  previousRequests: number,
  currentRequests: number,
  at: string,
): RateLimitChange {
  return { kind, rateLimitId: counter.id, owner: counter.owner, previousTokens, currentTokens, previousRequests, currentRequests, at };
}

export function publishChanges(publisher: UsagePublisher, changes: LedgerChanges | null): void {
  for (const change of changes?.budgets ?? []) publisher.publish('budget:changed', change);
  for (const change of changes?.rateLimits ?? []) publisher.publish('rateLimit:changed', change);
}
