import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const CreateCustomer = graphql(`
  mutation AuthCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { id }
  }
`);

const ListCustomers = graphql(`
  query AuthListCustomers {
    customers { totalCount }
  }
`);

const Introspect = graphql(`
  query AuthIntrospect {
    __schema { queryType { name } }
  }
`);

describe('management auth', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it.each([
    ['no token', null, 401, 'UNAUTHENTICATED'],
    ['a wrong token', 'not-the-admin-token', 401, 'UNAUTHENTICATED'],
    ['a virtual key value', 'sk-bf-3f1c2a4e-0000-4000-8000-000000000000', 403, 'FORBIDDEN'],
  ])('refuses queries and mutations with %s, changing nothing', async (_label, token, status, code) => {
    const query = await t.gql(ListCustomers, {}, token);
    expect(query.status).toBe(status);
    expect(query.data ?? null).toBeNull();
    expect(query.errors?.[0]?.extensions?.code).toBe(code);

    const mutation = await t.gql(CreateCustomer, { input: { name: 'Intruder' } }, token);
    expect(mutation.status).toBe(status);
    expect(mutation.errors?.[0]?.extensions?.code).toBe(code);
    expect(await t.database.db.selectFrom('customers').selectAll().execute()).toEqual([]);
  });

  it('accepts the admin token', async () => {
    const result = await t.gql(CreateCustomer, { input: { name: 'Acme' } });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect((await t.gqlOk(ListCustomers, {})).customers.totalCount).toBe(1);
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'not-the-admin-token'],
  ])('answers 401 to every operation with %s, __typename, introspection and invalid documents included', async (_label, token) => {
    // An invalid document gets no validation errors either: they would describe the schema ("Did you mean …").
    for (const query of ['{ __typename }', '{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }', '{ customerz { nam } }']) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await t.app.fetch('http://test/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
      expect(response.status, query).toBe(401);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('lets the admin introspect the schema', async () => {
    const result = await t.gql(Introspect, {});
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });

  it('never leaks a stack trace', async () => {
    const response = await t.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-admin-token' },
      body: JSON.stringify({ query: 'mutation { deleteCustomer(id: "nope") }' }),
    });
    const text = await response.text();
    expect(text).toContain('NOT_FOUND');
    expect(text).not.toMatch(/stack|at .*\.ts:\d+/);
  });
});
