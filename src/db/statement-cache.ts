// Kysely's SQLite driver prepares every statement it runs afresh, and SQLite's parsing and planning
// cost more than running most of our queries. This gives Kysely a view of the connection whose
// prepare() reuses statements by SQL text. Safe because Kysely runs one query at a time on the one
// connection (its mutex), so no cached statement is ever asked to run while another run is open.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { boundedCache } from '../domain/bounded-cache.js';

/** Distinct statements kept; queries with varying `in (...)` lists make more, so the cache starts over past this. */
const CACHED_STATEMENTS = 1_000;

export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = boundedCache<SQLite.Statement>(CACHED_STATEMENTS);
  const prepare = (sql: string) => sqlite.prepare(sql);
  return {
    prepare: (sql) => statements.get(sql, prepare),
    close: () => sqlite.close(),
  };
}
