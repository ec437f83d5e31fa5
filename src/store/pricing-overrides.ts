// Pricing overrides: create / update / delete (each re-validating the whole override and its
// references), and batched reads.
import { randomUUID } from 'node:crypto';
import type { PricingOverrideRow } from '../db/database.js';
import { anyOf, containsText } from '../db/sqlite-sql.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import {
  type CreatePricingOverrideInput,
  mergePricingOverrideValues,
  newPricingOverrideValues,
  type PricingOverride,
  pricingOverrideProblem,
  type PricingOverrideValues,
  type PricingPatch,
  pricingPatchOf,
  type UpdatePricingOverrideInput,
} from '../domain/pricing-override.js';
import { throwProblem } from '../domain/problem.js';
import { type Db, inTransaction, parseJson, requireReference, requireRow } from './common.js';
import { type ChangedInputs, type Written, written } from './limit-changes.js';

const ENTITY = 'Pricing override';

const PRICES_CHANGED: ChangedInputs = { pricing: true };

export function pricingOverrideRowToOverride(row: PricingOverrideRow): PricingOverride {
  return {
    id: row.id,
    name: row.name,
    scopeKind: row.scope_kind,
    virtualKeyId: row.virtual_key_id,
    providerId: row.provider_id,
    providerKeyId: row.provider_key_id,
    matchType: row.match_type,
    pattern: row.pattern,
    requestTypes: parseJson<string[]>(row.request_types, []),
    patch: parseJson<PricingPatch>(row.pricing_patch, {}),
    pricingPatch: row.pricing_patch,
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function pricingOverridesByIds(db: Db, ids: readonly string[]): Promise<PricingOverride[]> {
  const rows = await db.selectFrom('pricing_overrides').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(pricingOverrideRowToOverride);
}

export interface PricingOverrideFilter {
  scopeKind?: string | null;
  virtualKeyId?: string | null;
  providerId?: string | null;
  providerKeyId?: string | null;
  search?: string | null;
}

export function pricingOverrideListQuery(db: Db, filter: PricingOverrideFilter) {
  let query = db.selectFrom('pricing_overrides');
  if (filter.scopeKind) query = query.where('scope_kind', '=', filter.scopeKind);
  if (filter.virtualKeyId) query = query.where('virtual_key_id', '=', filter.virtualKeyId);
  if (filter.providerId) query = query.where('provider_id', '=', filter.providerId);
  if (filter.providerKeyId) query = query.where('provider_key_id', '=', filter.providerKeyId);
  if (filter.search) query = query.where(containsText('name', filter.search));
  return query;
}

/** Validates the override in full, then the rows it points at (inside the caller's transaction). */
async function checkOverride(db: Db, values: PricingOverrideValues): Promise<void> {
  throwProblem(pricingOverrideProblem(values));
  if (values.virtualKeyId) {
    await requireReference(db, 'virtual_keys', values.virtualKeyId, 'input.virtualKeyId', 'Virtual key');
  }
  if (values.providerId) {
    const provider = await db
      .selectFrom('providers')
      .select('id')
      .where('name', '=', values.providerId)
      .executeTakeFirst();
    if (!provider) throw new ValidationError(`Provider not found: ${values.providerId}`, 'input.providerId');
  }
}

function overrideColumns(values: PricingOverrideValues) {
  return {
    name: values.name,
    scope_kind: values.scopeKind,
    virtual_key_id: values.virtualKeyId,
    provider_id: values.providerId,
    provider_key_id: values.providerKeyId,
    match_type: values.matchType,
    pattern: values.pattern,
    request_types: JSON.stringify(values.requestTypes),
    pricing_patch: JSON.stringify(pricingPatchOf(values.patch)),
  };
}

function storedValues(override: PricingOverride): PricingOverrideValues {
  const { name, scopeKind, virtualKeyId, providerId, providerKeyId, matchType, pattern, requestTypes, patch } = override;
  return { name, scopeKind, virtualKeyId, providerId, providerKeyId, matchType, pattern, requestTypes, patch };
}

export function createPricingOverride(db: Db, input: CreatePricingOverrideInput, now: Date): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const values = newPricingOverrideValues(input);
    await checkOverride(trx, values);
    const id = randomUUID();
    const at = now.toISOString();
    await trx
      .insertInto('pricing_overrides')
      .values({ id, ...overrideColumns(values), config_hash: null, created_at: at, updated_at: at })
      .execute();
    return written(id, [], PRICES_CHANGED);
  });
}

/** Merges the PUT into the stored override (spec §7.2) and re-validates the result. */
export function updatePricingOverride(
  db: Db,
  id: string,
  input: UpdatePricingOverrideInput,
  now: Date,
): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('pricing_overrides').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(ENTITY, id);
    const merged = mergePricingOverrideValues(storedValues(pricingOverrideRowToOverride(row)), input);
    await checkOverride(trx, merged);
    await trx
      .updateTable('pricing_overrides')
      .set({ ...overrideColumns(merged), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    return written(id, [], PRICES_CHANGED);
  });
}

export function deletePricingOverride(db: Db, id: string): Promise<Written<string>> {
  return inTransaction(db, async (trx) => {
    await requireRow(trx, 'pricing_overrides', id, ENTITY);
    await trx.deleteFrom('pricing_overrides').where('id', '=', id).execute();
    return written(id, [], PRICES_CHANGED);
  });
}
