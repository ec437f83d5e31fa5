// The owner registry against the migrated schema: every owner kind's budget and rate-limit column
// references its table, every parent edge is a foreign key of the owner's table, and an edge says
// "deleted with its parent" exactly when the database cascades it, and no foreign key between
// owners is missing from it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_KINDS } from '../../src/domain/entities.js';
import { OWNERS } from '../../src/domain/owners.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';

interface ForeignKey {
  table: string;
  from: string;
  on_delete: string;
}

describe('the owner registry', () => {
  let dir: string;
  let database: DatabaseHandle;
  const foreignKeys = (table: string) => database.sqlite.prepare<[], ForeignKey>(`pragma foreign_key_list(${table})`).all();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'governance-registry-'));
    database = openDatabase({ path: join(dir, 'governance.db') });
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(OWNER_KINDS)('%s: budgets and rate limits reference its table, removed with it', (kind) => {
    const { table, column } = OWNERS[kind];
    for (const limits of ['budgets', 'rate_limits']) {
      expect(foreignKeys(limits)).toContainEqual(expect.objectContaining({ table, from: column, on_delete: 'CASCADE' }));
    }
  });

  it.each(OWNER_KINDS)('%s: its parent edges are foreign keys, cascading where the registry says so', (kind) => {
    const keys = foreignKeys(OWNERS[kind].table);
    for (const edge of OWNERS[kind].parents) {
      const key = keys.find((candidate) => candidate.from === edge.column);
      expect(key, `${kind}.${edge.column}`).toMatchObject({ table: OWNERS[edge.kind].table });
      expect(key!.on_delete === 'CASCADE', `${kind}.${edge.column} cascades`).toBe(edge.deletedWithParent === true);
    }
  });

  it.each(OWNER_KINDS)('%s: every foreign key to another owner is a parent edge', (kind) => {
    const ownerTables = new Set<string>(OWNER_KINDS.map((other) => OWNERS[other].table));
    const toOwners = foreignKeys(OWNERS[kind].table).filter((key) => ownerTables.has(key.table));
    expect(toOwners.map((key) => key.from).sort()).toEqual(OWNERS[kind].parents.map((edge) => edge.column).sort());
  });
});
