// Shared benchmark set-up: a temp folder of migrated SQLite files (and exact copies of them), and the
// usage hierarchy P2 and P3 charge and check, with the counter ids a hand-written floor would cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest } from '../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../src/db/open.js';
import { seedHierarchy } from '../test/helpers/hierarchy.js';
import { addBudget, addModelConfig, addRateLimit, providerId } from '../test/helpers/usage-fixture.js';

export const BENCH_NOW = '2026-03-17T12:00:00.000Z';
export const ADMIN_TOKEN = 'bench';

/** A temp folder of databases; `close()` closes every one opened through it and removes the folder. */
export interface BenchFolder {
  open(name: string): Promise<DatabaseHandle>;
  /** A second, independent file with the same content as `source` (same ids, same state). */
  copy(source: DatabaseHandle, name: string): Promise<DatabaseHandle>;
  close(): Promise<void>;
}

export function benchFolder(prefix: string): BenchFolder {
  const dir = mkdtempSync(join(tmpdir(), `governance-bench-${prefix}-`));
  const opened: DatabaseHandle[] = [];
  const track = (handle: DatabaseHandle) => {
    opened.push(handle);
    return handle;
  };
  return {
    async open(name) {
      const handle = track(openDatabase({ path: join(dir, `${name}.db`) }));
      await migrateToLatest(handle.db);
      return handle;
    },
    async copy(source, name) {
      const path = join(dir, `${name}.db`);
      // The online backup copies committed pages including what still sits in the WAL.
      await source.sqlite.backup(path);
      return track(openDatabase({ path }));
    },
    async close() {
      for (const handle of opened.splice(0)) await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const USAGE_PROVIDER = 'openai';
export const USAGE_MODEL = 'gpt-4o';
/** 50 customers × 5 teams × 4 virtual keys = 1,000 keys, each with an openai and an anthropic config. */
export const USAGE_SHAPE = { customers: 50, teamsPerCustomer: 5, keysPerTeam: 4, configsPerKey: 2, providerKeysPerConfig: 1 };

/**
 * Every owner on an openai/gpt-4o request's path gets a budget and a rate limit: provider governance,
 * a global model config, the key's provider config, the key, its team and its customer (12 counters).
 * Limits are raised so nothing in a run is denied: these benches measure the allow path.
 */
export async function seedUsageHierarchy({ db, sqlite }: DatabaseHandle): Promise<void> {
  seedHierarchy(sqlite, USAGE_SHAPE, BENCH_NOW);
  sqlite.exec('update rate_limits set token_max_limit = 1000000000000, request_max_limit = 1000000000');
  sqlite.exec('update budgets set max_limit = 1000000');
  const provider = await providerId(db, USAGE_PROVIDER);
  const model = await addModelConfig(db, USAGE_MODEL, USAGE_PROVIDER);
  for (const [column, owner] of [['provider_id', provider], ['model_config_id', model]] as const) {
    await addBudget(db, column, owner, 1_000_000, '1M', BENCH_NOW);
    await addRateLimit(db, column, owner, { tokens: [1_000_000_000_000, '1h'], requests: [1_000_000_000, '1m'] });
  }
}

/** What a hand-written gateway would cache per virtual key: the rows an openai/gpt-4o request touches. */
export interface FloorTarget {
  value: string;
  virtualKeyId: string;
  budgetIds: string[];
  rateLimitIds: string[];
}

export function floorTargets({ sqlite }: DatabaseHandle): FloorTarget[] {
  const keys = sqlite
    .prepare<[string], { value: string; id: string; team_id: string; customer_id: string; config_id: number }>(
      `select v.value, v.id, v.team_id, t.customer_id, c.id as config_id
       from virtual_keys v join teams t on t.id = v.team_id
         join provider_configs c on c.virtual_key_id = v.id and c.provider = ?
       order by v.created_at, v.id`,
    )
    .all(USAGE_PROVIDER);
  const { provider, model } = sqlite
    .prepare<[string, string], { provider: number; model: string }>(
      `select (select id from providers where name = ?) as provider,
         (select id from model_configs where model_name = ? and scope = 'global') as model`,
    )
    .get(USAGE_PROVIDER, USAGE_MODEL)!;
  const idsOf = (table: 'budgets' | 'rate_limits') =>
    sqlite.prepare<[number, string, number, string, string, string], { id: string }>(
      `select id from ${table} where provider_id = ? or model_config_id = ? or provider_config_id = ?
         or virtual_key_id = ? or team_id = ? or customer_id = ? order by id`,
    );
  const budgets = idsOf('budgets');
  const rateLimits = idsOf('rate_limits');
  return keys.map((key) => {
    const owners = [provider, model, key.config_id, key.id, key.team_id, key.customer_id] as const;
    return {
      value: key.value,
      virtualKeyId: key.id,
      budgetIds: budgets.all(...owners).map((row) => row.id),
      rateLimitIds: rateLimits.all(...owners).map((row) => row.id),
    };
  });
}
