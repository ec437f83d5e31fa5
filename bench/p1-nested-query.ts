// P1: the full nested governance query in-process (Yoga + Pothos + loaders) against a hand-written
// better-sqlite3 floor that builds the same JSON with one statement per level and owner kind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type SQLite from 'better-sqlite3';
import { print } from 'graphql';
import { fixedClock } from '../src/clock.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { redactEnvVar } from '../src/domain/provider-key.js';
import { createApp } from '../src/server.js';
import { graphql } from '../test/gql/index.js';
import { seedHierarchy } from '../test/helpers/hierarchy.js';
import { compare, report } from './measure.js';

const FullTree = graphql(`
  query BenchFullTree {
    customers(first: 100000) {
      edges {
        node {
          id
          name
          budget { id maxLimit resetDuration currentUsage lastReset }
          rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }
          teams {
            id
            name
            budget { id maxLimit resetDuration currentUsage lastReset }
            rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }
            virtualKeys {
              id
              name
              value
              isActive
              budgets { id maxLimit resetDuration currentUsage lastReset }
              rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }
              providerConfigs {
                id
                provider
                weight
                allowedModels
                budgets { id maxLimit resetDuration currentUsage lastReset }
                rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }
                keys { keyId name value { value envVar fromEnv } }
              }
            }
          }
        }
      }
    }
  }
`);

type Row = Record<string, unknown>;

function groupBy(rows: Row[], column: string): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const row of rows) {
    const key = row[column];
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The floor: what a careful hand-written endpoint would do, the same JSON out. */
function rawFloor(sqlite: SQLite.Database) {
  const ids = (rows: Row[]) => JSON.stringify(rows.map((r) => r.id));
  // Only the columns the response shows, as the service's loaders read them.
  const limitColumns = {
    budgets: 'id, max_limit, reset_duration, current_usage, last_reset',
    rate_limits: `id, token_max_limit, token_reset_duration, token_current_usage, request_max_limit, request_reset_duration,
      request_current_usage`,
  };
  const byOwner = (table: keyof typeof limitColumns, column: string) =>
    sqlite.prepare(
      `select ${limitColumns[table]}, ${column} from ${table} where ${column} in (select value from json_each(?)) order by created_at, rowid`,
    );
  const statements = {
    customers: sqlite.prepare('select id, name from customers order by created_at, id limit 100000'),
    teams: sqlite.prepare('select id, name, customer_id from teams where customer_id in (select value from json_each(?)) order by created_at, id'),
    keys: sqlite.prepare('select id, name, value, is_active, team_id from virtual_keys where team_id in (select value from json_each(?)) order by created_at, id'),
    configs: sqlite.prepare('select id, provider, weight, allowed_models, virtual_key_id from provider_configs where virtual_key_id in (select value from json_each(?)) order by id'),
    providerKeys: sqlite.prepare(
      `select l.provider_config_id, k.key_id, k.name, k.value from provider_config_keys l join provider_keys k on k.id = l.provider_key_id
       where l.provider_config_id in (select value from json_each(?)) order by k.id`,
    ),
    budgets: Object.fromEntries(['customer_id', 'team_id', 'virtual_key_id', 'provider_config_id'].map((c) => [c, byOwner('budgets', c)])),
    rateLimits: Object.fromEntries(['customer_id', 'team_id', 'virtual_key_id', 'provider_config_id'].map((c) => [c, byOwner('rate_limits', c)])),
  };
  const budget = (b: Row) => ({ id: b.id, maxLimit: b.max_limit, resetDuration: b.reset_duration, currentUsage: b.current_usage, lastReset: b.last_reset });
  const rateLimit = (r: Row | undefined) =>
    r
      ? {
          id: r.id, tokenMaxLimit: r.token_max_limit, tokenResetDuration: r.token_reset_duration, tokenCurrentUsage: r.token_current_usage,
          requestMaxLimit: r.request_max_limit, requestResetDuration: r.request_reset_duration, requestCurrentUsage: r.request_current_usage,
        }
      : null;
  const limitsOf = (column: string, owners: Row[]) => ({
    budgets: groupBy(statements.budgets[column]!.all(ids(owners)) as Row[], column),
    rateLimits: groupBy(statements.rateLimits[column]!.all(ids(owners)) as Row[], column),
  });

  return () => {
    const customers = statements.customers.all() as Row[];
    const teams = statements.teams.all(ids(customers)) as Row[];
    const keys = statements.keys.all(ids(teams)) as Row[];
    const configs = statements.configs.all(ids(keys)) as Row[];
    const providerKeys = groupBy(statements.providerKeys.all(ids(configs)) as Row[], 'provider_config_id');
    const [cl, tl, kl, pl] = [limitsOf('customer_id', customers), limitsOf('team_id', teams), limitsOf('virtual_key_id', keys), limitsOf('provider_config_id', configs)];
    const configsByKey = groupBy(configs, 'virtual_key_id');
    const keysByTeam = groupBy(keys, 'team_id');
    const teamsByCustomer = groupBy(teams, 'customer_id');
    const edges = customers.map((c) => ({
      node: {
        id: c.id, name: c.name, budget: cl.budgets.get(c.id)?.map(budget)[0] ?? null, rateLimit: rateLimit(cl.rateLimits.get(c.id)?.[0]),
        teams: (teamsByCustomer.get(c.id) ?? []).map((t) => ({
          id: t.id, name: t.name, budget: tl.budgets.get(t.id)?.map(budget)[0] ?? null, rateLimit: rateLimit(tl.rateLimits.get(t.id)?.[0]),
          virtualKeys: (keysByTeam.get(t.id) ?? []).map((k) => ({
            id: k.id, name: k.name, value: k.value, isActive: k.is_active !== 0,
            budgets: (kl.budgets.get(k.id) ?? []).map(budget), rateLimit: rateLimit(kl.rateLimits.get(k.id)?.[0]),
            providerConfigs: (configsByKey.get(k.id) ?? []).map((p) => ({
              id: p.id, provider: p.provider, weight: p.weight, allowedModels: JSON.parse(p.allowed_models as string) as string[],
              budgets: (pl.budgets.get(p.id) ?? []).map(budget), rateLimit: rateLimit(pl.rateLimits.get(p.id)?.[0]),
              keys: (providerKeys.get(p.id) ?? []).map((pk) => {
                const stored = JSON.parse(pk.value as string) as { value: string; env_var: string; from_env: boolean };
                return { keyId: pk.key_id, name: pk.name, value: redactEnvVar('value', { value: stored.value, envVar: stored.env_var, fromEnv: stored.from_env }) };
              }),
            })),
          })),
        })),
      },
    }));
    return JSON.stringify({ data: { customers: { edges } } });
  };
}

export async function runNestedQueryBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'governance-bench-p1-'));
  let statements = 0;
  const database = openDatabase({ path: join(dir, 'bench.db'), onQuery: () => (statements += 1) });
  try {
    await migrateToLatest(database.db);
    const shape = { customers: 1000, teamsPerCustomer: 5, keysPerTeam: 4, configsPerKey: 2, providerKeysPerConfig: 2 };
    seedHierarchy(database.sqlite, shape);
    const app = createApp({ db: database.db, sqlite: database.sqlite, clock: fixedClock('2026-03-17T12:00:00Z'), adminToken: 'bench' });
    // Steady state: the reset sweep has recorded every window's end (it works a backlog off in batches).
    await app.usage.sweep();
    const body = JSON.stringify({ query: print(FullTree) });
    const candidate = async () => {
      const response = await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
        body,
      });
      return response.text();
    };
    const floor = rawFloor(database.sqlite);
    const sample = JSON.parse(await candidate()) as { errors?: unknown; data: unknown };
    if (sample.errors) throw new Error(`P1 query failed: ${JSON.stringify(sample.errors)}`);
    if (JSON.stringify(sample.data) !== JSON.stringify((JSON.parse(floor()) as { data: unknown }).data)) {
      throw new Error('P1: the floor and the service disagree on the result');
    }
    statements = 0;
    await candidate();
    const perQuery = statements;
    const result = await compare(candidate, floor, 7);
    report('P1 nested query (1,000 customers × 5 teams × 4 VKs × 2 configs × 2 keys, budgets + rate limits)', {
      'service (median ms)': result.candidateMs.toFixed(1),
      'raw better-sqlite3 floor (ms)': result.floorMs.toFixed(1),
      'ratio (target ≤ 1.5×)': `${result.ratio.toFixed(2)}×`,
      'SQL statements per query': `${perQuery} (constant in row count)`,
    });
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
