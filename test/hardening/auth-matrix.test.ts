// The auth matrix: every management REST route and every GraphQL root field, called with no token,
// a wrong token and a virtual key, is refused (401 / 403, no data, nothing written); the admin token
// passes everywhere; the self-service quota and usage subscriptions serve a virtual key its own data
// only, and refuse unknown keys.
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import type { Route } from '../../src/rest/route.js';
import { restRoutes } from '../../src/rest/routes/index.js';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from '../helpers/app.js';
import { gqlRaw, type SeedTree, seedTree, snapshotDatabase } from '../helpers/fuzz.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const QUOTA_ROUTE = 'GET /virtual-keys/quota';
/** Root fields a virtual key may call on itself; every other one is management. */
const SELF_SERVICE_FIELDS = new Set(['virtualKeyQuota', 'budgetUsage', 'rateLimitUsage']);
const ENVELOPE_KEYS = ['error', 'is_bifrost_error', 'status_code'];

type RootKind = 'query' | 'mutation' | 'subscription';
type Field = GraphQLField<unknown, unknown>;

const ROOT_FIELDS: Array<[RootKind, Field]> = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as [RootKind, Field]),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as [RootKind, Field]),
  ...Object.values(schema.getSubscriptionType()!.getFields()).map((f) => ['subscription', f] as [RootKind, Field]),
];
/** Test rows name fields by string: vitest would pretty-print a field object (and the whole schema). */
const FIELD_ROWS = ROOT_FIELDS.map(([kind, f]) => [kind, f.name] as [RootKind, string]);
const fieldOf = (kind: RootKind, name: string): Field =>
  ROOT_FIELDS.find(([k, f]) => k === kind && f.name === name)![1];
const MANAGEMENT_ROUTES = restRoutes.filter((r) => `${r.method} ${r.path}` !== QUOTA_ROUTE);

/** The smallest value of an input type that GraphQL accepts (required fields only, empty lists). */
function dummy(type: GraphQLInputType): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, dummy(f.type)]),
    );
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  const scalars: Record<string, unknown> = {
    ID: UNKNOWN_ID, String: 'x', Int: 1, SafeInt: 1, Float: 1, Boolean: true, DateTime: '2026-03-17T12:00:00.000Z', JSON: {},
  };
  return scalars[inner.name] ?? 'x';
}

/** A valid operation calling `field` with its required arguments, and the variables for them. */
function probe(kind: RootKind, field: Field): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const declarations = required.length ? `(${required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const args = required.length ? `(${required.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind} Probe${declarations} { ${field.name}${args}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, dummy(a.type)])),
  };
}

// ---------------------------------------------------------------------------------------------
// Credentials

interface Credential {
  label: string;
  headers: (tree: SeedTree) => Record<string, string>;
  status: 401 | 403;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

const REFUSED: Credential[] = [
  { label: 'no token', headers: () => ({}), status: 401, code: 'UNAUTHENTICATED' },
  { label: 'a wrong token', headers: () => ({ authorization: 'Bearer not-the-admin-token' }), status: 401, code: 'UNAUTHENTICATED' },
  { label: 'a malformed authorization', headers: () => ({ authorization: `Basic ${ADMIN_TOKEN}` }), status: 401, code: 'UNAUTHENTICATED' },
  { label: 'a virtual key (bearer)', headers: (tree) => ({ authorization: `Bearer ${tree.vkValue}` }), status: 403, code: 'FORBIDDEN' },
  { label: 'a virtual key (x-bf-vk)', headers: (tree) => ({ 'x-bf-vk': tree.vkValue }), status: 403, code: 'FORBIDDEN' },
];
const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` };

// ---------------------------------------------------------------------------------------------
// SSE: subscriptions over plain HTTP, read event by event

interface Stream {
  status: number;
  /** The next `next` event's payload, or null when none arrives within `ms` (or the stream ended). */
  next(ms?: number): Promise<{ data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> } | null>;
  close(): void;
}

async function subscribe(t: TestApp, query: string, variables: unknown, headers: Record<string, string>): Promise<Stream> {
  const controller = new AbortController();
  const response = await t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let pending: ReturnType<typeof reader.read> | null = null;
  return {
    status: response.status,
    async next(ms = 1000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (/^event: next$/m.test(message) && data) return JSON.parse(data);
          continue; // keep-alives and `complete`
        }
        const left = deadline - Date.now();
        if (left <= 0) return null;
        pending ??= reader.read();
        const chunk = await Promise.race([pending, new Promise<null>((resolve) => setTimeout(() => resolve(null), left))]);
        if (chunk === null) return null;
        pending = null;
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close() {
      // Cancelling the body is what ends the server's iterator in-process; abort covers a pending read.
      void reader.cancel().catch(() => {});
      controller.abort();
    },
  };
}

// ---------------------------------------------------------------------------------------------

describe('auth matrix', () => {
  let t: TestApp;
  let tree: SeedTree;
  let other: SeedTree;

  beforeAll(async () => {
    t = await makeTestApp();
    tree = await seedTree(t, 'a');
    other = await seedTree(t, 'b');
  });
  afterAll(async () => {
    await t.close();
  });

  /** A request that would succeed for many routes if auth let it through (unknown keys are dropped). */
  const tempting = () => ({
    name: 'Intruder',
    model_name: 'gpt-4o',
    provider: 'intruder',
    scope_kind: 'global',
    match_type: 'exact',
    pattern: 'gpt-4o',
    request_types: ['chat_completion'],
    targets: [{ provider: 'openai', weight: 1 }],
    model: 'gpt-4o',
    virtual_key: tree.vkValue,
    reserve: true,
    budget: { max_limit: 1, reset_duration: '1d' },
    events: [
      { idempotency_key: 'intruder', virtual_key: tree.vkValue, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion', input_tokens: 1, output_tokens: 1, cost: 1 },
    ],
  });

  /** The route's path with real ids of the first tree (so a refusal is not a 404 in disguise). */
  function pathOf(route: Route, ids: 'real' | 'unknown'): string {
    const real: Record<string, string> = {
      customer_id: tree.customerId,
      team_id: tree.teamId,
      vk_id: tree.vkId,
      provider_name: 'openai',
      mc_id: t.database.sqlite.prepare<[], string>('select id from model_configs limit 1').pluck().get()!,
      rule_id: t.database.sqlite.prepare<[], string>('select id from routing_rules limit 1').pluck().get()!,
    };
    const idFor = (name: string) => {
      if (ids === 'unknown') return name === 'provider_name' ? 'openai' : UNKNOWN_ID;
      if (name !== 'id') return real[name]!;
      const table = route.path.startsWith('/business-units') ? 'business_units' : 'pricing_overrides';
      return t.database.sqlite.prepare<[], string>(`select id from ${table} limit 1`).pluck().get()!;
    };
    return route.path.replace(/\{(\w+)\}/g, (_, name: string) => idFor(name));
  }

  async function callRest(route: Route, headers: Record<string, string>, ids: 'real' | 'unknown' = 'real') {
    const response = await t.app.fetch(`http://test/api/governance${pathOf(route, ids)}`, {
      method: route.method,
      headers: { 'content-type': 'application/json', ...headers },
      body: route.method === 'GET' || route.method === 'DELETE' ? undefined : JSON.stringify(tempting()),
    });
    const text = await response.text();
    return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
  }

  it('covers the whole route table and every root field of the built schema', async () => {
    expect(MANAGEMENT_ROUTES.length).toBe(restRoutes.length - 1);
    expect(MANAGEMENT_ROUTES.length).toBeGreaterThanOrEqual(40);
    // Introspection lists exactly the fields the matrix walks.
    const { body } = await gqlRaw(t, '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }', {}, ADMIN);
    const names = (type: { fields: Array<{ name: string }> }) => type.fields.map((f) => f.name);
    const introspected = body.data.__schema;
    expect([...names(introspected.queryType), ...names(introspected.mutationType), ...names(introspected.subscriptionType)].sort()).toEqual(
      ROOT_FIELDS.map(([, f]) => f.name).sort(),
    );
    console.log(`auth-matrix: ${MANAGEMENT_ROUTES.length} REST routes and ${ROOT_FIELDS.length} GraphQL root fields × ${REFUSED.length} refused credentials`);
  });

  describe.each(REFUSED)('with $label', (credential) => {
    it.each(MANAGEMENT_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
      `REST %s is refused with ${credential.status}, the error envelope only, nothing written`,
      async (_name, route) => {
        const before = snapshotDatabase(t);
        const { status, body, text } = await callRest(route, credential.headers(tree));
        expect(status, text).toBe(credential.status);
        expect(Object.keys(body).sort(), text).toEqual(ENVELOPE_KEYS);
        expect(body.status_code).toBe(credential.status);
        expect(typeof body.error.message).toBe('string');
        expect(snapshotDatabase(t) === before, 'the database changed').toBe(true);
      },
    );

    it.each(MANAGEMENT_ROUTES.filter((r) => r.method !== 'GET' && r.method !== 'DELETE').map((r) => [`${r.method} ${r.path}`, r] as const))(
      `REST %s with a malformed body is refused with ${credential.status} before the body is read`,
      async (_name, route) => {
        const response = await t.app.fetch(`http://test/api/governance${pathOf(route, 'real')}`, {
          method: route.method,
          headers: { 'content-type': 'application/json', ...credential.headers(tree) },
          body: '{"not json',
        });
        expect(response.status).toBe(credential.status);
      },
    );

    it.each(FIELD_ROWS.filter(([, name]) => credential.code === 'UNAUTHENTICATED' || !SELF_SERVICE_FIELDS.has(name)))(
      `GraphQL %s %s is refused with ${credential.code} (${credential.status}), no data`,
      async (kind, name) => {
        const { query, variables } = probe(kind, fieldOf(kind, name));
        const before = snapshotDatabase(t);
        let status: number;
        let result: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } | null;
        if (kind === 'subscription') {
          const stream = await subscribe(t, query, variables, credential.headers(tree));
          status = stream.status;
          result = await stream.next();
          stream.close();
        } else {
          const response = await gqlRaw(t, query, variables, credential.headers(tree));
          status = response.status;
          result = response.body;
        }
        expect(status, JSON.stringify(result)).toBe(credential.status);
        expect(result?.errors?.map((e) => e.extensions?.code)).toEqual([credential.code]);
        expect(result?.data ?? null).toBeNull();
        expect(snapshotDatabase(t) === before, 'the database changed').toBe(true);
      },
    );
  });

  describe('the admin token', () => {
    it.each(MANAGEMENT_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('passes REST %s', async (_name, route) => {
      // Unknown ids for writes: the answer (404 or 400 at worst) shows the request got past auth.
      const { status, text } = await callRest(route, ADMIN, route.method === 'GET' ? 'real' : 'unknown');
      expect([401, 403], text).not.toContain(status);
      expect(status, text).toBeLessThan(500);
    });

    it.each(FIELD_ROWS)('passes GraphQL %s %s', async (kind, name) => {
      const { query, variables } = probe(kind, fieldOf(kind, name));
      if (kind === 'subscription') {
        const stream = await subscribe(t, query, variables, ADMIN);
        expect(stream.status).toBe(200);
        expect(await stream.next(50)).toBeNull(); // open and quiet: no refusal
        stream.close();
        return;
      }
      const { status, body } = await gqlRaw(t, query, variables, ADMIN);
      expect([401, 403], JSON.stringify(body)).not.toContain(status);
      const codes = (body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
      expect(codes).not.toContain('UNAUTHENTICATED');
      expect(codes).not.toContain('FORBIDDEN');
    });
  });

  describe('self-service: a virtual key sees its own quota and usage only', () => {
    const recordUsage = async (vkValue: string, key: string) => {
      const response = await t.app.fetch('http://test/api/governance/usage', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ADMIN },
        body: JSON.stringify({
          events: [{ idempotency_key: key, virtual_key: vkValue, provider: 'openai', model: 'gpt-4o', request_type: 'chat_completion', input_tokens: 10, output_tokens: 5, cost: 0.25 }],
        }),
      });
      expect(response.status).toBe(200);
    };
    const quota = (headers: Record<string, string>) => t.app.fetch('http://test/api/governance/virtual-keys/quota', { headers });
    /**
     * Polls until exactly `count` subscriptions exist, reading the given streams meanwhile: the
     * server's source (and its pubsub listener) only starts once the response body is read, and
     * events published before that are not delivered. Closed streams let go asynchronously.
     */
    const listening = async (count: number, streams: Stream[] = []) => {
      for (let round = 0; round < 200; round += 1) {
        for (const stream of streams) expect(await stream.next(5)).toBeNull();
        if (round > 0 && t.app.pubsub.activeSubscriptions() === count) return;
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(t.app.pubsub.activeSubscriptions()).toBe(count);
    };

    it('REST quota: each key gets its own, in any of its headers; unknown or missing keys get a bare 401', async () => {
      for (const [mine, theirs] of [[tree, other], [other, tree]] as const) {
        const presented: Array<Record<string, string>> = [{ authorization: `Bearer ${mine.vkValue}` }, { 'x-bf-vk': mine.vkValue }, { 'x-api-key': mine.vkValue }];
        for (const headers of presented) {
          const response = await quota(headers);
          const text = await response.text();
          expect(response.status, text).toBe(200);
          expect(JSON.parse(text).virtual_key_name).toBe(mine === tree ? 'vk-a' : 'vk-b');
          for (const secret of [theirs.vkValue, theirs.vkId, theirs.otherVkValue, mine.vkValue, theirs === tree ? '"vk-a"' : '"vk-b"']) {
            expect(text).not.toContain(secret);
          }
        }
      }
      const unknownOrMissing: Array<Record<string, string>> = [{ 'x-bf-vk': 'sk-bf-unknown' }, { authorization: 'Bearer sk-bf-00000000-0000-4000-8000-000000000000' }, {}];
      for (const headers of unknownOrMissing) {
        const response = await quota(headers);
        expect(response.status).toBe(401);
        const body = await response.json();
        expect(Object.keys(body)).toEqual(['error']);
        expect(typeof body.error).toBe('string');
      }
    });

    it('GraphQL virtualKeyQuota: its own without a value, FORBIDDEN for another key, UNAUTHENTICATED for an unknown one', async () => {
      const read = 'query ($value: String) { virtualKeyQuota(value: $value) { virtualKeyName isActive budgets { id } rateLimit { id } } }';
      const own = await gqlRaw(t, read, {}, { authorization: `Bearer ${tree.vkValue}` });
      expect(own.body).toMatchObject({ data: { virtualKeyQuota: { virtualKeyName: 'vk-a', isActive: true } } });
      const ownIds = t.database.sqlite.prepare<[string], string>('select id from budgets where virtual_key_id = ?').pluck().all(tree.vkId);
      expect(own.body.data.virtualKeyQuota.budgets.map((b: { id: string }) => b.id).sort()).toEqual(ownIds.sort());

      const sameByValue = await gqlRaw(t, read, { value: tree.vkValue }, { authorization: `Bearer ${tree.vkValue}` });
      expect(sameByValue.body.data.virtualKeyQuota.virtualKeyName).toBe('vk-a');

      const theirs = await gqlRaw(t, read, { value: other.vkValue }, { authorization: `Bearer ${tree.vkValue}` });
      expect(theirs.status).toBe(403);
      expect(theirs.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(theirs.body.data?.virtualKeyQuota ?? null).toBeNull();
      expect(theirs.text).not.toContain('vk-b');

      const unknown = await gqlRaw(t, read, {}, { authorization: 'Bearer sk-bf-00000000-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(401);
      expect(unknown.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(unknown.body.data?.virtualKeyQuota ?? null).toBeNull();
    });

    it.each([
      ['budgetUsage', 'budgetUsage(filter: $filter) { ownerKind ownerId budget { id ownerId } }'],
      ['rateLimitUsage', 'rateLimitUsage(filter: $filter) { ownerKind ownerId rateLimit { id ownerId } }'],
    ])('subscription %s: a key hears its own changes only; another key\'s filter is FORBIDDEN, an unknown key UNAUTHENTICATED', async (name, selection) => {
      const query = `subscription ($filter: UsageFilter) { ${selection} }`;
      await listening(0);
      const mine = await subscribe(t, query, {}, { authorization: `Bearer ${tree.vkValue}` });
      const theirs = await subscribe(t, query, {}, { authorization: `Bearer ${other.vkValue}` });
      expect([mine.status, theirs.status]).toEqual([200, 200]);
      await listening(2, [mine, theirs]);

      await recordUsage(tree.vkValue, `${name}-a`);
      const event = await mine.next();
      const change = event?.data?.[name] as { ownerId: string; budget?: unknown; rateLimit?: unknown } | undefined;
      expect(change, JSON.stringify(event)).toBeDefined();
      const ownersOf = (key: SeedTree) => [
        key.vkId,
        ...t.database.sqlite.prepare<[string], number>('select id from provider_configs where virtual_key_id = ?').pluck().all(key.vkId).map(String),
      ];
      expect(ownersOf(tree)).toContain(change!.ownerId);
      // The other key heard nothing of it: its first event is its own charge, recorded afterwards.
      expect(await theirs.next(150)).toBeNull();
      await recordUsage(other.vkValue, `${name}-b`);
      const own = (await theirs.next())?.data?.[name] as { ownerId: string } | undefined;
      expect(ownersOf(other)).toContain(own?.ownerId);
      mine.close();
      theirs.close();

      for (const filter of [{ virtualKeyId: other.vkId }, { virtualKeyId: other.otherVkId }]) {
        const refused = await subscribe(t, query, { filter }, { authorization: `Bearer ${tree.vkValue}` });
        expect(refused.status).toBe(403);
        const result = await refused.next();
        expect(result?.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(result?.data ?? null).toBeNull();
        refused.close();
      }
      const unknown = await subscribe(t, query, {}, { authorization: 'Bearer sk-bf-00000000-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(401);
      expect((await unknown.next())?.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      unknown.close();
    });
  });
});
