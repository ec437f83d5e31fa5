// No N+1: a nested query costs one SQL statement per level, whatever the number of rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { seedHierarchy } from '../helpers/hierarchy.js';

const FiveLevels = graphql(`
  query NestedFiveLevels {
    customers(first: 1000) {
      edges {
        node {
          id
          name
          teams {
            id
            name
            virtualKeys {
              id
              name
              providerConfigs {
                id
                provider
                keys { keyId name value { value fromEnv } }
              }
            }
          }
        }
      }
    }
  }
`);

const WithLimits = graphql(`
  query NestedWithLimits {
    customers(first: 1000) {
      totalCount
      edges {
        node {
          name
          budget { currentUsage }
          rateLimit { requestMaxLimit }
          teams {
            name
            customer { name }
            budget { maxLimit }
            rateLimit { tokenMaxLimit }
            virtualKeys {
              name
              team { name }
              budgets { maxLimit }
              rateLimit { requestMaxLimit }
              providerConfigs {
                provider
                virtualKey { name }
                budgets { maxLimit }
                rateLimit { tokenMaxLimit }
                keys { name }
              }
            }
          }
        }
      }
    }
  }
`);

const shape = (customers: number) => ({ customers, teamsPerCustomer: 5, keysPerTeam: 4, configsPerKey: 2, providerKeysPerConfig: 2 });

describe('nested queries', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('resolves 5 levels over hundreds of rows with exactly 5 statements', async () => {
    seedHierarchy(t.database.sqlite, shape(2));
    t.resetStatements();
    const data = await t.gqlOk(FiveLevels, {});
    expect(t.statements).toHaveLength(5);

    const customers = data.customers.edges.map((edge) => edge!.node);
    const teams = customers.flatMap((c) => c.teams);
    const keys = teams.flatMap((team) => team.virtualKeys);
    const configs = keys.flatMap((vk) => vk.providerConfigs);
    const providerKeys = configs.flatMap((config) => config.keys);
    expect([customers.length, teams.length, keys.length, configs.length, providerKeys.length]).toEqual([2, 10, 40, 80, 160]);
    // Every child sits under its own parent.
    customers.forEach((customer) => {
      const index = customer.name.slice('customer-'.length);
      expect(customer.teams.map((team) => team.name).sort()).toEqual([0, 1, 2, 3, 4].map((n) => `team-${index}-${n}`));
    });
    expect(configs.every((config) => config.keys.every((key) => key.name.startsWith(`${config.provider}-key-`)))).toBe(true);
    // Secrets leave redacted: first 4 and last 4 characters around 24 '*'.
    expect(providerKeys.every((key) => /^sk-.{1}\*{24}.{4}$/.test(key.value.value))).toBe(true);
  });

  it('keeps the statement count constant as rows grow, limits and back-references included', async () => {
    seedHierarchy(t.database.sqlite, shape(2));
    t.resetStatements();
    const small = await t.gqlOk(WithLimits, {});
    const smallCount = t.statements.length;
    seedHierarchy(t.database.sqlite, shape(6));
    t.resetStatements();
    const large = await t.gqlOk(WithLimits, {});
    expect(t.statements.length).toBe(smallCount);
    expect(small.customers.totalCount).toBe(2);
    expect(large.customers.totalCount).toBe(8);
    const team = large.customers.edges[0]!.node.teams[0]!;
    expect(team.customer?.name).toBe(large.customers.edges[0]!.node.name);
    expect(team.virtualKeys[0]!.team?.name).toBe(team.name);
    expect(team.virtualKeys[0]!.budgets).toEqual([{ maxLimit: 100 }]);
  });
});

const BudgetOwners = graphql(`
  query NestedBudgetOwners {
    customers(first: 1000) {
      edges {
        node {
          teams {
            budget { team { name customer { name } } virtualKey { name } }
            virtualKeys {
              rateLimit { virtualKey { name team { name } } customer { name } }
              providerConfigs { budgets { providerConfig { provider virtualKey { name } } } }
            }
          }
        }
      }
    }
  }
`);

describe('budget and rate-limit owners', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('navigate from a limit back up to its owner and the hierarchy, batched per level', async () => {
    seedHierarchy(t.database.sqlite, shape(1));
    t.resetStatements();
    const data = await t.gqlOk(BudgetOwners, {});
    const statements = t.statements.length;
    const team = data.customers.edges[0]!.node.teams[0]!;
    expect(team.budget).toEqual({ team: { name: expect.stringMatching(/^team-0-/), customer: { name: 'customer-0' } }, virtualKey: null });
    const vk = team.virtualKeys[0]!;
    expect(vk.rateLimit).toEqual({ virtualKey: { name: expect.any(String), team: { name: expect.stringMatching(/^team-0-/) } }, customer: null });
    expect(vk.providerConfigs[0]!.budgets[0]!.providerConfig).toEqual({ provider: 'openai', virtualKey: { name: expect.any(String) } });
    seedHierarchy(t.database.sqlite, shape(3));
    t.resetStatements();
    const more = await t.gqlOk(BudgetOwners, {});
    expect(more.customers.edges).toHaveLength(4);
    expect(t.statements.length).toBe(statements);
  });
});

const LimitsWithoutAudit = graphql(`
  query NestedLimitsWithoutAudit {
    customers(first: 1000) {
      edges { node { budget { id currentUsage } teams { virtualKeys { budgets { maxLimit } rateLimit { tokenMaxLimit } } } } }
    }
  }
`);

graphql(`
  fragment BudgetAudit on Budget { createdAt updatedAt }
`);

const LimitsWithAudit = graphql(`
  query NestedLimitsWithAudit {
    customers(first: 1000) {
      edges {
        node {
          lean: budget { id }
          audited: budget { id ...BudgetAudit }
          teams {
            virtualKeys {
              budgets { ... on Budget { configHash } }
              budget { ...BudgetAudit }
              rateLimit { id createdAt }
            }
          }
        }
      }
    }
  }
`);

describe('budget and rate-limit columns', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
    seedHierarchy(t.database.sqlite, shape(2));
  });
  afterEach(async () => {
    await t.close();
  });

  /** The columns a statement selects (the text between `select` and `from`). */
  const selected = (sql: string) => /select (.*?) from/s.exec(sql)?.[1] ?? '';
  const limitReads = () => t.statements.filter((sql) => /from "(budgets|rate_limits)"/.test(sql)).map(selected);

  it('leaves the audit columns out where the selection shows no audit field', async () => {
    t.resetStatements();
    const data = await t.gqlOk(LimitsWithoutAudit, {});
    expect(data.customers.edges[0]!.node.budget).toMatchObject({ currentUsage: 1.5 });
    expect(limitReads()).toHaveLength(3);
    for (const columns of limitReads()) {
      for (const audit of ['config_hash', 'created_at', 'updated_at']) expect(columns).not.toContain(audit);
    }
  });

  it('reads them where a field, an inline fragment or a named fragment shows one, next to a lean read of the same field', async () => {
    t.database.sqlite.exec(`update budgets set config_hash = 'hash-' || id, updated_at = '2026-03-18T00:00:00.000Z'`);
    t.resetStatements();
    const data = await t.gqlOk(LimitsWithAudit, {});
    const customer = data.customers.edges[0]!.node;
    expect(customer.lean?.id).toBe(customer.audited?.id);
    expect(customer.audited).toMatchObject({ createdAt: '2026-03-17T12:00:00.000Z', updatedAt: '2026-03-18T00:00:00.000Z' });
    const key = customer.teams[0]!.virtualKeys[0]!;
    expect(key.budgets[0]!.configHash).toMatch(/^hash-/);
    expect(key.budget).toMatchObject({ createdAt: '2026-03-17T12:00:00.000Z', updatedAt: '2026-03-18T00:00:00.000Z' });
    expect(key.rateLimit?.createdAt).toBe('2026-03-17T12:00:00.000Z');
    // The customer budget twice (lean and audited); the key budgets (list and first) and rate limit audited.
    expect(limitReads().filter((columns) => columns.includes('config_hash'))).toHaveLength(4);
    expect(limitReads()).toHaveLength(5);
  });
});
