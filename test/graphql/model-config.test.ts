import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardUnique } from '../../src/store/unique-violation.js';
import { graphql } from '../gql/index.js';
import type { CreateModelConfigInput, ListModelConfigsQueryVariables, UpdateModelConfigInput } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const CreateModelConfig = graphql(`
  mutation CreateModelConfig($input: CreateModelConfigInput!) {
    createModelConfig(input: $input) {
      id
      modelName
      provider
      scope
      scopeId
      scopeName
      calendarAligned
      budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }
      budget { id maxLimit resetDuration }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }
    }
  }
`);

const UpdateModelConfig = graphql(`
  mutation UpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {
    updateModelConfig(id: $id, input: $input) {
      id
      modelName
      provider
      scope
      scopeId
      calendarAligned
      updatedAt
      budgets { id maxLimit resetDuration currentUsage lastReset }
      budget { id maxLimit resetDuration currentUsage }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }
    }
  }
`);

const DeleteModelConfig = graphql(`
  mutation DeleteModelConfig($id: ID!) {
    deleteModelConfig(id: $id)
  }
`);

const GetModelConfig = graphql(`
  query GetModelConfig($id: ID!) {
    modelConfig(id: $id) { id modelName provider scope scopeId scopeName budgets { id } rateLimit { id } }
  }
`);

const ListModelConfigs = graphql(`
  query ListModelConfigs(
    $first: Int
    $after: String
    $scope: String
    $scopeId: ID
    $modelName: String
    $provider: String
    $search: String
  ) {
    modelConfigs(
      first: $first
      after: $after
      scope: $scope
      scopeId: $scopeId
      modelName: $modelName
      provider: $provider
      search: $search
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          modelName
          provider
          scope
          scopeName
          budget { id }
          budgets { id }
          rateLimit { id }
        }
      }
    }
  }
`);

const AT = '2026-03-17T12:00:00.000Z';

/** Budgets created in one request share created_at, so their list order is not insertion order. */
const byDuration = <B extends { resetDuration: string }>(budgets: B[]) =>
  [...budgets].sort((a, b) => a.resetDuration.localeCompare(b.resetDuration));

describe('model configs', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const create = async (input: CreateModelConfigInput) => (await t.gqlOk(CreateModelConfig, { input })).createModelConfig;
  const rows = (table: 'model_configs' | 'budgets' | 'rate_limits') => t.database.db.selectFrom(table).selectAll().execute();

  /** A team, a customer and a virtual key to scope configs to, inserted directly (their API is elsewhere). */
  async function seedOwners() {
    const db = t.database.db;
    const stamps = { created_at: AT, updated_at: AT };
    await db.insertInto('customers').values({ id: 'C1', name: 'Acme', business_unit_id: null, config_hash: null, ...stamps }).execute();
    await db
      .insertInto('teams')
      .values({ id: 'T1', name: 'Platform', customer_id: null, profile: null, config: null, claims: null, config_hash: null, ...stamps })
      .execute();
    await db
      .insertInto('virtual_keys')
      .values({ id: 'V1', name: 'app', value: 'sk-bf-1', team_id: null, customer_id: null, config_hash: null, ...stamps })
      .execute();
  }

  it('creates a global config for every provider by default', async () => {
    const config = await create({ modelName: 'gpt-4o' });
    expect(config).toMatchObject({
      modelName: 'gpt-4o',
      provider: null,
      scope: 'global',
      scopeId: null,
      scopeName: null,
      calendarAligned: false,
      budgets: [],
      budget: null,
      rateLimit: null,
    });
  });

  it('creates a config with several budgets and a rate limit; budget is the first', async () => {
    const config = await create({
      modelName: 'gpt-4o',
      provider: 'openai',
      budgets: [
        { maxLimit: 5, resetDuration: '1d' },
        { maxLimit: 50, resetDuration: '1M' },
      ],
      rateLimit: { requestMaxLimit: 10, requestResetDuration: '1m' },
    });
    expect(byDuration(config.budgets)).toMatchObject([
      { maxLimit: 5, resetDuration: '1d', currentUsage: 0, lastReset: AT, ownerKind: 'MODEL_CONFIG', ownerId: config.id },
      { maxLimit: 50, resetDuration: '1M', currentUsage: 0, lastReset: AT },
    ]);
    const first = config.budgets[0]!;
    expect(config.budget).toEqual({ id: first.id, maxLimit: first.maxLimit, resetDuration: first.resetDuration });
    expect(config.rateLimit).toMatchObject({ requestMaxLimit: 10, requestResetDuration: '1m', tokenMaxLimit: null, ownerKind: 'MODEL_CONFIG' });
  });

  it('takes the legacy budget as a one-element budgets list', async () => {
    const config = await create({ modelName: 'gpt-4o', budget: { maxLimit: 3, resetDuration: '1w' } });
    expect(config.budgets).toMatchObject([{ maxLimit: 3, resetDuration: '1w' }]);
    expect(config.budget?.id).toBe(config.budgets[0]!.id);
  });

  it('starts calendar-aligned budgets at the period start', async () => {
    const config = await create({ modelName: 'm', calendarAligned: true, budgets: [{ maxLimit: 1, resetDuration: '1M' }] });
    expect(config).toMatchObject({ calendarAligned: true, budgets: [{ lastReset: '2026-03-01T00:00:00.000Z' }] });
  });

  it('normalizes provider "" to null and drops the scopeId of a global config', async () => {
    const config = await create({ modelName: 'm', provider: '', scope: 'global', scopeId: 'ignored' });
    expect(config).toMatchObject({ provider: null, scope: 'global', scopeId: null });
  });

  describe('scenario 30: duplicates', () => {
    it('rejects the same model and provider twice with CONFLICT', async () => {
      await create({ modelName: 'gpt-4o', provider: 'openai' });
      const result = await t.gql(CreateModelConfig, { input: { modelName: 'gpt-4o', provider: 'openai' } });
      expect(result.errors?.[0]).toMatchObject({
        message: "Model config for model 'gpt-4o' with provider 'openai' already exists",
        extensions: { code: 'CONFLICT' },
      });
      expect(await rows('model_configs')).toHaveLength(1);
    });

    it('rejects the same model without provider twice, naming it global', async () => {
      await create({ modelName: 'gpt-4o' });
      const result = await t.gql(CreateModelConfig, {
        input: { modelName: 'gpt-4o', provider: '', budgets: [{ maxLimit: 1, resetDuration: '1d' }] },
      });
      expect(result.errors?.[0]).toMatchObject({
        message: "Model config for model 'gpt-4o' (global) already exists",
        extensions: { code: 'CONFLICT' },
      });
      expect(await rows('model_configs')).toHaveLength(1);
      expect(await rows('budgets')).toEqual([]);
    });

    it('allows the same model on another provider or in another scope', async () => {
      await seedOwners();
      await create({ modelName: 'gpt-4o' });
      await create({ modelName: 'gpt-4o', provider: 'openai' });
      await create({ modelName: 'gpt-4o', provider: 'azure' });
      await create({ modelName: 'gpt-4o', provider: 'openai', scope: 'team', scopeId: 'T1' });
      await create({ modelName: 'gpt-4o', provider: 'openai', scope: 'customer', scopeId: 'C1' });
      const again = await t.gql(CreateModelConfig, {
        input: { modelName: 'gpt-4o', provider: 'openai', scope: 'team', scopeId: 'T1' },
      });
      expect(again.errors?.[0]).toMatchObject({
        message: "Model config for model 'gpt-4o' with provider 'openai' already exists",
        extensions: { code: 'CONFLICT' },
      });
      expect(await rows('model_configs')).toHaveLength(5);
    });

    it('maps a violation of the identity index to the same CONFLICT', async () => {
      // The pre-check catches duplicates first; this pins the backstop to SQLite's real message.
      const row = { model_name: 'm', provider: null, scope: 'global', scope_id: null, created_at: AT, updated_at: AT };
      await t.database.db.insertInto('model_configs').values({ id: 'a', ...row }).execute();
      const insertAgain = () => t.database.db.insertInto('model_configs').values({ id: 'b', ...row }).execute();
      await expect(guardUnique({ "index 'model_configs_identity'": 'duplicate' }, insertAgain)).rejects.toMatchObject({
        name: 'ConflictError',
        code: 'CONFLICT',
        message: 'duplicate',
      });
    });
  });

  it.each<[CreateModelConfigInput, string, string]>([
    [{ modelName: '  ' }, 'input.modelName', 'Model name is required'],
    [{ modelName: 'm', scope: 'team' }, 'input.scopeId', 'scope_id field is required when scope is not global'],
    [{ modelName: 'm', scope: 'virtual_key', scopeId: '' }, 'input.scopeId', 'scope_id field is required when scope is not global'],
    [{ modelName: 'm', scope: 'org', scopeId: 'x' }, 'input.scope', 'invalid scope "org": must be one of: global, team, customer, virtual_key'],
    [{ modelName: 'm', scope: 'team', scopeId: 'nope' }, 'input.scopeId', 'Team not found: nope'],
    [{ modelName: 'm', scope: 'customer', scopeId: 'nope' }, 'input.scopeId', 'Customer not found: nope'],
    [{ modelName: 'm', scope: 'virtual_key', scopeId: 'nope' }, 'input.scopeId', 'Virtual key not found: nope'],
    [{ modelName: 'm', scope: 'team', scopeId: 'C1' }, 'input.scopeId', 'Team not found: C1'],
    [{ modelName: 'm', budget: { maxLimit: -5, resetDuration: '1d' } }, 'input.budget.maxLimit', 'Budget max_limit cannot be negative: -5.00'],
    [{ modelName: 'm', budget: { maxLimit: 5 } }, 'input.budget.resetDuration', 'both max_limit and reset_duration are required when creating a new budget'],
    [
      { modelName: 'm', budgets: [{ maxLimit: 1, resetDuration: '1d' }, { maxLimit: 2, resetDuration: '1d' }] },
      'input.budgets.1.resetDuration',
      'Duplicate reset_duration in budgets: 1d',
    ],
    [{ modelName: 'm', budgets: [{ maxLimit: 1, resetDuration: '1x' }] }, 'input.budgets.0.resetDuration', 'Invalid reset duration format: 1x'],
    [
      { modelName: 'm', budget: { maxLimit: 1, resetDuration: '1d' }, budgets: [{ maxLimit: 1, resetDuration: '1w' }] },
      'input.budget',
      'send either budget or budgets, not both',
    ],
    [{ modelName: 'm', rateLimit: { tokenMaxLimit: 1000 } }, 'input.rateLimit.tokenResetDuration', 'Invalid rate limit: rate limit token reset duration is required'],
  ])('rejects %j naming %s and creates nothing', async (input, field, message) => {
    await seedOwners();
    const result = await t.gql(CreateModelConfig, { input });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await rows('model_configs')).toEqual([]);
    expect(await rows('budgets')).toEqual([]);
    expect(await rows('rate_limits')).toEqual([]);
  });

  it('names the team, customer or virtual key of the scope through one batched statement', async () => {
    await seedOwners();
    for (const input of [
      { modelName: 'a', scope: 'team', scopeId: 'T1' },
      { modelName: 'b', scope: 'customer', scopeId: 'C1' },
      { modelName: 'c', scope: 'virtual_key', scopeId: 'V1' },
      { modelName: 'd' },
    ]) {
      await create(input);
      t.clock.advance(1000);
    }
    t.resetStatements();
    const list = await t.gqlOk(ListModelConfigs, {});
    expect(list.modelConfigs.edges.map((e) => [e?.node.modelName, e?.node.scope, e?.node.scopeName])).toEqual([
      ['a', 'team', 'Platform'],
      ['b', 'customer', 'Acme'],
      ['c', 'virtual_key', 'app'],
      ['d', 'global', null],
    ]);
    // page, count, scope names, budgets, first budget, rate limits: one statement each.
    expect(t.statements).toHaveLength(6);
    expect(t.statements.filter((sql) => sql.includes('union all'))).toHaveLength(1);
  });

  it('keeps the statement count flat as the page grows', async () => {
    await seedOwners();
    const count = async () => {
      t.resetStatements();
      await t.gqlOk(ListModelConfigs, {});
      return t.statements.length;
    };
    await create({ modelName: 'a', scope: 'team', scopeId: 'T1', budgets: [{ maxLimit: 1, resetDuration: '1d' }] });
    const small = await count();
    for (const name of ['b', 'c', 'd', 'e']) {
      await create({ modelName: name, scope: 'virtual_key', scopeId: 'V1', budgets: [{ maxLimit: 1, resetDuration: '1d' }, { maxLimit: 2, resetDuration: '1w' }] });
    }
    expect(await count()).toBe(small);
  });

  describe('scenario 31: scope is immutable', () => {
    it('refuses to change the scope of a global config and changes nothing', async () => {
      await seedOwners();
      const config = await create({ modelName: 'gpt-4o' });
      const result = await t.gql(UpdateModelConfig, {
        id: config.id,
        input: { scope: 'team', scopeId: 'T1', modelName: 'renamed', budget: { maxLimit: 3, resetDuration: '1d' } },
      });
      expect(result.errors?.[0]).toMatchObject({
        message: 'scope and scope_id cannot be changed',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.scope' },
      });
      expect((await t.gqlOk(GetModelConfig, { id: config.id })).modelConfig).toMatchObject({
        modelName: 'gpt-4o',
        scope: 'global',
        scopeId: null,
        budgets: [],
      });
    });

    it('then accepts a budget update', async () => {
      const config = await create({ modelName: 'gpt-4o' });
      const { updateModelConfig } = await t.gqlOk(UpdateModelConfig, {
        id: config.id,
        input: { budget: { maxLimit: 3, resetDuration: '1d' } },
      });
      expect(updateModelConfig.budget).toMatchObject({ maxLimit: 3, resetDuration: '1d', currentUsage: 0 });
      expect(updateModelConfig.budgets).toHaveLength(1);
    });

    it('refuses another scopeId and accepts the stored scope and scopeId', async () => {
      await seedOwners();
      await t.database.db
        .insertInto('teams')
        .values({ id: 'T2', name: 'Other', customer_id: null, profile: null, config: null, claims: null, config_hash: null, created_at: AT, updated_at: AT })
        .execute();
      const config = await create({ modelName: 'm', scope: 'team', scopeId: 'T1' });
      const moved = await t.gql(UpdateModelConfig, { id: config.id, input: { scopeId: 'T2' } });
      expect(moved.errors?.[0]).toMatchObject({
        message: 'scope and scope_id cannot be changed',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.scopeId' },
      });
      const toGlobal = await t.gql(UpdateModelConfig, { id: config.id, input: { scope: 'global' } });
      expect(toGlobal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scope' });
      const same = await t.gqlOk(UpdateModelConfig, { id: config.id, input: { scope: 'team', scopeId: 'T1', modelName: 'm2' } });
      expect(same.updateModelConfig).toMatchObject({ scope: 'team', scopeId: 'T1', modelName: 'm2' });
    });
  });

  describe('update semantics', () => {
    /** A config with budgets 1d then 1M (created a second apart, so listed in that order), usage 3 each. */
    async function seeded() {
      const created = await create({
        modelName: 'gpt-4o',
        provider: 'openai',
        budgets: [{ maxLimit: 5, resetDuration: '1d' }],
        rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: 10, requestResetDuration: '1m' },
      });
      t.clock.advance(1000);
      const config = await update(created.id, {
        budgets: [
          { maxLimit: 5, resetDuration: '1d' },
          { maxLimit: 50, resetDuration: '1M' },
        ],
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 3 }).execute();
      return config;
    }
    const update = async (id: string, input: UpdateModelConfigInput) =>
      (await t.gqlOk(UpdateModelConfig, { id, input })).updateModelConfig;

    it('leaves everything unchanged when fields are absent', async () => {
      const before = await seeded();
      t.clock.advance(1000);
      const after = await update(before.id, {});
      expect(after).toMatchObject({ modelName: 'gpt-4o', provider: 'openai', rateLimit: before.rateLimit });
      expect(after.budgets.map((b) => [b.id, b.currentUsage])).toEqual(before.budgets.map((b) => [b.id, 3]));
      expect(after.updatedAt).toBe('2026-03-17T12:00:02.000Z');
    });

    it('renames and changes the provider; "" or null means every provider', async () => {
      const before = await seeded();
      expect(await update(before.id, { modelName: 'gpt-4.1', provider: 'azure' })).toMatchObject({ modelName: 'gpt-4.1', provider: 'azure' });
      expect(await update(before.id, { provider: '' })).toMatchObject({ provider: null });
      await update(before.id, { provider: 'azure' });
      expect(await update(before.id, { provider: null })).toMatchObject({ provider: null, modelName: 'gpt-4.1' });
    });

    it('answers CONFLICT when the change duplicates another config, changing nothing', async () => {
      const before = await seeded();
      await create({ modelName: 'gpt-4o', provider: 'azure' });
      await create({ modelName: 'o3' });
      const clash = await t.gql(UpdateModelConfig, { id: before.id, input: { provider: 'azure', budgets: [] } });
      expect(clash.errors?.[0]).toMatchObject({
        message: "Model config for model 'gpt-4o' with provider 'azure' already exists",
        extensions: { code: 'CONFLICT' },
      });
      const global = await t.gql(UpdateModelConfig, { id: before.id, input: { modelName: 'o3', provider: '' } });
      expect(global.errors?.[0]).toMatchObject({
        message: "Model config for model 'o3' (global) already exists",
        extensions: { code: 'CONFLICT' },
      });
      const after = (await t.gqlOk(GetModelConfig, { id: before.id })).modelConfig;
      expect(after).toMatchObject({ modelName: 'gpt-4o', provider: 'openai' });
      expect(after?.budgets).toHaveLength(2);
    });

    it('reconciles budgets by reset duration, keeping usage of kept durations', async () => {
      const before = await seeded();
      const after = await update(before.id, {
        budgets: [
          { maxLimit: 8, resetDuration: '1d' },
          { maxLimit: 100, resetDuration: '1w' },
        ],
      });
      expect(after.budgets).toEqual([
        { id: before.budgets[0]!.id, maxLimit: 8, resetDuration: '1d', currentUsage: 3, lastReset: AT },
        expect.objectContaining({ maxLimit: 100, resetDuration: '1w', currentUsage: 0 }),
      ]);
    });

    it('removes every budget with [] or null', async () => {
      const before = await seeded();
      expect((await update(before.id, { budgets: [] })).budgets).toEqual([]);
      await update(before.id, { budgets: [{ maxLimit: 1, resetDuration: '1d' }] });
      const cleared = await update(before.id, { budgets: null });
      expect(cleared).toMatchObject({ budgets: [], budget: null });
      expect(await rows('budgets')).toEqual([]);
    });

    it('updates the legacy budget in place, keeping usage, and drops the other budgets', async () => {
      const before = await seeded();
      const after = await update(before.id, { budget: { maxLimit: 20 } });
      expect(after.budget).toEqual({ id: before.budgets[0]!.id, maxLimit: 20, resetDuration: '1d', currentUsage: 3 });
      expect(after.budgets).toHaveLength(1);
      const retimed = await update(before.id, { budget: { resetDuration: '1w' } });
      expect(retimed.budget).toEqual({ id: before.budgets[0]!.id, maxLimit: 20, resetDuration: '1w', currentUsage: 3 });
    });

    it('removes the legacy budget with {} or null', async () => {
      const before = await seeded();
      expect(await update(before.id, { budget: {} })).toMatchObject({ budget: null, budgets: [] });
      await update(before.id, { budget: { maxLimit: 1, resetDuration: '1d' } });
      expect(await update(before.id, { budget: null })).toMatchObject({ budget: null, budgets: [] });
    });

    it('needs both fields to create a legacy budget on update, changing nothing otherwise', async () => {
      const config = await create({ modelName: 'm' });
      const result = await t.gql(UpdateModelConfig, { id: config.id, input: { modelName: 'x', budget: { maxLimit: 5 } } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'both max_limit and reset_duration are required when creating a new budget',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' },
      });
      expect((await t.gqlOk(GetModelConfig, { id: config.id })).modelConfig).toMatchObject({ modelName: 'm', budgets: [] });
    });

    it('re-validates the merged legacy budget', async () => {
      const before = await seeded();
      const result = await t.gql(UpdateModelConfig, { id: before.id, input: { budget: { maxLimit: 0 } } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budget.maxLimit' });
      expect(await rows('budgets')).toHaveLength(2);
    });

    it('replaces the whole rate limit keeping its id, and removes it with {}', async () => {
      const before = await seeded();
      const replaced = await update(before.id, { rateLimit: { requestMaxLimit: 20, requestResetDuration: '1m' } });
      expect(replaced.rateLimit).toEqual({
        id: before.rateLimit!.id,
        tokenMaxLimit: null,
        tokenResetDuration: null,
        requestMaxLimit: 20,
        requestResetDuration: '1m',
      });
      expect((await update(before.id, { rateLimit: {} })).rateLimit).toBeNull();
      await update(before.id, { rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' } });
      expect((await update(before.id, { rateLimit: null })).rateLimit).toBeNull();
    });

    it('resets usage once when calendar alignment is switched on', async () => {
      const before = await seeded();
      const aligned = await update(before.id, { calendarAligned: true });
      expect(aligned.budgets.map((b) => [b.resetDuration, b.currentUsage, b.lastReset])).toEqual([
        ['1d', 0, '2026-03-17T00:00:00.000Z'],
        ['1M', 0, '2026-03-01T00:00:00.000Z'],
      ]);
      await t.database.db.updateTable('budgets').set({ current_usage: 2 }).execute();
      const again = await update(before.id, { calendarAligned: true, budget: { calendarAligned: true } });
      expect(again.budgets.map((b) => b.currentUsage)).toEqual([2, 2]);
    });

    it('rejects an empty model name', async () => {
      const before = await seeded();
      const result = await t.gql(UpdateModelConfig, { id: before.id, input: { modelName: ' ' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Model name is required',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.modelName' },
      });
    });
  });

  it('answers NOT_FOUND for unknown ids on update and delete, null on read', async () => {
    const update = await t.gql(UpdateModelConfig, { id: 'missing', input: { modelName: 'x' } });
    expect(update.errors?.[0]).toMatchObject({ message: 'Model config not found', extensions: { code: 'NOT_FOUND' } });
    const del = await t.gql(DeleteModelConfig, { id: 'missing' });
    expect(del.errors?.[0]).toMatchObject({ message: 'Model config not found', extensions: { code: 'NOT_FOUND' } });
    expect((await t.gqlOk(GetModelConfig, { id: 'missing' })).modelConfig).toBeNull();
  });

  it('deletes the config with its budgets and rate limit', async () => {
    const config = await create({
      modelName: 'm',
      budgets: [{ maxLimit: 1, resetDuration: '1d' }, { maxLimit: 2, resetDuration: '1w' }],
      rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' },
    });
    await create({ modelName: 'kept', budgets: [{ maxLimit: 1, resetDuration: '1d' }] });
    expect((await t.gqlOk(DeleteModelConfig, { id: config.id })).deleteModelConfig).toBe(config.id);
    expect(await rows('budgets')).toHaveLength(1);
    expect(await rows('rate_limits')).toEqual([]);
    expect((await t.gqlOk(GetModelConfig, { id: config.id })).modelConfig).toBeNull();
    const again = await t.gql(DeleteModelConfig, { id: config.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('filters by scope, scope id, model, provider and search, and pages with cursors', async () => {
    await seedOwners();
    await create({ modelName: 'gpt-4o', provider: 'openai' });
    t.clock.advance(1000);
    await create({ modelName: 'gpt-4o-mini', provider: 'openai', scope: 'team', scopeId: 'T1' });
    t.clock.advance(1000);
    await create({ modelName: 'claude-3', provider: 'anthropic', scope: 'team', scopeId: 'T1' });
    t.clock.advance(1000);
    await create({ modelName: 'GPT-4o', scope: 'customer', scopeId: 'C1' });
    const names = async (variables: ListModelConfigsQueryVariables) =>
      (await t.gqlOk(ListModelConfigs, variables)).modelConfigs.edges.map((e) => e?.node.modelName);
    expect(await names({ scope: 'team' })).toEqual(['gpt-4o-mini', 'claude-3']);
    expect(await names({ scopeId: 'C1' })).toEqual(['GPT-4o']);
    expect(await names({ modelName: 'gpt-4o' })).toEqual(['gpt-4o']);
    expect(await names({ provider: 'openai' })).toEqual(['gpt-4o', 'gpt-4o-mini']);
    expect(await names({ search: 'gpt-4O' })).toEqual(['gpt-4o', 'gpt-4o-mini', 'GPT-4o']);
    expect(await names({ scope: 'team', provider: 'anthropic' })).toEqual(['claude-3']);
    const first = await t.gqlOk(ListModelConfigs, { first: 3 });
    expect(first.modelConfigs).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await t.gqlOk(ListModelConfigs, { first: 3, after: first.modelConfigs.pageInfo.endCursor });
    expect(second.modelConfigs.edges.map((e) => e?.node.modelName)).toEqual(['GPT-4o']);
  });
});
