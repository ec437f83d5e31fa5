// Budget and rate-limit counters on the hot path: counters as last committed kept in memory, prepared
// statements, and rolling each window to "now" before it is checked or charged.
import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { type PreparedQuery, type SqliteStatements, type Tuple } from '../db/sqlite-prepared.js';
import { anyOfJson, ownerIdColumn, ownerKindColumn } from '../db/sqlite-sql.js';
import { type BoundedCache, boundedCache } from '../domain/bounded-cache.js';
import type { OwnerRef } from '../domain/entities.js';
import { rollWindow } from '../domain/windows.js';

// Rows are read as arrays (raw mode): materialising named rows costs about twice as much, and a usage
// batch reads thousands. The tuples follow these column lists; the owner comes as two computed columns
// (better-sqlite3 pays per column read, and this is the hot path).
const BUDGET_COLUMNS = [
  'id', 'max_limit', 'reset_duration', 'current_usage', 'reserved', 'last_reset', 'window_end', 'calendar_aligned',
  'owner_kind', 'owner_id',
] as const;
const selectBudgets = (db: Kysely<Database>) =>
  db.selectFrom('budgets').select([
    'id', 'max_limit', 'reset_duration', 'current_usage', 'reserved', 'last_reset', 'window_end', 'calendar_aligned',
    ownerKindColumn, ownerIdColumn,
  ]);

const RATE_LIMIT_COLUMNS = [
  'id', 'token_max_limit', 'token_reset_duration', 'token_current_usage', 'token_reserved', 'token_last_reset',
  'token_window_end', 'request_max_limit', 'request_reset_duration', 'request_current_usage', 'request_reserved',
  'request_last_reset', 'request_window_end', 'calendar_aligned', 'owner_kind', 'owner_id',
] as const;
const selectRateLimits = (db: Kysely<Database>) =>
  db.selectFrom('rate_limits').select([
    'id', 'token_max_limit', 'token_reset_duration', 'token_current_usage', 'token_reserved', 'token_last_reset',
    'token_window_end', 'request_max_limit', 'request_reset_duration', 'request_current_usage', 'request_reserved',
    'request_last_reset', 'request_window_end', 'calendar_aligned', ownerKindColumn, ownerIdColumn,
  ]);

type RowOf<Select extends (db: Kysely<Database>) => { compile(): CompiledQuery<unknown> }> =
  ReturnType<Select> extends { compile(): CompiledQuery<infer Row> } ? Row : never;
type BudgetTuple = Tuple<RowOf<typeof selectBudgets>, typeof BUDGET_COLUMNS>;
type RateLimitTuple = Tuple<RowOf<typeof selectRateLimits>, typeof RATE_LIMIT_COLUMNS>;

export interface BudgetCounter {
  id: string;
  owner: OwnerRef;
  maxLimit: number;
  resetDuration: string;
  usage: number;
  reserved: number;
  lastReset: string;
  windowEnd: string | null;
  /** Usage as stored, before rolling (the change events report from it). */
  storedUsage: number;
  wasReset: boolean;
  /** The stored window end, to write the window columns (indexed) only when they change. */
  storedWindowEnd: string | null;
}

/** A window's own columns. */
interface WindowColumns {
  limit: number | null;
  resetDuration: string | null;
  usage: number;
  reserved: number;
  lastReset: string;
  windowEnd: string | null;
}

export interface Window extends WindowColumns {
  storedUsage: number;
  wasReset: boolean;
  storedWindowEnd: string | null;
}

export interface RateLimitCounter {
  id: string;
  owner: OwnerRef;
  tokens: Window;
  requests: Window;
}

/**
 * A window as last committed. `endsAt` is `windowEnd` parsed (Infinity without a duration, NaN while
 * unknown): a check compares numbers instead of parsing a date per window.
 */
interface StoredWindow extends WindowColumns {
  endsAt: number;
}

interface StoredBudget {
  id: string;
  owner: OwnerRef;
  maxLimit: number;
  calendarAligned: boolean;
  window: StoredWindow;
  /** The live counter for reading, kept while the window runs and nothing is saved (see `view`). */
  live?: BudgetCounter;
}

interface StoredRateLimit {
  id: string;
  owner: OwnerRef;
  calendarAligned: boolean;
  tokens: StoredWindow;
  requests: StoredWindow;
  live?: RateLimitCounter;
}

/** Counters to read (a plain check): each may be shared with other readers, so it must not be changed. */
export interface CounterReader {
  budget(id: string): Readonly<BudgetCounter> | null;
  rateLimit(id: string): Readonly<RateLimitCounter> | null;
}

function storedWindow(
  limit: number | null, resetDuration: string | null, usage: number, reserved: number, lastReset: string, windowEnd: string | null,
): StoredWindow {
  return { limit, resetDuration, usage, reserved, lastReset, windowEnd, endsAt: endOf(resetDuration, windowEnd) };
}

function endOf(resetDuration: string | null, windowEnd: string | null): number {
  if (windowEnd !== null) return Date.parse(windowEnd);
  return resetDuration === null ? Infinity : NaN;
}

function storedBudget(row: BudgetTuple): StoredBudget {
  const [id, maxLimit, resetDuration, usage, reserved, lastReset, windowEnd, calendarAligned, ownerKind, ownerId] = row;
  return {
    id, owner: { kind: ownerKind, id: ownerId }, maxLimit, calendarAligned: calendarAligned !== 0,
    window: storedWindow(maxLimit, resetDuration, usage, reserved, lastReset, windowEnd),
  };
}

function storedRateLimit(row: RateLimitTuple): StoredRateLimit {
  const [
    id, tokenLimit, tokenDuration, tokenUsage, tokenReserved, tokenLastReset, tokenWindowEnd,
    requestLimit, requestDuration, requestUsage, requestReserved, requestLastReset, requestWindowEnd,
    calendarAligned, ownerKind, ownerId,
  ] = row;
  return {
    id, owner: { kind: ownerKind, id: ownerId }, calendarAligned: calendarAligned !== 0,
    tokens: storedWindow(tokenLimit, tokenDuration, tokenUsage, tokenReserved, tokenLastReset, tokenWindowEnd),
    requests: storedWindow(requestLimit, requestDuration, requestUsage, requestReserved, requestLastReset, requestWindowEnd),
  };
}

/** A stored window as of `now`: unchanged while it runs, rolled (usage 0, new start) once it ended. */
function liveWindow(stored: StoredWindow, calendarAligned: boolean, now: Date): Window {
  const { limit, resetDuration, usage, reserved, lastReset, windowEnd } = stored;
  if (stored.endsAt > now.getTime()) {
    return { limit, resetDuration, usage, reserved, lastReset, windowEnd, storedUsage: usage, wasReset: false, storedWindowEnd: windowEnd };
  }
  const rolled = rollWindow(stored, resetDuration, calendarAligned, now);
  return {
    limit, resetDuration, usage: rolled.usage, reserved, lastReset: rolled.lastReset, windowEnd: rolled.windowEnd,
    storedUsage: usage, wasReset: rolled.wasReset, storedWindowEnd: windowEnd,
  };
}

export type CounterStatements = ReturnType<typeof prepareCounterStatements>;

function liveBudget({ id, owner, maxLimit, calendarAligned, window }: StoredBudget, now: Date): BudgetCounter {
  const live = liveWindow(window, calendarAligned, now);
  return {
    id, owner, maxLimit, resetDuration: window.resetDuration!, usage: live.usage, reserved: live.reserved,
    lastReset: live.lastReset, windowEnd: live.windowEnd, storedUsage: live.storedUsage, wasReset: live.wasReset,
    storedWindowEnd: live.storedWindowEnd,
  };
}

function liveRateLimit({ id, owner, calendarAligned, tokens, requests }: StoredRateLimit, now: Date): RateLimitCounter {
  return { id, owner, tokens: liveWindow(tokens, calendarAligned, now), requests: liveWindow(requests, calendarAligned, now) };
}

/** Whether a window's columns (indexed) must be written: it was reset, or its end was filled in. */
const windowMoved = (window: Pick<Window, 'wasReset' | 'windowEnd' | 'storedWindowEnd'>) =>
  window.wasReset || window.windowEnd !== window.storedWindowEnd;

/** What a save wrote, copied into the window kept in memory. */
function rememberWindow(stored: StoredWindow, saved: Pick<Window, 'usage' | 'reserved' | 'lastReset' | 'windowEnd'>): void {
  stored.usage = saved.usage;
  stored.reserved = saved.reserved;
  stored.lastReset = saved.lastReset;
  if (saved.windowEnd === stored.windowEnd) return;
  stored.windowEnd = saved.windowEnd;
  stored.endsAt = endOf(stored.resetDuration, saved.windowEnd);
}

// Counters kept per kind (each a few hundred bytes: about 7 MB for both kinds when full); past this the
// cache starts over, so a sweep or traffic over hundreds of thousands of rows cannot hold them all.
const CACHED_COUNTERS = 10_000;

/**
 * Counters as last committed (null: no such row), so checks and charges read no SQL once warm. Only
 * the engine writes usage, and it updates the counters it saves; a governance write forgets the
 * counters it changed, and another connection's commit or a rolled-back transaction all of them.
 */
function cachedCounters<Row extends [string, ...unknown[]], Stored extends { id: string }>(
  cache: BoundedCache<Stored | null>,
  toStored: (row: Row) => Stored,
  selectOne: PreparedQuery<{ id: string }, Row>,
  selectMany: PreparedQuery<{ idsJson: string }, Row>,
) {
  const readOne = (id: string) => {
    const row = selectOne.get({ id });
    return row ? toStored(row) : null;
  };
  return {
    one: (id: string): Stored | null => cache.get(id, readOne),
    /** The counters among `ids` that exist; the ones not cached are read with one statement. */
    many(ids: string[]): Stored[] {
      const found: Stored[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        const stored = cache.peek(id);
        if (stored === undefined) missing.push(id);
        else if (stored) found.push(stored);
      }
      if (missing.length === 0) return found;
      const read = selectMany.all({ idsJson: JSON.stringify(missing) }).map(toStored);
      for (const stored of read) cache.set(stored.id, stored);
      const readIds = new Set(read.map((stored) => stored.id));
      for (const id of missing) if (!readIds.has(id)) cache.set(id, null);
      return found.concat(read);
    },
  };
}

interface BudgetSave {
  id: string;
  usage: number;
  reserved: number;
  lastReset: string;
  windowEnd: string | null;
  at: string;
}

interface RateLimitSave {
  id: string;
  tokenUsage: number;
  tokenReserved: number;
  tokenLastReset: string;
  tokenWindowEnd: string | null;
  requestUsage: number;
  requestReserved: number;
  requestLastReset: string;
  requestWindowEnd: string | null;
  at: string;
}

/** The counters' statements, and the counters as last committed. */
export function prepareCounterStatements(statements: SqliteStatements) {
  const budgetCache = boundedCache<StoredBudget | null>(CACHED_COUNTERS);
  const rateLimitCache = boundedCache<StoredRateLimit | null>(CACHED_COUNTERS);
  // Many ids in one statement (a JSON array): a usage batch loads all its missing counters with two statements.
  const storedBudgets = cachedCounters(
    budgetCache,
    storedBudget,
    statements.prepareTuples((p: { id: string }, db) => selectBudgets(db).where('id', '=', p.id), BUDGET_COLUMNS),
    statements.prepareTuples(
      (p: { idsJson: string }, db) => selectBudgets(db).where('id', 'in', anyOfJson<string>(p.idsJson)),
      BUDGET_COLUMNS,
    ),
  );
  const storedRateLimits = cachedCounters(
    rateLimitCache,
    storedRateLimit,
    statements.prepareTuples((p: { id: string }, db) => selectRateLimits(db).where('id', '=', p.id), RATE_LIMIT_COLUMNS),
    statements.prepareTuples(
      (p: { idsJson: string }, db) => selectRateLimits(db).where('id', 'in', anyOfJson<string>(p.idsJson)),
      RATE_LIMIT_COLUMNS,
    ),
  );
  const forget = () => {
    budgetCache.clear();
    rateLimitCache.clear();
  };
  // Two forms of each write: the window columns are indexed (the sweep finds ended windows by them),
  // and SQLite rewrites an index entry whenever its column is assigned, changed or not.
  const updateBudget = statements.prepare((p: BudgetSave, db) =>
    db.updateTable('budgets')
      .set({ current_usage: p.usage, reserved: p.reserved, last_reset: p.lastReset, window_end: p.windowEnd, updated_at: p.at })
      .where('id', '=', p.id),
  );
  const updateBudgetUsage = statements.prepare((p: BudgetSave, db) =>
    db.updateTable('budgets').set({ current_usage: p.usage, reserved: p.reserved, updated_at: p.at }).where('id', '=', p.id),
  );
  const updateRateLimit = statements.prepare((p: RateLimitSave, db) =>
    db.updateTable('rate_limits')
      .set({
        token_current_usage: p.tokenUsage, token_reserved: p.tokenReserved, token_last_reset: p.tokenLastReset,
        token_window_end: p.tokenWindowEnd, request_current_usage: p.requestUsage, request_reserved: p.requestReserved,
        request_last_reset: p.requestLastReset, request_window_end: p.requestWindowEnd, updated_at: p.at,
      })
      .where('id', '=', p.id),
  );
  const updateRateLimitUsage = statements.prepare((p: RateLimitSave, db) =>
    db.updateTable('rate_limits')
      .set({
        token_current_usage: p.tokenUsage, token_reserved: p.tokenReserved, request_current_usage: p.requestUsage,
        request_reserved: p.requestReserved, updated_at: p.at,
      })
      .where('id', '=', p.id),
  );

  return {
    /** The budget rolled to `now`, or undefined when it no longer exists. */
    budget(id: string, now: Date): BudgetCounter | undefined {
      const stored = storedBudgets.one(id);
      return stored ? liveBudget(stored, now) : undefined;
    },

    rateLimit(id: string, now: Date): RateLimitCounter | undefined {
      const stored = storedRateLimits.one(id);
      return stored ? liveRateLimit(stored, now) : undefined;
    },

    /** The budgets among `ids` that exist, rolled to `now`. */
    budgets(ids: string[], now: Date): BudgetCounter[] {
      return storedBudgets.many(ids).map((stored) => liveBudget(stored, now));
    },

    rateLimits(ids: string[], now: Date): RateLimitCounter[] {
      return storedRateLimits.many(ids).map((stored) => liveRateLimit(stored, now));
    },

    /**
     * Counters as of `now` for reading only. While a window runs its live counter does not depend on
     * `now`, so one object serves every read until the counter is saved or the window ends: a plain
     * check allocates next to nothing.
     */
    view(now: Date): CounterReader {
      const time = now.getTime();
      return {
        budget(id) {
          const stored = storedBudgets.one(id);
          if (!stored) return null;
          if (!(stored.window.endsAt > time)) return liveBudget(stored, now);
          return (stored.live ??= liveBudget(stored, now));
        },
        rateLimit(id) {
          const stored = storedRateLimits.one(id);
          if (!stored) return null;
          if (!(stored.tokens.endsAt > time && stored.requests.endsAt > time)) return liveRateLimit(stored, now);
          return (stored.live ??= liveRateLimit(stored, now));
        },
      };
    },

    saveBudget(budget: BudgetCounter, at: string): void {
      const save: BudgetSave = {
        id: budget.id, usage: budget.usage, reserved: budget.reserved, lastReset: budget.lastReset, windowEnd: budget.windowEnd, at,
      };
      (windowMoved(budget) ? updateBudget : updateBudgetUsage).run(save);
      const stored = budgetCache.peek(budget.id);
      if (!stored) return;
      rememberWindow(stored.window, budget);
      stored.live = undefined;
    },

    saveRateLimit(limit: RateLimitCounter, at: string): void {
      const { tokens, requests } = limit;
      const save: RateLimitSave = {
        id: limit.id, tokenUsage: tokens.usage, tokenReserved: tokens.reserved, tokenLastReset: tokens.lastReset,
        tokenWindowEnd: tokens.windowEnd, requestUsage: requests.usage, requestReserved: requests.reserved,
        requestLastReset: requests.lastReset, requestWindowEnd: requests.windowEnd, at,
      };
      (windowMoved(tokens) || windowMoved(requests) ? updateRateLimit : updateRateLimitUsage).run(save);
      const stored = rateLimitCache.peek(limit.id);
      if (!stored) return;
      rememberWindow(stored.tokens, tokens);
      rememberWindow(stored.requests, requests);
      stored.live = undefined;
    },

    /** A governance write changed this counter's row. */
    forgetOne(counter: 'budget' | 'rate_limit', id: string): void {
      (counter === 'budget' ? budgetCache : rateLimitCache).delete(id);
    },

    /** Anything may have written counters (another connection, a rolled-back transaction): read them again. */
    forget,
  };
}
