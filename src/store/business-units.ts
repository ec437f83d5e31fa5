// Business units: create / update / delete, their governance (budget and rate limit), member
// customers attached by id, and batched reads.
import { randomUUID } from 'node:crypto';
import type { BusinessUnitRow } from '../db/database.js';
import { anyOf, containsText } from '../db/sqlite-sql.js';
import {
  BUSINESS_UNIT_HAS_MEMBERS,
  BUSINESS_UNIT_ID_TAKEN,
  BUSINESS_UNIT_NAME_TAKEN,
  type BusinessUnit,
  type CreateBusinessUnitInput,
  type UpdateBusinessUnitInput,
} from '../domain/business-unit.js';
import type { JsonObject, OwnerRef } from '../domain/entities.js';
import { ConflictError } from '../domain/errors.js';
import type { GovernanceInput } from '../domain/provider-governance.js';
import { type Db, inTransaction, jsonOrNull, parseJson, requireReference, requireRow } from './common.js';
import { type LimitChange, type Written, written } from './limit-changes.js';
import { removeLimitsOfDeletedOwners } from './owner-removal.js';
import { writeGovernance } from './provider-governance.js';
import { guardUnique } from './unique-violation.js';

export function businessUnitRowToBusinessUnit(row: BusinessUnitRow): BusinessUnit {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    sourceId: row.source_id,
    profile: parseJson<JsonObject | null>(row.profile, null),
    config: parseJson<JsonObject | null>(row.config, null),
    claims: parseJson<JsonObject | null>(row.claims, null),
    configHash: row.config_hash,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function businessUnitsByIds(db: Db, ids: readonly string[]): Promise<BusinessUnit[]> {
  const rows = await db.selectFrom('business_units').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(businessUnitRowToBusinessUnit);
}

export function businessUnitListQuery(db: Db, filter: { search?: string | null }) {
  let query = db.selectFrom('business_units');
  if (filter.search) query = query.where(containsText('name', filter.search));
  return query;
}

async function requireFreeName(db: Db, name: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('business_units').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw new ConflictError(BUSINESS_UNIT_NAME_TAKEN);
}

/** The pre-checks' CONFLICTs again, for writes that race past them. */
const UNIQUE_CONFLICTS = {
  'business_units.name': BUSINESS_UNIT_NAME_TAKEN,
  'business_units.id': BUSINESS_UNIT_ID_TAKEN,
};

type EditableInput = Omit<UpdateBusinessUnitInput, 'name'>;

/** Column values of the sent fields: absent = unchanged, null = cleared (description to ""). */
function editableColumns(input: EditableInput) {
  return {
    ...(input.description !== undefined && { description: input.description ?? '' }),
    ...(input.sourceId !== undefined && { source_id: input.sourceId }),
    ...(input.profile !== undefined && { profile: jsonOrNull(input.profile) }),
    ...(input.config !== undefined && { config: jsonOrNull(input.config) }),
    ...(input.claims !== undefined && { claims: jsonOrNull(input.claims) }),
  };
}

async function requireCustomer(db: Db, customerId: string | null | undefined): Promise<void> {
  if (customerId) await requireReference(db, 'customers', customerId, 'input.customerId', 'Customer');
}

/** Moves the customer into this unit; returns the owners that moved. */
async function attachCustomer(db: Db, id: string, customerId: string | null | undefined, at: string): Promise<OwnerRef[]> {
  if (!customerId) return [];
  await db.updateTable('customers').set({ business_unit_id: id, updated_at: at }).where('id', '=', customerId).execute();
  return [{ kind: 'customer', id: customerId }];
}

export function createBusinessUnit(db: Db, input: CreateBusinessUnitInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const id = input.id || randomUUID();
    if (input.id) {
      const taken = await trx.selectFrom('business_units').select('id').where('id', '=', id).executeTakeFirst();
      if (taken) throw new ConflictError(BUSINESS_UNIT_ID_TAKEN);
    }
    await requireFreeName(trx, input.name);
    await requireCustomer(trx, input.customerId);
    const at = now.toISOString();
    await guardUnique(UNIQUE_CONFLICTS, () =>
      trx
        .insertInto('business_units')
        .values({ id, name: input.name, ...editableColumns(input), created_at: at, updated_at: at })
        .execute(),
    );
    return written(id, [], { owners: await attachCustomer(trx, id, input.customerId, at) });
  });
}

export function updateBusinessUnit(db: Db, id: string, input: UpdateBusinessUnitInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    await requireRow(trx, 'business_units', id, 'Business unit');
    if (input.name != null) await requireFreeName(trx, input.name, id);
    await requireCustomer(trx, input.customerId);
    const at = now.toISOString();
    await guardUnique(UNIQUE_CONFLICTS, () =>
      trx
        .updateTable('business_units')
        .set({ ...(input.name != null && { name: input.name }), ...editableColumns(input), updated_at: at })
        .where('id', '=', id)
        .execute(),
    );
    return written(id, [], { owners: await attachCustomer(trx, id, input.customerId, at) });
  });
}

export function updateBusinessUnitGovernance(db: Db, id: string, input: GovernanceInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireRow(trx, 'business_units', id, 'Business unit');
    // Business units have no calendar_aligned flag: their budgets roll.
    changes.push(...(await writeGovernance(trx, { kind: 'business_unit', id, calendarAligned: false }, input, now)));
    await trx.updateTable('business_units').set({ updated_at: now.toISOString() }).where('id', '=', id).execute();
    return written(id, changes);
  });
}

/** CONFLICT while customers are attached; otherwise deletes it with its budget and rate limit. */
export function deleteBusinessUnit(db: Db, id: string): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireRow(trx, 'business_units', id, 'Business unit');
    const member = await trx.selectFrom('customers').select('id').where('business_unit_id', '=', id).executeTakeFirst();
    if (member) throw new ConflictError(BUSINESS_UNIT_HAS_MEMBERS);
    changes.push(...(await removeLimitsOfDeletedOwners(trx, 'business_unit', [id])));
    await trx.deleteFrom('business_units').where('id', '=', id).execute();
    return written(id, changes, { owners: [{ kind: 'business_unit', id }] });
  });
}
