// A document holding several operations runs the one the request names, whatever ran before it
// (compiled queries are remembered per document: a cache that ignored the operation name ran
// whichever was compiled first).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';

const DOCUMENT = `
  query Count { customers { totalCount } }
  mutation Make { createCustomer(input: { name: "Acme" }) { name } }
`;

describe('operation selection', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  async function run(operationName: string) {
    const response = await t.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: DOCUMENT, operationName }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  }

  it('runs the named operation of a multi-operation document, each time', async () => {
    expect((await run('Count')).data).toEqual({ customers: { totalCount: 0 } });
    expect((await run('Make')).data).toEqual({ createCustomer: { name: 'Acme' } });
    expect((await run('Count')).data).toEqual({ customers: { totalCount: 1 } });
    expect((await run('Make')).data).toEqual({ createCustomer: { name: 'Acme' } });
    expect((await run('Count')).data).toEqual({ customers: { totalCount: 2 } });
  });

  it('refuses an operation name the document does not hold', async () => {
    expect((await run('Count')).errors).toBeUndefined();
    const single = await t.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: 'query Count { customers { totalCount } }', operationName: 'Other' }),
    });
    const body = (await single.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/operation/);
  });
});
