import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreatePricingOverrideInput, ListPricingOverridesQueryVariables } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const CreatePricingOverride = graphql(`
  mutation CreatePricingOverride($input: CreatePricingOverrideInput!) {
    createPricingOverride(input: $input) {
      id
      name
      scopeKind
      virtualKeyId
      providerId
      provider { name }
      providerKeyId
      matchType
      pattern
      requestTypes
      patch
      pricingPatch
      configHash
      createdAt
      updatedAt
    }
  }
`);

const UpdatePricingOverride = graphql(`
  mutation UpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {
    updatePricingOverride(id: $id, input: $input) {
      id
      name
      scopeKind
      virtualKeyId
      providerId
      providerKeyId
      matchType
      pattern
      requestTypes
      patch
      pricingPatch
      updatedAt
    }
  }
`);

const DeletePricingOverride = graphql(`
  mutation DeletePricingOverride($id: ID!) {
    deletePricingOverride(id: $id)
  }
`);

const GetPricingOverride = graphql(`
  query GetPricingOverride($id: ID!) {
    pricingOverride(id: $id) { id name scopeKind virtualKeyId providerId providerKeyId pattern requestTypes patch }
  }
`);

const ListPricingOverrides = graphql(`
  query ListPricingOverrides(
    $first: Int
    $after: String
    $scopeKind: String
    $virtualKeyId: ID
    $providerId: String
    $providerKeyId: ID
    $search: String
  ) {
    pricingOverrides(
      first: $first
      after: $after
      scopeKind: $scopeKind
      virtualKeyId: $virtualKeyId
      providerId: $providerId
      providerKeyId: $providerKeyId
      search: $search
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name provider { name } } }
    }
  }
`);

// Scenario 37's body.
const cheap: CreatePricingOverrideInput = {
  name: 'cheap',
  scopeKind: 'provider',
  providerId: 'openai',
  matchType: 'wildcard',
  pattern: 'gpt-4o*',
  requestTypes: ['chat_completion'],
  patch: { input_cost_per_token: 0.000001 },
};

describe('pricing overrides', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  /** Virtual keys are inserted directly: their mutations live in another module. */
  async function insertVirtualKey(id: string) {
    const at = t.clock.now().toISOString();
    await t.database.db
      .insertInto('virtual_keys')
      .values({ id, name: `key ${id}`, value: `sk-bf-${id}`, config_hash: null, team_id: null, customer_id: null, created_at: at, updated_at: at })
      .execute();
  }

  async function create(input: Partial<CreatePricingOverrideInput> = {}) {
    const { createPricingOverride } = await t.gqlOk(CreatePricingOverride, { input: { ...cheap, ...input } });
    return createPricingOverride;
  }

  const storedRows = () => t.database.db.selectFrom('pricing_overrides').selectAll().execute();

  it('creates a provider-scoped override (scenario 37)', async () => {
    const override = await create();
    expect(override).toEqual({
      id: expect.any(String),
      name: 'cheap',
      scopeKind: 'provider',
      virtualKeyId: null,
      providerId: 'openai',
      provider: { name: 'openai' },
      providerKeyId: null,
      matchType: 'wildcard',
      pattern: 'gpt-4o*',
      requestTypes: ['chat_completion'],
      patch: { input_cost_per_token: 0.000001 },
      pricingPatch: '{"input_cost_per_token":0.000001}',
      configHash: null,
      createdAt: '2026-03-17T12:00:00.000Z',
      updatedAt: '2026-03-17T12:00:00.000Z',
    });
  });

  it('trims name and pattern, drops null prices, and reads blank ids as absent', async () => {
    const override = await create({
      name: '  cheap  ',
      scopeKind: 'global',
      providerId: '',
      virtualKeyId: '  ',
      matchType: 'exact',
      pattern: ' gpt-4o ',
      requestTypes: ['chat_completion', 'embedding', 'chat_completion'],
      patch: { input_cost_per_token: null, output_cost_per_token: 0 },
    });
    expect(override).toMatchObject({
      name: 'cheap',
      scopeKind: 'global',
      providerId: null,
      provider: null,
      virtualKeyId: null,
      pattern: 'gpt-4o',
      requestTypes: ['chat_completion', 'embedding'],
      patch: { output_cost_per_token: 0 },
      pricingPatch: '{"output_cost_per_token":0}',
    });
  });

  it('creates every scope with its ids', async () => {
    await insertVirtualKey('vk1');
    const scopes: Array<Partial<CreatePricingOverrideInput>> = [
      { scopeKind: 'provider_key', providerId: null, providerKeyId: 'key-1' },
      { scopeKind: 'virtual_key', providerId: null, virtualKeyId: 'vk1' },
      { scopeKind: 'virtual_key_provider', virtualKeyId: 'vk1' },
      { scopeKind: 'virtual_key_provider_key', providerId: null, virtualKeyId: 'vk1', providerKeyId: 'key-1' },
    ];
    for (const scope of scopes) {
      const override = await create(scope);
      expect(override).toMatchObject({ ...scope, providerId: scope.providerId === null ? null : 'openai' });
    }
  });

  it.each([
    // Scenario 38.
    [{ name: '  ' }, 'input.name', 'name is required'],
    [{ scopeKind: 'virtual_key' }, 'input.virtualKeyId', 'virtual_key_id is required for virtual_key scope_kind'],
    [{ requestTypes: [] }, 'input.requestTypes', 'request_types is required and must contain at least one value'],
    [{ scopeKind: 'team' }, 'input.scopeKind', 'unsupported scope_kind "team"'],
    [{ providerId: null }, 'input.providerId', 'provider_id is required for provider scope_kind'],
    [{ providerKeyId: 'k' }, 'input.providerKeyId', 'provider scope_kind only supports provider_id'],
    [{ scopeKind: 'global' }, 'input.providerId', 'global scope_kind must not include scope identifiers'],
    [{ scopeKind: 'virtual_key_provider', virtualKeyId: 'vk1', providerKeyId: 'k' }, 'input.providerKeyId', 'virtual_key_provider scope_kind does not support provider_key_id'],
    [{ scopeKind: 'virtual_key_provider_key', virtualKeyId: 'vk1', providerKeyId: 'k' }, 'input.providerId', 'virtual_key_provider_key scope_kind does not support provider_id'],
    [{ pattern: '  ' }, 'input.pattern', 'pattern is required'],
    [{ matchType: 'exact' }, 'input.pattern', "exact pattern cannot include '*'"],
    [{ pattern: 'gpt-*4o' }, 'input.pattern', "wildcard pattern supports a single trailing '*' only"],
    [{ pattern: '*' }, 'input.pattern', 'wildcard prefix cannot be empty'],
    [{ matchType: 'prefix' }, 'input.matchType', 'unsupported match_type "prefix"'],
    [{ requestTypes: ['chat_completion', 'batch'] }, 'input.requestTypes.1', 'unsupported request_type "batch"'],
    [
      { requestTypes: ['chat_completion_stream'] },
      'input.requestTypes.0',
      'unsupported request_type "chat_completion_stream": use the base type (e.g. "chat_completion" covers both streaming and non-streaming)',
    ],
    [{ patch: { input_cost_per_token: 0.1, output_cost_per_token: -1 } }, 'input.patch.output_cost_per_token', 'output_cost_per_token must be non-negative'],
    [{ patch: { input_cost_per_token: '1' } }, 'input.patch.input_cost_per_token', 'input_cost_per_token must be a number'],
    // Name first, then scope, pattern, request types, patch.
    [{ name: '', scopeKind: 'nope', pattern: '' }, 'input.name', 'name is required'],
    [{ scopeKind: 'nope', pattern: '' }, 'input.scopeKind', 'unsupported scope_kind "nope"'],
    [{ pattern: '', requestTypes: [] }, 'input.pattern', 'pattern is required'],
    [{ requestTypes: [], patch: { input_cost_per_token: -1 } }, 'input.requestTypes', 'request_types is required and must contain at least one value'],
    // References are checked once the shape is valid.
    [{ providerId: 'notaprovider' }, 'input.providerId', 'Provider not found: notaprovider'],
    [{ scopeKind: 'virtual_key', providerId: null, virtualKeyId: 'nope' }, 'input.virtualKeyId', 'Virtual key not found: nope'],
  ] as Array<[Partial<CreatePricingOverrideInput>, string, string]>)('rejects %j naming %s and creates nothing', async (input, field, message) => {
    const result = await t.gql(CreatePricingOverride, { input: { ...cheap, ...input } });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(result.data).toBeNull();
    expect(await storedRows()).toEqual([]);
  });

  describe('update semantics', () => {
    it('keeps omitted fields and replaces requestTypes and patch whole', async () => {
      const before = await create({ patch: { input_cost_per_token: 1, output_cost_per_token: 2 } });
      t.clock.advance(60_000);
      const { updatePricingOverride } = await t.gqlOk(UpdatePricingOverride, {
        id: before.id,
        input: { requestTypes: ['embedding', 'responses'], patch: { output_cost_per_token: 3 }, name: null, pattern: null },
      });
      expect(updatePricingOverride).toEqual({
        id: before.id,
        name: 'cheap',
        scopeKind: 'provider',
        virtualKeyId: null,
        providerId: 'openai',
        providerKeyId: null,
        matchType: 'wildcard',
        pattern: 'gpt-4o*',
        requestTypes: ['embedding', 'responses'],
        patch: { output_cost_per_token: 3 },
        pricingPatch: '{"output_cost_per_token":3}',
        updatedAt: '2026-03-17T12:01:00.000Z',
      });
    });

    it('changes name, match type and pattern together', async () => {
      const before = await create();
      const { updatePricingOverride } = await t.gqlOk(UpdatePricingOverride, {
        id: before.id,
        input: { name: ' exact ', matchType: 'exact', pattern: ' gpt-4o ' },
      });
      expect(updatePricingOverride).toMatchObject({ name: 'exact', matchType: 'exact', pattern: 'gpt-4o' });
    });

    it('clears the ids when the scope changes (scenario 39)', async () => {
      const before = await create();
      const { updatePricingOverride } = await t.gqlOk(UpdatePricingOverride, { id: before.id, input: { scopeKind: 'global' } });
      expect(updatePricingOverride).toMatchObject({ scopeKind: 'global', providerId: null });
    });

    it('needs the new scope\'s ids (scenario 39)', async () => {
      const before = await create();
      const result = await t.gql(UpdatePricingOverride, { id: before.id, input: { scopeKind: 'virtual_key' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'virtual_key_id is required for virtual_key scope_kind',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.virtualKeyId' },
      });
      expect((await t.gqlOk(GetPricingOverride, { id: before.id })).pricingOverride).toMatchObject({
        scopeKind: 'provider',
        providerId: 'openai',
      });
    });

    it('keeps re-sent ids when the scope changes', async () => {
      await insertVirtualKey('vk1');
      const before = await create();
      const { updatePricingOverride } = await t.gqlOk(UpdatePricingOverride, {
        id: before.id,
        input: { scopeKind: 'virtual_key_provider', virtualKeyId: 'vk1', providerId: 'openai' },
      });
      expect(updatePricingOverride).toMatchObject({ scopeKind: 'virtual_key_provider', virtualKeyId: 'vk1', providerId: 'openai' });
    });

    it('treats null ids as "clear" and absent ids as "keep"', async () => {
      await insertVirtualKey('vk1');
      const before = await create({ scopeKind: 'virtual_key_provider', virtualKeyId: 'vk1' });
      const kept = await t.gqlOk(UpdatePricingOverride, { id: before.id, input: { scopeKind: 'virtual_key_provider' } });
      expect(kept.updatePricingOverride).toMatchObject({ virtualKeyId: 'vk1', providerId: 'openai' });
      const cleared = await t.gqlOk(UpdatePricingOverride, {
        id: before.id,
        input: { scopeKind: 'virtual_key', providerId: null, virtualKeyId: 'vk1' },
      });
      expect(cleared.updatePricingOverride).toMatchObject({ scopeKind: 'virtual_key', virtualKeyId: 'vk1', providerId: null });
      const refused = await t.gql(UpdatePricingOverride, { id: before.id, input: { virtualKeyId: null } });
      expect(refused.errors?.[0]).toMatchObject({
        message: 'virtual_key_id is required for virtual_key scope_kind',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.virtualKeyId' },
      });
      const blank = await t.gql(UpdatePricingOverride, { id: before.id, input: { virtualKeyId: '' } });
      expect(blank.errors?.[0]?.extensions?.field).toBe('input.virtualKeyId');
    });

    it.each([
      [{ name: ' ' }, 'input.name', 'name is required'],
      [{ matchType: 'exact' }, 'input.pattern', "exact pattern cannot include '*'"],
      [{ requestTypes: [] }, 'input.requestTypes', 'request_types is required and must contain at least one value'],
      [{ patch: { input_cost_per_token: -0.5 } }, 'input.patch.input_cost_per_token', 'input_cost_per_token must be non-negative'],
      [{ providerKeyId: 'k' }, 'input.providerKeyId', 'provider scope_kind only supports provider_id'],
      [{ providerId: 'notaprovider' }, 'input.providerId', 'Provider not found: notaprovider'],
      [{ scopeKind: 'virtual_key', virtualKeyId: 'nope' }, 'input.virtualKeyId', 'Virtual key not found: nope'],
    ] as Array<[Record<string, unknown>, string, string]>)('rejects %j after merging and changes nothing', async (input, field, message) => {
      const before = await create();
      const result = await t.gql(UpdatePricingOverride, { id: before.id, input: { pattern: 'gpt-4*', ...input } });
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      const [row] = await storedRows();
      expect(row).toMatchObject({ name: 'cheap', pattern: 'gpt-4o*', provider_id: 'openai', updated_at: before.updatedAt });
    });
  });

  it('answers NOT_FOUND for unknown ids on update and delete, null on read', async () => {
    const update = await t.gql(UpdatePricingOverride, { id: 'missing', input: { name: 'x' } });
    expect(update.errors?.[0]).toMatchObject({ message: 'Pricing override not found', extensions: { code: 'NOT_FOUND' } });
    const del = await t.gql(DeletePricingOverride, { id: 'missing' });
    expect(del.errors?.[0]).toMatchObject({ message: 'Pricing override not found', extensions: { code: 'NOT_FOUND' } });
    expect((await t.gqlOk(GetPricingOverride, { id: 'missing' })).pricingOverride).toBeNull();
  });

  it('deletes an override', async () => {
    const override = await create();
    expect((await t.gqlOk(DeletePricingOverride, { id: override.id })).deletePricingOverride).toBe(override.id);
    expect(await storedRows()).toEqual([]);
    expect((await t.gql(DeletePricingOverride, { id: override.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('goes away with its virtual key', async () => {
    await insertVirtualKey('vk1');
    await insertVirtualKey('vk2');
    await create({ scopeKind: 'virtual_key', providerId: null, virtualKeyId: 'vk1' });
    const kept = await create({ scopeKind: 'virtual_key', providerId: null, virtualKeyId: 'vk2' });
    await t.database.db.deleteFrom('virtual_keys').where('id', '=', 'vk1').execute();
    expect((await storedRows()).map((row) => row.id)).toEqual([kept.id]);
  });

  it('lists in creation order with filters and cursors', async () => {
    await insertVirtualKey('vk1');
    await create({ name: 'Alpha' });
    t.clock.advance(1000);
    await create({ name: 'Beta', providerId: 'anthropic' });
    t.clock.advance(1000);
    await create({ name: 'Gamma', scopeKind: 'virtual_key_provider_key', providerId: null, virtualKeyId: 'vk1', providerKeyId: 'key-1' });
    t.clock.advance(1000);
    await create({ name: 'alphabet', scopeKind: 'provider_key', providerId: null, providerKeyId: 'key-2' });

    const first = await t.gqlOk(ListPricingOverrides, { first: 2 });
    expect(first.pricingOverrides.edges.map((e) => e.node)).toEqual([
      { name: 'Alpha', provider: { name: 'openai' } },
      { name: 'Beta', provider: { name: 'anthropic' } },
    ]);
    expect(first.pricingOverrides).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await t.gqlOk(ListPricingOverrides, { first: 2, after: first.pricingOverrides.pageInfo.endCursor });
    expect(second.pricingOverrides.edges.map((e) => e.node.name)).toEqual(['Gamma', 'alphabet']);

    const names = async (variables: ListPricingOverridesQueryVariables) =>
      (await t.gqlOk(ListPricingOverrides, variables)).pricingOverrides.edges.map((e) => e.node.name);
    expect(await names({ scopeKind: 'provider' })).toEqual(['Alpha', 'Beta']);
    expect(await names({ providerId: 'anthropic' })).toEqual(['Beta']);
    expect(await names({ virtualKeyId: 'vk1' })).toEqual(['Gamma']);
    expect(await names({ providerKeyId: 'key-2' })).toEqual(['alphabet']);
    expect(await names({ search: 'ALPHA' })).toEqual(['Alpha', 'alphabet']);
  });

  it('loads the providers of a whole page in one statement', async () => {
    for (const providerId of ['openai', 'anthropic', 'azure']) {
      await create({ providerId });
      t.clock.advance(1000);
    }
    t.resetStatements();
    const list = await t.gqlOk(ListPricingOverrides, {});
    expect(list.pricingOverrides.edges.map((e) => e.node.provider?.name)).toEqual(['openai', 'anthropic', 'azure']);
    // The page, its total count, and one statement for every override's provider.
    expect(t.statements).toHaveLength(3);
  });
});
