// GET /metrics: Prometheus text for the admin token or METRICS_TOKEN; requests by GraphQL
// operation and REST route pattern with latency, usage events, admission decisions, live
// subscriptions and sockets, SQLITE_BUSY errors; one registry per app.
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';
import { rest } from '../helpers/rest.js';
import { addBudget, addTree } from '../helpers/usage-fixture.js';
import { collect, wsClient } from '../helpers/ws-client.js';

const METRICS_TOKEN = 'scrape-token';

async function scrape(t: TestApp, token: string | null = ADMIN_TOKEN): Promise<Response> {
  return t.app.fetch('http://test/metrics', { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
}

/** The value of one sample in Prometheus text, matched by name and (a subset of) its labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function metricsText(t: TestApp): Promise<string> {
  const response = await scrape(t);
  expect(response.status).toBe(200);
  return response.text();
}

function graphql(t: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}`, ...headers },
    body: JSON.stringify(body),
  });
}

describe('metrics', () => {
  const apps: TestApp[] = [];
  const open = async (options: Parameters<typeof makeTestApp>[0] = {}) => {
    const t = await makeTestApp(options);
    apps.push(t);
    return t;
  };
  afterEach(async () => {
    for (const t of apps.splice(0)) await t.close();
  });

  it('are served to the admin token or METRICS_TOKEN only, as Prometheus text', async () => {
    const t = await open({ app: { metricsToken: METRICS_TOKEN } });
    expect((await scrape(t, null)).status).toBe(401);
    expect((await scrape(t, 'wrong')).status).toBe(401);
    expect((await scrape(t, 'sk-bf-some-virtual-key')).status).toBe(403);
    for (const token of [ADMIN_TOKEN, METRICS_TOKEN]) {
      const response = await scrape(t, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(await response.text()).toContain('# TYPE governance_graphql_requests_total counter');
    }
    // The metrics token opens /metrics, nothing else.
    const management = await graphql(t, { query: '{ customers { totalCount } }' }, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(management.status).toBe(401);
  });

  it('count GraphQL requests by operation name and REST requests by route pattern, and time them', async () => {
    const t = await open({ app: { maxBodyBytes: 4096 } });
    for (let i = 0; i < 2; i += 1) await graphql(t, { query: 'query ListAll { customers { totalCount } }', operationName: 'ListAll' });
    await graphql(t, { query: 'query NamedInDocument { __typename }' });
    await graphql(t, { query: '{ __typename }' });
    await graphql(t, [{ query: 'query A { __typename }' }, { query: 'query B { __typename }' }]);
    const tooDeep = `query TooDeep { customers { edges { node { ${'teams { customer { '.repeat(5)}name${' } }'.repeat(5)} } } } }`;
    await graphql(t, { query: tooDeep }, {
      accept: 'application/graphql-response+json',
    });
    const created = await rest(t, 'POST', '/customers', { name: 'Acme' });
    const id = created.body.customer.id as string;
    await rest(t, 'PUT', `/customers/${id}`, { name: 'Acme 2' });
    await rest(t, 'GET', '/customers/unknown-id');
    await rest(t, 'PUT', `/customers/${id}`, { name: 'x'.repeat(5000) });
    await rest(t, 'GET', '/no-such-thing');
    await rest(t, 'GET', '/virtual-keys/quota', undefined, null);

    const text = await metricsText(t);
    const graphqlCount = (operation: string, status = '200') => sample(text, 'governance_graphql_requests_total', { operation, status });
    expect(graphqlCount('ListAll')).toBe(2);
    expect(graphqlCount('NamedInDocument')).toBe(1);
    expect(graphqlCount('anonymous')).toBe(1);
    expect(graphqlCount('batch')).toBe(1);
    expect(graphqlCount('TooDeep', '400')).toBe(1);
    expect(sample(text, 'governance_graphql_request_duration_seconds_count', { operation: 'ListAll' })).toBe(2);
    expect(sample(text, 'governance_graphql_request_duration_seconds_bucket', { operation: 'ListAll', le: '+Inf' })).toBe(2);

    const restCount = (method: string, route: string, status: string) =>
      sample(text, 'governance_rest_requests_total', { method, route: `/api/governance${route}`, status });
    expect(restCount('POST', '/customers', '200')).toBe(1);
    expect(restCount('PUT', '/customers/{customer_id}', '200')).toBe(1);
    expect(restCount('GET', '/customers/{customer_id}', '404')).toBe(1);
    expect(restCount('PUT', '/customers/{customer_id}', '413')).toBe(1);
    expect(restCount('GET', '/virtual-keys/quota', '401')).toBe(1);
    expect(sample(text, 'governance_rest_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    // Timed, except the 413 refused before the metrics saw it.
    expect(sample(text, 'governance_rest_request_duration_seconds_count', { method: 'PUT', route: '/api/governance/customers/{customer_id}' })).toBe(1);
    // Route patterns, never raw paths: no id becomes a label.
    expect(text).not.toContain(id);
    expect(text).not.toContain('unknown-id');
  });

  it('bound the operation-name labels: odd names and names past the first 200 count as "other"', async () => {
    const t = await open();
    await graphql(t, { query: '{ __typename }', operationName: ['not', 'a', 'name'] });
    for (let i = 0; i < 205; i += 1) await graphql(t, { query: `query Op${i} { __typename }` });
    const text = await metricsText(t);
    expect(sample(text, 'governance_graphql_requests_total', { operation: 'Op199' })).toBe(1);
    expect(sample(text, 'governance_graphql_requests_total', { operation: 'Op200' })).toBeUndefined();
    // The array operationName: a 400, labelled "other" (5 of the Op names went there too).
    expect(sample(text, 'governance_graphql_requests_total', { operation: 'other', status: '400' })).toBe(1);
    expect(sample(text, 'governance_graphql_requests_total', { operation: 'other', status: '200' })).toBe(5);
  });

  it('take operation names from the admin only: callers without valid credentials cannot use up the labels', async () => {
    const t = await open();
    for (let i = 0; i < 205; i += 1) {
      await graphql(t, { query: `query Anon${i} { __typename }` }, { authorization: '' });
      await graphql(t, { query: `query Wrong${i} { __typename }`, operationName: `Wrong${i}` }, { authorization: 'Bearer wrong' });
      await graphql(t, { query: `query Key${i} { __typename }` }, { authorization: 'Bearer sk-bf-made-up' });
    }
    await graphql(t, { query: 'query AdminOp { __typename }' });
    const text = await metricsText(t);
    expect(sample(text, 'governance_graphql_requests_total', { operation: 'AdminOp', status: '200' })).toBe(1);
    expect(sample(text, 'governance_graphql_requests_total', { operation: 'unauthenticated', status: '401' })).toBe(410);
    expect(sample(text, 'governance_graphql_requests_total', { operation: 'virtual_key' })).toBe(205);
    expect(text).not.toMatch(/operation="(Anon|Wrong|Key)\d+"/);
  });

  it('count recorded usage events and admission decisions, from REST and GraphQL alike', async () => {
    const t = await open();
    const tree = await addTree(t.database.db, 'a');
    const before = await metricsText(t);
    // Every decision and outcome is a series from the start.
    expect(sample(before, 'governance_admission_decisions_total', { decision: 'budget_exceeded' })).toBe(0);
    expect(sample(before, 'governance_usage_events_total', { outcome: 'accepted' })).toBe(0);
    const event = (key: string) => ({
      idempotency_key: key, virtual_key: tree.vkValue, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion',
      input_tokens: 1, output_tokens: 1, cost: 1,
    });
    expect((await rest(t, 'POST', '/usage', { events: [event('e1'), event('e2')] })).status).toBe(200);
    const unattributable = { ...event('e4'), virtual_key: 'sk-bf-unknown' };
    expect((await rest(t, 'POST', '/usage', { events: [event('e2'), event('e3'), unattributable] })).body).toMatchObject({
      accepted: 1,
      duplicates: 1,
      rejected: [{ index: 2 }],
    });
    const check = (virtualKey: string) =>
      rest(t, 'POST', '/usage/check', { virtual_key: virtualKey, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion' });
    await check(tree.vkValue);
    await check('sk-bf-unknown');
    await graphql(t, {
      query: 'mutation ($input: AdmissionInput!) { checkAdmission(input: $input) { decision } }',
      variables: { input: { virtualKey: tree.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion' } },
    });
    const text = await metricsText(t);
    expect(sample(text, 'governance_usage_events_total', { outcome: 'accepted' })).toBe(3);
    expect(sample(text, 'governance_usage_events_total', { outcome: 'duplicate' })).toBe(1);
    expect(sample(text, 'governance_usage_events_total', { outcome: 'rejected' })).toBe(1);
    expect(sample(text, 'governance_admission_decisions_total', { decision: 'allow' })).toBe(2);
    expect(sample(text, 'governance_admission_decisions_total', { decision: 'virtual_key_not_found' })).toBe(1);
  });

  it('gauge live subscriptions and WebSocket connections at scrape time', async () => {
    const t = await open();
    const port = await t.app.start(0);
    const tree = await addTree(t.database.db, 'a');
    await addBudget(t.database.db, 'virtual_key_id', tree.vkId, 10);
    expect(sample(await metricsText(t), 'governance_active_subscriptions')).toBe(0);
    const client = wsClient(`ws://127.0.0.1:${port}/graphql`, `Bearer ${ADMIN_TOKEN}`);
    try {
      collect(client, 'subscription { budgetUsage { kind } }');
      for (let i = 0; i < 100 && t.app.pubsub.activeSubscriptions() === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
      const text = await metricsText(t);
      expect(sample(text, 'governance_active_subscriptions')).toBe(1);
      expect(sample(text, 'governance_websocket_connections')).toBe(1);
    } finally {
      await client.dispose();
    }
  });

  it('count SQLITE_BUSY errors of requests (a series at 0 until the first one)', async () => {
    const t = await open();
    expect(sample(await metricsText(t), 'governance_sqlite_busy_errors_total', { source: 'request' })).toBe(0);
    // Another process holds the write lock past our (shortened) busy timeout.
    t.database.sqlite.pragma('busy_timeout = 20');
    const other = new SQLite(t.database.sqlite.name);
    try {
      other.exec('begin immediate');
      const refused = await graphql(t, { query: 'mutation { createCustomer(input: { name: "Locked" }) { id } }' });
      expect(JSON.stringify(await refused.json())).not.toContain('SQLITE_BUSY');
      expect((await rest(t, 'POST', '/customers', { name: 'Locked' })).status).toBe(500);
      other.exec('rollback');
    } finally {
      other.close();
    }
    expect(sample(await metricsText(t), 'governance_sqlite_busy_errors_total', { source: 'request' })).toBe(2);
    expect((await rest(t, 'POST', '/customers', { name: 'Unlocked' })).status).toBe(200);
  });

  it('count SQLITE_BUSY errors of the reset sweep apart', async () => {
    const t = await open();
    t.database.sqlite.pragma('busy_timeout = 20');
    const other = new SQLite(t.database.sqlite.name);
    const busy = async () => sample(await metricsText(t), 'governance_sqlite_busy_errors_total', { source: 'sweep' });
    try {
      expect(await busy()).toBe(0);
      other.exec('begin immediate');
      // The scheduler sweeps every second once the app listens.
      await t.app.start(0);
      for (let i = 0; i < 60 && (await busy()) === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(await busy()).toBeGreaterThan(0);
      expect(sample(await metricsText(t), 'governance_sqlite_busy_errors_total', { source: 'request' })).toBe(0);
    } finally {
      other.exec('rollback');
      other.close();
    }
  });

  it('keep one registry per app: two apps in one process count apart', async () => {
    const [a, b] = [await open(), await open()];
    await graphql(a, { query: 'query OnlyA { __typename }' });
    expect(sample(await metricsText(a), 'governance_graphql_requests_total', { operation: 'OnlyA' })).toBe(1);
    expect(sample(await metricsText(b), 'governance_graphql_requests_total', { operation: 'OnlyA' })).toBeUndefined();
  });
});
