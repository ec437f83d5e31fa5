// Request limits: graphql-armor's depth, cost, alias, directive and token limits (HTTP and
// graphql-ws), Yoga's batch limit, the body size cap on /graphql, REST and graphql-ws messages, CSRF prevention,
// the introspection switch, masked errors, and the environment that configures them.
import { getIntrospectionQuery, print } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/query-limits.js';
import { restRoutes } from '../../src/rest/routes/index.js';
import { BenchFullTreeDocument, NestedBudgetOwnersDocument, PkNestedDocument } from '../gql/graphql.js';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';
import { seedHierarchy } from '../helpers/hierarchy.js';
import { collect, wsClient } from '../helpers/ws-client.js';

interface Reply {
  status: number;
  contentType: string | null;
  // any: bodies here are GraphQL results, batches of them, or REST envelopes; each test asserts its own shape.
  body: any;
}

async function send(t: TestApp, path: string, init: RequestInit): Promise<Reply> {
  // A copy: the in-process Request writes Content-Length into the headers object it is given.
  const response = await t.app.fetch(`http://test${path}`, { ...init, headers: { ...(init.headers as Record<string, string>) } });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (GraphiQL's HTML): kept as text
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}

const JSON_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
  authorization: `Bearer ${ADMIN_TOKEN}`,
};

/** POSTs raw GraphQL (or a batch) as admin, asking for graphql-response+json (request errors are 400s). */
function post(t: TestApp, body: unknown, headers: Record<string, string> = JSON_HEADERS): Promise<Reply> {
  return send(t, '/graphql', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

const query = (text: string) => ({ query: text });
const messages = (reply: Reply): string[] => (reply.body.errors ?? []).map((e: { message: string }) => e.message);

/** customers › edges › node, then teams › customer › teams … down to a `name` leaf at `depth` (armor counts leaves). */
function deepQuery(depth: number): string {
  const chain = Array.from({ length: depth - 4 }, (_, i) => (i % 2 === 0 ? 'teams' : 'customer'));
  return `{ customers(first: 1) { edges { node { ${chain.map((field) => `${field} { `).join('')}name${' }'.repeat(chain.length)} } } } }`;
}

describe('query limits', () => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  it('let the deepest and costliest legitimate reads through, and GraphiQL introspection', async () => {
    t = await makeTestApp();
    seedHierarchy(t.database.sqlite, { customers: 2, teamsPerCustomer: 2, keysPerTeam: 2, configsPerKey: 2, providerKeysPerConfig: 2 });
    const fullTree = print(BenchFullTreeDocument);
    const twice = fullTree.replace('query BenchFullTree {', 'query Twice {\n a: ').replace(/}\s*$/, ` b: ${fullTree.slice(fullTree.indexOf('customers('))}`);
    for (const text of [fullTree, twice, print(NestedBudgetOwnersDocument), getIntrospectionQuery()]) {
      const reply = await post(t, query(text));
      expect(messages(reply), text.slice(0, 40)).toEqual([]);
    }
    const customer = (t.database.sqlite.prepare('select id from customers limit 1').get() as { id: string }).id;
    expect(messages(await post(t, { query: print(PkNestedDocument), variables: { id: customer } }))).toEqual([]);
    const p1 = await post(t, query(fullTree));
    expect(p1.body.data.customers.edges).toHaveLength(2);
  });

  it('let every REST route\'s document through, were a client to post it to /graphql', async () => {
    t = await makeTestApp();
    for (const route of restRoutes) {
      // Without variables most fail coercion; none may fail on a limit.
      const reply = await post(t, query(print(route.document)));
      expect(messages(reply).filter((m) => / limit of /.test(m)), `${route.method} ${route.path}`).toEqual([]);
    }
  });

  it('refuse depth, cost, aliases, directives and tokens past their limits, before any resolver runs', async () => {
    t = await makeTestApp();
    const { maxDepth, maxCost, maxAliases, maxDirectives, maxTokens } = DEFAULT_QUERY_LIMITS;
    expect(messages(await post(t, query(deepQuery(maxDepth))))).toEqual([]);
    const fullTree = print(BenchFullTreeDocument);
    const body = fullTree.slice(fullTree.indexOf('customers('));
    const threeTimes = `{ a: ${body.replace(/}\s*$/, '')} b: ${body.replace(/}\s*$/, '')} c: ${body}`;
    // armor does not count aliases of __typename.
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: customers { totalCount }`).join(' ')} }`;
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => '__typename @include(if: true)').join(' ')} }`;
    // `aN: __typename` is 3 tokens; distinct names keep graphql-js's field-merging check linear.
    const tokens = (n: number) =>
      `{ ${Array.from({ length: Math.floor((n - 2) / 3) }, (_, i) => `a${i}: __typename`).join(' ')} ${'__typename '.repeat((n - 2) % 3)}}`;
    expect(messages(await post(t, query(aliases(maxAliases))))).toEqual([]);
    expect(messages(await post(t, query(directives(maxDirectives))))).toEqual([]);
    expect(messages(await post(t, query(tokens(maxTokens))))).toEqual([]);

    const cases: Array<[string, RegExp]> = [
      [deepQuery(maxDepth + 1), new RegExp(`Query depth limit of ${maxDepth} exceeded, found ${maxDepth + 1}`)],
      [threeTimes, new RegExp(`Query Cost limit of ${maxCost} exceeded`)],
      [aliases(maxAliases + 1), new RegExp(`Aliases limit of ${maxAliases} exceeded, found ${maxAliases + 1}`)],
      [directives(maxDirectives + 1), new RegExp(`Directives limit of ${maxDirectives} exceeded, found ${maxDirectives + 1}`)],
      [tokens(maxTokens + 1), new RegExp(`Token limit of ${maxTokens} exceeded`)],
    ];
    t.resetStatements();
    for (const [text, message] of cases) {
      const reply = await post(t, query(text));
      expect(reply.status, text.slice(0, 40)).toBe(400);
      expect(reply.body.data).toBeUndefined();
      expect(messages(reply).join('\n')).toMatch(message);
    }
    expect(t.statements).toEqual([]);
  });

  it('take their values from the app options (the environment in the service)', async () => {
    t = await makeTestApp({ app: { queryLimits: { maxDepth: 4, maxAliases: 0 } } });
    expect(messages(await post(t, query('{ customers { edges { node { name } } } }')))).toEqual([]);
    expect(messages(await post(t, query('{ customers { edges { node { teams { name } } } } }')))).toEqual([
      'Syntax Error: Query depth limit of 4 exceeded, found 5.',
    ]);
    expect(messages(await post(t, query('{ a: customers { totalCount } }')))).toEqual(['Syntax Error: Aliases limit of 0 exceeded, found 1.']);
  });

  it('apply to graphql-ws operations too', async () => {
    t = await makeTestApp();
    const port = await t.app.start(0);
    const client = wsClient(`ws://127.0.0.1:${port}/graphql`, `Bearer ${ADMIN_TOKEN}`);
    try {
      const refused = collect(client, deepQuery(DEFAULT_QUERY_LIMITS.maxDepth + 1));
      expect(JSON.stringify(await refused.ended)).toContain('Query depth limit');
      const allowed = collect(client, deepQuery(DEFAULT_QUERY_LIMITS.maxDepth));
      expect(await allowed.ended).toBe('complete');
      expect(allowed.events).toEqual([{ customers: { edges: [] } }]);
    } finally {
      await client.dispose();
    }
  });

  it('batch at most GRAPHQL_MAX_BATCH operations in one request', async () => {
    t = await makeTestApp();
    const batch = (n: number) => Array.from({ length: n }, (_, i) => ({ query: `query Op${i} { __typename }` }));
    const ten = await post(t, batch(10));
    expect(ten.status).toBe(200);
    expect(ten.body).toHaveLength(10);
    const eleven = await post(t, batch(11));
    expect(eleven.status).toBe(413);
    expect(messages(eleven)).toEqual(['Batching is limited to 10 operations per request.']);
  });
});

describe('request body limit', () => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  const padded = (bytes: number) => JSON.stringify({ query: '{ __typename }', extensions: { pad: 'x'.repeat(bytes) } });
  /** A body without Content-Length, as a chunked upload sends it. */
  const streamed = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.slice(i, i + 4096));
        controller.close();
      },
    });

  it('answers 413 past MAX_BODY_BYTES (1 MiB by default) on /graphql, with a GraphQL error', async () => {
    t = await makeTestApp();
    expect((await post(t, padded(1024 * 1024 - 100))).status).toBe(200);
    const reply = await post(t, padded(1024 * 1024));
    expect(reply.status).toBe(413);
    expect(reply.body.errors).toEqual([{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }]);
  });

  it('answers 413 past the limit on REST, in Bifrost\'s envelope, whether or not the length is declared', async () => {
    t = await makeTestApp({ app: { maxBodyBytes: 2000 } });
    const created = await send(t, '/api/governance/customers', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ name: 'Acme' }) });
    expect(created.status).toBe(200);
    const id = created.body.customer.id as string;
    const big = JSON.stringify({ name: 'x'.repeat(3000) });
    const tooLarge = { error: { message: 'Request body too large (limit 2000 bytes)' }, is_bifrost_error: false, status_code: 413 };
    const declared = await send(t, `/api/governance/customers/${id}`, {
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'content-length': String(Buffer.byteLength(big)) },
      body: big,
    });
    expect(declared).toMatchObject({ status: 413, body: tooLarge });
    const chunked = (body: string) =>
      send(t, `/api/governance/customers/${id}`, { method: 'PUT', headers: JSON_HEADERS, body: streamed(body), duplex: 'half' } as RequestInit);
    expect(await chunked(big)).toMatchObject({ status: 413, body: tooLarge });
    // Under the limit, the streamed body still reaches the route intact.
    expect(await chunked(JSON.stringify({ name: 'Renamed' }))).toMatchObject({ status: 200, body: { customer: { name: 'Renamed' } } });
    const graphql = await send(t, '/graphql', { method: 'POST', headers: JSON_HEADERS, body: streamed(padded(3000)), duplex: 'half' } as RequestInit);
    expect(graphql.status).toBe(413);
  });

  it('closes a graphql-ws connection (1009) whose message passes the limit', async () => {
    t = await makeTestApp({ app: { maxBodyBytes: 2000 } });
    const port = await t.app.start(0);
    /** Sends connection_init carrying `padding` bytes; resolves with the first reply or the close code. */
    const init = (padding: number) =>
      new Promise<string | number>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
        socket.once('open', () =>
          socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${ADMIN_TOKEN}`, pad: 'x'.repeat(padding) } })),
        );
        socket.once('message', (data) => {
          resolve(JSON.parse(String(data)).type);
          socket.close();
        });
        socket.once('close', (code) => resolve(code));
        socket.once('error', reject);
      });
    expect(await init(1000)).toBe('connection_ack');
    expect(await init(3000)).toBe(1009);
  });
});

describe('CSRF prevention', () => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  it('refuses GraphQL requests without credentials that a cross-site page could send without a preflight', async () => {
    t = await makeTestApp();
    const base = `http://127.0.0.1:${await t.app.start(0)}`;
    const refused = { errors: [{ message: 'Required CSRF header(s) not present' }] };
    // A form post (text/plain, urlencoded) and a bare GET are "simple" requests.
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const form = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body: 'query={__typename}' });
      expect(form.status).toBe(403);
      expect(await form.json()).toMatchObject(refused);
    }
    const get = await fetch(`${base}/graphql?query=%7B__typename%7D`);
    expect(get.status).toBe(403);
    expect(await get.json()).toMatchObject(refused);
    // With the header a preflight would have to allow, the request reaches auth (and has none).
    const withHeader = await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(401);
  });

  it('lets a request carrying Authorization through (no page can set it cross-site without a preflight); GraphiQL and REST pass', async () => {
    t = await makeTestApp();
    const base = `http://127.0.0.1:${await t.app.start(0)}`;
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const get = await fetch(`${base}/graphql?query=%7B__typename%7D`, { headers: { ...auth, accept: 'application/graphql-response+json' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const form = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(200);
    expect(await form.json()).toEqual({ data: { __typename: 'Query' } });
    // curl -H 'Content-Type: application/json' (the README's examples).
    expect((await post(t, query('{ __typename }'))).body).toEqual({ data: { __typename: 'Query' } });
    const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain('<html');
    // REST clients without a content type (a GET, a DELETE) are not GraphQL requests.
    expect((await fetch(`${base}/api/governance/customers`, { headers: auth })).status).toBe(200);
  });
});

describe('introspection switch', () => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  const introspect = { query: '{ __schema { queryType { name } } }' };

  it('is on by default for the admin; without credentials it answers 401 like any operation', async () => {
    t = await makeTestApp();
    expect((await post(t, introspect)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const anonymous = await post(t, introspect, { 'content-type': 'application/json' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data ?? null).toBeNull();
  });

  it('off refuses __schema and __type to the admin too and hides field suggestions; __typename still answers', async () => {
    t = await makeTestApp({ app: { introspection: false } });
    for (const text of [introspect.query, '{ __type(name: "Customer") { name } }', getIntrospectionQuery()]) {
      const reply = await post(t, query(text));
      expect(reply.body.data).toBeUndefined();
      expect(messages(reply)[0]).toMatch(/GraphQL introspection has been disabled/);
    }
    expect((await post(t, query('{ __typename }'))).body).toEqual({ data: { __typename: 'Query' } });
    const typo = await post(t, query('{ customer { nam } }'));
    expect(JSON.stringify(typo.body)).not.toContain('Did you mean');
  });
});

describe('masked errors', () => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  it('let no stack trace, SQL text or driver message out of GraphQL or REST', async () => {
    t = await makeTestApp();
    // Every customer read now fails inside SQLite.
    t.database.sqlite.exec('alter table customers rename to customers_gone');
    const graphql = await post(t, query('{ customers { edges { node { name } } } }'));
    expect(graphql.body.errors).toEqual([{ message: 'Unexpected error.', path: ['customers'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const restReply = await send(t, '/api/governance/customers', { headers: JSON_HEADERS });
    expect(restReply).toMatchObject({ status: 500, body: { error: { message: expect.any(String) } } });
    for (const reply of [graphql, restReply]) {
      const text = JSON.stringify(reply.body);
      for (const leak of ['customers_gone', 'no such table', 'select', 'Sqlite', 'SQLITE', '    at ', '.ts:']) expect(text).not.toContain(leak);
    }
  });
});

describe('configuration', () => {
  it('reads the limits from the environment, defaults documented in the README', () => {
    const config = loadConfig({ ADMIN_TOKEN: 't' });
    expect(config).toMatchObject({
      maxBodyBytes: 1024 * 1024,
      queryLimits: DEFAULT_QUERY_LIMITS,
      introspection: true,
      shutdownTimeoutMs: 10_000,
      maxOperationsPerConnection: 100,
      maxSubscriptionsPerCredential: 1000,
    });
    expect(config.metricsToken).toBeUndefined();
    const custom = loadConfig({
      ADMIN_TOKEN: 't',
      METRICS_TOKEN: 'm',
      MAX_BODY_BYTES: '2048',
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_COST: '5000',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_TOKENS: '500',
      GRAPHQL_MAX_BATCH: '2',
      GRAPHQL_INTROSPECTION: 'false',
      SHUTDOWN_TIMEOUT_MS: '500',
      MAX_OPERATIONS_PER_CONNECTION: '10',
      MAX_SUBSCRIPTIONS_PER_CREDENTIAL: '20',
    });
    expect(custom).toMatchObject({
      metricsToken: 'm',
      maxBodyBytes: 2048,
      queryLimits: { maxDepth: 8, maxCost: 5000, maxAliases: 0, maxDirectives: 5, maxTokens: 500, maxBatch: 2 },
      introspection: false,
      shutdownTimeoutMs: 500,
      maxOperationsPerConnection: 10,
      maxSubscriptionsPerCredential: 20,
    });
  });

  it('refuses values that are not what they claim, naming the variable', () => {
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'no' })).toThrow(/GRAPHQL_INTROSPECTION: expected true or false/);
    expect(() => loadConfig({ MAX_BODY_BYTES: '0' })).toThrow(/MAX_BODY_BYTES/);
    expect(() => loadConfig({ MAX_SUBSCRIPTIONS_PER_CREDENTIAL: '0' })).toThrow(/MAX_SUBSCRIPTIONS_PER_CREDENTIAL/);
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(/GRAPHQL_MAX_DEPTH/);
    expect(() => loadConfig({ GRAPHQL_MAX_BATCH: '1.5' })).toThrow(/GRAPHQL_MAX_BATCH/);
    // Read as a virtual key on every request, such a token could never authenticate.
    expect(() => loadConfig({ ADMIN_TOKEN: 'sk-bf-admin' })).toThrow(/ADMIN_TOKEN: must not start with sk-bf-/);
    expect(() => loadConfig({ ADMIN_TOKEN: 't', METRICS_TOKEN: 'sk-bf-scrape' })).toThrow(/METRICS_TOKEN: must not start with sk-bf-/);
  });
});
