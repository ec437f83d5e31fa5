// Seeds a full governance hierarchy straight into SQLite (fast enough for benchmark sizes):
// customers × teams × virtual keys × provider configs × keys, each owner with a budget and a rate
// limit. Shared by the statement-count test and benchmark P1.
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';

export interface HierarchyShape {
  customers: number;
  teamsPerCustomer: number;
  keysPerTeam: number;
  configsPerKey: number;
  providerKeysPerConfig: number;
}

const PROVIDERS = ['openai', 'anthropic', 'azure', 'bedrock'];

export function seedHierarchy(sqlite: SQLite.Database, shape: HierarchyShape, at = '2026-03-17T12:00:00.000Z'): void {
  const insert = {
    customer: sqlite.prepare('insert into customers (id, name, created_at, updated_at) values (?, ?, ?, ?)'),
    team: sqlite.prepare('insert into teams (id, name, customer_id, created_at, updated_at) values (?, ?, ?, ?, ?)'),
    virtualKey: sqlite.prepare(
      'insert into virtual_keys (id, name, value, team_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
    ),
    config: sqlite.prepare(
      `insert into provider_configs (virtual_key_id, provider, weight, allowed_models, created_at, updated_at)
       values (?, ?, 1, '["*"]', ?, ?)`,
    ),
    link: sqlite.prepare('insert into provider_config_keys (provider_config_id, provider_key_id) values (?, ?)'),
    providerKey: sqlite.prepare(
      `insert into provider_keys (key_id, provider_id, name, value, models, created_at, updated_at)
       values (?, (select id from providers where name = ?), ?, ?, '["*"]', ?, ?)`,
    ),
    budget: (column: string) =>
      sqlite.prepare(
        `insert into budgets (id, max_limit, reset_duration, current_usage, last_reset, created_at, updated_at, ${column})
         values (?, 100, '1M', 1.5, ?, ?, ?, ?)`,
      ),
    rateLimit: (column: string) =>
      sqlite.prepare(
        `insert into rate_limits (id, token_max_limit, token_reset_duration, request_max_limit, request_reset_duration,
           token_last_reset, request_last_reset, created_at, updated_at, ${column})
         values (?, 100000, '1h', 1000, '1m', ?, ?, ?, ?, ?)`,
      ),
  };
  const limits = Object.fromEntries(
    ['customer_id', 'team_id', 'virtual_key_id', 'provider_config_id'].map((column) => [
      column,
      { budget: insert.budget(column), rateLimit: insert.rateLimit(column) },
    ]),
  );
  const limit = (column: string, owner: string | number | bigint) => {
    limits[column]!.budget.run(randomUUID(), at, at, at, owner);
    limits[column]!.rateLimit.run(randomUUID(), at, at, at, at, owner);
  };

  sqlite.transaction(() => {
    // A pool of provider keys per provider; each config links the first N keys of its provider.
    const keyPool = new Map<string, Array<number | bigint>>();
    const run = randomUUID().slice(0, 8); // key and virtual-key names are unique; seeding may run twice
    for (const provider of PROVIDERS) {
      const ids: Array<number | bigint> = [];
      for (let k = 0; k < shape.providerKeysPerConfig; k += 1) {
        const secret = `sk-${provider}-${randomUUID()}`;
        const value = JSON.stringify({ value: secret, env_var: '', from_env: false });
        ids.push(insert.providerKey.run(randomUUID(), provider, `${provider}-key-${run}-${k}`, value, at, at).lastInsertRowid);
      }
      keyPool.set(provider, ids);
    }
    for (let c = 0; c < shape.customers; c += 1) {
      const customerId = randomUUID();
      insert.customer.run(customerId, `customer-${c}`, at, at);
      limit('customer_id', customerId);
      for (let t = 0; t < shape.teamsPerCustomer; t += 1) {
        const teamId = randomUUID();
        insert.team.run(teamId, `team-${c}-${t}`, customerId, at, at);
        limit('team_id', teamId);
        for (let v = 0; v < shape.keysPerTeam; v += 1) {
          const vkId = randomUUID();
          insert.virtualKey.run(vkId, `vk-${run}-${c}-${t}-${v}`, `sk-bf-${randomUUID()}`, teamId, at, at);
          limit('virtual_key_id', vkId);
          for (let p = 0; p < shape.configsPerKey; p += 1) {
            const provider = PROVIDERS[p % PROVIDERS.length]!;
            const configId = insert.config.run(vkId, provider, at, at).lastInsertRowid;
            limit('provider_config_id', configId);
            for (const keyId of keyPool.get(provider)!) insert.link.run(configId, keyId);
          }
        }
      }
    }
  })();
}
