import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const RuleNames = graphql(`
  query RestCheckRoutingRules {
    routingRules { totalCount edges { node { id name priority targets { provider weight } } } }
  }
`);

const CreateRuleViaGraphql = graphql(`
  mutation RestSeedRoutingRule($input: CreateRoutingRuleInput!) {
    createRoutingRule(input: $input) { id }
  }
`);

const T0 = '2026-03-17T12:00:00.000Z';

const ruleBody = {
  name: 'to-openai',
  cel_expression: "model == 'gpt-4o'",
  targets: [
    { provider: 'openai', model: 'gpt-4o-mini', weight: 0.7 },
    { provider: 'azure', weight: 0.3 },
  ],
};

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

async function createRule(body: Record<string, unknown> = ruleBody) {
  // Lists are in creation order; the fixed clock would otherwise leave it to the random ids.
  t.clock.advance(1000);
  const response = await rest(t, 'POST', '/routing-rules', body);
  expect(response.status).toBe(200);
  return response.body.rule as { id: string };
}

async function ruleCount(): Promise<number> {
  return (await t.gqlOk(RuleNames)).routingRules.totalCount;
}

describe('POST /routing-rules', () => {
  it('creates a rule with Bifrost defaults and every field snake_cased', async () => {
    const response = await rest(t, 'POST', '/routing-rules', ruleBody);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      message: 'Routing rule created successfully',
      rule: {
        id: expect.any(String),
        name: 'to-openai',
        description: '',
        enabled: true,
        chain_rule: false,
        cel_expression: "model == 'gpt-4o'",
        targets: [
          { provider: 'openai', model: 'gpt-4o-mini', key_id: null, weight: 0.7 },
          { provider: 'azure', model: null, key_id: null, weight: 0.3 },
        ],
        fallbacks: [],
        scope: 'global',
        scope_id: null,
        priority: 0,
        query: null,
        config_hash: null,
        created_at: T0,
        updated_at: T0,
      },
    });
  });

  it('keeps query trees and fallbacks as sent', async () => {
    const query = { combinator: 'and', rules: [{ field: 'model', operator: '=', value: 'gpt-4o' }] };
    const rule = await createRule({ ...ruleBody, query, fallbacks: ['anthropic/claude-3-5-sonnet'], chain_rule: true });
    expect(rule).toMatchObject({ query, fallbacks: ['anthropic/claude-3-5-sonnet'], chain_rule: true });
  });

  it('rejects weights that do not sum to 1 (scenario 34)', async () => {
    const response = await rest(t, 'POST', '/routing-rules', {
      name: 'r',
      cel_expression: "model == 'gpt-4o'",
      targets: [
        { provider: 'openai', weight: 0.7 },
        { provider: 'azure', weight: 0.2 },
      ],
    });
    expect(response).toEqual({
      status: 400,
      body: {
        error: { message: 'target weights must sum to 1, got 0.9000', param: 'targets' },
        is_bifrost_error: false,
        status_code: 400,
      },
    });
    expect(await ruleCount()).toBe(0);
  });

  it('needs a scope id unless global, and drops it for global rules (scenario 35)', async () => {
    const missing = await rest(t, 'POST', '/routing-rules', { ...ruleBody, scope: 'team' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toEqual({ message: 'scope_id field is required when scope is not global', param: 'scope_id' });

    const global = await rest(t, 'POST', '/routing-rules', { ...ruleBody, scope: 'global', scope_id: 'x' });
    expect(global.status).toBe(200);
    expect(global.body.rule).toMatchObject({ scope: 'global', scope_id: null });
    expect(await ruleCount()).toBe(1);
  });

  it('rejects a key id without a provider (scenario 36)', async () => {
    const response = await rest(t, 'POST', '/routing-rules', { name: 'r', targets: [{ key_id: 'k1', weight: 1 }] });
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({ message: 'key_id requires provider to be set', param: 'targets.0.key_id' });
  });

  it.each([
    ['a missing name', { targets: ruleBody.targets }, 'name field is required'],
    ['a blank name', { ...ruleBody, name: '  ' }, 'name field is required'],
    ['missing targets', { name: 'r' }, 'at least one target is required'],
    ['empty targets', { name: 'r', targets: [] }, 'at least one target is required'],
    ['a target without weight', { name: 'r', targets: [{ provider: 'openai' }] }, 'each target weight must be positive'],
    ['a zero weight', { name: 'r', targets: [{ provider: 'openai', weight: 0 }] }, 'each target weight must be positive'],
    [
      'a duplicate target',
      { name: 'r', targets: [{ provider: 'OpenAI', model: 'gpt-4o', weight: 0.5 }, { provider: 'openai', model: 'GPT-4o', weight: 0.5 }] },
      'duplicate target entry: provider="openai" model="gpt-4o" key_id=""',
    ],
    ['an unknown scope', { ...ruleBody, scope: 'org' }, 'invalid scope "org": must be one of: global, team, customer, virtual_key'],
  ])('rejects %s with Bifrost\'s message', async (_case, body, message) => {
    const response = await rest(t, 'POST', '/routing-rules', body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(message);
    expect(await ruleCount()).toBe(0);
  });

  it('rejects an expression that does not compile', async () => {
    const response = await rest(t, 'POST', '/routing-rules', { ...ruleBody, cel_expression: 'model ==' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^invalid CEL expression: /);
    expect(response.body.error.param).toBe('cel_expression');
  });

  it('answers bad JSON and wrong types with 400', async () => {
    const bad = await rest(t, 'POST', '/routing-rules', '{"name":');
    expect(bad).toEqual({
      status: 400,
      body: { error: { message: 'Invalid JSON' }, is_bifrost_error: false, status_code: 400 },
    });
    const wrongType = await rest(t, 'POST', '/routing-rules', { ...ruleBody, priority: 'high' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.param).toBe('priority');
    expect(await ruleCount()).toBe(0);
  });

  it('needs the scope owner to exist, and accepts an existing one', async () => {
    const unknown = await rest(t, 'POST', '/routing-rules', { ...ruleBody, scope: 'customer', scope_id: 'nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.param).toBe('scope_id');

    const customer = await rest(t, 'POST', '/customers', { name: 'Acme' });
    const rule = await createRule({ ...ruleBody, scope: 'customer', scope_id: customer.body.customer.id });
    expect(rule).toMatchObject({ scope: 'customer', scope_id: customer.body.customer.id });
  });
});

describe('GET /routing-rules', () => {
  it('lists every rule with the full-list envelope when no paging is asked', async () => {
    await createRule({ ...ruleBody, name: 'first' });
    await createRule({ ...ruleBody, name: 'second' });
    const response = await rest(t, 'GET', '/routing-rules?from_memory=true');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ count: 2, total_count: 2, limit: 2, offset: 0 });
    expect(response.body.rules.map((rule: { name: string }) => rule.name)).toEqual(['first', 'second']);
    expect(response.body.rules[0].targets).toHaveLength(2);
  });

  it('filters by scope and scope_id, searches names and pages', async () => {
    const customer = await rest(t, 'POST', '/customers', { name: 'Acme' });
    const customerId = customer.body.customer.id as string;
    await createRule({ ...ruleBody, name: 'Global A' });
    await createRule({ ...ruleBody, name: 'Global B' });
    await createRule({ ...ruleBody, name: 'Scoped', scope: 'customer', scope_id: customerId });

    const scoped = await rest(t, 'GET', `/routing-rules?scope=customer&scope_id=${customerId}`);
    expect(scoped.body.rules.map((rule: { name: string }) => rule.name)).toEqual(['Scoped']);

    const search = await rest(t, 'GET', '/routing-rules?search=global');
    expect(search.body).toMatchObject({ count: 2, total_count: 2, limit: 25, offset: 0 });

    const page = await rest(t, 'GET', '/routing-rules?limit=1&offset=1');
    expect(page.body).toMatchObject({ count: 1, total_count: 3, limit: 1, offset: 1 });
    expect(page.body.rules[0].name).toBe('Global B');
  });

  it('rejects bad paging parameters', async () => {
    const response = await rest(t, 'GET', '/routing-rules?limit=abc');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('Invalid limit parameter: must be a number');
  });
});

describe('GET /routing-rules/{rule_id}', () => {
  it('returns the rule, including one written through GraphQL', async () => {
    const { createRoutingRule } = await t.gqlOk(CreateRuleViaGraphql, {
      input: { name: 'from-graphql', targets: [{ provider: 'anthropic', weight: 1 }], priority: 3 },
    });
    const response = await rest(t, 'GET', `/routing-rules/${createRoutingRule.id}?from_memory=true`);
    expect(response.status).toBe(200);
    expect(response.body.rule).toMatchObject({
      id: createRoutingRule.id,
      name: 'from-graphql',
      priority: 3,
      targets: [{ provider: 'anthropic', model: null, key_id: null, weight: 1 }],
    });
  });

  it('answers 404 for an unknown id', async () => {
    const response = await rest(t, 'GET', '/routing-rules/nope');
    expect(response).toEqual({
      status: 404,
      body: { error: { message: 'Routing rule not found' }, is_bifrost_error: false, status_code: 404 },
    });
  });
});

describe('PUT /routing-rules/{rule_id}', () => {
  it('changes only what is sent; name "" and scope "" are ignored; null is absent', async () => {
    const rule = await createRule({ ...ruleBody, description: 'd', priority: 2 });
    t.clock.set('2026-03-18T00:00:00.000Z');
    const response = await rest(t, 'PUT', `/routing-rules/${rule.id}`, {
      name: '',
      scope: '',
      description: null,
      enabled: false,
      priority: 5,
    });
    expect(response.status).toBe(200);
    expect(response.body.message).toBe('Routing rule updated successfully');
    expect(response.body.rule).toMatchObject({
      id: rule.id,
      name: 'to-openai',
      description: 'd',
      enabled: false,
      scope: 'global',
      priority: 5,
      updated_at: '2026-03-18T00:00:00.000Z',
      targets: ruleBody.targets.map((target) => ({ model: null, ...target, key_id: null })),
    });
    const stored = await t.gqlOk(RuleNames);
    expect(stored.routingRules.edges[0]!.node).toMatchObject({ name: 'to-openai', priority: 5 });
  });

  it('replaces all targets when targets are sent', async () => {
    const rule = await createRule();
    const response = await rest(t, 'PUT', `/routing-rules/${rule.id}`, {
      targets: [{ provider: 'gemini', model: 'gemini-2.0-flash', weight: 1 }],
    });
    expect(response.status).toBe(200);
    expect(response.body.rule.targets).toEqual([{ provider: 'gemini', model: 'gemini-2.0-flash', key_id: null, weight: 1 }]);
  });

  it('moves a rule to global, clearing its scope id', async () => {
    const customer = await rest(t, 'POST', '/customers', { name: 'Acme' });
    const rule = await createRule({ ...ruleBody, scope: 'customer', scope_id: customer.body.customer.id });
    const response = await rest(t, 'PUT', `/routing-rules/${rule.id}`, { scope: 'global' });
    expect(response.body.rule).toMatchObject({ scope: 'global', scope_id: null });
  });

  it('rejects invalid merges and changes nothing', async () => {
    const rule = await createRule();
    const before = await rest(t, 'GET', `/routing-rules/${rule.id}`);

    const empty = await rest(t, 'PUT', `/routing-rules/${rule.id}`, { name: 'renamed', targets: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('at least one routing target is required');

    const noScopeId = await rest(t, 'PUT', `/routing-rules/${rule.id}`, { name: 'renamed', scope: 'team' });
    expect(noScopeId.status).toBe(400);
    expect(noScopeId.body.error.message).toBe('scope_id field is required when scope is not global');

    const weights = await rest(t, 'PUT', `/routing-rules/${rule.id}`, { targets: [{ provider: 'openai', weight: 0.5 }] });
    expect(weights.body.error.message).toBe('target weights must sum to 1, got 0.5000');

    const badJson = await rest(t, 'PUT', `/routing-rules/${rule.id}`, '{');
    expect(badJson.body.error.message).toBe('Invalid JSON');

    const wrongType = await rest(t, 'PUT', `/routing-rules/${rule.id}`, { enabled: 'yes' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.param).toBe('enabled');

    expect(await rest(t, 'GET', `/routing-rules/${rule.id}`)).toEqual(before);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await rest(t, 'PUT', '/routing-rules/nope', { name: 'x' });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('Routing rule not found');
  });
});

describe('DELETE /routing-rules/{rule_id}', () => {
  it('deletes the rule, then answers 404', async () => {
    const rule = await createRule();
    const response = await rest(t, 'DELETE', `/routing-rules/${rule.id}`);
    expect(response).toEqual({ status: 200, body: { message: 'Routing rule deleted successfully' } });
    expect(await ruleCount()).toBe(0);

    const again = await rest(t, 'DELETE', `/routing-rules/${rule.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('Routing rule not found');
  });
});
