import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateRoutingRuleInput, ListRoutingRulesQueryVariables } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const CreateRoutingRule = graphql(`
  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {
    createRoutingRule(input: $input) {
      id
      name
      description
      enabled
      chainRule
      celExpression
      targets { provider model keyId weight }
      fallbacks
      scope
      scopeId
      priority
      query
      configHash
      createdAt
      updatedAt
    }
  }
`);

const UpdateRoutingRule = graphql(`
  mutation UpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {
    updateRoutingRule(id: $id, input: $input) {
      id
      name
      description
      enabled
      chainRule
      celExpression
      targets { provider model keyId weight }
      fallbacks
      scope
      scopeId
      priority
      query
      updatedAt
    }
  }
`);

const DeleteRoutingRule = graphql(`
  mutation DeleteRoutingRule($id: ID!) {
    deleteRoutingRule(id: $id)
  }
`);

const GetRoutingRule = graphql(`
  query GetRoutingRule($id: ID!) {
    routingRule(id: $id) { id name scope scopeId targets { provider weight } }
  }
`);

const ListRoutingRules = graphql(`
  query ListRoutingRules(
    $first: Int
    $after: String
    $scope: String
    $scopeId: ID
    $enabled: Boolean
    $search: String
  ) {
    routingRules(first: $first, after: $after, scope: $scope, scopeId: $scopeId, enabled: $enabled, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name targets { provider model weight } } }
    }
  }
`);

const RoutingRulesForRequest = graphql(`
  query RoutingRulesForRequest($virtualKeyId: ID, $teamId: ID, $customerId: ID) {
    routingRulesForRequest(virtualKeyId: $virtualKeyId, teamId: $teamId, customerId: $customerId) { name }
  }
`);

const oneTarget = [{ provider: 'openai', weight: 1 }];

describe('routing rules', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
    await seedScopeOwners();
  });
  afterEach(async () => {
    await t.close();
  });

  /** Rows the rules' scope ids point at, inserted directly: their mutations live in other modules. */
  async function seedScopeOwners() {
    const at = t.clock.now().toISOString();
    const stamps = { created_at: at, updated_at: at };
    const db = t.database.db;
    await db.insertInto('customers').values({ id: 'c1', name: 'c1', business_unit_id: null, config_hash: null, ...stamps }).execute();
    for (const id of ['team-1', 'team-2', 't1', 't2']) {
      await db
        .insertInto('teams')
        .values({ id, name: id, customer_id: null, profile: null, config: null, claims: null, config_hash: null, ...stamps })
        .execute();
    }
    for (const id of ['vk1', 'vk2', 'vk-1']) {
      await db
        .insertInto('virtual_keys')
        .values({ id, name: id, value: `sk-bf-${id}`, team_id: null, customer_id: null, config_hash: null, ...stamps })
        .execute();
    }
  }

  async function ruleCount() {
    const rules = await t.database.db.selectFrom('routing_rules').selectAll().execute();
    const targets = await t.database.db.selectFrom('routing_targets').selectAll().execute();
    return rules.length + targets.length;
  }

  async function create(input: Partial<CreateRoutingRuleInput> = {}) {
    const { createRoutingRule } = await t.gqlOk(CreateRoutingRule, { input: { name: 'r', targets: oneTarget, ...input } });
    return createRoutingRule;
  }

  it('creates a rule with its targets in order', async () => {
    const rule = await create({
      name: ' split ',
      description: 'gpt-4o across two providers',
      chainRule: true,
      celExpression: "model == 'gpt-4o' && headers['x-tier'] == 'pro'",
      targets: [
        { provider: 'openai', model: 'gpt-4o', weight: 0.7 },
        { provider: 'azure', keyId: 'k1', weight: 0.2 },
        { model: 'gpt-4o-mini', weight: 0.1 },
      ],
      fallbacks: ['anthropic/claude-3-5-sonnet'],
      scope: 'team',
      scopeId: 'team-1',
      priority: 3,
      query: { combinator: 'and', rules: [] },
    });
    expect(rule).toEqual({
      id: expect.any(String),
      name: 'split',
      description: 'gpt-4o across two providers',
      enabled: true,
      chainRule: true,
      celExpression: "model == 'gpt-4o' && headers['x-tier'] == 'pro'",
      targets: [
        { provider: 'openai', model: 'gpt-4o', keyId: null, weight: 0.7 },
        { provider: 'azure', model: null, keyId: 'k1', weight: 0.2 },
        { provider: null, model: 'gpt-4o-mini', keyId: null, weight: 0.1 },
      ],
      fallbacks: ['anthropic/claude-3-5-sonnet'],
      scope: 'team',
      scopeId: 'team-1',
      priority: 3,
      query: { combinator: 'and', rules: [] },
      configHash: null,
      createdAt: '2026-03-17T12:00:00.000Z',
      updatedAt: '2026-03-17T12:00:00.000Z',
    });
  });

  it('applies the spec defaults', async () => {
    const rule = await create();
    expect(rule).toMatchObject({
      description: '',
      enabled: true,
      chainRule: false,
      celExpression: '',
      fallbacks: [],
      scope: 'global',
      scopeId: null,
      priority: 0,
      query: null,
    });
  });

  it('drops the scope id of a global rule (scenario 35)', async () => {
    const rule = await create({ scope: 'global', scopeId: 'x' });
    expect(rule).toMatchObject({ scope: 'global', scopeId: null });
  });

  it('accepts weights summing to 1 within 0.001', async () => {
    const rule = await create({ targets: [{ provider: 'openai', weight: 0.3333 }, { provider: 'azure', weight: 0.6665 }] });
    expect(rule.targets).toHaveLength(2);
  });

  it.each([
    [{ name: '' }, 'input.name', 'name field is required'],
    [{ name: '   ', targets: [] }, 'input.name', 'name field is required'],
    [{ targets: [] }, 'input.targets', 'at least one target is required'],
    [{ targets: [{ provider: 'openai', weight: 1 }, { provider: 'azure', weight: 0 }] }, 'input.targets.1.weight', 'each target weight must be positive'],
    [{ targets: [{ provider: 'openai', weight: 1.5 }, { provider: 'azure', weight: -0.5 }] }, 'input.targets.1.weight', 'each target weight must be positive'],
    // Scenario 36.
    [{ targets: [{ keyId: 'k1', weight: 1 }] }, 'input.targets.0.keyId', 'key_id requires provider to be set'],
    // Weights are checked on every target before key ids.
    [{ targets: [{ keyId: 'k1', weight: 0.5 }, { provider: 'azure', weight: 0 }] }, 'input.targets.1.weight', 'each target weight must be positive'],
    [
      { targets: [{ provider: 'OpenAI', model: 'GPT-4o', weight: 0.5 }, { provider: 'openai', model: 'gpt-4o', weight: 0.5 }] },
      'input.targets.1',
      'duplicate target entry: provider="openai" model="gpt-4o" key_id=""',
    ],
    [
      { targets: [{ provider: 'openai', keyId: 'k1', weight: 0.5 }, { provider: 'openai', keyId: 'k1', weight: 0.5 }] },
      'input.targets.1',
      'duplicate target entry: provider="openai" model="" key_id="k1"',
    ],
    // Scenario 34.
    [
      { celExpression: "model == 'gpt-4o'", targets: [{ provider: 'openai', weight: 0.7 }, { provider: 'azure', weight: 0.2 }] },
      'input.targets',
      'target weights must sum to 1, got 0.9000',
    ],
    [{ targets: [{ provider: 'openai', weight: 0.6 }, { provider: 'azure', weight: 0.402 }] }, 'input.targets', 'target weights must sum to 1, got 1.0020'],
    [{ scope: 'org' }, 'input.scope', 'invalid scope "org": must be one of: global, team, customer, virtual_key'],
    // Scenario 35.
    [{ scope: 'team' }, 'input.scopeId', 'scope_id field is required when scope is not global'],
    [{ scope: 'virtual_key', scopeId: '  ' }, 'input.scopeId', 'scope_id field is required when scope is not global'],
    [{ scope: 'team', celExpression: 'model ==' }, 'input.scopeId', 'scope_id field is required when scope is not global'],
    [{ celExpression: 'model ==' }, 'input.celExpression', 'invalid CEL expression: Unexpected token: EOF'],
    // The scope's owner is checked once the rule itself is valid.
    [{ scope: 'team', scopeId: 'nope' }, 'input.scopeId', 'Team not found: nope'],
    [{ scope: 'customer', scopeId: 'nope' }, 'input.scopeId', 'Customer not found: nope'],
    [{ scope: 'virtual_key', scopeId: 'nope' }, 'input.scopeId', 'Virtual key not found: nope'],
    [{ celExpression: 'tier == "pro"' }, 'input.celExpression', 'invalid CEL expression: Unknown variable: tier'],
    [{ celExpression: 'model' }, 'input.celExpression', 'invalid CEL expression: expression must return bool, got string'],
  ] as Array<[Partial<CreateRoutingRuleInput>, string, string]>)('rejects %j naming %s and creates nothing', async (input, field, message) => {
    const result = await t.gql(CreateRoutingRule, { input: { name: 'r', targets: oneTarget, ...input } });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(result.data).toBeNull();
    expect(await ruleCount()).toBe(0);
  });

  describe('update semantics', () => {
    async function seeded() {
      return create({
        name: 'orig',
        description: 'd',
        celExpression: "provider == 'openai'",
        targets: [{ provider: 'openai', weight: 0.5 }, { provider: 'azure', weight: 0.5 }],
        fallbacks: ['openai/gpt-4o-mini'],
        scope: 'team',
        scopeId: 'team-1',
        priority: 2,
        query: { q: 1 },
      });
    }

    it('keeps absent and null fields, ignores name "" and scope ""', async () => {
      const before = await seeded();
      t.clock.advance(60_000);
      const { updateRoutingRule } = await t.gqlOk(UpdateRoutingRule, {
        id: before.id,
        input: { name: '', scope: '', description: null, targets: null, enabled: false },
      });
      const { createdAt: _c, configHash: _h, updatedAt: _u, ...unchanged } = before;
      expect(updateRoutingRule).toEqual({ ...unchanged, enabled: false, updatedAt: '2026-03-17T12:01:00.000Z' });
    });

    it('replaces every target when targets are sent', async () => {
      const before = await seeded();
      const { updateRoutingRule } = await t.gqlOk(UpdateRoutingRule, {
        id: before.id,
        input: { targets: [{ provider: 'anthropic', model: 'claude-3-5-sonnet', weight: 1 }] },
      });
      expect(updateRoutingRule.targets).toEqual([{ provider: 'anthropic', model: 'claude-3-5-sonnet', keyId: null, weight: 1 }]);
      expect(await t.database.db.selectFrom('routing_targets').selectAll().execute()).toHaveLength(1);
    });

    it('changes the other fields that are sent', async () => {
      const before = await seeded();
      const { updateRoutingRule } = await t.gqlOk(UpdateRoutingRule, {
        id: before.id,
        input: {
          name: 'renamed',
          description: '',
          chainRule: true,
          celExpression: '',
          fallbacks: [],
          scopeId: 'team-2',
          priority: -1,
          query: { q: 2 },
        },
      });
      expect(updateRoutingRule).toMatchObject({
        name: 'renamed',
        description: '',
        chainRule: true,
        celExpression: '',
        fallbacks: [],
        scope: 'team',
        scopeId: 'team-2',
        priority: -1,
        query: { q: 2 },
      });
    });

    it('clears the scope id when the rule becomes global', async () => {
      const before = await seeded();
      const { updateRoutingRule } = await t.gqlOk(UpdateRoutingRule, { id: before.id, input: { scope: 'global' } });
      expect(updateRoutingRule).toMatchObject({ scope: 'global', scopeId: null });
    });

    it('keeps the stored scope id when only the scope changes, and checks it against the new scope', async () => {
      const before = await seeded();
      const result = await t.gql(UpdateRoutingRule, { id: before.id, input: { scope: 'customer' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Customer not found: team-1',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.scopeId' },
      });
      const { updateRoutingRule } = await t.gqlOk(UpdateRoutingRule, { id: before.id, input: { scope: 'customer', scopeId: 'c1' } });
      expect(updateRoutingRule).toMatchObject({ scope: 'customer', scopeId: 'c1' });
    });

    it.each([
      [{ targets: [] }, 'input.targets', 'at least one routing target is required'],
      [{ targets: [{ provider: 'openai', weight: 0.5 }] }, 'input.targets', 'target weights must sum to 1, got 0.5000'],
      [{ scope: 'org' }, 'input.scope', 'invalid scope "org": must be one of: global, team, customer, virtual_key'],
      [{ scopeId: '' }, 'input.scopeId', 'scope_id field is required when scope is not global'],
      [{ celExpression: 'model +' }, 'input.celExpression', 'invalid CEL expression: Unexpected token: EOF'],
    ] as Array<[Record<string, unknown>, string, string]>)('rejects %j and changes nothing', async (input, field, message) => {
      const before = await seeded();
      const result = await t.gql(UpdateRoutingRule, { id: before.id, input: { name: 'changed', ...input } });
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      const after = await t.gqlOk(GetRoutingRule, { id: before.id });
      expect(after.routingRule).toEqual({
        id: before.id,
        name: 'orig',
        scope: 'team',
        scopeId: 'team-1',
        targets: [{ provider: 'openai', weight: 0.5 }, { provider: 'azure', weight: 0.5 }],
      });
    });

    it('checks the owner of a changed scope only', async () => {
      const before = await seeded();
      const unknown = await t.gql(UpdateRoutingRule, { id: before.id, input: { scopeId: 'nope' } });
      expect(unknown.errors?.[0]).toMatchObject({
        message: 'Team not found: nope',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.scopeId' },
      });
      await t.database.db.deleteFrom('teams').where('id', '=', 'team-1').execute();
      const { updateRoutingRule } = await t.gqlOk(UpdateRoutingRule, { id: before.id, input: { name: 'still editable' } });
      expect(updateRoutingRule).toMatchObject({ name: 'still editable', scope: 'team', scopeId: 'team-1' });
    });

    it('needs a scope id once a global rule gets another scope', async () => {
      const rule = await create();
      const result = await t.gql(UpdateRoutingRule, { id: rule.id, input: { scope: 'virtual_key' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'scope_id field is required when scope is not global',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.scopeId' },
      });
      const { updateRoutingRule } = await t.gqlOk(UpdateRoutingRule, { id: rule.id, input: { scope: 'virtual_key', scopeId: 'vk-1' } });
      expect(updateRoutingRule).toMatchObject({ scope: 'virtual_key', scopeId: 'vk-1' });
    });
  });

  it('answers NOT_FOUND for unknown ids on update and delete, null on read', async () => {
    const update = await t.gql(UpdateRoutingRule, { id: 'missing', input: { name: 'x' } });
    expect(update.errors?.[0]).toMatchObject({ message: 'Routing rule not found', extensions: { code: 'NOT_FOUND' } });
    const del = await t.gql(DeleteRoutingRule, { id: 'missing' });
    expect(del.errors?.[0]).toMatchObject({ message: 'Routing rule not found', extensions: { code: 'NOT_FOUND' } });
    expect((await t.gqlOk(GetRoutingRule, { id: 'missing' })).routingRule).toBeNull();
  });

  it('deletes the rule with its targets', async () => {
    const rule = await create({ targets: [{ provider: 'openai', weight: 0.5 }, { provider: 'azure', weight: 0.5 }] });
    expect((await t.gqlOk(DeleteRoutingRule, { id: rule.id })).deleteRoutingRule).toBe(rule.id);
    expect(await ruleCount()).toBe(0);
    const again = await t.gql(DeleteRoutingRule, { id: rule.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists in creation order with filters and cursors', async () => {
    await create({ name: 'Alpha' });
    t.clock.advance(1000);
    await create({ name: 'Beta', scope: 'team', scopeId: 't1' });
    t.clock.advance(1000);
    await create({ name: 'Gamma', scope: 'team', scopeId: 't2', enabled: false });
    t.clock.advance(1000);
    await create({ name: 'alphabet', scope: 'customer', scopeId: 'c1' });

    const first = await t.gqlOk(ListRoutingRules, { first: 2 });
    expect(first.routingRules.edges.map((e) => e.node.name)).toEqual(['Alpha', 'Beta']);
    expect(first.routingRules).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await t.gqlOk(ListRoutingRules, { first: 2, after: first.routingRules.pageInfo.endCursor });
    expect(second.routingRules.edges.map((e) => e.node.name)).toEqual(['Gamma', 'alphabet']);

    const names = async (variables: ListRoutingRulesQueryVariables) =>
      (await t.gqlOk(ListRoutingRules, variables)).routingRules.edges.map((e) => e.node.name);
    expect(await names({ scope: 'team' })).toEqual(['Beta', 'Gamma']);
    expect(await names({ scopeId: 't2' })).toEqual(['Gamma']);
    expect(await names({ enabled: false })).toEqual(['Gamma']);
    expect(await names({ enabled: true, scope: 'team' })).toEqual(['Beta']);
    expect(await names({ search: 'ALPHA' })).toEqual(['Alpha', 'alphabet']);
  });

  it('loads the targets of a whole page in one statement', async () => {
    for (const name of ['a', 'b', 'c', 'd']) {
      await create({ name, targets: [{ provider: 'openai', weight: 0.5 }, { provider: 'azure', weight: 0.5 }] });
    }
    t.resetStatements();
    const list = await t.gqlOk(ListRoutingRules, {});
    expect(list.routingRules.edges.map((e) => e.node.targets.map((target) => target.provider))).toEqual(
      Array.from({ length: 4 }, () => ['openai', 'azure']),
    );
    // The page, its total count, and one statement for every rule's targets.
    expect(t.statements).toHaveLength(3);
  });

  it('lists the rules a request would try in evaluation order', async () => {
    await create({ name: 'global-5', priority: 5 });
    await create({ name: 'global-1', priority: 1 });
    await create({ name: 'customer', scope: 'customer', scopeId: 'c1' });
    await create({ name: 'team', scope: 'team', scopeId: 't1', priority: 9 });
    await create({ name: 'vk', scope: 'virtual_key', scopeId: 'vk1', priority: 50 });
    await create({ name: 'other-vk', scope: 'virtual_key', scopeId: 'vk2' });
    await create({ name: 'disabled', enabled: false });

    const all = await t.gqlOk(RoutingRulesForRequest, { virtualKeyId: 'vk1', teamId: 't1', customerId: 'c1' });
    expect(all.routingRulesForRequest.map((r) => r.name)).toEqual(['vk', 'team', 'customer', 'global-1', 'global-5']);
    const anonymous = await t.gqlOk(RoutingRulesForRequest, {});
    expect(anonymous.routingRulesForRequest.map((r) => r.name)).toEqual(['global-1', 'global-5']);
  });
});
