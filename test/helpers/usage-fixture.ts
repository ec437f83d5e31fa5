// A small governance tree written straight into the database for usage-engine tests: business
// unit → customer → team → virtual key → provider config, with a budget or rate limit where asked.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OwnerColumns } from '../../src/db/database.js';

const AT = '2026-03-17T12:00:00.000Z';

type Db = Kysely<Database>;
type OwnerColumn = keyof OwnerColumns;

export async function addBudget(db: Db, column: OwnerColumn, owner: string | number, maxLimit: number, resetDuration = '1d', lastReset = AT) {
  const id = randomUUID();
  await db
    .insertInto('budgets')
    .values({ id, max_limit: maxLimit, reset_duration: resetDuration, last_reset: lastReset, created_at: AT, updated_at: AT, [column]: owner })
    .execute();
  return id;
}

export async function addRateLimit(
  db: Db,
  column: OwnerColumn,
  owner: string | number,
  limits: { tokens?: [number, string]; requests?: [number, string] },
) {
  const id = randomUUID();
  await db
    .insertInto('rate_limits')
    .values({
      id,
      token_max_limit: limits.tokens?.[0] ?? null,
      token_reset_duration: limits.tokens?.[1] ?? null,
      request_max_limit: limits.requests?.[0] ?? null,
      request_reset_duration: limits.requests?.[1] ?? null,
      token_last_reset: AT,
      request_last_reset: AT,
      created_at: AT,
      updated_at: AT,
      [column]: owner,
    })
    .execute();
  return id;
}

export interface Tree {
  unitId: string;
  customerId: string;
  teamId: string;
  vkId: string;
  vkValue: string;
  configId: number;
}

/** One path down the hierarchy; the virtual key may use `provider` with `allowedModels`. */
export async function addTree(db: Db, name: string, provider = 'openai', allowedModels = ['*']): Promise<Tree> {
  const unitId = randomUUID();
  const customerId = randomUUID();
  const teamId = randomUUID();
  const vkId = randomUUID();
  const vkValue = `sk-bf-${randomUUID()}`;
  const base = { created_at: AT, updated_at: AT };
  await db.insertInto('business_units').values({ id: unitId, name: `${name}-unit`, ...base }).execute();
  await db.insertInto('customers').values({ id: customerId, name: `${name}-customer`, business_unit_id: unitId, ...base }).execute();
  await db.insertInto('teams').values({ id: teamId, name: `${name}-team`, customer_id: customerId, ...base }).execute();
  await db.insertInto('virtual_keys').values({ id: vkId, name: `${name}-vk`, value: vkValue, team_id: teamId, ...base }).execute();
  const { id: configId } = await db
    .insertInto('provider_configs')
    .values({ virtual_key_id: vkId, provider, weight: 1, allowed_models: JSON.stringify(allowedModels), allow_all_keys: 1, ...base })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { unitId, customerId, teamId, vkId, vkValue, configId };
}

export async function providerId(db: Db, name: string): Promise<number> {
  return (await db.selectFrom('providers').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

export async function addModelConfig(db: Db, model: string, provider: string | null, scope = 'global', scopeId: string | null = null) {
  const id = randomUUID();
  await db.insertInto('model_configs').values({ id, model_name: model, provider, scope, scope_id: scopeId, created_at: AT, updated_at: AT }).execute();
  return id;
}

export async function budgetUsage(db: Db, id: string): Promise<number> {
  return (await db.selectFrom('budgets').select('current_usage').where('id', '=', id).executeTakeFirstOrThrow()).current_usage;
}
