// The migration that scopes usage idempotency keys per credential, on a database that already holds
// usage events: they become the admin's, without a hash, and a retry of one is still a duplicate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { fixedClock } from '../../src/clock.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';
import { createApp } from '../../src/server.js';
import { ADMIN_TOKEN } from '../helpers/app.js';
import { addBudget, addTree, budgetUsage } from '../helpers/usage-fixture.js';

const BEFORE = '2026_11_27_000100_usage';

describe('migration 2026_12_01_000100_usage_idempotency_scope', () => {
  let dir: string;
  let database: DatabaseHandle;
  const migrator = () => new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'governance-migration-'));
    database = openDatabase({ path: join(dir, 'governance.db') });
    const { error } = await migrator().migrateTo(BEFORE);
    expect(error).toBeUndefined();
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const legacyEvent = (key: string, cost: number) =>
    database.sqlite
      .prepare(
        `insert into usage_events (idempotency_key, virtual_key_id, provider, model, request_type, input_tokens,
           output_tokens, cost, occurred_at, recorded_at, reservation_id)
         values (?, null, 'openai', 'gpt-4o', 'chat_completion', 1, 1, ?, '2026-03-17T11:00:00.000Z', '2026-03-17T11:00:00.000Z', null)`,
      )
      .run(key, cost);

  it('keeps stored events as the admin’s, without a hash: a retry by key is a duplicate whatever its body', async () => {
    legacyEvent('legacy-1', 0.5);
    await migrateToLatest(database.db);
    expect(database.sqlite.prepare('select credential, idempotency_key, cost, request_hash from usage_events').all()).toEqual([
      { credential: 'admin', idempotency_key: 'legacy-1', cost: 0.5, request_hash: null },
    ]);

    const app = createApp({ db: database.db, sqlite: database.sqlite, clock: fixedClock('2026-03-17T12:00:00.000Z'), adminToken: ADMIN_TOKEN });
    try {
      const tree = await addTree(database.db, 'a');
      const budget = await addBudget(database.db, 'virtual_key_id', tree.vkId, 10);
      const event = (key: string) => ({
        idempotency_key: key, virtual_key: tree.vkValue, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion',
        input_tokens: 7, output_tokens: 7, cost: 2,
      });
      const response = await app.fetch('http://test/api/governance/usage', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ events: [event('legacy-1'), event('new-1')] }),
      });
      expect(await response.json()).toEqual({
        accepted: 1,
        duplicates: 1,
        rejected: [],
      });
      expect(await budgetUsage(database.db, budget)).toBe(2);
    } finally {
      await app.stop();
    }
  });

  it('migrates down to one key per row again', async () => {
    legacyEvent('legacy-1', 0.5);
    await migrateToLatest(database.db);
    database.sqlite.prepare(`update usage_events set request_hash = 'x'`).run();
    const { error } = await migrator().migrateTo(BEFORE);
    expect(error).toBeUndefined();
    expect(database.sqlite.prepare('select idempotency_key, cost from usage_events').all()).toEqual([{ idempotency_key: 'legacy-1', cost: 0.5 }]);
    expect(() => legacyEvent('legacy-1', 1)).toThrow(/UNIQUE/);
  });
});
