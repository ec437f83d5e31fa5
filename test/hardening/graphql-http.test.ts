// GraphQL over HTTP conformance: graphql-http's server audits against the real listening server,
// as the admin. Every audit passes, MAY included: CSRF prevention lets a request carrying
// Authorization through, bare GETs included (the README's "Security and limits" says so).
import { type AuditResult, serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';

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

  async function audit(): Promise<AuditResult[]> {
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${ADMIN_TOKEN}`);
      return fetch(input, { ...init, headers });
    };
    const results: AuditResult[] = [];
    for (const { fn } of serverAudits({ url, fetchFn })) results.push(await fn());
    return results;
  }

  it('passes every audit: MUST, SHOULD and MAY', async () => {
    const results = await audit();
    expect(results.filter((r) => r.name.startsWith('MUST ')).length).toBeGreaterThan(10);
    expect(results.filter((r) => r.name.startsWith('MAY ')).length).toBeGreaterThan(10);
    const failures = results.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
  });
});
