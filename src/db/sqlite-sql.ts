// The pieces of SQL the store shares that SQLite and PostgreSQL spell differently, in SQLite's
// spelling: a PostgreSQL twin can sit beside this module with the same exports.
import { type RawBuilder, sql } from 'kysely';

/**
 * The right-hand side of `where(column, 'in', anyOf(ids))` for loader batches: one JSON parameter
 * instead of one per id, so a batch of any size stays one statement (SQLite caps bound parameters).
 */
export function anyOf<T extends string | number>(ids: readonly T[]): RawBuilder<T> {
  return sql<T>`(select value from json_each(${JSON.stringify(ids)}))`;
}

/** `column LIKE %text%` (case-insensitive for ASCII, as SQLite's LIKE), with % and _ in `text` taken literally. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  return sql<boolean>`${sql.ref(column)} like ${`%${escaped}%`} escape '\\'`;
}

/** Orders rows that share a timestamp as they were inserted. */
export const insertionOrder = sql`rowid`;
