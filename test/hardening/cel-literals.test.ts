// Routing-rule conditions whose literals could never work are refused on write, naming
// cel_expression, on REST and GraphQL alike, and change nothing: a `matches` pattern that is not a
// valid regular expression, and an integer literal beyond int64.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { snapshotDatabase } from '../helpers/fuzz.js';
import { rest } from '../helpers/rest.js';

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

const rule = (cel_expression: string) => ({ name: 'r', targets: [{ provider: 'openai', weight: 1 }], cel_expression });

const REFUSED: Array<[string, string]> = [
  ['model.matches("gpt-(4o")', 'invalid CEL expression: invalid regular expression in matches(): "gpt-(4o"'],
  ['size(model) > 9223372036854775808', 'invalid CEL expression: integer literal out of int64 range: 9223372036854775808'],
];

describe('CEL literals on REST', () => {
  it.each(REFUSED)('refuses %j on create and update', async (expression, message) => {
    const created = await rest(t, 'POST', '/routing-rules', rule('model.matches("^gpt-4o$")'));
    expect(created.status).toBe(200);
    const before = snapshotDatabase(t);
    for (const [method, path, body] of [
      ['POST', '/routing-rules', rule(expression)],
      ['PUT', `/routing-rules/${created.body.rule.id}`, { cel_expression: expression }],
    ] as const) {
      const response = await rest(t, method, path, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toEqual({ message, param: 'cel_expression' });
    }
    expect(snapshotDatabase(t)).toBe(before);
  });
});

describe('CEL literals on GraphQL', () => {
  it('answers BAD_USER_INPUT naming input.celExpression', async () => {
    const create = parse('mutation ($input: CreateRoutingRuleInput!) { createRoutingRule(input: $input) { id } }');
    for (const [expression, message] of REFUSED) {
      const { errors } = await t.gql(create, { input: { name: 'r', targets: [{ provider: 'openai', weight: 1 }], celExpression: expression } });
      expect(errors?.[0]?.message).toBe(message);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.celExpression' });
    }
    expect(await t.database.db.selectFrom('routing_rules').select('id').execute()).toEqual([]);
  });
});
