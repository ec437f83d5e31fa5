// Opens the SQLite file (folder created), sets the pragmas the service relies on, and wraps it in Kysely.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './database.js';
import { QueuedSqliteDialect } from './queued-sqlite-dialect.js';
import { withStatementCache } from './statement-cache.js';

export type SqlListener = (sql: string) => void;

export interface OpenDatabaseOptions {
  path: string;
  /** Called with every SQL statement Kysely runs (tests count statements with it). */
  onQuery?: SqlListener;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

export function openDatabase({ path, onQuery }: OpenDatabaseOptions): DatabaseHandle {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // FULL makes every acknowledged commit survive power loss, not just a process crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new QueuedSqliteDialect({ database: withStatementCache(sqlite) }),
    log: onQuery
      ? (event) => {
          if (event.level === 'query') onQuery(event.query.sql);
        }
      : undefined,
  });
  return {
    db,
    sqlite,
    // Kysely's destroy() closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}
