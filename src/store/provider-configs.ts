// Provider configs of virtual keys: batched reads, and the full reconciliation of a sent
// `providerConfigs` list by id (spec §3.3) with key sets, budgets and rate limits.
import { sql } from 'kysely';
import type { ProviderConfigRow } from '../db/database.js';
import { anyOf } from '../db/sqlite-sql.js';
import { allowsAll } from '../domain/access-list.js';
import { ValidationError } from '../domain/errors.js';
import {
  doesNotBelongMessage,
  keysNotFoundMessage,
  type ProviderConfig,
  type ProviderConfigInput,
} from '../domain/provider-config.js';
import { type Db, flag, parseJson } from './common.js';
import type { LimitChange } from './limit-changes.js';
import { type Owner, writeRateLimit } from './limits.js';
import { writeOwnerBudgets } from './multi-budgets.js';
import { removeLimitsOfDeletedOwners } from './owner-removal.js';

export function providerConfigRowToProviderConfig(row: ProviderConfigRow): ProviderConfig {
  return {
    id: row.id,
    virtualKeyId: row.virtual_key_id,
    provider: row.provider,
    weight: row.weight,
    allowedModels: parseJson<string[]>(row.allowed_models, []),
    allowAllKeys: row.allow_all_keys !== 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function providerConfigsByIds(db: Db, ids: readonly number[]): Promise<ProviderConfig[]> {
  const rows = await db.selectFrom('provider_configs').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(providerConfigRowToProviderConfig);
}

export async function providerConfigsByVirtualKeys(
  db: Db,
  virtualKeyIds: readonly string[],
): Promise<ProviderConfig[]> {
  const rows = await db
    .selectFrom('provider_configs')
    .selectAll()
    .where('virtual_key_id', 'in', anyOf(virtualKeyIds))
    .orderBy('id')
    .execute();
  return rows.map(providerConfigRowToProviderConfig);
}

export function providerConfigOwner(id: number, calendarAligned: boolean): Owner {
  return { kind: 'provider_config', id, calendarAligned };
}

interface KeySet {
  allowAllKeys: boolean;
  /** provider_keys row ids. */
  keys: number[];
}

/** `keyIds` (key uuids, or ["*"]) as stored: every listed key must be a key of `provider`. */
async function resolveKeySet(db: Db, provider: string, keyIds: readonly string[], field: string): Promise<KeySet> {
  if (allowsAll(keyIds)) return { allowAllKeys: true, keys: [] };
  if (keyIds.length === 0) return { allowAllKeys: false, keys: [] };
  const rows = await db
    .selectFrom('provider_keys')
    .innerJoin('providers', 'providers.id', 'provider_keys.provider_id')
    .select('provider_keys.id')
    .where('providers.name', '=', provider)
    .where('provider_keys.key_id', 'in', anyOf(keyIds))
    .execute();
  if (rows.length !== keyIds.length) {
    throw new ValidationError(keysNotFoundMessage(provider, keyIds.length, rows.length), field);
  }
  return { allowAllKeys: false, keys: rows.map((row) => row.id) };
}

async function linkKeys(db: Db, configId: number, keys: readonly number[]): Promise<void> {
  await db.deleteFrom('provider_config_keys').where('provider_config_id', '=', configId).execute();
  if (keys.length === 0) return;
  await db
    .insertInto('provider_config_keys')
    .values(keys.map((key) => ({ provider_config_id: configId, provider_key_id: key })))
    .execute();
}

/** Writes one entry (replacing provider, weight, models and keys) and returns its id. */
async function writeConfig(db: Db, virtualKeyId: string, entry: ProviderConfigInput, keySet: KeySet, now: Date) {
  const at = now.toISOString();
  const values = {
    provider: entry.provider,
    weight: entry.weight ?? null,
    allowed_models: JSON.stringify(entry.allowedModels ?? []),
    allow_all_keys: flag(keySet.allowAllKeys),
    updated_at: at,
  };
  if (entry.id != null) {
    await db.updateTable('provider_configs').set(values).where('id', '=', entry.id).execute();
    return entry.id;
  }
  const { id } = await db
    .insertInto('provider_configs')
    .values({ ...values, virtual_key_id: virtualKeyId, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Reconciles a virtual key's provider configs with a sent list (undefined = unchanged, null = []):
 * entries without id are created, entries with id replace that config, configs not mentioned are
 * deleted with their budgets, rate limit and key links. Budgets of kept configs reconcile by
 * reset_duration and rate limits merge. Errors name `input.providerConfigs.<index>.<field>`.
 */
export async function writeProviderConfigs(
  db: Db,
  virtualKey: { id: string; calendarAligned: boolean },
  inputs: ProviderConfigInput[] | null | undefined,
  now: Date,
  field = 'input.providerConfigs',
): Promise<LimitChange[]> {
  if (inputs === undefined) return [];
  const entries = inputs ?? [];
  const existing = await db
    .selectFrom('provider_configs')
    .select('id')
    .where('virtual_key_id', '=', virtualKey.id)
    .execute();
  const owned = new Set(existing.map((row) => row.id));
  const keySets: KeySet[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.id != null && !owned.has(entry.id)) {
      throw new ValidationError(doesNotBelongMessage(entry.id), `${field}.${index}.id`);
    }
    keySets.push(await resolveKeySet(db, entry.provider, entry.keyIds ?? [], `${field}.${index}.keyIds`));
  }
  const keptIds = entries.flatMap((entry) => (entry.id == null ? [] : [entry.id]));
  const stale = [...owned].filter((id) => !keptIds.includes(id));
  const changes: LimitChange[] = [];
  // Deleted first, so a sent config may take the provider of one that goes away.
  if (stale.length > 0) {
    changes.push(...(await removeLimitsOfDeletedOwners(db, 'provider_config', stale)));
    await db.deleteFrom('provider_configs').where('id', 'in', stale).execute();
  }
  if (keptIds.length > 0) {
    // Kept configs may swap providers among themselves: park them on placeholders first, so the
    // (virtual key, provider) unique index never sees a clash between two of the writes below.
    await db
      .updateTable('provider_configs')
      .set({ provider: sql<string>`'#' || id` })
      .where('id', 'in', keptIds)
      .execute();
  }
  for (const [index, entry] of entries.entries()) {
    const id = await writeConfig(db, virtualKey.id, entry, keySets[index]!, now);
    await linkKeys(db, id, keySets[index]!.keys);
    const owner = providerConfigOwner(id, virtualKey.calendarAligned);
    changes.push(...(await writeOwnerBudgets(db, owner, entry, now, `${field}.${index}`)));
    changes.push(...(await writeRateLimit(db, owner, entry.rateLimit, 'merge', now, `${field}.${index}.rateLimit`)));
  }
  return changes;
}
