// The usage engine's statements: built with Kysely, run prepared with named values in their places.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';
import { type SqliteStatements, sqliteStatements, watchOtherConnections } from '../../src/db/sqlite-prepared.js';

describe('prepared statements', () => {
  let handle: DatabaseHandle;
  let statements: SqliteStatements;
  beforeEach(async () => {
    handle = openDatabase({ path: ':memory:' });
    await migrateToLatest(handle.db);
    statements = sqliteStatements(handle.db, handle.sqlite);
  });
  afterEach(async () => {
    await handle.close();
  });

  const insertCustomer = () =>
    statements.prepare((p: { id: string; name: string; at: string }, db) =>
      db.insertInto('customers').values({ id: p.id, name: p.name, created_at: p.at, updated_at: p.at }),
    );

  it('binds each named value where it goes, a value used twice in both places, constants as built', () => {
    const insert = insertCustomer();
    expect(insert.run({ id: 'c1', name: 'Acme', at: '2026-01-01' })).toBe(1);
    expect(insert.run({ name: 'Globex', at: '2026-01-02', id: 'c2' })).toBe(1);
    const byIdOrName = statements.prepare((p: { key: string }, db) =>
      db.selectFrom('customers')
        .select(['id', 'name', 'created_at'])
        .where((eb) => eb.or([eb('id', '=', p.key), eb('name', '=', p.key)]))
        .where('name', '!=', 'nobody')
        .orderBy('id'),
    );
    expect(byIdOrName.get({ key: 'c2' })).toEqual({ id: 'c2', name: 'Globex', created_at: '2026-01-02' });
    expect(byIdOrName.all({ key: 'Acme' })).toEqual([{ id: 'c1', name: 'Acme', created_at: '2026-01-01' }]);
    expect(byIdOrName.get({ key: 'c3' })).toBeUndefined();
  });

  it('reads tuples in the order named, and refuses an order the query does not have', () => {
    insertCustomer().run({ id: 'c1', name: 'Acme', at: 'now' });
    const tuples = statements.prepareTuples((p: { id: string }, db) => db.selectFrom('customers').select(['name', 'id']).where('id', '=', p.id), [
      'name', 'id',
    ]);
    expect(tuples.get({ id: 'c1' })).toEqual(['Acme', 'c1']);
    expect(() =>
      statements.prepareTuples((p: { id: string }, db) => db.selectFrom('customers').select(['name', 'id']).where('id', '=', p.id), [
        'id', 'name',
      ]),
    ).toThrow(/tuple columns \[id, name\] do not match the query's \[name, id\]/);
  });

  it('runs work in one transaction: started with its hook, undone and reported when it throws', () => {
    const insert = insertCustomer();
    const hooks = { starts: 0, rollbacks: 0 };
    const both = statements.immediate(
      (first: string, second: string) => {
        insert.run({ id: first, name: first, at: 'now' });
        insert.run({ id: second, name: second, at: 'now' });
      },
      { onStart: () => (hooks.starts += 1), onRollback: () => (hooks.rollbacks += 1) },
    );
    both('a', 'b');
    expect(() => both('c', 'a')).toThrow(/UNIQUE/);
    expect(hooks).toEqual({ starts: 2, rollbacks: 1 });
    const ids = handle.sqlite.prepare('select id from customers order by id').pluck().all();
    expect(ids).toEqual(['a', 'b']);
  });
});

describe('other connections', () => {
  it('notices a commit made by another connection to the file, not its own', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'prepared-'));
    const path = join(folder, 'governance.db');
    const first = openDatabase({ path });
    const second = openDatabase({ path });
    try {
      await migrateToLatest(first.db);
      const otherWrote = watchOtherConnections(first.sqlite);
      first.sqlite.prepare("insert into customers (id, name, created_at, updated_at) values ('own', 'own', 'now', 'now')").run();
      expect(otherWrote()).toBe(false);
      second.sqlite.prepare("insert into customers (id, name, created_at, updated_at) values ('other', 'other', 'now', 'now')").run();
      expect(otherWrote()).toBe(true);
      expect(otherWrote()).toBe(false);
    } finally {
      await first.close();
      await second.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
