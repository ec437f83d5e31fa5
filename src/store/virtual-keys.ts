// Virtual keys: create / update / delete with their budgets, rate limit, provider configs and MCP
// configs (each write one transaction), and batched reads.
import { randomUUID } from 'node:crypto';
import type { VirtualKeyRow } from '../db/database.js';
import { anyOf, containsText } from '../db/sqlite-sql.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { requestedAlignment } from '../domain/multi-budget.js';
import {
  type CreateVirtualKeyInput,
  duplicateVirtualKeyMessage,
  parentUpdate,
  type UpdateVirtualKeyInput,
  VIRTUAL_KEY_PREFIX,
  type VirtualKey,
} from '../domain/virtual-key.js';
import { type Db, flag, inTransaction, requireReference, requireRow } from './common.js';
import { type LimitChange, type Written, written } from './limit-changes.js';
import { alignOwnerLimits, type Owner, writeRateLimit } from './limits.js';
import { writeMcpConfigs } from './mcp-configs.js';
import { writeOwnerBudgets } from './multi-budgets.js';
import { removeLimitsOfDeletedOwners } from './owner-removal.js';
import { providerConfigOwner, writeProviderConfigs } from './provider-configs.js';
import { isUniqueViolation } from './unique-violation.js';

export function virtualKeyRowToVirtualKey(row: VirtualKeyRow): VirtualKey {
  return {
    id: row.id,
    name: row.name,
    value: row.value,
    description: row.description,
    isActive: row.is_active !== 0,
    teamId: row.team_id,
    customerId: row.customer_id,
    calendarAligned: row.calendar_aligned !== 0,
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function virtualKeysByIds(db: Db, ids: readonly string[]): Promise<VirtualKey[]> {
  const rows = await db.selectFrom('virtual_keys').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(virtualKeyRowToVirtualKey);
}

export async function virtualKeyByValue(db: Db, value: string): Promise<VirtualKey | null> {
  const row = await db.selectFrom('virtual_keys').selectAll().where('value', '=', value).executeTakeFirst();
  return row ? virtualKeyRowToVirtualKey(row) : null;
}

/** The key a presented value (sk-bf-…) names, as a credential: which key, and whether it may be used. */
export async function virtualKeyCredential(db: Db, value: string): Promise<{ id: string; name: string; isActive: boolean } | undefined> {
  const row = await db.selectFrom('virtual_keys').select(['id', 'name', 'is_active']).where('value', '=', value).executeTakeFirst();
  return row && { id: row.id, name: row.name, isActive: row.is_active !== 0 };
}

/** Virtual keys attached to any of these parents (teams or customers), oldest first. */
export async function virtualKeysByParents(
  db: Db,
  parent: 'team_id' | 'customer_id',
  ids: readonly string[],
): Promise<VirtualKey[]> {
  const rows = await db
    .selectFrom('virtual_keys')
    .selectAll()
    .where(parent, 'in', anyOf(ids))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(virtualKeyRowToVirtualKey);
}

export interface VirtualKeyFilter {
  teamId?: string | null;
  customerId?: string | null;
  isActive?: boolean | null;
  search?: string | null;
}

export function virtualKeyListQuery(db: Db, filter: VirtualKeyFilter) {
  let query = db.selectFrom('virtual_keys');
  if (filter.teamId) query = query.where('team_id', '=', filter.teamId);
  if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
  if (filter.isActive != null) query = query.where('is_active', '=', flag(filter.isActive));
  if (filter.search) query = query.where(containsText('name', filter.search));
  return query;
}

const duplicateName = (name: string) => new ValidationError(duplicateVirtualKeyMessage(name), 'input.name');

/** A write that races past requireFreeName still answers the duplicate-name error. */
async function guardName<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isUniqueViolation(error, 'virtual_keys.name') ? duplicateName(name) : error;
  }
}

async function requireFreeName(db: Db, name: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('virtual_keys').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw duplicateName(name);
}

async function requireParents(db: Db, parents: { teamId?: string | null; customerId?: string | null }): Promise<void> {
  if (parents.teamId) await requireReference(db, 'teams', parents.teamId, 'input.teamId', 'Team');
  if (parents.customerId) await requireReference(db, 'customers', parents.customerId, 'input.customerId', 'Customer');
}

type LimitsInput = Pick<UpdateVirtualKeyInput, 'budget' | 'budgets' | 'rateLimit' | 'providerConfigs' | 'mcpConfigs'>;

/** Everything hanging off the key, in Bifrost's order: budgets, rate limit, provider and MCP configs. */
async function writeOwned(db: Db, owner: Owner & { id: string }, input: LimitsInput, now: Date): Promise<LimitChange[]> {
  const changes: LimitChange[] = [];
  changes.push(...(await writeOwnerBudgets(db, owner, input, now, 'input')));
  changes.push(...(await writeRateLimit(db, owner, input.rateLimit, 'merge', now)));
  changes.push(...(await writeProviderConfigs(db, owner, input.providerConfigs, now)));
  await writeMcpConfigs(db, owner.id, input.mcpConfigs);
  return changes;
}

export function createVirtualKey(db: Db, input: CreateVirtualKeyInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireParents(trx, input);
    await requireFreeName(trx, input.name);
    const id = randomUUID();
    const calendarAligned = requestedAlignment(input) ?? false;
    const at = now.toISOString();
    await guardName(input.name, () =>
      trx
        .insertInto('virtual_keys')
        .values({
          id,
          name: input.name,
          value: `${VIRTUAL_KEY_PREFIX}${randomUUID()}`,
          description: input.description ?? '',
          is_active: flag(input.isActive ?? true),
          team_id: input.teamId || null,
          customer_id: input.customerId || null,
          calendar_aligned: flag(calendarAligned),
          created_at: at,
          updated_at: at,
        })
        .execute(),
    );
    changes.push(...(await writeOwned(trx, { kind: 'virtual_key', id, calendarAligned }, input, now)));
    return written(id, changes, { owners: [{ kind: 'virtual_key', id }] });
  });
}

/** Switches the calendar flag of the key and of every provider config's limits (spec §3.5). */
async function alignVirtualKey(db: Db, owner: Owner & { id: string }, now: Date): Promise<LimitChange[]> {
  const changes: LimitChange[] = [];
  changes.push(...(await alignOwnerLimits(db, owner, now)));
  const configs = await db.selectFrom('provider_configs').select('id').where('virtual_key_id', '=', owner.id).execute();
  for (const config of configs) changes.push(...(await alignOwnerLimits(db, providerConfigOwner(config.id, owner.calendarAligned), now)));
  return changes;
}

export function updateVirtualKey(db: Db, id: string, input: UpdateVirtualKeyInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    const current = await trx
      .selectFrom('virtual_keys')
      .select(['name', 'calendar_aligned'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!current) throw new NotFoundError('Virtual key', id);
    const parents = parentUpdate(input);
    await requireParents(trx, parents);
    const name = input.name ?? current.name;
    if (name !== current.name) await requireFreeName(trx, name, id);
    const wasAligned = current.calendar_aligned !== 0;
    const calendarAligned = requestedAlignment(input) ?? wasAligned;
    await guardName(name, () =>
      trx
        .updateTable('virtual_keys')
        .set({
          name,
          ...(input.description !== undefined && { description: input.description ?? '' }),
          ...(input.isActive != null && { is_active: flag(input.isActive) }),
          ...(parents.teamId !== undefined && { team_id: parents.teamId }),
          ...(parents.customerId !== undefined && { customer_id: parents.customerId }),
          calendar_aligned: flag(calendarAligned),
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .execute(),
    );
    const owner = { kind: 'virtual_key' as const, id, calendarAligned };
    changes.push(...(await writeOwned(trx, owner, input, now)));
    if (calendarAligned !== wasAligned) changes.push(...(await alignVirtualKey(trx, owner, now)));
    return written(id, changes, { owners: [{ kind: 'virtual_key', id }] });
  });
}

/** Deletes the key; budgets, rate limit, provider configs (with theirs) and MCP configs cascade. */
export function deleteVirtualKey(db: Db, id: string): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireRow(trx, 'virtual_keys', id, 'Virtual key');
    changes.push(...(await removeLimitsOfDeletedOwners(trx, 'virtual_key', [id])));
    await trx.deleteFrom('virtual_keys').where('id', '=', id).execute();
    // Its pricing overrides go with it (ON DELETE CASCADE).
    return written(id, changes, { owners: [{ kind: 'virtual_key', id }], pricing: true });
  });
}
