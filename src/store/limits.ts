// Budgets and rate limits hanging off their owners: the update semantics of spec §3.1/§3.2/§3.5,
// batched loads by owner, and row mapping. Callers pass the transaction they write in.
import { randomUUID } from 'node:crypto';
import type { BudgetRow, OwnerColumns, RateLimitRow } from '../db/database.js';
import { parseDuration, windowStart } from '../domain/duration.js';
import { anyOf, type Db } from './common.js';
import type { Budget, OwnerKind, OwnerRef, RateLimit } from '../domain/entities.js';
import { ValidationError } from '../domain/errors.js';
import {
  BUDGET_BOTH_REQUIRED,
  type BudgetInput,
  budgetProblem,
  isEmptyRateLimit,
  type Problem,
  type RateLimitConfig,
  type RateLimitInput,
  rateLimitConfigOf,
  rateLimitProblem,
} from '../domain/limits.js';

export type OwnerColumn = keyof OwnerColumns;

export const OWNER_COLUMN: Record<OwnerKind, OwnerColumn> = {
  customer: 'customer_id',
  team: 'team_id',
  virtual_key: 'virtual_key_id',
  provider_config: 'provider_config_id',
  model_config: 'model_config_id',
  provider: 'provider_id',
  business_unit: 'business_unit_id',
};

/** An owner being written: its reference plus the calendar flag its new budgets follow. */
export interface Owner extends OwnerRef {
  calendarAligned: boolean;
}

const bool = (value: number) => value !== 0;

function ownerOfRow(row: OwnerColumns): OwnerRef {
  for (const [kind, column] of Object.entries(OWNER_COLUMN) as Array<[OwnerKind, OwnerColumn]>) {
    const id = row[column];
    if (id != null) return { kind, id };
  }
  throw new Error('budget or rate limit row without owner');
}

export function budgetRowToBudget(row: BudgetRow): Budget {
  return {
    id: row.id,
    maxLimit: row.max_limit,
    resetDuration: row.reset_duration,
    currentUsage: row.current_usage,
    lastReset: row.last_reset,
    calendarAligned: bool(row.calendar_aligned),
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    owner: ownerOfRow(row),
  };
}

export function rateLimitRowToRateLimit(row: RateLimitRow): RateLimit {
  return {
    id: row.id,
    tokenMaxLimit: row.token_max_limit,
    tokenResetDuration: row.token_reset_duration,
    tokenCurrentUsage: row.token_current_usage,
    tokenLastReset: row.token_last_reset,
    requestMaxLimit: row.request_max_limit,
    requestResetDuration: row.request_reset_duration,
    requestCurrentUsage: row.request_current_usage,
    requestLastReset: row.request_last_reset,
    calendarAligned: bool(row.calendar_aligned),
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    owner: ownerOfRow(row),
  };
}

function invalid(problem: Problem, field: string): ValidationError {
  return new ValidationError(problem.message, `${field}.${problem.field}`);
}

function newWindowStart(resetDuration: string, calendarAligned: boolean, now: Date): string {
  // Durations reaching the store were validated; parse again only to place the window.
  const duration = parseDuration(resetDuration)!;
  return windowStart(duration, calendarAligned, now).toISOString();
}

async function insertBudget(db: Db, owner: Owner, maxLimit: number, resetDuration: string, now: Date) {
  const at = now.toISOString();
  await db
    .insertInto('budgets')
    .values({
      id: randomUUID(),
      max_limit: maxLimit,
      reset_duration: resetDuration,
      current_usage: 0,
      last_reset: newWindowStart(resetDuration, owner.calendarAligned, now),
      calendar_aligned: owner.calendarAligned ? 1 : 0,
      created_at: at,
      updated_at: at,
      [OWNER_COLUMN[owner.kind]]: owner.id,
    })
    .execute();
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
): Promise<void> {
  if (input === undefined) return;
  const column = OWNER_COLUMN[owner.kind];
  if (input === null || isRemoval(input)) {
    await db.deleteFrom('budgets').where(column, '=', owner.id).execute();
    return;
  }
  if (input.maxLimit == null && input.resetDuration == null) return;
  const existing = await db.selectFrom('budgets').selectAll().where(column, '=', owner.id).executeTakeFirst();
  if (!existing) {
    if (input.maxLimit == null || input.resetDuration == null) {
      throw new ValidationError(BUDGET_BOTH_REQUIRED, `${field}.${input.maxLimit == null ? 'maxLimit' : 'resetDuration'}`);
    }
    await insertBudget(db, owner, input.maxLimit, input.resetDuration, now);
    return;
  }
  const merged = {
    maxLimit: input.maxLimit ?? existing.max_limit,
    resetDuration: input.resetDuration ?? existing.reset_duration,
  };
  const problem = budgetProblem(merged);
  if (problem) throw invalid(problem, field);
  await db
    .updateTable('budgets')
    .set({ max_limit: merged.maxLimit, reset_duration: merged.resetDuration, updated_at: now.toISOString() })
    .where('id', '=', existing.id)
    .execute();
}

/**
 * Multi-budget owners (virtual key, provider config, model config): reconcile by reset_duration.
 * A matching duration keeps its row (id, usage, last_reset) with the new max_limit; new durations
 * are created; durations no longer listed are deleted. null or [] deletes every budget.
 */
export async function reconcileBudgets(
  db: Db,
  owner: Owner,
  inputs: BudgetInput[] | null | undefined,
  now: Date,
): Promise<void> {
  if (inputs === undefined) return;
  const column = OWNER_COLUMN[owner.kind];
  const existing = await db.selectFrom('budgets').select(['id', 'reset_duration']).where(column, '=', owner.id).execute();
  const wanted = new Map((inputs ?? []).map((b) => [b.resetDuration!, b.maxLimit!]));
  const stale = existing.filter((b) => !wanted.has(b.reset_duration)).map((b) => b.id);
  if (stale.length > 0) await db.deleteFrom('budgets').where('id', 'in', stale).execute();
  const byDuration = new Map(existing.map((b) => [b.reset_duration, b.id]));
  for (const [resetDuration, maxLimit] of wanted) {
    const id = byDuration.get(resetDuration);
    if (id) {
      await db.updateTable('budgets').set({ max_limit: maxLimit, updated_at: now.toISOString() }).where('id', '=', id).execute();
    } else {
      await insertBudget(db, owner, maxLimit, resetDuration, now);
    }
  }
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
): Promise<void> {
  if (input === undefined) return;
  const column = OWNER_COLUMN[owner.kind];
  const sent = input === null ? null : rateLimitConfigOf(input);
  const removal =
    sent === null ||
    (mode === 'replace'
      ? isEmptyRateLimit(sent)
      : Object.values(sent).every((value) => value == null));
  if (removal) {
    await db.deleteFrom('rate_limits').where(column, '=', owner.id).execute();
    return;
  }
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
    await db.updateTable('rate_limits').set(values).where('id', '=', existing.id).execute();
    return;
  }
  if (isEmptyRateLimit(config)) return;
  const at = now.toISOString();
  await db
    .insertInto('rate_limits')
    .values({
      ...values,
      id: randomUUID(),
      token_current_usage: 0,
      token_last_reset: at,
      request_current_usage: 0,
      request_last_reset: at,
      calendar_aligned: owner.calendarAligned ? 1 : 0,
      created_at: at,
      [OWNER_COLUMN[owner.kind]]: owner.id,
    })
    .execute();
}

/**
 * Applies an owner's calendar_aligned change to its budgets and rate limits (spec §3.5). Turning it
 * on restarts every calendar-alignable budget at the current period with zero usage; turning it off
 * keeps usage and last_reset. Call only when the flag actually changes.
 */
export async function alignOwnerLimits(db: Db, owner: Owner, now: Date): Promise<void> {
  const column = OWNER_COLUMN[owner.kind];
  const flag = owner.calendarAligned ? 1 : 0;
  const at = now.toISOString();
  await db.updateTable('rate_limits').set({ calendar_aligned: flag, updated_at: at }).where(column, '=', owner.id).execute();
  if (!owner.calendarAligned) {
    await db.updateTable('budgets').set({ calendar_aligned: 0, updated_at: at }).where(column, '=', owner.id).execute();
    return;
  }
  const budgets = await db.selectFrom('budgets').select(['id', 'reset_duration']).where(column, '=', owner.id).execute();
  for (const budget of budgets) {
    const duration = parseDuration(budget.reset_duration);
    const aligned = duration?.calendar
      ? { current_usage: 0, last_reset: windowStart(duration, true, now).toISOString() }
      : {};
    await db.updateTable('budgets').set({ ...aligned, calendar_aligned: 1, updated_at: at }).where('id', '=', budget.id).execute();
  }
}

/** Budgets of many owners of one kind in one statement, oldest first. */
export async function budgetsByOwners(db: Db, kind: OwnerKind, ids: ReadonlyArray<string | number>): Promise<Budget[]> {
  const rows = await db
    .selectFrom('budgets')
    .selectAll()
    .where(OWNER_COLUMN[kind], 'in', anyOf(ids))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(budgetRowToBudget);
}

/** Rate limits of many owners of one kind in one statement. */
export async function rateLimitsByOwners(
  db: Db,
  kind: OwnerKind,
  ids: ReadonlyArray<string | number>,
): Promise<RateLimit[]> {
  const rows = await db.selectFrom('rate_limits').selectAll().where(OWNER_COLUMN[kind], 'in', anyOf(ids)).execute();
  return rows.map(rateLimitRowToRateLimit);
}
