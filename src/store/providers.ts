// Providers: batched reads by id and by name, listing, and adding custom provider names.
import type { ProviderRow } from '../db/database.js';
import { anyOf } from '../db/sqlite-sql.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { Provider } from '../domain/provider.js';
import { type Db, inTransaction } from './common.js';
import { type Written, written } from './limit-changes.js';

export function providerRowToProvider(row: ProviderRow): Provider {
  return { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at };
}

export async function providersByIds(db: Db, ids: readonly number[]): Promise<Provider[]> {
  const rows = await db.selectFrom('providers').selectAll().where('id', 'in', anyOf(ids)).execute();
  return rows.map(providerRowToProvider);
}

export async function providersByNames(db: Db, names: readonly string[]): Promise<Provider[]> {
  const rows = await db.selectFrom('providers').selectAll().where('name', 'in', anyOf(names)).execute();
  return rows.map(providerRowToProvider);
}

/** The provider with this name, or NOT_FOUND ("Provider not found", as Bifrost answers). */
export async function requireProvider(db: Db, name: string): Promise<Provider> {
  const row = await db.selectFrom('providers').selectAll().where('name', '=', name).executeTakeFirst();
  if (!row) throw new NotFoundError('Provider', name);
  return providerRowToProvider(row);
}

export async function listProviders(db: Db): Promise<Provider[]> {
  const rows = await db.selectFrom('providers').selectAll().orderBy('name').execute();
  return rows.map(providerRowToProvider);
}

export function createProvider(db: Db, name: string, now: Date): Promise<Written<number>> {
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('providers').select('id').where('name', '=', name).executeTakeFirst();
    if (existing) throw new ConflictError(`Provider '${name}' already exists`);
    const at = now.toISOString();
    const { id } = await trx
      .insertInto('providers')
      .values({ name, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Requests for this provider are now charged to its governance.
    return written(id, [], { owners: [{ kind: 'provider', id }] });
  });
}
