// Small pieces every repository shares: transactions, existence checks, JSON columns.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';

export type Db = Kysely<Database>;

/** Runs `work` in one transaction (the caller's, when it has one open): a thrown error rolls every write back. */
export function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}

type TableWithTextId =
  | 'customers' | 'teams' | 'virtual_keys' | 'business_units' | 'model_configs' | 'routing_rules' | 'pricing_overrides'
  | 'budgets' | 'rate_limits';

/** Throws NOT_FOUND unless a row with this id exists. */
export async function requireRow(db: Db, table: TableWithTextId, id: string, entity: string): Promise<void> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(entity, id);
}

/** Throws BAD_USER_INPUT (naming `field`) unless the referenced row exists. */
export async function requireReference(
  db: Db,
  table: TableWithTextId,
  id: string,
  field: string,
  entity: string,
): Promise<void> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new ValidationError(`${entity} not found: ${id}`, field);
}

export function parseJson<T>(text: string | null, fallback: T): T {
  return text == null ? fallback : (JSON.parse(text) as T);
}

export function jsonOrNull(value: unknown): string | null {
  return value == null ? null : JSON.stringify(value);
}

export const flag = (value: boolean) => (value ? 1 : 0);
