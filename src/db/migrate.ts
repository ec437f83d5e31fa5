// Applies the static migration list; each migration runs in its own explicit transaction because
// Kysely does not wrap DDL in one on SQLite.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database } from './database.js';

const transactionalProvider: MigrationProvider = {
  async getMigrations() {
    const wrapped: Record<string, Migration> = {};
    for (const [name, migration] of Object.entries(migrations)) {
      wrapped[name] = {
        up: (db) => db.transaction().execute((trx) => migration.up(trx)),
        down: migration.down && ((db) => db.transaction().execute((trx) => migration.down!(trx))),
      };
    }
    return wrapped;
  },
};

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: transactionalProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
