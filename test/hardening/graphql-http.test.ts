// GraphQL over HTTP conformance: graphql-http's server audits against the real listening server,
// as the admin. Every MUST passes; the SHOULD and MAY results are pinned here, and the README
// ("Security and limits") lists them.
import { type AuditResult, serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';

/** MAY audits sending a bare GET: CSRF prevention refuses those (403) unless x-graphql-yoga-csrf is set. */
const REFUSED_BY_CSRF_PREVENTION = ['5A70', '6A70', 'D6D5'];

describe('graphql-http server audits', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await makeTestApp();
    url = `http://127.0.0.1:${await t.app.start(0)}/graphql`;
  });
  afterAll(async () => {
    await t.close();
  });

  async function audit(extraHeaders: Record<string, string> = {}): Promise<AuditResult[]> {
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${ADMIN_TOKEN}`);
      for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
      return fetch(input, { ...init, headers });
    };
    const results: AuditResult[] = [];
    for (const { fn } of serverAudits({ url, fetchFn })) results.push(await fn());
    return results;
  }

  const failures = (results: AuditResult[], level: string) =>
    results.filter((r) => r.name.startsWith(`${level} `) && r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);

  it('passes every MUST and every SHOULD; the only MAY misses are GETs refused by CSRF prevention', async () => {
    const results = await audit();
    expect(results.filter((r) => r.name.startsWith('MUST ')).length).toBeGreaterThan(10);
    expect(failures(results, 'MUST')).toEqual([]);
    expect(failures(results, 'SHOULD')).toEqual([]);
    const mayMisses = results.filter((r) => r.name.startsWith('MAY ') && r.status !== 'ok');
    expect(mayMisses.map((r) => r.id).sort()).toEqual(REFUSED_BY_CSRF_PREVENTION);
    for (const miss of mayMisses) expect('response' in miss && miss.response.status).toBe(403);
  });

  it('passes every audit, MAY included, for a client that sends the CSRF header', async () => {
    const results = await audit({ 'x-graphql-yoga-csrf': '1' });
    expect(results.filter((r) => r.status !== 'ok').map((r) => r.id)).toEqual([]);
  });
});
