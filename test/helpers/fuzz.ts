// Fuzzing support shared by the hardening tests: a byte-level snapshot of every table, raw GraphQL
// calls, a realistic seed tree, id pools read live from the database, and fast-check arbitraries
// that derive request values from the GraphQL input types, mixing valid-looking and hostile values.
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import fc from 'fast-check';
import {
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { SCOPE_IDS } from '../../src/domain/pricing-override.js';
import { camelToSnake } from '../../src/rest/names.js';
import { ADMIN_TOKEN, makeTestApp, type TestApp } from './app.js';

// ---------------------------------------------------------------------------------------------
// Database snapshots

const snapshotStatements = new WeakMap<TestApp, Array<[string, SQLite.Statement]>>();

/** Every row of every table (sqlite_master), in rowid order, as one string: equal means unchanged. */
export function snapshotDatabase(t: TestApp): string {
  let statements = snapshotStatements.get(t);
  if (!statements) {
    // The schema is fixed once migrated, so the statements are prepared once per app.
    const { sqlite } = t.database;
    const tables = sqlite.prepare<[], string>("select name from sqlite_master where type = 'table' order by name").pluck().all();
    statements = tables.map((name) => [name, sqlite.prepare(`select * from "${name.replaceAll('"', '""')}" order by rowid`).raw()]);
    snapshotStatements.set(t, statements);
  }
  // No column holds blobs or integers beyond 2^53, so JSON renders every value faithfully (reals round-trip).
  return JSON.stringify(statements.map(([name, statement]) => [name, statement.all()]));
}

/** The first table whose rows differ, for a readable failure message. */
export function firstDifference(before: string, after: string): string {
  const tables = (snapshot: string) => new Map(JSON.parse(snapshot) as Array<[string, unknown[]]>);
  const a = tables(before);
  const b = tables(after);
  for (const [name, rows] of a) {
    const other = b.get(name);
    if (JSON.stringify(rows) !== JSON.stringify(other)) return `table ${name}: ${rows.length} -> ${other?.length ?? 'missing'} rows`;
  }
  return 'a table was added';
}

// ---------------------------------------------------------------------------------------------
// Raw GraphQL

export interface GqlResponse {
  status: number;
  // any: fuzzed responses have no static shape; the checks read `errors` and `data` defensively.
  body: any;
  text: string;
}

/** Posts an untyped operation (arbitrary variables) and returns the status and parsed body. */
export async function gqlRaw(
  t: TestApp,
  query: string,
  variables: unknown = {},
  headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` },
): Promise<GqlResponse> {
  const response = await t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body, text };
}

async function gqlOkRaw(t: TestApp, query: string, variables: unknown = {}) {
  const { status, body } = await gqlRaw(t, query, variables);
  if (status !== 200 || body?.errors) throw new Error(`seed failed (${status}): ${JSON.stringify(body)}`);
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// The seed tree

export interface SeedTree {
  unitId: string;
  customerId: string;
  teamId: string;
  vkId: string;
  vkValue: string;
  otherVkId: string;
  otherVkValue: string;
}

/**
 * A small realistic tree created through the API: a business unit with governance, a customer and a
 * team with limits, provider keys, an MCP client, two virtual keys (one with provider and MCP configs,
 * budgets and a rate limit), model configs, provider governance, routing rules and pricing overrides.
 * `tag` keeps the unique names apart when the tree is planted again.
 */
export async function seedTree(t: TestApp, tag: string): Promise<SeedTree> {
  const budget = { maxLimit: 100, resetDuration: '1M' };
  const rateLimit = { tokenMaxLimit: 100000, tokenResetDuration: '1h', requestMaxLimit: 1000, requestResetDuration: '1m' };
  const unit = await gqlOkRaw(t, 'mutation ($input: CreateBusinessUnitInput!) { createBusinessUnit(input: $input) { id } }', {
    input: { name: `unit-${tag}`, description: 'seed', profile: { tier: 'gold' } },
  });
  const unitId: string = unit.createBusinessUnit.id;
  await gqlOkRaw(t, 'mutation ($id: ID!, $input: GovernanceInput!) { updateBusinessUnitGovernance(id: $id, input: $input) { id } }', {
    id: unitId,
    input: { budget, rateLimit },
  });
  const customer = await gqlOkRaw(t, 'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
    input: { name: `customer-${tag}`, businessUnitId: unitId, budget, rateLimit },
  });
  const customerId: string = customer.createCustomer.id;
  const team = await gqlOkRaw(t, 'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }', {
    input: { name: `team-${tag}`, customerId, budget, rateLimit, profile: { a: 1 } },
  });
  const teamId: string = team.createTeam.id;
  const keyIds: string[] = [];
  for (const [provider, n] of [['openai', 2], ['anthropic', 1]] as const) {
    for (let i = 0; i < n; i += 1) {
      const key = await gqlOkRaw(
        t,
        'mutation ($provider: String!, $input: CreateProviderKeyInput!) { createProviderKey(provider: $provider, input: $input) { keyId } }',
        { provider, input: { name: `${provider}-key-${tag}-${i}`, value: { value: `sk-${provider}-${randomUUID()}` }, models: [] } },
      );
      keyIds.push(key.createProviderKey.keyId);
    }
  }
  await gqlOkRaw(t, 'mutation ($name: String!) { createMcpClient(name: $name) { id } }', { name: `fs-${tag}` });
  const createVk = 'mutation ($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { id value } }';
  const vk = await gqlOkRaw(t, createVk, {
    input: {
      name: `vk-${tag}`,
      teamId,
      budgets: [budget, { maxLimit: 10, resetDuration: '1d' }],
      rateLimit,
      providerConfigs: [
        { provider: 'openai', weight: 1, allowedModels: ['*'], keyIds: keyIds.slice(0, 2), budgets: [budget], rateLimit },
        { provider: 'anthropic', allowedModels: ['claude-3-5-sonnet'], keyIds: ['*'] },
      ],
      mcpConfigs: [{ mcpClientName: `fs-${tag}`, toolsToExecute: ['read_file'] }],
    },
  });
  const other = await gqlOkRaw(t, createVk, {
    input: { name: `vk-other-${tag}`, customerId, budget, rateLimit, providerConfigs: [{ provider: 'openai', allowedModels: ['*'], keyIds: ['*'] }] },
  });
  await gqlOkRaw(t, 'mutation ($input: CreateModelConfigInput!) { createModelConfig(input: $input) { id } }', {
    input: { modelName: `gpt-4o-${tag}`, provider: 'openai', budgets: [budget], rateLimit },
  });
  await gqlOkRaw(t, 'mutation ($input: CreateModelConfigInput!) { createModelConfig(input: $input) { id } }', {
    input: { modelName: `claude-${tag}`, scope: 'team', scopeId: teamId, budget },
  });
  await gqlOkRaw(t, 'mutation ($input: GovernanceInput!) { updateProviderGovernance(provider: "openai", input: $input) { id } }', {
    input: { budget: { maxLimit: 1000, resetDuration: '1M' }, rateLimit },
  });
  await gqlOkRaw(t, 'mutation ($input: CreateRoutingRuleInput!) { createRoutingRule(input: $input) { id } }', {
    input: {
      name: `rule-${tag}`,
      celExpression: 'model == "gpt-4o"',
      targets: [{ provider: 'openai', model: 'gpt-4o-mini', weight: 0.5, keyId: keyIds[0] }, { provider: 'anthropic', weight: 0.5 }],
      fallbacks: ['openai/gpt-4o'],
      scope: 'team',
      scopeId: teamId,
    },
  });
  await gqlOkRaw(t, 'mutation ($input: CreatePricingOverrideInput!) { createPricingOverride(input: $input) { id } }', {
    input: {
      name: `override-${tag}`,
      scopeKind: 'virtual_key_provider',
      virtualKeyId: vk.createVirtualKey.id,
      providerId: 'openai',
      matchType: 'wildcard',
      pattern: 'gpt-*',
      requestTypes: ['chat_completion'],
      patch: { input_cost_per_token: 0.000001 },
    },
  });
  return {
    unitId,
    customerId,
    teamId,
    vkId: vk.createVirtualKey.id,
    vkValue: vk.createVirtualKey.value,
    otherVkId: other.createVirtualKey.id,
    otherVkValue: other.createVirtualKey.value,
  };
}

// ---------------------------------------------------------------------------------------------
// Id pools: what a generated reference points at is decided when the request is sent, from the
// rows that exist then (earlier fuzzed deletes and creates change them).

const POOL_QUERIES = {
  customer: 'select id as v from customers',
  team: 'select id as v from teams',
  virtual_key: 'select id as v from virtual_keys',
  virtual_key_value: 'select value as v from virtual_keys',
  model_config: 'select id as v from model_configs',
  business_unit: 'select id as v from business_units',
  routing_rule: 'select id as v from routing_rules',
  pricing_override: 'select id as v from pricing_overrides',
  provider_key: 'select key_id as v from provider_keys',
  provider_config: 'select id as v from provider_configs',
  mcp_client: 'select id as v from mcp_clients',
  mcp_client_name: 'select name as v from mcp_clients',
  mcp_config: 'select id as v from mcp_configs',
  provider: 'select name as v from providers',
  budget: 'select id as v from budgets',
  rate_limit: 'select id as v from rate_limits',
  reservation: 'select id as v from reservations',
  idempotency_key: 'select idempotency_key as v from usage_events',
  name: `select name as v from customers union all select name from teams union all select name from virtual_keys
         union all select name from business_units union all select name from routing_rules
         union all select name from pricing_overrides union all select name from provider_keys`,
} as const;

export type PoolKind = keyof typeof POOL_QUERIES;
export const POOL_KINDS = Object.keys(POOL_QUERIES) as PoolKind[];

/** A placeholder for an id of `kind`, resolved against the live rows when the request is built. */
export class Ref {
  constructor(
    readonly kind: PoolKind,
    readonly pick: number,
  ) {}
}

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead';

/** Replaces every Ref in a generated value with a current id (or an unknown one when none exists). */
export function resolveRefs(t: TestApp, value: unknown): unknown {
  const cache = new Map<PoolKind, Array<string | number>>();
  const pool = (kind: PoolKind) => {
    let values = cache.get(kind);
    if (!values) {
      values = t.database.sqlite.prepare<[], { v: string | number }>(POOL_QUERIES[kind]).all().map((row) => row.v);
      cache.set(kind, values);
    }
    return values;
  };
  const walk = (item: unknown): unknown => {
    if (item instanceof Ref) {
      const values = pool(item.kind);
      return values.length > 0 ? values[item.pick % values.length] : UNKNOWN_ID;
    }
    if (item instanceof Deep || item instanceof Wide) return item;
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
    }
    return item;
  };
  return walk(value);
}

export const refTo = (kind: PoolKind, foreign = 0.15): fc.Arbitrary<Ref> =>
  fc.record({ own: fc.double({ min: 0, max: 1, noNaN: true }), other: fc.constantFrom(...POOL_KINDS), pick: fc.nat() }).map(
    ({ own, other, pick }) => new Ref(own < foreign ? other : kind, pick),
  );

// ---------------------------------------------------------------------------------------------
// Keeping the database small and the seed tree present; snapshots taken once per request.

/** Tables the seed tree fills: once one is empty, updates and deletes could only ever miss. */
const SEEDED_TABLES = [
  'customers', 'teams', 'virtual_keys', 'model_configs', 'business_units', 'routing_rules', 'pricing_overrides',
  'provider_keys', 'mcp_clients',
];
/** Wiped (children cascade) when the database has grown too big to snapshot cheaply. */
const WIPED_TABLES = [...SEEDED_TABLES, 'usage_events', 'reservations', 'budgets', 'rate_limits'];
const COUNTED_TABLES = [...WIPED_TABLES, 'provider_configs', 'routing_targets', 'mcp_configs'];
const MAX_ROWS = 300;
const CHECK_EVERY = 25;

/**
 * Keeps the fuzzed database small (every request snapshots it) and the seed trees present: wipes
 * everything and plants afresh once the tables hold more than MAX_ROWS rows, and every CHECK_EVERY
 * requests plants another tree if fuzzed deletes have emptied a table a tree fills (so deletes
 * succeed now and then, and 404 in between). Runs between requests, never across one.
 */
export class Gardener {
  private readonly statements: {
    counts: Array<SQLite.Statement<[], { n: number }>>;
    total: SQLite.Statement<[], { n: number }>;
    wipe: SQLite.Transaction<() => void>;
  };
  private calls = 0;
  private plantings = 0;

  constructor(private readonly t: TestApp) {
    const { sqlite } = t.database;
    const catalog = sqlite.prepare<[], { n: number }>('select max(id) as n from providers').get()!.n;
    const deletes = [
      ...WIPED_TABLES.map((table) => sqlite.prepare(`delete from ${table}`)),
      sqlite.prepare(`delete from providers where id > ${catalog}`),
    ];
    this.statements = {
      counts: SEEDED_TABLES.map((table) => sqlite.prepare(`select count(*) as n from ${table}`)),
      total: sqlite.prepare(`select ${COUNTED_TABLES.map((table) => `(select count(*) from ${table})`).join(' + ')} as n`),
      wipe: sqlite.transaction(() => {
        for (const statement of deletes) statement.run();
      }),
    };
  }

  /** Plants the first trees (two, so that foreign and duplicate references have somewhere to point). */
  async plant(): Promise<void> {
    for (let i = 0; i < 2; i += 1) await seedTree(this.t, `tree-${(this.plantings += 1)}`);
  }

  /** Returns whether it changed the database. */
  async tend(): Promise<boolean> {
    // One accepted request with a long list can add thousands of rows: the size is checked every time.
    if (this.statements.total.get()!.n > MAX_ROWS) {
      this.statements.wipe();
      await this.plant();
      return true;
    }
    this.calls += 1;
    if (this.calls % CHECK_EVERY !== 0) return false;
    if (this.statements.counts.some((count) => count.get()!.n === 0)) {
      await seedTree(this.t, `tree-${(this.plantings += 1)}`);
      return true;
    }
    return false;
  }
}

/** A fuzzing target: an app with the first trees planted, its gardener and a baseline snapshot. */
export async function fuzzApp(): Promise<{ t: TestApp; gardener: Gardener; baseline: Baseline }> {
  const t = await makeTestApp();
  // Durability is not under test here, and an fsync per accepted write would dominate the run.
  t.database.sqlite.pragma('synchronous = OFF');
  const gardener = new Gardener(t);
  await gardener.plant();
  return { t, gardener, baseline: new Baseline(t) };
}

/** The database as of the last request that changed nothing, so most requests snapshot it once. */
export class Baseline {
  private last: string | null = null;

  constructor(private readonly t: TestApp) {}

  /** The snapshot before the next request; forgotten until `keep` says the request changed nothing. */
  take(): string {
    const snapshot = this.last ?? snapshotDatabase(this.t);
    this.last = null;
    return snapshot;
  }

  keep(snapshot: string): void {
    this.last = snapshot;
  }

  /** For a rejected request: fails unless every table is exactly as in `before`. */
  expectUnchanged(before: string, context: string): void {
    const after = snapshotDatabase(this.t);
    if (after !== before) throw new Error(`rejected request changed the database (${firstDifference(before, after)}): ${context}`);
    this.keep(after);
  }

  forget(): void {
    this.last = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const SQLISH = [
  "'; drop table customers; --",
  "Robert'); DROP TABLE teams;--",
  '" or ""="',
  '1 OR 1=1',
  "' union select * from virtual_keys --",
  '%',
  '_',
  '\\',
  "json_extract('{}', '$')",
  '*/ select 1 /*',
];
/** Text a name may hold. */
const PRINTABLE_UNICODE = ['名前', 'Ünïcødé', '🚀🔥💸', 'مرحبا', '\u202Eevil', 'a\u200Bb', 'Ω≈ç√∫', 'e\u0301'];
/** Text no name may hold: control characters (NUL) and lone surrogates. */
const UNPRINTABLE_UNICODE = ['\u0000', 'x\u0000y', '\uD800', '\uDFFF\uD800'];
const UNICODE = [...PRINTABLE_UNICODE, ...UNPRINTABLE_UNICODE];
const NUMERIC_STRINGS = ['NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '9007199254740993', '0x10', '1_000', '١٢٣', '-0', ''];
const NUMBERS = [0, -0, -1, 1, 0.5, -0.000001, 1e-320, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53) - 1, Number.MAX_SAFE_INTEGER, 123456789012345680000];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

export const longString: fc.Arbitrary<string> = fc
  .record({
    n: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 256, max: 4096 }) }, fc.integer({ min: 4096, max: 65_536 })),
    c: fc.constantFrom('a', 'é', '🚀', ' ', '%', "'"),
  })
  .map(({ n, c }) => c.repeat(n));

/**
 * Arrays or objects nested `depth` levels deep, built only when serialized (toJSON): fast-check
 * prints and shrinks the small recipe, not thousands of levels.
 */
export class Deep {
  constructor(
    readonly depth: number,
    readonly arrays: boolean,
  ) {}

  toJSON(): unknown {
    let value: unknown = 1;
    for (let i = 0; i < this.depth; i += 1) value = this.arrays ? [value] : { a: value };
    return value;
  }

  [fc.toStringMethod](): string {
    return `Deep(${this.depth}, ${this.arrays ? 'arrays' : 'objects'})`;
  }
}

/** An array of `length` copies of one small value, built only when serialized (see Deep). */
export class Wide {
  constructor(
    readonly length: number,
    readonly item: unknown,
  ) {}

  toJSON(): unknown {
    return Array.from({ length: this.length }, () => this.item);
  }

  [fc.toStringMethod](): string {
    return `Wide(${this.length} × ${JSON.stringify(this.item)})`;
  }
}

export const wideValue: fc.Arbitrary<unknown> = fc
  .record({ length: fc.integer({ min: 1000, max: 5000 }), item: fc.constantFrom(0, '', 'x', null, {}, []) })
  .map(({ length, item }) => new Wide(length, item));

export const deepValue: fc.Arbitrary<unknown> = fc
  .record({ depth: fc.integer({ min: 20, max: 3000 }), arrays: fc.boolean() })
  .map(({ depth, arrays }) => new Deep(depth, arrays));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '\t\n', 'null', 'undefined', 'true', '[]', '{}', ...SQLISH, ...UNICODE, ...NUMERIC_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }),
  { weight: 1, arbitrary: longString },
);

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(...NUMBERS),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** Anything a JSON body can hold that a field may not expect: wrong types, odd shapes, nesting. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTO_KEYS)), hostileLeaf, { maxKeys: 4 }) },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: wideValue },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Free-form JSON objects (profile, config, claims, query, patch): plain, odd or deep. */
const plainJsonObject = fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
const jsonObject: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: plainJsonObject },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...PROTO_KEYS), hostileLeaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: deepValue.map((value) => ({ deep: value })) },
  { weight: 1, arbitrary: longString.map((value) => ({ long: value })) },
);

// ---------------------------------------------------------------------------------------------
// Valid-looking values, by field name: `valid` ones a request may succeed with, `odd` ones it may not

interface Hint {
  valid: fc.Arbitrary<unknown>;
  odd?: fc.Arbitrary<unknown>;
}

const DURATIONS = ['1h', '1d', '1w', '1M', '1Y', '30s', '5m', '2h30m', 'monthly', 'daily', 'weekly', 'yearly', '1.5h'];
const ODD_DURATIONS = ['0h', '0d', '-1h', '1x', '1', 'd', '', '99999999999999999999d', '1e3d', '.5d', '100000000000h', '2562048h', '1D'];
const PROVIDERS = ['openai', 'anthropic', 'azure', 'bedrock', 'vertex', 'gemini'];
const ODD_PROVIDERS = ['notaprovider', 'OpenAI', ' openai ', ''];
const MODELS = ['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet', 'text-embedding-3-small'];
const ODD_MODELS = ['gpt-*', '*', 'a*b*', ''];
const SCOPES = ['global', 'team', 'customer', 'virtual_key'];
const SCOPE_KINDS = ['global', 'provider', 'provider_key', 'virtual_key', 'virtual_key_provider', 'virtual_key_provider_key'];
const REQUEST_TYPES = ['chat_completion', 'text_completion', 'responses', 'embedding', 'rerank', 'speech', 'transcription', 'image_generation'];
const CEL = ['', 'true', 'model == "gpt-4o"', 'provider == "openai" && model.startsWith("gpt")', 'headers["x-tier"] == "gold"', 'request_type == "embedding"'];
const ODD_CEL = [
  'false', '(((', 'model ==', '1 +', 'size(model) > 3', 'team_name in ["a", "b"]', `${'('.repeat(300)}true${')'.repeat(300)}`,
  `${'!'.repeat(2000)}true`, Array.from({ length: 400 }, () => 'true').join(' && '), 'model', '"text"',
];
const DATES = ['2026-03-17T12:00:00.000Z', '2026-03-17T11:59:00Z', '2026-03-01T00:00:00Z'];
const ODD_DATES = ['1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30T00:00:00Z', 'yesterday', '2026-03-17', '+275760-09-13T00:00:00.000Z'];

const money = fc.double({ min: 0.01, max: 1000, noNaN: true });
const oddMoney = fc.constantFrom(0, -1, -0.001, 1e308, 5e-324, 2 ** 53);
const count = fc.integer({ min: 1, max: 1_000_000 });
const oddCount = fc.constantFrom(-1, 0, 2 ** 31, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER);
const sub = <T>(items: readonly T[], min = 0) => fc.subarray([...items], { minLength: min, maxLength: Math.min(3, items.length) });
const one = <T>(items: readonly T[]) => fc.constantFrom(...items);

const idHint = (kind: PoolKind): Hint => ({
  valid: refTo(kind, 0),
  odd: fc.oneof(refTo(kind, 1), fc.constantFrom('', ' ', UNKNOWN_ID, 'not-a-uuid')),
});

/** Values a field of this name plausibly takes, or undefined for no hint (the GraphQL type decides). */
function hintFor(field: string, parent: string): Hint | undefined {
  switch (field) {
    case 'name':
      if (parent === 'McpConfigInput') return undefined;
      return {
        valid: fc.oneof({ weight: 4, arbitrary: fc.nat(1_000_000).map((n) => `fuzz-${n}`) }, refTo('name', 0)),
        odd: fc.constantFrom('', '   ', ' padded '),
      };
    case 'mcpClientName':
      return { valid: refTo('mcp_client_name', 0), odd: one(['unknown-client', '']) };
    case 'maxLimit':
    case 'cost':
    case 'estimatedCost':
      return { valid: money, odd: oddMoney };
    case 'resetDuration':
    case 'tokenResetDuration':
    case 'requestResetDuration':
      return { valid: one(DURATIONS), odd: one(ODD_DURATIONS) };
    case 'tokenMaxLimit':
    case 'requestMaxLimit':
    case 'inputTokens':
    case 'outputTokens':
    case 'estimatedTokens':
      return { valid: count, odd: oddCount };
    case 'customerId':
      return idHint('customer');
    case 'teamId':
      return idHint('team');
    case 'businessUnitId':
      return idHint('business_unit');
    case 'virtualKeyId':
      return idHint('virtual_key');
    case 'scopeId':
      return { valid: fc.oneof(refTo('team', 0), refTo('customer', 0), refTo('virtual_key', 0)), odd: idHint('team').odd };
    case 'providerKeyId':
    case 'keyId':
      return idHint('provider_key');
    case 'keyIds':
      return {
        valid: fc.oneof(fc.constant(['*']), fc.array(refTo('provider_key', 0), { maxLength: 2 }), fc.constant([])),
        odd: fc.oneof(fc.constant(['*', '*']), fc.array(idHint('provider_key').odd!, { minLength: 1, maxLength: 2 })),
      };
    case 'id':
      if (parent === 'ProviderConfigInput') return { valid: refTo('provider_config', 0), odd: one([0, -1, 2 ** 31 - 1]) };
      if (parent === 'McpConfigInput') return { valid: refTo('mcp_config', 0), odd: one([0, -1, 2 ** 31 - 1]) };
      if (parent === 'CreateBusinessUnitInput') return { valid: fc.uuid(), odd: fc.oneof(refTo('business_unit', 0), fc.constant('')) };
      if (parent === 'UsageFilter') return { valid: fc.oneof(refTo('budget', 0), refTo('rate_limit', 0)) };
      return undefined;
    case 'provider':
    case 'providerId': {
      const known = fc.oneof({ weight: 4, arbitrary: one(PROVIDERS) }, refTo('provider', 0));
      // A root argument may also name a new custom provider (createProvider).
      const valid = parent === 'Root' ? fc.oneof({ weight: 4, arbitrary: known }, fc.nat(1_000_000).map((n) => `custom-${n}`)) : known;
      return { valid, odd: one(ODD_PROVIDERS) };
    }
    case 'model':
    case 'modelName':
      return { valid: one(MODELS), odd: one(ODD_MODELS) };
    case 'pattern':
      return { valid: one(['gpt-4o', 'gpt-*', 'claude-*']), odd: one(['*', 'a*b*', '', 'gpt-**']) };
    case 'allowedModels':
    case 'models':
      return { valid: fc.oneof(fc.constant(['*']), sub(MODELS)), odd: one([['*', 'gpt-4o'], [''], ['gpt-4o', 'gpt-4o']]) };
    case 'toolsToExecute':
      return { valid: one([['*'], [], ['read_file'], ['read_file', 'write_file']]), odd: one([['*', 'read_file'], [''], ['read_file', 'read_file']]) };
    case 'scope':
      return { valid: one(SCOPES), odd: one(['GLOBAL', 'provider', '']) };
    case 'scopeKind':
      return { valid: one(SCOPE_KINDS), odd: one(['team', 'GLOBAL', '']) };
    case 'matchType':
      return { valid: one(['exact', 'wildcard']), odd: one(['regex', '']) };
    case 'requestTypes':
      return { valid: sub(REQUEST_TYPES, 1), odd: one([[], ['bogus'], ['chat_completion', '']]) };
    case 'requestType':
      return { valid: one([...REQUEST_TYPES, 'chat_completion_stream']), odd: one(['bogus', '']) };
    case 'celExpression':
      return { valid: one(CEL), odd: one(ODD_CEL) };
    case 'fallbacks':
      return { valid: sub(['openai/gpt-4o', 'anthropic/claude-3-5-sonnet']), odd: sub(['nope', '/', '', 'openai/']) };
    case 'weight':
      return { valid: fc.double({ min: 0.01, max: 1, noNaN: true }), odd: one([0, -1, 1e308, 2]) };
    case 'priority':
      return { valid: fc.integer({ min: 0, max: 100 }), odd: one([-5, 2 ** 31 - 1, -(2 ** 31)]) };
    case 'virtualKey':
      return { valid: fc.oneof(refTo('virtual_key_value', 0), refTo('virtual_key', 0)), odd: one(['sk-bf-unknown', '', 'sk-bf-']) };
    case 'reservationId':
      return { valid: refTo('reservation', 0), odd: fc.constant(UNKNOWN_ID) };
    case 'idempotencyKey':
      return { valid: fc.uuid(), odd: fc.oneof(refTo('idempotency_key', 0), fc.constant('')) };
    case 'timestamp':
      return { valid: one(DATES), odd: one(ODD_DATES) };
    case 'envVar':
      return { valid: one(['env.OPENAI_API_KEY']), odd: one(['OPENAI_API_KEY', 'env.', '']) };
    case 'value':
      return parent === 'EnvVarInput' ? { valid: one(['sk-live-1234567890abcdef', 'key-0987654321']), odd: one(['sk-l...cdef', '', '****']) } : undefined;
    case 'patch':
      return {
        valid: fc.record({ input_cost_per_token: money, output_cost_per_token: money }, { requiredKeys: [] }),
        odd: fc.oneof(fc.record({ input_cost_per_token: fc.oneof(oddMoney, hostileString) }), jsonObject),
      };
    default:
      return undefined;
  }
}

/** Clean values keep within the input caps (JSON depth and size, printable text). */
function scalarArb(type: GraphQLNamedInputType, clean: boolean): fc.Arbitrary<unknown> {
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  switch (type.name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(2 ** 31 - 1, -(2 ** 31)));
    case 'SafeInt':
      return count;
    case 'Float':
      return fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }), fc.constantFrom(0, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.uuid(), fc.constant(UNKNOWN_ID));
    case 'DateTime':
      return one([...DATES, ...ODD_DATES]);
    case 'JSON':
      return clean ? plainJsonObject : jsonObject;
    default:
      return fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...(clean ? PRINTABLE_UNICODE : UNICODE)));
  }
}

// ---------------------------------------------------------------------------------------------
// Coherence for clean requests: rules spanning fields (scope and scope id, weights summing to 1, ...)
// that independent values would almost never satisfy together.

type Fields = Record<string, unknown>;

const SCOPE_KIND_OF: Record<string, PoolKind> = { team: 'team', customer: 'customer', virtual_key: 'virtual_key' };
const OVERRIDE_ID_VALUES: Record<string, (pick: number) => unknown> = {
  providerId: (pick) => PROVIDERS[pick % PROVIDERS.length],
  providerKeyId: (pick) => new Ref('provider_key', pick),
  virtualKeyId: (pick) => new Ref('virtual_key', pick),
};

function uniqueBy(list: unknown, key: string): unknown {
  if (!Array.isArray(list)) return list;
  const seen = new Set<unknown>();
  return list.filter((item: Fields) => !seen.has(item[key]) && seen.add(item[key]));
}

function fixScope(o: Fields, pick: number): void {
  const kind = typeof o.scope === 'string' ? SCOPE_KIND_OF[o.scope] : undefined;
  if (kind) o.scopeId = new Ref(kind, pick);
  else delete o.scopeId;
}

const CALENDAR_DURATIONS = new Set(['1d', '1w', '1M', '1Y', 'monthly', 'daily', 'weekly', 'yearly']);

/** A calendar-aligned budget needs a d, w, M or Y duration: any other becomes daily. */
function alignBudget(budget: unknown): void {
  if (budget === null || typeof budget !== 'object') return;
  const fields = budget as Fields;
  if (typeof fields.resetDuration === 'string' && !CALENDAR_DURATIONS.has(fields.resetDuration)) fields.resetDuration = '1d';
}

/** The owner's calendar flag as the service reads it: its own, else the first legacy per-budget one. */
function ownerAligned(o: Fields): boolean {
  const flagOf = (budget: unknown) => (budget as Fields | null | undefined)?.calendarAligned;
  const listed = Array.isArray(o.budgets) ? o.budgets.map(flagOf).find((flag) => flag != null) : undefined;
  return (o.calendarAligned ?? flagOf(o.budget) ?? listed) === true;
}

/** Budgets of a calendar-aligned owner (a key's provider configs follow the key) get calendar durations. */
function alignOwnerBudgets(o: Fields, aligned = ownerAligned(o)): void {
  if (!aligned) return;
  alignBudget(o.budget);
  if (Array.isArray(o.budgets)) o.budgets.forEach(alignBudget);
  if (Array.isArray(o.providerConfigs)) {
    for (const config of o.providerConfigs as Fields[]) {
      alignOwnerBudgets(config, true);
      config.budgets = uniqueBy(config.budgets, 'resetDuration');
      if (config.budgets === undefined) delete config.budgets;
    }
  }
}

function fixBudgets(o: Fields): void {
  alignOwnerBudgets(o);
  if (o.budgets !== undefined) delete o.budget;
  o.budgets = uniqueBy(o.budgets, 'resetDuration');
  if (o.budgets === undefined) delete o.budgets;
}

function fixVirtualKey(o: Fields): void {
  if (o.teamId && o.customerId) delete o.customerId;
  fixBudgets(o);
  o.providerConfigs = uniqueBy(o.providerConfigs, 'provider');
  o.mcpConfigs = uniqueBy(o.mcpConfigs, 'mcpClientName');
  for (const key of ['providerConfigs', 'mcpConfigs']) if (o[key] === undefined) delete o[key];
}

function fixOverride(o: Fields, pick: number, create: boolean): void {
  const needed: readonly string[] | undefined = typeof o.scopeKind === 'string'
    ? SCOPE_IDS[o.scopeKind as keyof typeof SCOPE_IDS]
    : undefined;
  for (const field of Object.keys(OVERRIDE_ID_VALUES)) {
    if (needed?.includes(field)) o[field] ??= OVERRIDE_ID_VALUES[field]!(pick);
    else if (needed || !create) delete o[field];
  }
  if (o.matchType === 'exact') o.pattern = 'gpt-4o';
  if (o.matchType === 'wildcard') o.pattern = 'gpt-*';
}

function fixRoutingRule(o: Fields, pick: number): void {
  fixScope(o, pick);
  if (Array.isArray(o.targets)) {
    // Weights of a rule sum to 1 (±0.001); a pinned key needs its provider, so none is pinned here.
    const weight = Math.floor(1000 / o.targets.length) / 1000;
    o.targets = o.targets.map((target: Fields, i, all) => {
      const { keyId: _pinned, ...rest } = target;
      return { ...rest, weight: i === all.length - 1 ? 1 - weight * (all.length - 1) : weight };
    });
  }
}

const FIXERS: Record<string, (o: Fields, pick: number) => void> = {
  BudgetInput: (o) => {
    if (o.maxLimit !== undefined || o.resetDuration !== undefined || Object.keys(o).length === 0) {
      o.maxLimit ??= 10;
      o.resetDuration ??= '1d';
    }
    if (o.calendarAligned === true) alignBudget(o);
  },
  RateLimitInput: (o) => {
    for (const kind of ['token', 'request']) {
      if (o[`${kind}MaxLimit`] !== undefined) o[`${kind}ResetDuration`] ??= '1h';
      else delete o[`${kind}ResetDuration`];
    }
  },
  EnvVarInput: (o) => {
    if (o.fromEnv) o.envVar = 'env.OPENAI_API_KEY';
    else {
      delete o.envVar;
      o.value ??= 'sk-live-1234567890abcdef';
    }
  },
  CreateCustomerInput: (o) => alignOwnerBudgets(o),
  UpdateCustomerInput: (o) => alignOwnerBudgets(o),
  CreateTeamInput: (o) => alignOwnerBudgets(o),
  UpdateTeamInput: (o) => alignOwnerBudgets(o),
  CreateBusinessUnitInput: (o) => void delete o.id,
  CreateModelConfigInput: (o, pick) => {
    fixScope(o, pick);
    fixBudgets(o);
  },
  UpdateModelConfigInput: (o) => {
    delete o.scope;
    delete o.scopeId;
    fixBudgets(o);
  },
  ProviderConfigInput: (o) => {
    delete o.id;
    fixBudgets(o);
  },
  McpConfigInput: (o) => void delete o.id,
  CreateVirtualKeyInput: fixVirtualKey,
  UpdateVirtualKeyInput: fixVirtualKey,
  CreateRoutingRuleInput: fixRoutingRule,
  UpdateRoutingRuleInput: fixRoutingRule,
  CreatePricingOverrideInput: (o, pick) => fixOverride(o, pick, true),
  UpdatePricingOverrideInput: (o, pick) => fixOverride(o, pick, false),
  UsageEventInput: (o) => {
    delete o.reservationId;
    delete o.timestamp;
  },
};

// ---------------------------------------------------------------------------------------------
// Values for GraphQL input types

/** Marks a field left out of its object (as opposed to sent as null). */
const ABSENT = Symbol('absent');

export interface InputOptions {
  /** REST bodies spell keys in snake_case; GraphQL variables in camelCase. */
  keys: 'snake' | 'camel';
  /**
   * Clean values are well-typed, valid-looking and coherent (the request may well succeed); mixed
   * ones include odd values, wrong types, nulls and unknown keys.
   */
  clean: boolean;
}

/**
 * A value for a GraphQL input type, from the field's hint or else its type. Mixed mode: mostly
 * valid-looking, sometimes odd or hostile (wrong type, odd shape), null, or (object fields) absent.
 */
export function inputArb(type: GraphQLInputType, field: string, parent: string, options: InputOptions): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  const hint = isInputObjectType(inner) ? undefined : hintFor(field, parent);
  let typed: fc.Arbitrary<unknown>;
  if (hint) {
    typed = options.clean || !hint.odd ? hint.valid : fc.oneof({ weight: 3, arbitrary: hint.valid }, hint.odd);
  } else if (isListType(inner)) {
    const item = inputArb(inner.ofType, field, parent, options);
    typed = options.clean
      ? fc.array(item, { maxLength: 3 })
      : // A single item where a list is expected is valid GraphQL (coerced to a one-item list).
        fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: item });
  } else if (isInputObjectType(inner)) {
    typed = objectArb(inner, options);
  } else {
    typed = scalarArb(inner as GraphQLNamedInputType, options.clean);
  }
  if (options.clean) return typed;
  return fc.oneof(
    { weight: required ? 90 : 86, arbitrary: typed },
    { weight: 8, arbitrary: hostile },
    { weight: required ? 2 : 6, arbitrary: fc.constant(null) },
  );
}

function objectArb(type: GraphQLInputObjectType, options: InputOptions): fc.Arbitrary<unknown> {
  const fields = Object.values(type.getFields());
  const entries = fields.map((f) => {
    const value = inputArb(f.type, f.name, type.name, options);
    if (isNonNullType(f.type)) {
      return (options.clean ? value : fc.oneof({ weight: 19, arbitrary: value }, fc.constant(ABSENT))).map((v) => [f.name, v] as const);
    }
    return fc.oneof(value, fc.constant(ABSENT)).map((v) => [f.name, v] as const);
  });
  const unknown = fc.array(
    fc.tuple(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...PROTO_KEYS, 'id', 'value', 'created_at', 'config_hash')), hostileLeaf),
    { maxLength: 2 },
  );
  const extras = options.clean ? fc.constant([]) : fc.oneof({ weight: 9, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: unknown });
  const key = (name: string) => (options.keys === 'snake' ? camelToSnake(name) : name);
  return fc.record({ known: fc.tuple(...entries), extra: extras, pick: fc.nat() }).map(({ known, extra, pick }) => {
    const fixed: Fields = Object.fromEntries(known.filter(([, value]) => value !== ABSENT));
    if (options.clean) FIXERS[type.name]?.(fixed, pick);
    const object: Fields = {};
    for (const [name, value] of [...extra, ...Object.entries(fixed).map(([name, value]) => [key(name), value] as const)]) {
      // defineProperty: "__proto__" must become a key of the body, not the object's prototype.
      Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return object;
  });
}

/** Clean and mixed values for one type, about a third clean. */
export function requestValueArb(type: GraphQLInputType, field: string, keys: InputOptions['keys']): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: inputArb(type, field, 'Root', { keys, clean: true }) },
    { weight: 2, arbitrary: inputArb(type, field, 'Root', { keys, clean: false }) },
  );
}

/** A generated request (for the failure message): long strings shortened, the whole capped. */
export function describeValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'string' && item.length > 80 ? `${item.slice(0, 40)}…(${item.length} chars)` : item,
    );
  } catch {
    // A replacer adds stack frames per level: the deepest values only fit the plain stringifier.
    text = JSON.stringify(value);
  }
  return text && text.length > 2000 ? `${text.slice(0, 2000)}…` : String(text);
}
