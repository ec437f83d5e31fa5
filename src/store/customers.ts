// Customers: create / update / delete with their budget and rate limit, and batched reads.
import { randomUUID } from 'node:crypto';
import type { CustomerRow } from '../db/database.js';
import { anyOf, containsText } from '../db/sqlite-sql.js';
import type { CreateCustomerInput, UpdateCustomerInput } from '../domain/customer.js';
import type { Customer } from '../domain/entities.js';
import { type Db, flag, inTransaction, requireReference, requireRow } from './common.js';
import { type LimitChange, type Written, written } from './limit-changes.js';
import { alignOwnerLimits, writeRateLimit, writeSingleBudget } from './limits.js';
import { removeLimitsOfDeletedOwners } from './owner-removal.js';

export function customerRowToCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    name: row.name,
    businessUnitId: row.business_unit_id,
    calendarAligned: row.calendar_aligned !== 0,
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function customersByIds(db: Db, ids: readonly string[]): Promise<Customer[]> {
  const rows = await db.selectFrom('customers').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(customerRowToCustomer);
}

export async function customersByBusinessUnits(db: Db, ids: readonly string[]): Promise<Customer[]> {
  const rows = await db
    .selectFrom('customers')
    .selectAll()
    .where('business_unit_id', 'in', anyOf(ids))
    .orderBy('created_at')
    .execute();
  return rows.map(customerRowToCustomer);
}

export interface CustomerFilter {
  search?: string | null;
  businessUnitId?: string | null;
}

export function customerListQuery(db: Db, filter: CustomerFilter) {
  let query = db.selectFrom('customers');
  if (filter.search) query = query.where(containsText('name', filter.search));
  if (filter.businessUnitId) query = query.where('business_unit_id', '=', filter.businessUnitId);
  return query;
}

export function createCustomer(db: Db, input: CreateCustomerInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    if (input.businessUnitId) {
      await requireReference(trx, 'business_units', input.businessUnitId, 'input.businessUnitId', 'Business unit');
    }
    const id = randomUUID();
    const calendarAligned = input.calendarAligned ?? input.budget?.calendarAligned ?? false;
    const at = now.toISOString();
    await trx
      .insertInto('customers')
      .values({
        id,
        name: input.name,
        // "" means none, as on update (and as Bifrost's decoder gives for an absent id).
        business_unit_id: input.businessUnitId || null,
        calendar_aligned: flag(calendarAligned),
        created_at: at,
        updated_at: at,
      })
      .execute();
    const owner = { kind: 'customer' as const, id, calendarAligned };
    changes.push(...(await writeSingleBudget(trx, owner, input.budget, now)));
    changes.push(...(await writeRateLimit(trx, owner, input.rateLimit, 'replace', now)));
    return written(id, changes);
  });
}

export function updateCustomer(db: Db, id: string, input: UpdateCustomerInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireRow(trx, 'customers', id, 'Customer');
    const current = await trx.selectFrom('customers').select('calendar_aligned').where('id', '=', id).executeTakeFirstOrThrow();
    if (input.businessUnitId) {
      await requireReference(trx, 'business_units', input.businessUnitId, 'input.businessUnitId', 'Business unit');
    }
    const requestedAlignment = input.calendarAligned ?? input.budget?.calendarAligned;
    const calendarAligned = requestedAlignment ?? current.calendar_aligned !== 0;
    await trx
      .updateTable('customers')
      .set({
        ...(input.name != null && { name: input.name }),
        ...(input.businessUnitId !== undefined && { business_unit_id: input.businessUnitId || null }),
        calendar_aligned: flag(calendarAligned),
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    const owner = { kind: 'customer' as const, id, calendarAligned };
    changes.push(...(await writeSingleBudget(trx, owner, input.budget, now)));
    changes.push(...(await writeRateLimit(trx, owner, input.rateLimit, 'replace', now)));
    if (calendarAligned !== (current.calendar_aligned !== 0)) changes.push(...(await alignOwnerLimits(trx, owner, now)));
    return written(id, changes, { owners: [{ kind: 'customer', id }] });
  });
}

/** Deletes the customer with its budget and rate limit; its teams and virtual keys are detached. */
export function deleteCustomer(db: Db, id: string): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const changes: LimitChange[] = [];
    await requireRow(trx, 'customers', id, 'Customer');
    changes.push(...(await removeLimitsOfDeletedOwners(trx, 'customer', [id])));
    await trx.deleteFrom('customers').where('id', '=', id).execute();
    return written(id, changes, { owners: [{ kind: 'customer', id }] });
  });
}
