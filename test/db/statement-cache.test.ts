// Kysely's statements are prepared once per SQL text and reused, with each run's own parameters.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';
import { migrateToLatest } from '../../src/db/migrate.js';

describe('statement cache', () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = openDatabase({ path: ':memory:' });
    await migrateToLatest(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('prepares a query once and runs it with each call’s parameters', async () => {
    const prepare = vi.spyOn(handle.sqlite, 'prepare');
    const insert = (id: string, name: string) =>
      handle.db.insertInto('customers').values({ id, name, created_at: 'now', updated_at: 'now' }).execute();
    const nameOf = async (id: string) =>
      (await handle.db.selectFrom('customers').select('name').where('id', '=', id).executeTakeFirst())?.name;
    await insert('c1', 'Acme');
    await insert('c2', 'Globex');
    expect(await nameOf('c1')).toBe('Acme');
    expect(await nameOf('c2')).toBe('Globex');
    expect(await nameOf('c3')).toBeUndefined();
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keeps transactions working with their begin and commit reused', async () => {
    for (const name of ['first', 'second']) {
      await handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('customers').values({ id: name, name, created_at: 'now', updated_at: 'now' }).execute();
      });
    }
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('customers').values({ id: 'third', name: 'third', created_at: 'now', updated_at: 'now' }).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const { rows } = await sql<{ n: number }>`select count(*) as n from customers`.execute(handle.db);
    expect(rows[0]!.n).toBe(2);
  });
});
