// Every endpoint of the spec's §2 tables (and §9.1/§9.2) is routed: the router itself never answers
// 404 "Not found" or 405 for them. Unknown ids are fine: a domain 404 ("Team not found") is not the router's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const ENDPOINTS: Array<[method: string, path: string]> = [
  // §2.1 virtual keys
  ['GET', '/virtual-keys'],
  ['POST', '/virtual-keys'],
  ['GET', `/virtual-keys/${UNKNOWN}`],
  ['PUT', `/virtual-keys/${UNKNOWN}`],
  ['DELETE', `/virtual-keys/${UNKNOWN}`],
  ['GET', '/virtual-keys/quota'],
  // §2.2 teams
  ['GET', '/teams'],
  ['POST', '/teams'],
  ['GET', `/teams/${UNKNOWN}`],
  ['PUT', `/teams/${UNKNOWN}`],
  ['DELETE', `/teams/${UNKNOWN}`],
  // §2.3 customers
  ['GET', '/customers'],
  ['POST', '/customers'],
  ['GET', `/customers/${UNKNOWN}`],
  ['PUT', `/customers/${UNKNOWN}`],
  ['DELETE', `/customers/${UNKNOWN}`],
  // §2.4 budgets and rate limits
  ['GET', '/budgets'],
  ['GET', '/rate-limits'],
  // §2.5 model configs
  ['GET', '/model-configs'],
  ['POST', '/model-configs'],
  ['GET', `/model-configs/${UNKNOWN}`],
  ['PUT', `/model-configs/${UNKNOWN}`],
  ['DELETE', `/model-configs/${UNKNOWN}`],
  // §2.6 provider governance, §9.1 providers and their keys
  ['GET', '/providers'],
  ['PUT', '/providers/notaprovider'],
  ['DELETE', '/providers/notaprovider'],
  ['POST', '/providers'],
  ['GET', '/providers/notaprovider/keys'],
  // §2.7 routing rules
  ['GET', '/routing-rules'],
  ['POST', '/routing-rules'],
  ['GET', `/routing-rules/${UNKNOWN}`],
  ['PUT', `/routing-rules/${UNKNOWN}`],
  ['DELETE', `/routing-rules/${UNKNOWN}`],
  // §2.8 pricing overrides (GET by id: decision)
  ['GET', '/pricing-overrides'],
  ['POST', '/pricing-overrides'],
  ['GET', `/pricing-overrides/${UNKNOWN}`],
  ['PUT', `/pricing-overrides/${UNKNOWN}`],
  ['DELETE', `/pricing-overrides/${UNKNOWN}`],
  // §2.9 business units
  ['GET', '/business-units'],
  ['POST', '/business-units'],
  ['GET', `/business-units/${UNKNOWN}`],
  ['PUT', `/business-units/${UNKNOWN}`],
  ['PATCH', `/business-units/${UNKNOWN}`],
  ['DELETE', `/business-units/${UNKNOWN}`],
  ['PUT', `/business-units/${UNKNOWN}/governance`],
  // §9.2 usage
  ['POST', '/usage'],
  ['POST', '/usage/check'],
];

/** The router's own refusals, as opposed to an answer from a route. */
const unrouted = ({ status, body }: { status: number; body: { error?: { message?: string } } | undefined }) =>
  status === 405 || (status === 404 && body?.error?.message === 'Not found');

describe('REST route table', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells the router\'s refusals apart from route answers', async () => {
    expect(unrouted(await rest(t, 'GET', '/no-such-endpoint'))).toBe(true);
    expect(unrouted(await rest(t, 'PATCH', '/teams'))).toBe(true);
    expect(unrouted(await rest(t, 'GET', `/teams/${UNKNOWN}`))).toBe(false);
  });

  it('answers 400, not 500, for a path parameter with malformed percent-encoding', async () => {
    for (const [method, path] of [['GET', '/teams/%E0%A4%A'], ['DELETE', '/virtual-keys/%'], ['PUT', '/customers/%zz']]) {
      const response = await rest(t, method!, path!, method === 'PUT' ? {} : undefined);
      expect(response.status, `${method} ${path}`).toBe(400);
      expect(response.body.error.message).toMatch(/malformed percent-encoding/);
    }
  });

  it.each(ENDPOINTS)('routes %s %s', async (method, path) => {
    const body = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
    const response = await rest(t, method, path, body);
    expect(unrouted(response), `${method} ${path} answered ${response.status} ${JSON.stringify(response.body)}`).toBe(false);
    expect(response.status).toBeLessThan(500);
  });
});
