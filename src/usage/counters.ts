// Budget and rate-limit counters on the hot path: cached prepared statements over better-sqlite3,
// and rolling each window to "now" before it is checked or charged.
import type SQLite from 'better-sqlite3';
import type { OwnerKind, OwnerRef } from '../domain/entities.js';
import { rollWindow } from '../domain/windows.js';
import { OWNER_COLUMN } from '../store/limits.js';

// The owner as two computed columns: better-sqlite3 pays per column read, and this is the hot path.
const OWNER_SELECT = [
  `case ${Object.entries(OWNER_COLUMN).map(([kind, column]) => `when ${column} is not null then '${kind}'`).join(' ')} end as owner_kind`,
  `coalesce(${Object.values(OWNER_COLUMN).join(', ')}) as owner_id`,
].join(', ');

// Rows are read as arrays (better-sqlite3 raw mode): materialising named rows costs about twice as
// much, and a usage batch reads thousands. The tuples follow the column lists below.
type BudgetTuple = [
  id: string, maxLimit: number, resetDuration: string, usage: number, reserved: number, lastReset: string,
  windowEnd: string | null, calendarAligned: number, ownerKind: OwnerKind, ownerId: string | number,
];
const BUDGET_COLUMNS = `id, max_limit, reset_duration, current_usage, reserved, last_reset, window_end, calendar_aligned, ${OWNER_SELECT}`;

type RateLimitTuple = [
  id: string,
  tokenLimit: number | null, tokenDuration: string | null, tokenUsage: number, tokenReserved: number, tokenLastReset: string,
  tokenWindowEnd: string | null,
  requestLimit: number | null, requestDuration: string | null, requestUsage: number, requestReserved: number,
  requestLastReset: string, requestWindowEnd: string | null,
  calendarAligned: number, ownerKind: OwnerKind, ownerId: string | number,
];
const RATE_LIMIT_COLUMNS = `id, token_max_limit, token_reset_duration, token_current_usage, token_reserved, token_last_reset,
  token_window_end, request_max_limit, request_reset_duration, request_current_usage, request_reserved,
  request_last_reset, request_window_end, calendar_aligned, ${OWNER_SELECT}`;

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

export interface Window {
  limit: number | null;
  resetDuration: string | null;
  usage: number;
  reserved: number;
  lastReset: string;
  windowEnd: string | null;
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

function rolledWindow(
  limit: number | null,
  stored: { usage: number; reserved: number; lastReset: string; windowEnd: string | null },
  duration: string | null,
  calendarAligned: boolean,
  now: Date,
): Window {
  const rolled = rollWindow(stored, duration, calendarAligned, now);
  return {
    limit,
    resetDuration: duration,
    usage: rolled.usage,
    reserved: stored.reserved,
    lastReset: rolled.lastReset,
    windowEnd: rolled.windowEnd,
    storedUsage: stored.usage,
    wasReset: rolled.wasReset,
    storedWindowEnd: stored.windowEnd,
  };
}

export type CounterStatements = ReturnType<typeof prepareCounterStatements>;

function budgetFromRow(row: BudgetTuple, now: Date): BudgetCounter {
  const [id, maxLimit, resetDuration, usage, reserved, lastReset, windowEnd, calendarAligned, ownerKind, ownerId] = row;
  const rolled = rollWindow({ usage, lastReset, windowEnd }, resetDuration, calendarAligned !== 0, now);
  return {
    id,
    owner: { kind: ownerKind, id: ownerId },
    maxLimit,
    resetDuration,
    usage: rolled.usage,
    reserved,
    lastReset: rolled.lastReset,
    windowEnd: rolled.windowEnd,
    storedUsage: usage,
    wasReset: rolled.wasReset,
    storedWindowEnd: windowEnd,
  };
}

function rateLimitFromRow(row: RateLimitTuple, now: Date): RateLimitCounter {
  const [
    id, tokenLimit, tokenDuration, tokenUsage, tokenReserved, tokenLastReset, tokenWindowEnd,
    requestLimit, requestDuration, requestUsage, requestReserved, requestLastReset, requestWindowEnd,
    calendarAligned, ownerKind, ownerId,
  ] = row;
  const aligned = calendarAligned !== 0;
  return {
    id,
    owner: { kind: ownerKind, id: ownerId },
    tokens: rolledWindow(
      tokenLimit,
      { usage: tokenUsage, reserved: tokenReserved, lastReset: tokenLastReset, windowEnd: tokenWindowEnd },
      tokenDuration,
      aligned,
      now,
    ),
    requests: rolledWindow(
      requestLimit,
      { usage: requestUsage, reserved: requestReserved, lastReset: requestLastReset, windowEnd: requestWindowEnd },
      requestDuration,
      aligned,
      now,
    ),
  };
}

/** Whether a window's columns (indexed) must be written: it was reset, or its end was filled in. */
const windowMoved = (window: Pick<Window, 'wasReset' | 'windowEnd' | 'storedWindowEnd'>) =>
  window.wasReset || window.windowEnd !== window.storedWindowEnd;

// Many ids in one statement (a JSON array): a usage batch loads all its counters with two statements.
const MANY_IDS = 'where id in (select value from json_each(?))';

export function prepareCounterStatements(sqlite: SQLite.Database) {
  const selectBudget = sqlite.prepare<[string], BudgetTuple>(`select ${BUDGET_COLUMNS} from budgets where id = ?`).raw();
  const selectBudgets = sqlite.prepare<[string], BudgetTuple>(`select ${BUDGET_COLUMNS} from budgets ${MANY_IDS}`).raw();
  const selectRateLimit = sqlite
    .prepare<[string], RateLimitTuple>(`select ${RATE_LIMIT_COLUMNS} from rate_limits where id = ?`)
    .raw();
  const selectRateLimits = sqlite
    .prepare<[string], RateLimitTuple>(`select ${RATE_LIMIT_COLUMNS} from rate_limits ${MANY_IDS}`)
    .raw();
  // Two forms of each write: the window columns are indexed (the sweep finds ended windows by them),
  // and SQLite rewrites an index entry whenever its column is assigned, changed or not.
  const updateBudget = sqlite.prepare<[number, number, string, string | null, string, string]>(
    'update budgets set current_usage = ?, reserved = ?, last_reset = ?, window_end = ?, updated_at = ? where id = ?',
  );
  const updateBudgetUsage = sqlite.prepare<[number, number, string, string]>(
    'update budgets set current_usage = ?, reserved = ?, updated_at = ? where id = ?',
  );
  const updateRateLimit = sqlite.prepare<
    [number, number, string, string | null, number, number, string, string | null, string, string]
  >(
    `update rate_limits set token_current_usage = ?, token_reserved = ?, token_last_reset = ?, token_window_end = ?,
       request_current_usage = ?, request_reserved = ?, request_last_reset = ?, request_window_end = ?,
       updated_at = ? where id = ?`,
  );
  const updateRateLimitUsage = sqlite.prepare<[number, number, number, number, string, string]>(
    `update rate_limits set token_current_usage = ?, token_reserved = ?, request_current_usage = ?, request_reserved = ?,
       updated_at = ? where id = ?`,
  );

  return {
    /** The budget rolled to `now`, or undefined when it no longer exists. */
    budget(id: string, now: Date): BudgetCounter | undefined {
      const row = selectBudget.get(id);
      return row && budgetFromRow(row, now);
    },

    rateLimit(id: string, now: Date): RateLimitCounter | undefined {
      const row = selectRateLimit.get(id);
      return row && rateLimitFromRow(row, now);
    },

    /** The budgets among `ids` that exist, rolled to `now`. */
    budgets(ids: string[], now: Date): BudgetCounter[] {
      return selectBudgets.all(JSON.stringify(ids)).map((row) => budgetFromRow(row, now));
    },

    rateLimits(ids: string[], now: Date): RateLimitCounter[] {
      return selectRateLimits.all(JSON.stringify(ids)).map((row) => rateLimitFromRow(row, now));
    },

    saveBudget(budget: BudgetCounter, at: string): void {
      if (!windowMoved(budget)) {
        updateBudgetUsage.run(budget.usage, budget.reserved, at, budget.id);
        return;
      }
      updateBudget.run(budget.usage, budget.reserved, budget.lastReset, budget.windowEnd, at, budget.id);
    },

    saveRateLimit(limit: RateLimitCounter, at: string): void {
      const { tokens, requests } = limit;
      if (!windowMoved(tokens) && !windowMoved(requests)) {
        updateRateLimitUsage.run(tokens.usage, tokens.reserved, requests.usage, requests.reserved, at, limit.id);
        return;
      }
      updateRateLimit.run(
        tokens.usage, tokens.reserved, tokens.lastReset, tokens.windowEnd,
        requests.usage, requests.reserved, requests.lastReset, requests.windowEnd,
        at, limit.id,
      );
    },
  };
}
