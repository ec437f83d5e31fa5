// The pieces of SQL the store shares that SQLite and PostgreSQL spell differently, in SQLite's
// spelling: a PostgreSQL twin can sit beside this module with the same exports.
import { type RawBuilder, sql } from 'kysely';
import { OWNER_KINDS, type OwnerKind } from '../domain/entities.js';
import { OWNERS } from '../domain/owners.js';

/**
 * The right-hand side of `where(column, 'in', anyOf(ids))` for loader batches: one JSON parameter
 * instead of one per id, so a batch of any size stays one statement (SQLite caps bound parameters).
 */
export function anyOf<T extends string | number>(ids: readonly T[]): RawBuilder<T> {
  return anyOfJson<T>(JSON.stringify(ids));
}

/** The same for a prepared statement: `idsJson` (a JSON array) is the value bound when it runs. */
export function anyOfJson<T extends string | number>(idsJson: string): RawBuilder<T> {
  return sql<T>`(select value from json_each(${idsJson}))`;
}

/** `column LIKE %text%` (case-insensitive for ASCII, as SQLite's LIKE), with % and _ in `text` taken literally. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  return sql<boolean>`${sql.ref(column)} like ${`%${escaped}%`} escape '\\'`;
}

/** Orders rows that share a timestamp as they were inserted. */
export const insertionOrder = sql`rowid`;

/** The values of `column` in each group, as a JSON array (text). */
export function jsonArrayOf(column: string): RawBuilder<string> {
  return sql<string>`json_group_array(${sql.ref(column)})`;
}

/** The kind of owner a budget or rate-limit row names, as one column. */
export const ownerKindColumn = sql<OwnerKind>`case ${sql.join(
  OWNER_KINDS.map((kind) => sql`when ${sql.ref(OWNERS[kind].column)} is not null then ${sql.lit(kind)}`),
  sql` `,
)} end`.as('owner_kind');

/** Its id, as one column: the owner columns hold text and integer ids, which SQLite's coalesce mixes. */
export const ownerIdColumn = sql<string | number>`coalesce(${sql.join(OWNER_KINDS.map((kind) => sql.ref(OWNERS[kind].column)))})`.as('owner_id');
