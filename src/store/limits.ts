// Budgets and rate limits hanging off their owners: the update semantics of spec §3.1/§3.2/§3.5,
// batched loads by owner, and row mapping. Callers pass the transaction they write in; writes return the limit changes they made.
import { randomUUID } from 'node:crypto';
import type { BudgetRow, OwnerColumns, RateLimitRow } from '../db/database.js';
import { anyOf, insertionOrder } from '../db/sqlite-sql.js';
import { parseDuration, windowEndText, windowStart } from '../domain/duration.js';
import { rollWindow, windowRunning } from '../domain/windows.js';
import type { Budget, OwnerKind, OwnerRef, RateLimit } from '../domain/entities.js';
import { ValidationError } from '../domain/errors.js';
import { OWNERS, type OwnerColumn, ownerKey, ownerOfRow } from '../domain/owners.js';
import { type Db, flag } from './common.js';
import type { LimitChange, RemovedLimit } from './limit-changes.js';
import { scopesOf } from './owner-scopes.js';
import {
  BUDGET_BOTH_REQUIRED,
  type BudgetInput,
  budgetProblem,
  calendarAlignmentMessage,
  calendarDurationProblem,
  isEmptyRateLimit,
  type Problem,
  type RateLimitConfig,
  type RateLimitInput,
  rateLimitConfigOf,
  rateLimitProblem,
} from '../domain/limits.js';

/** An owner being written: its reference plus the calendar flag its new budgets follow. */
export interface Owner extends OwnerRef {
  calendarAligned: boolean;
}

const ownerRef = ({ kind, id }: Owner): OwnerRef => ({ kind, id });

const bool = (value: number) => value !== 0;

// The columns a Budget or RateLimit is read from: neither the usage engine's reservations nor the
// owner columns, of which a batched read by owner needs only the one it filters on. The audit
// columns (config hash, timestamps) only feed the fields of the same names: a nested read whose
// selection shows none of them leaves them out (three strings fewer per row, by the ten thousand).
const AUDIT_COLUMNS = ['config_hash', 'created_at', 'updated_at'] as const;
const BUDGET_USAGE_COLUMNS = ['id', 'max_limit', 'reset_duration', 'current_usage', 'last_reset', 'window_end', 'calendar_aligned'] as const;
const RATE_LIMIT_USAGE_COLUMNS = [
  'id', 'token_max_limit', 'token_reset_duration', 'token_current_usage', 'token_last_reset', 'token_window_end',
  'request_max_limit', 'request_reset_duration', 'request_current_usage', 'request_last_reset', 'request_window_end',
  'calendar_aligned',
] as const;
type AuditColumns = Pick<BudgetRow, (typeof AUDIT_COLUMNS)[number]>;
type BudgetColumns = Pick<BudgetRow, (typeof BUDGET_USAGE_COLUMNS)[number]> & Partial<AuditColumns>;
type RateLimitColumns = Pick<RateLimitRow, (typeof RATE_LIMIT_USAGE_COLUMNS)[number]> & Partial<AuditColumns>;

/** The fields only the audit columns give. */
type AuditField = 'configHash' | 'createdAt' | 'updatedAt';
/** A budget as reads return it: without the audit fields when the read left their columns out. */
export type BudgetRead = Omit<Budget, AuditField> & Partial<Pick<Budget, AuditField>>;
/** A rate limit as reads return it: without the audit fields when the read left their columns out. */
export type RateLimitRead = Omit<RateLimit, AuditField> & Partial<Pick<RateLimit, AuditField>>;

/** Whether a stored window must be rolled to read it as of `now` (no: no `now`, or it still runs). */
function mustRoll(windowEnd: string | null, now: Date | undefined): now is Date {
  return now !== undefined && !windowRunning(windowEnd, now);
}

/**
 * Maps a row; with `now`, a window that has ended reads as reset (spec §4.2), before the sweep persists
 * it. Rows become entities by the ten thousand in a nested query: a running window is read as stored.
 */
function budgetRowToBudget(row: BudgetColumns, owner: OwnerRef, now?: Date): BudgetRead {
  const rolled = mustRoll(row.window_end, now)
    ? rollWindow({ usage: row.current_usage, lastReset: row.last_reset, windowEnd: row.window_end }, row.reset_duration, row.calendar_aligned !== 0, now)
    : null;
  return {
    id: row.id,
    maxLimit: row.max_limit,
    resetDuration: row.reset_duration,
    currentUsage: rolled ? rolled.usage : row.current_usage,
    lastReset: rolled ? rolled.lastReset : row.last_reset,
    calendarAligned: bool(row.calendar_aligned),
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    owner,
  };
}

function rateLimitRowToRateLimit(row: RateLimitColumns, owner: OwnerRef, now?: Date): RateLimitRead {
  const aligned = row.calendar_aligned !== 0;
  const tokens = mustRoll(row.token_window_end, now)
    ? rollWindow({ usage: row.token_current_usage, lastReset: row.token_last_reset, windowEnd: row.token_window_end }, row.token_reset_duration, aligned, now)
    : null;
  const requests = mustRoll(row.request_window_end, now)
    ? rollWindow({ usage: row.request_current_usage, lastReset: row.request_last_reset, windowEnd: row.request_window_end }, row.request_reset_duration, aligned, now)
    : null;
  return {
    id: row.id,
    tokenMaxLimit: row.token_max_limit,
    tokenResetDuration: row.token_reset_duration,
    tokenCurrentUsage: tokens ? tokens.usage : row.token_current_usage,
    tokenLastReset: tokens ? tokens.lastReset : row.token_last_reset,
    requestMaxLimit: row.request_max_limit,
    requestResetDuration: row.request_reset_duration,
    requestCurrentUsage: requests ? requests.usage : row.request_current_usage,
    requestLastReset: requests ? requests.lastReset : row.request_last_reset,
    calendarAligned: bool(row.calendar_aligned),
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    owner,
  };
}

function invalid(problem: Problem, field: string): ValidationError {
  return new ValidationError(problem.message, `${field}.${problem.field}`);
}

/** A calendar-aligned owner's budgets follow calendar periods; `field` names the budget object. */
function requireAlignable(owner: Owner, resetDuration: string, field: string): void {
  const problem = owner.calendarAligned ? calendarDurationProblem(resetDuration) : null;
  if (problem) throw invalid(problem, field);
}

function newWindowStart(resetDuration: string, calendarAligned: boolean, now: Date): string {
  // Durations reaching the store were validated; parse again only to place the window.
  const duration = parseDuration(resetDuration)!;
  return windowStart(duration, calendarAligned, now).toISOString();
}

async function insertBudget(db: Db, owner: Owner, maxLimit: number, resetDuration: string, now: Date, field: string): Promise<LimitChange> {
  requireAlignable(owner, resetDuration, field);
  const at = now.toISOString();
  const lastReset = newWindowStart(resetDuration, owner.calendarAligned, now);
  const id = randomUUID();
  await db
    .insertInto('budgets')
    .values({
      id,
      max_limit: maxLimit,
      reset_duration: resetDuration,
      current_usage: 0,
      last_reset: lastReset,
      window_end: windowEndText(resetDuration, owner.calendarAligned, lastReset),
      calendar_aligned: flag(owner.calendarAligned),
      created_at: at,
      updated_at: at,
      [OWNERS[owner.kind].column]: owner.id,
    })
    .execute();
  return { counter: 'budget', id, owner: ownerRef(owner), change: 'created' };
}

/** Deletes budgets, returning each as removed with what subscribers need to hear of it. */
export async function deleteBudgets(db: Db, column: OwnerColumn | 'id', values: ReadonlyArray<string | number>): Promise<LimitChange[]> {
  if (values.length === 0) return [];
  const rows = await db.selectFrom('budgets').selectAll().where(column, 'in', anyOf(values)).execute();
  await db.deleteFrom('budgets').where(column, 'in', anyOf(values)).execute();
  return removals(db, 'budget', rows, (row) => ({ cost: row.current_usage, tokens: 0, requests: 0 }));
}

/** Deletes rate limits, returning each as removed with what subscribers need to hear of it. */
export async function deleteRateLimits(db: Db, column: OwnerColumn | 'id', values: ReadonlyArray<string | number>): Promise<LimitChange[]> {
  if (values.length === 0) return [];
  const rows = await db.selectFrom('rate_limits').selectAll().where(column, 'in', anyOf(values)).execute();
  await db.deleteFrom('rate_limits').where(column, 'in', anyOf(values)).execute();
  return removals(db, 'rate_limit', rows, (row) => ({ cost: 0, tokens: row.token_current_usage, requests: row.request_current_usage }));
}

/** Deleted rows as removals; their owners still exist (they go after their limits), so their scope is read now. */
async function removals<Row extends OwnerColumns & { id: string }>(
  db: Db,
  counter: LimitChange['counter'],
  rows: readonly Row[],
  usageOf: (row: Row) => RemovedLimit['usage'],
): Promise<LimitChange[]> {
  const owners = rows.map(ownerOfRow);
  const scopes = await scopesOf(db, owners);
  return rows.map((row, index) => {
    const owner = owners[index]!;
    return { counter, id: row.id, owner, change: 'removed', removed: { scope: scopes.get(ownerKey(owner))!, usage: usageOf(row) } };
  });
}

/** True when a budget object asks for removal: `{}` (spec §3.1); `{calendarAligned}` alone is a toggle. */
function isRemoval(input: BudgetInput): boolean {
  return input.maxLimit == null && input.resetDuration == null && input.calendarAligned == null;
}

/**
 * Single-budget owners (customer, team, provider, business unit, legacy `budget` elsewhere):
 * undefined = unchanged; null or `{}` = removed; given fields update in place (id, usage and
 * last_reset kept) or create a new budget, which needs both fields.
 */
export async function writeSingleBudget(
  db: Db,
  owner: Owner,
  input: BudgetInput | null | undefined,
  now: Date,
  field = 'input.budget',
): Promise<LimitChange[]> {
  if (input === undefined) return [];
  const column = OWNERS[owner.kind].column;
  if (input === null || isRemoval(input)) return deleteBudgets(db, column, [owner.id]);
  if (input.maxLimit == null && input.resetDuration == null) return [];
  const existing = await db.selectFrom('budgets').selectAll().where(column, '=', owner.id).executeTakeFirst();
  if (!existing) {
    if (input.maxLimit == null || input.resetDuration == null) {
      throw new ValidationError(BUDGET_BOTH_REQUIRED, `${field}.${input.maxLimit == null ? 'maxLimit' : 'resetDuration'}`);
    }
    return [await insertBudget(db, owner, input.maxLimit, input.resetDuration, now, field)];
  }
  const merged = {
    maxLimit: input.maxLimit ?? existing.max_limit,
    resetDuration: input.resetDuration ?? existing.reset_duration,
  };
  const problem = budgetProblem(merged);
  if (problem) throw invalid(problem, field);
  requireAlignable(owner, merged.resetDuration, field);
  await db
    .updateTable('budgets')
    .set({
      max_limit: merged.maxLimit,
      reset_duration: merged.resetDuration,
      // A new duration keeps usage and last_reset; only the end of the window moves (spec §3.1).
      window_end: windowEndText(merged.resetDuration, existing.calendar_aligned !== 0, existing.last_reset),
      updated_at: now.toISOString(),
    })
    .where('id', '=', existing.id)
    .execute();
  return [{ counter: 'budget', id: existing.id, owner: ownerRef(owner), change: 'limit_changed' }];
}

/**
 * Multi-budget owners (virtual key, provider config, model config): reconcile by reset_duration.
 * A matching duration keeps its row (id, usage, last_reset) with the new max_limit; new durations
 * are created; durations no longer listed are deleted. null or [] deletes every budget. `field`
 * names the list.
 */
export async function reconcileBudgets(
  db: Db,
  owner: Owner,
  inputs: BudgetInput[] | null | undefined,
  now: Date,
  field: string,
): Promise<LimitChange[]> {
  if (inputs === undefined) return [];
  const column = OWNERS[owner.kind].column;
  const wanted = inputs ?? [];
  wanted.forEach((budget, index) => requireAlignable(owner, budget.resetDuration!, `${field}.${index}`));
  const existing = await db.selectFrom('budgets').select(['id', 'reset_duration']).where(column, '=', owner.id).execute();
  const wantedDurations = new Set(wanted.map((budget) => budget.resetDuration!));
  const stale = existing.filter((b) => !wantedDurations.has(b.reset_duration)).map((b) => b.id);
  const changes = await deleteBudgets(db, 'id', stale);
  const byDuration = new Map(existing.map((b) => [b.reset_duration, b.id]));
  for (const [index, { resetDuration, maxLimit }] of wanted.entries()) {
    const id = byDuration.get(resetDuration!);
    if (id) {
      await db.updateTable('budgets').set({ max_limit: maxLimit!, updated_at: now.toISOString() }).where('id', '=', id).execute();
      changes.push({ counter: 'budget', id, owner: ownerRef(owner), change: 'limit_changed' });
    } else {
      changes.push(await insertBudget(db, owner, maxLimit!, resetDuration!, now, `${field}.${index}`));
    }
  }
  return changes;
}

export type RateLimitMode = 'replace' | 'merge';

/**
 * undefined = unchanged; null, `{}` or no limit at all = removed. Otherwise `replace` owners take the
 * four config fields as sent (missing ones become null) and `merge` owners (virtual keys and their
 * provider configs) change only the sent fields. Usage counters and last_reset are always kept.
 */
export async function writeRateLimit(
  db: Db,
  owner: Owner,
  input: RateLimitInput | null | undefined,
  mode: RateLimitMode,
  now: Date,
  field = 'input.rateLimit',
): Promise<LimitChange[]> {
  if (input === undefined) return [];
  const column = OWNERS[owner.kind].column;
  const sent = input === null ? null : rateLimitConfigOf(input);
  const removal =
    sent === null ||
    (mode === 'replace'
      ? isEmptyRateLimit(sent)
      : Object.values(sent).every((value) => value == null));
  if (removal) return deleteRateLimits(db, column, [owner.id]);
  const existing = await db.selectFrom('rate_limits').selectAll().where(column, '=', owner.id).executeTakeFirst();
  const config: RateLimitConfig =
    mode === 'replace' || !existing
      ? sent
      : {
          tokenMaxLimit: sent.tokenMaxLimit ?? existing.token_max_limit,
          tokenResetDuration: sent.tokenResetDuration ?? existing.token_reset_duration,
          requestMaxLimit: sent.requestMaxLimit ?? existing.request_max_limit,
          requestResetDuration: sent.requestResetDuration ?? existing.request_reset_duration,
        };
  const problem = rateLimitProblem(config);
  if (problem) throw invalid(problem, field);
  const values = {
    token_max_limit: config.tokenMaxLimit,
    token_reset_duration: config.tokenResetDuration,
    request_max_limit: config.requestMaxLimit,
    request_reset_duration: config.requestResetDuration,
    updated_at: now.toISOString(),
  };
  if (existing) {
    const aligned = existing.calendar_aligned !== 0;
    await db
      .updateTable('rate_limits')
      .set({
        ...values,
        token_window_end: windowEndText(config.tokenResetDuration, aligned, existing.token_last_reset),
        request_window_end: windowEndText(config.requestResetDuration, aligned, existing.request_last_reset),
      })
      .where('id', '=', existing.id)
      .execute();
    return [{ counter: 'rate_limit', id: existing.id, owner: ownerRef(owner), change: 'limit_changed' }];
  }
  if (isEmptyRateLimit(config)) return [];
  const at = now.toISOString();
  const id = randomUUID();
  await db
    .insertInto('rate_limits')
    .values({
      ...values,
      id,
      token_current_usage: 0,
      token_last_reset: at,
      token_window_end: windowEndText(config.tokenResetDuration, owner.calendarAligned, at),
      request_current_usage: 0,
      request_last_reset: at,
      request_window_end: windowEndText(config.requestResetDuration, owner.calendarAligned, at),
      calendar_aligned: flag(owner.calendarAligned),
      created_at: at,
      [OWNERS[owner.kind].column]: owner.id,
    })
    .execute();
  return [{ counter: 'rate_limit', id, owner: ownerRef(owner), change: 'created' }];
}

/**
 * Applies an owner's calendar_aligned change to its budgets and rate limits (spec §3.5). Turning it
 * on restarts every budget at the current period with zero usage, and is refused (naming
 * `input.calendarAligned`) while a budget's duration cannot follow calendar periods; turning it off
 * keeps usage and last_reset. Call only when the flag actually changes, after the request's own
 * budgets are written (they were checked as written).
 */
export async function alignOwnerLimits(db: Db, owner: Owner, now: Date): Promise<LimitChange[]> {
  const column = OWNERS[owner.kind].column;
  const aligned = owner.calendarAligned;
  const at = now.toISOString();
  const limits = await db.selectFrom('rate_limits').selectAll().where(column, '=', owner.id).execute();
  const changes: LimitChange[] = [];
  for (const limit of limits) {
    changes.push({ counter: 'rate_limit', id: limit.id, owner: ownerRef(owner), change: 'limit_changed' });
    await db
      .updateTable('rate_limits')
      .set({
        calendar_aligned: flag(aligned),
        token_window_end: windowEndText(limit.token_reset_duration, aligned, limit.token_last_reset),
        request_window_end: windowEndText(limit.request_reset_duration, aligned, limit.request_last_reset),
        updated_at: at,
      })
      .where('id', '=', limit.id)
      .execute();
  }
  const budgets = await db.selectFrom('budgets').selectAll().where(column, '=', owner.id).execute();
  for (const budget of budgets) {
    const duration = parseDuration(budget.reset_duration);
    if (aligned && duration && !duration.calendar) {
      throw new ValidationError(calendarAlignmentMessage(budget.reset_duration), 'input.calendarAligned');
    }
    // Switching on restarts calendar-alignable windows at the current period with zero usage.
    const restart = aligned && duration?.calendar ? windowStart(duration, true, now).toISOString() : null;
    const lastReset = restart ?? budget.last_reset;
    changes.push({ counter: 'budget', id: budget.id, owner: ownerRef(owner), change: 'limit_changed' });
    await db
      .updateTable('budgets')
      .set({
        ...(restart && { current_usage: 0, last_reset: restart }),
        calendar_aligned: flag(aligned),
        window_end: windowEndText(budget.reset_duration, aligned, lastReset),
        updated_at: at,
      })
      .where('id', '=', budget.id)
      .execute();
  }
  return changes;
}

/**
 * Budgets of many owners of one kind in one statement, oldest first; live usage as of `now`;
 * without the audit fields unless `audit`.
 */
export async function budgetsByOwners(
  db: Db,
  kind: OwnerKind,
  ids: ReadonlyArray<string | number>,
  now?: Date,
  audit = true,
): Promise<BudgetRead[]> {
  const column = OWNERS[kind].column;
  const rows = await db
    .selectFrom('budgets')
    .select((eb) => [...BUDGET_USAGE_COLUMNS, ...(audit ? AUDIT_COLUMNS : []), eb.ref(column).$notNull().as('owner_id')])
    .where(column, 'in', anyOf(ids))
    // Budgets created in one request share created_at; insertionOrder keeps them as inserted.
    .orderBy('created_at')
    .orderBy(insertionOrder)
    .execute();
  return rows.map((row) => budgetRowToBudget(row, { kind, id: row.owner_id }, now));
}

/** Rate limits of many owners of one kind in one statement; without the audit fields unless `audit`. */
export async function rateLimitsByOwners(
  db: Db,
  kind: OwnerKind,
  ids: ReadonlyArray<string | number>,
  now?: Date,
  audit = true,
): Promise<RateLimitRead[]> {
  const column = OWNERS[kind].column;
  const rows = await db
    .selectFrom('rate_limits')
    .select((eb) => [...RATE_LIMIT_USAGE_COLUMNS, ...(audit ? AUDIT_COLUMNS : []), eb.ref(column).$notNull().as('owner_id')])
    .where(column, 'in', anyOf(ids))
    .execute();
  return rows.map((row) => rateLimitRowToRateLimit(row, { kind, id: row.owner_id }, now));
}

/** Every budget, oldest first (Bifrost's GET /budgets); live usage as of `now`. */
export async function listBudgets(db: Db, now?: Date): Promise<BudgetRead[]> {
  const rows = await db.selectFrom('budgets').selectAll().orderBy('created_at').orderBy(insertionOrder).execute();
  return rows.map((row) => budgetRowToBudget(row, ownerOfRow(row), now));
}

/** Every rate limit, oldest first (Bifrost's GET /rate-limits); live usage as of `now`. */
export async function listRateLimits(db: Db, now?: Date): Promise<RateLimitRead[]> {
  const rows = await db.selectFrom('rate_limits').selectAll().orderBy('created_at').orderBy(insertionOrder).execute();
  return rows.map((row) => rateLimitRowToRateLimit(row, ownerOfRow(row), now));
}

/** Budgets by id (subscription events carry ids); live usage as of `now`. */
export async function budgetsByIds(db: Db, ids: readonly string[], now: Date): Promise<BudgetRead[]> {
  const rows = await db.selectFrom('budgets').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map((row) => budgetRowToBudget(row, ownerOfRow(row), now));
}

export async function rateLimitsByIds(db: Db, ids: readonly string[], now: Date): Promise<RateLimitRead[]> {
  const rows = await db.selectFrom('rate_limits').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map((row) => rateLimitRowToRateLimit(row, ownerOfRow(row), now));
}
