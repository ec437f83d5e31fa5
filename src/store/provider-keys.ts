// Provider keys (spec §1.7, §9.1): create / update / delete under a provider, and batched reads by
// key id, by provider and by provider config. Rows carry raw secrets; redaction is the caller's job
// at the response boundary (src/graphql/types/provider-key.ts).
import { randomUUID } from 'node:crypto';
import { PROVIDER_KEY_EXTRAS, type ProviderKeyExtra, type ProviderKeyRow } from '../db/database.js';
import { anyOf, jsonArrayOf } from '../db/sqlite-sql.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import {
  type CreateProviderKeyInput,
  type EnvVar,
  mergeSubmittedEnvVar,
  PROVIDER_KEY_EXTRA_FIELDS,
  type ProviderKey,
  type ProviderKeyExtraField,
  type ProviderKeyExtras,
  type UpdateProviderKeyInput,
} from '../domain/provider-key.js';
import { type Db, flag, inTransaction, parseJson } from './common.js';
import { requireProvider } from './providers.js';

type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

// The domain's camelCase extras and the table's columns must name the same fields, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const extrasMatchColumns: Same<SnakeCase<ProviderKeyExtraField>, ProviderKeyExtra> = true;
void extrasMatchColumns;

const EXTRA_COLUMNS = PROVIDER_KEY_EXTRA_FIELDS.map(
  (field) => [field, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as ProviderKeyExtra] as const,
);
if (EXTRA_COLUMNS.some(([, column]) => !PROVIDER_KEY_EXTRAS.includes(column))) {
  throw new Error('provider key extras out of sync with the provider_keys columns');
}

/** Stored EnvVar JSON uses the wire's snake_case keys. */
interface StoredEnvVar {
  value: string;
  env_var: string;
  from_env: boolean;
}

function envVarFromText(text: string): EnvVar {
  const stored = parseJson<StoredEnvVar>(text, { value: '', env_var: '', from_env: false });
  return { value: stored.value, envVar: stored.env_var, fromEnv: stored.from_env };
}

function envVarToText(envVar: EnvVar): string {
  const stored: StoredEnvVar = { value: envVar.value, env_var: envVar.envVar, from_env: envVar.fromEnv };
  return JSON.stringify(stored);
}

type KeyRowWithProvider = ProviderKeyRow & { provider_name: string };

export function providerKeyRowToProviderKey(row: KeyRowWithProvider): ProviderKey {
  const extras = Object.fromEntries(
    EXTRA_COLUMNS.map(([field, column]) => {
      const text = row[column];
      return [field, text == null ? null : envVarFromText(text)];
    }),
  ) as ProviderKeyExtras;
  return {
    id: row.id,
    keyId: row.key_id,
    name: row.name,
    providerId: row.provider_id,
    provider: row.provider_name,
    value: envVarFromText(row.value),
    models: parseJson<string[]>(row.models, []),
    weight: row.weight,
    enabled: row.enabled !== 0,
    useForBatchApi: row.use_for_batch_api !== 0,
    configHash: row.config_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...extras,
  };
}

function keysWithProvider(db: Db) {
  return db
    .selectFrom('provider_keys')
    .innerJoin('providers', 'providers.id', 'provider_keys.provider_id')
    .selectAll('provider_keys')
    .select('providers.name as provider_name');
}

export async function providerKeysByKeyIds(db: Db, keyIds: readonly string[]): Promise<ProviderKey[]> {
  const rows = await keysWithProvider(db).where('provider_keys.key_id', 'in', anyOf(keyIds)).execute();
  return rows.map(providerKeyRowToProviderKey);
}

export async function providerKeysByProviders(db: Db, providerIds: readonly number[]): Promise<ProviderKey[]> {
  const rows = await keysWithProvider(db)
    .where('provider_keys.provider_id', 'in', anyOf(providerIds))
    .orderBy('provider_keys.id')
    .execute();
  return rows.map(providerKeyRowToProviderKey);
}

/**
 * The keys of many provider configs in one statement, a list per config id in `configIds` order
 * (each ordered by key): the linked keys, and for configs allowing all keys every key of their
 * provider. The (config, key) pairs are grouped per key in SQL, so each key row is read and mapped
 * once however many configs share it.
 */
export async function providerKeysByConfigs(db: Db, configIds: readonly number[]): Promise<ProviderKey[][]> {
  const linked = db
    .selectFrom('provider_config_keys')
    .select(['provider_config_id as config_id', 'provider_key_id as key_id'])
    .where('provider_config_id', 'in', anyOf(configIds));
  const allKeys = db
    .selectFrom('provider_configs as config')
    .innerJoin('providers', 'providers.name', 'config.provider')
    .innerJoin('provider_keys', 'provider_keys.provider_id', 'providers.id')
    .select(['config.id as config_id', 'provider_keys.id as key_id'])
    .where('config.allow_all_keys', '=', 1)
    .where('config.id', 'in', anyOf(configIds));
  const configsPerKey = db
    .selectFrom(linked.unionAll(allKeys).as('pair'))
    .select(['pair.key_id', jsonArrayOf('pair.config_id').as('config_ids')])
    .groupBy('pair.key_id');
  const rows = await keysWithProvider(db)
    .innerJoin(configsPerKey.as('grouped'), 'grouped.key_id', 'provider_keys.id')
    .select('grouped.config_ids')
    .orderBy('provider_keys.id')
    .execute();
  const keysByConfig = new Map<number, ProviderKey[]>(configIds.map((id) => [id, []]));
  for (const row of rows) {
    const key = providerKeyRowToProviderKey(row);
    for (const configId of JSON.parse(row.config_ids) as number[]) keysByConfig.get(configId)!.push(key);
  }
  return configIds.map((id) => keysByConfig.get(id)!);
}

function extraValues(input: Partial<Record<ProviderKeyExtraField, EnvVar | null>>, stored?: ProviderKey) {
  const values: Partial<Record<ProviderKeyExtra, string | null>> = {};
  for (const [field, column] of EXTRA_COLUMNS) {
    const submitted = input[field];
    if (submitted === undefined) continue;
    values[column] =
      submitted === null ? null : envVarToText(mergeSubmittedEnvVar(field, stored?.[field] ?? null, submitted));
  }
  return values;
}

function duplicateKeyName(name: string, provider: string): ConflictError {
  return new ConflictError(`Key '${name}' already exists for provider '${provider}'`);
}

async function requireFreeKeyName(db: Db, providerId: number, name: string, provider: string, exceptId?: number) {
  let query = db
    .selectFrom('provider_keys')
    .select('id')
    .where('provider_id', '=', providerId)
    .where('name', '=', name);
  if (exceptId != null) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) throw duplicateKeyName(name, provider);
}

export function createProviderKey(
  db: Db,
  providerName: string,
  input: CreateProviderKeyInput,
  now: Date,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const provider = await requireProvider(trx, providerName);
    await requireFreeKeyName(trx, provider.id, input.name, provider.name);
    const keyId = randomUUID();
    const at = now.toISOString();
    await trx
      .insertInto('provider_keys')
      .values({
        key_id: keyId,
        provider_id: provider.id,
        name: input.name,
        value: envVarToText(input.value),
        models: JSON.stringify(input.models ?? []),
        weight: input.weight ?? 1,
        enabled: flag(input.enabled ?? true),
        use_for_batch_api: flag(input.useForBatchApi ?? false),
        ...extraValues(input),
        config_hash: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return keyId;
  });
}

async function requireKey(db: Db, keyId: string): Promise<ProviderKey> {
  const [key] = await providerKeysByKeyIds(db, [keyId]);
  if (!key) throw new NotFoundError('Provider key', keyId);
  return key;
}

export function updateProviderKey(db: Db, keyId: string, input: UpdateProviderKeyInput, now: Date): Promise<string> {
  return inTransaction(db, async (trx) => {
    const stored = await requireKey(trx, keyId);
    if (input.name != null && input.name !== stored.name) {
      await requireFreeKeyName(trx, stored.providerId, input.name, stored.provider, stored.id);
    }
    await trx
      .updateTable('provider_keys')
      .set({
        ...(input.name != null && { name: input.name }),
        ...(input.value != null && { value: envVarToText(mergeSubmittedEnvVar('value', stored.value, input.value)) }),
        ...(input.models !== undefined && { models: JSON.stringify(input.models ?? []) }),
        ...(input.weight != null && { weight: input.weight }),
        ...(input.enabled != null && { enabled: flag(input.enabled) }),
        ...(input.useForBatchApi != null && { use_for_batch_api: flag(input.useForBatchApi) }),
        ...extraValues(input, stored),
        updated_at: now.toISOString(),
      })
      .where('id', '=', stored.id)
      .execute();
    return keyId;
  });
}

/** Deletes the key; provider configs that listed it lose the link (cascade). */
export function deleteProviderKey(db: Db, keyId: string): Promise<string> {
  return inTransaction(db, async (trx) => {
    const stored = await requireKey(trx, keyId);
    await trx.deleteFrom('provider_keys').where('id', '=', stored.id).execute();
    return keyId;
  });
}
