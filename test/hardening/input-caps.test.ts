// Input lists are capped at MAX_LIST_ITEMS: one item more is refused with a message and a field that
// name the list, on REST and GraphQL alike, and changes nothing; the cap itself is accepted.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS } from '../../src/domain/list-limits.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

let t: TestApp;

beforeEach(async () => {
  t = await makeTestApp();
});

afterEach(async () => {
  await t.close();
});

const names = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
const budgets = (count: number) => Array.from({ length: count }, (_, i) => ({ max_limit: 10, reset_duration: `${i + 1}h` }));

const rowCount = async (table: 'virtual_keys' | 'routing_rules') =>
  (await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('input list caps', () => {
  const cases = [
    {
      list: 'allowed_models',
      path: '/virtual-keys',
      table: 'virtual_keys',
      body: (count: number) => ({ name: 'k', provider_configs: [{ provider: 'openai', allowed_models: names(count, 'model') }] }),
      param: 'provider_configs.0.allowed_models',
    },
    {
      list: 'key_ids',
      path: '/virtual-keys',
      table: 'virtual_keys',
      body: (count: number) => ({ name: 'k', provider_configs: [{ provider: 'openai', key_ids: names(count, 'key') }] }),
      param: 'provider_configs.0.key_ids',
    },
    {
      list: 'budgets',
      path: '/virtual-keys',
      table: 'virtual_keys',
      body: (count: number) => ({ name: 'k', budgets: budgets(count) }),
      param: 'budgets',
    },
    {
      list: 'fallbacks',
      path: '/routing-rules',
      table: 'routing_rules',
      body: (count: number) => ({ name: 'r', targets: [{ provider: 'openai', weight: 1 }], fallbacks: names(count, 'openai/model') }),
      param: 'fallbacks',
    },
  ] as const;

  for (const { list, path, table, body, param } of cases) {
    it(`refuses ${list} past ${MAX_LIST_ITEMS} items, naming the field`, async () => {
      const before = await rowCount(table);
      const response = await rest(t, 'POST', path, body(MAX_LIST_ITEMS + 1));
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(`too many ${list}: at most ${MAX_LIST_ITEMS}`);
      expect(response.body.error.param).toBe(param);
      expect(await rowCount(table)).toBe(before);
    });
  }

  it('accepts a list of exactly the cap', async () => {
    const response = await rest(t, 'POST', '/virtual-keys', cases[0]!.body(MAX_LIST_ITEMS));
    expect(response.status).toBe(200);
    expect(response.body.virtual_key.provider_configs[0].allowed_models).toHaveLength(MAX_LIST_ITEMS);
  });

  it('answers GraphQL with BAD_USER_INPUT and the input path', async () => {
    const create = parse('mutation Create($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { id } }');
    const input = { name: 'k', providerConfigs: [{ provider: 'openai', keyIds: names(MAX_LIST_ITEMS + 1, 'key') }] };
    const { errors } = await t.gql(create, { input });
    expect(errors?.[0]?.message).toBe(`too many key_ids: at most ${MAX_LIST_ITEMS}`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.providerConfigs.0.keyIds' });
    expect(await rowCount('virtual_keys')).toBe(0);
  });
});
