// Model configs: create / update / delete with their budgets and rate limit, identity (uniqueness)
// and scope checks, and batched reads.
import { randomUUID } from 'node:crypto';
import type { ModelConfigRow } from '../db/database.js';
import { anyOf, containsText } from '../db/sqlite-sql.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import {
  type CreateModelConfigInput,
  duplicateModelConfigMessage,
  type ModelConfig,
  type ModelConfigIdentity,
  type UpdateModelConfigInput,
} from '../domain/model-config.js';
import { requestedAlignment } from '../domain/multi-budget.js';
import { throwProblem } from '../domain/problem.js';
import { type Scope, scopeChangeProblem } from '../domain/scope.js';
import { type Db, flag, inTransaction, requireRow } from './common.js';
import { type LimitChange, type Written, written } from './limit-changes.js';
import { alignOwnerLimits, type Owner, writeRateLimit } from './limits.js';
import { writeOwnerBudgets } from './multi-budgets.js';
import { removeLimitsOfDeletedOwners } from './owner-removal.js';
import { requireScopeOwner } from './scopes.js';
import { guardUnique } from './unique-violation.js';

export function modelConfigRowToModelConfig(row: ModelConfigRow): ModelConfig {
  return {
    id: row.id,
    modelName: row.model_name,
    provider: row.provider,
    scope: row.scope as Scope,
    scopeId: row.scope_id,
    calendarAligned: row.calendar_aligned !== 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function modelConfigsByIds(db: Db, ids: readonly string[]): Promise<ModelConfig[]> {
  const rows = await db.selectFrom('model_configs').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(modelConfigRowToModelConfig);
}

export interface ModelConfigFilter {
  scope?: string | null;
  scopeId?: string | null;
  modelName?: string | null;
  provider?: string | null;
  search?: string | null;
}

export function modelConfigListQuery(db: Db, filter: ModelConfigFilter) {
  let query = db.selectFrom('model_configs');
  if (filter.scope) query = query.where('scope', '=', filter.scope);
  if (filter.scopeId) query = query.where('scope_id', '=', filter.scopeId);
  if (filter.modelName) query = query.where('model_name', '=', filter.modelName);
  if (filter.provider) query = query.where('provider', '=', filter.provider);
  if (filter.search) query = query.where(containsText('model_name', filter.search));
  return query;
}

const IDENTITY_INDEX = "index 'model_configs_identity'";

/** CONFLICT when another config (not `exceptId`) has this identity; NULLs compare equal, as in the index. */
async function requireFreeIdentity(db: Db, identity: ModelConfigIdentity, exceptId?: string): Promise<void> {
  let query = db
    .selectFrom('model_configs')
    .select('id')
    .where('model_name', '=', identity.modelName)
    .where('provider', 'is', identity.provider)
    .where('scope', '=', identity.scope)
    .where('scope_id', 'is', identity.scopeId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new ConflictError(duplicateModelConfigMessage(identity));
}

/** Writes guarded by the identity index answer the same CONFLICT as the pre-check. */
function guardIdentity<T>(identity: ModelConfigIdentity, work: () => Promise<T>): Promise<T> {
  return guardUnique({ [IDENTITY_INDEX]: duplicateModelConfigMessage(identity) }, work);
}

type LimitsInput = Pick<UpdateModelConfigInput, 'budget' | 'budgets' | 'rateLimit'>;

async function writeLimits(db: Db, owner: Owner, input: LimitsInput, now: Date): Promise<LimitChange[]> {
  const budgets = await writeOwnerBudgets(db, owner, input, now, 'input');
  return [...budgets, ...(await writeRateLimit(db, owner, input.rateLimit, 'replace', now))];
}

export function createModelConfig(db: Db, input: CreateModelConfigInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const identity: ModelConfigIdentity = {
      modelName: input.modelName,
      provider: input.provider,
      scope: input.scope,
      scopeId: input.scopeId,
    };
    await requireScopeOwner(trx, identity.scope, identity.scopeId, 'input.scopeId');
    await requireFreeIdentity(trx, identity);
    const id = randomUUID();
    const calendarAligned = requestedAlignment(input) ?? false;
    const at = now.toISOString();
    await guardIdentity(identity, () =>
      trx
        .insertInto('model_configs')
        .values({
          id,
          model_name: identity.modelName,
          provider: identity.provider,
          scope: identity.scope,
          scope_id: identity.scopeId,
          calendar_aligned: flag(calendarAligned),
          created_at: at,
          updated_at: at,
        })
        .execute(),
    );
    const owner: Owner = { kind: 'model_config', id, calendarAligned };
    const changes = await writeLimits(trx, owner, input, now);
    return written(id, changes, { owners: [owner] });
  });
}

export function updateModelConfig(db: Db, id: string, input: UpdateModelConfigInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    const row = await trx.selectFrom('model_configs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('Model config', id);
    const current = modelConfigRowToModelConfig(row);
    throwProblem(scopeChangeProblem(current, input));
    const identity: ModelConfigIdentity = {
      modelName: input.modelName ?? current.modelName,
      provider: input.provider === undefined ? current.provider : input.provider,
      scope: current.scope,
      scopeId: current.scopeId,
    };
    if (identity.modelName !== current.modelName || identity.provider !== current.provider) {
      await requireFreeIdentity(trx, identity, id);
    }
    const calendarAligned = requestedAlignment(input) ?? current.calendarAligned;
    await guardIdentity(identity, () =>
      trx
        .updateTable('model_configs')
        .set({
          model_name: identity.modelName,
          provider: identity.provider,
          calendar_aligned: flag(calendarAligned),
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .execute(),
    );
    const owner: Owner = { kind: 'model_config', id, calendarAligned };
    await writeLimits(trx, owner, input, now);
    if (calendarAligned !== current.calendarAligned) changes.push(...(await alignOwnerLimits(trx, owner, now)));
    return written(id, changes, { owners: [{ kind: 'model_config', id }] });
  });
}

/** Deletes the config; its budgets and rate limit go with it (ON DELETE CASCADE). */
export function deleteModelConfig(db: Db, id: string): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireRow(trx, 'model_configs', id, 'Model config');
    changes.push(...(await removeLimitsOfDeletedOwners(trx, 'model_config', [id])));
    await trx.deleteFrom('model_configs').where('id', '=', id).execute();
    return written(id, changes, { owners: [{ kind: 'model_config', id }] });
  });
}
