import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateVirtualKeyInput, UpdateVirtualKeyInput, VkListQueryVariables } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

// Fragments are registered with codegen by this call; the documents below spread them.
graphql(`
  fragment VkFields on VirtualKey {
    id
    name
    value
    description
    isActive
    teamId
    customerId
    calendarAligned
    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind }
    budget { id resetDuration }
    rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }
    providerConfigs {
      id
      provider
      weight
      allowedModels
      allowAllKeys
      keys { keyId name }
      budgets { id maxLimit resetDuration currentUsage lastReset }
      budget { id }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }
    }
    mcpConfigs { id mcpClientName toolsToExecute }
  }
`);

const CreateKey = graphql(`
  mutation VkCreate($input: CreateVirtualKeyInput!) {
    createVirtualKey(input: $input) { ...VkFields }
  }
`);

const UpdateKey = graphql(`
  mutation VkUpdate($id: ID!, $input: UpdateVirtualKeyInput!) {
    updateVirtualKey(id: $id, input: $input) { ...VkFields }
  }
`);

const DeleteKey = graphql(`
  mutation VkDelete($id: ID!) {
    deleteVirtualKey(id: $id)
  }
`);

const GetKey = graphql(`
  query VkGet($id: ID!) {
    virtualKey(id: $id) { ...VkFields }
  }
`);

const GetKeyRelations = graphql(`
  query VkRelations($id: ID!) {
    virtualKey(id: $id) {
      id
      team { id name }
      customer { id name }
      providerConfigs { id virtualKey { id } }
      mcpConfigs { id mcpClient { name } virtualKey { id } }
    }
  }
`);

const GetKeyByValue = graphql(`
  query VkByValue($value: String!) {
    virtualKeyByValue(value: $value) { id name }
  }
`);

const ListKeys = graphql(`
  query VkList($teamId: ID, $customerId: ID, $isActive: Boolean, $search: String, $first: Int) {
    virtualKeys(teamId: $teamId, customerId: $customerId, isActive: $isActive, search: $search, first: $first) {
      totalCount
      edges { node { id name } }
    }
  }
`);

const CreateTeam = graphql(`
  mutation VkCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { id }
  }
`);

const CreateCustomer = graphql(`
  mutation VkCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { id }
  }
`);

const CreateProviderKey = graphql(`
  mutation VkCreateProviderKey($provider: String!, $input: CreateProviderKeyInput!) {
    createProviderKey(provider: $provider, input: $input) { keyId name }
  }
`);

const CreateMcpClient = graphql(`
  mutation VkCreateMcpClient($name: String!) {
    createMcpClient(name: $name) { id name }
  }
`);

const DeleteMcpClient = graphql(`
  mutation VkDeleteMcpClient($id: Int!) {
    deleteMcpClient(id: $id)
  }
`);

const ListMcpClients = graphql(`
  query VkMcpClients {
    mcpClients { id name }
  }
`);

const ParentKeys = graphql(`
  query VkParentKeys($customerId: ID!, $teamId: ID!) {
    customer(id: $customerId) { virtualKeys { name } teams { virtualKeys { name } } }
    team(id: $teamId) { virtualKeys { name } }
  }
`);

const Hierarchy = graphql(`
  query VkHierarchy {
    customers {
      edges {
        node {
          id
          teams {
            id
            customer { id }
            budget { id }
            virtualKeys {
              id
              team { id }
              budgets { id }
              budget { id }
              rateLimit { id }
              mcpConfigs { id mcpClientName }
              providerConfigs { id budgets { id } budget { id } rateLimit { id } keys { keyId value { value } } }
            }
          }
        }
      }
    }
  }
`);

type Tables = 'virtual_keys' | 'budgets' | 'rate_limits' | 'provider_configs' | 'provider_config_keys' | 'mcp_configs';
const TABLES: Tables[] = ['virtual_keys', 'budgets', 'rate_limits', 'provider_configs', 'provider_config_keys', 'mcp_configs'];

describe('virtual keys', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  /** Every row of the tables a virtual key write touches, to prove a rejected write changed nothing. */
  async function snapshot() {
    const rows: Record<string, unknown[]> = {};
    for (const table of TABLES) rows[table] = await t.database.db.selectFrom(table).selectAll().execute();
    return rows;
  }
  const create = async (input: CreateVirtualKeyInput) => (await t.gqlOk(CreateKey, { input })).createVirtualKey;
  const update = async (id: string, input: UpdateVirtualKeyInput) => (await t.gqlOk(UpdateKey, { id, input })).updateVirtualKey;
  const team = async (name = 'T1') => (await t.gqlOk(CreateTeam, { input: { name } })).createTeam.id;
  const customer = async (name = 'C1') => (await t.gqlOk(CreateCustomer, { input: { name } })).createCustomer.id;
  const providerKey = async (provider: string, name: string, secret = `sk-${name}-0123456789abcdef`) =>
    (await t.gqlOk(CreateProviderKey, { provider, input: { name, value: { value: secret } } })).createProviderKey.keyId;
  const mcpClient = async (name: string) => (await t.gqlOk(CreateMcpClient, { name })).createMcpClient;

  describe('create', () => {
    it('creates a minimal key, active and denied everything by default (scenario 7)', async () => {
      const key = await create({ name: 'app' });
      expect(key).toMatchObject({
        name: 'app',
        description: '',
        isActive: true,
        teamId: null,
        customerId: null,
        calendarAligned: false,
        budgets: [],
        budget: null,
        rateLimit: null,
        providerConfigs: [],
        mcpConfigs: [],
      });
      expect(key.value).toMatch(/^sk-bf-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(key.value).toHaveLength(42);
      expect((await t.gqlOk(GetKeyByValue, { value: key.value })).virtualKeyByValue).toEqual({ id: key.id, name: 'app' });
      expect((await t.gqlOk(GetKeyByValue, { value: 'sk-bf-unknown' })).virtualKeyByValue).toBeNull();
    });

    it('does not accept a client-supplied value', async () => {
      // Untyped on purpose: the generated types would not let a test send `value`.
      const source = 'mutation { createVirtualKey(input: { name: "x", value: "sk-bf-mine" }) { id } }';
      const document = parse(source) as TypedDocumentNode<unknown, Record<string, never>>;
      const result = await t.gql(document, {});
      expect(result.errors?.[0]?.message).toMatch(/value/);
      expect((await snapshot()).virtual_keys).toEqual([]);
    });

    it('creates everything at once: parent, budgets, rate limit, provider configs with keys, MCP configs', async () => {
      const teamId = await team();
      const k1 = await providerKey('openai', 'k1');
      await providerKey('openai', 'k2');
      await providerKey('anthropic', 'a1');
      await mcpClient('fs');
      const key = await create({
        name: 'full',
        description: 'd',
        teamId,
        isActive: false,
        budgets: [
          { maxLimit: 5, resetDuration: '1d' },
          { maxLimit: 50, resetDuration: '1M' },
        ],
        rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h' },
        providerConfigs: [
          { provider: 'openai', weight: 0.5, allowedModels: ['gpt-4o'], keyIds: [k1], budgets: [{ maxLimit: 2, resetDuration: '1d' }] },
          { provider: 'anthropic', allowedModels: ['*'], keyIds: ['*'], rateLimit: { requestMaxLimit: 5, requestResetDuration: '1m' } },
        ],
        mcpConfigs: [{ mcpClientName: 'fs', toolsToExecute: ['read_file'] }],
      });
      expect(key).toMatchObject({
        description: 'd',
        teamId,
        isActive: false,
        budgets: [
          { maxLimit: 5, resetDuration: '1d', currentUsage: 0, ownerKind: 'VIRTUAL_KEY' },
          { maxLimit: 50, resetDuration: '1M' },
        ],
        rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: null },
        providerConfigs: [
          {
            provider: 'openai',
            weight: 0.5,
            allowedModels: ['gpt-4o'],
            allowAllKeys: false,
            keys: [{ keyId: k1, name: 'k1' }],
            budgets: [{ maxLimit: 2, resetDuration: '1d' }],
            rateLimit: null,
          },
          {
            provider: 'anthropic',
            weight: null,
            allowedModels: ['*'],
            allowAllKeys: true,
            keys: [{ name: 'a1' }],
            budgets: [],
            rateLimit: { requestMaxLimit: 5, requestResetDuration: '1m', tokenMaxLimit: null },
          },
        ],
        mcpConfigs: [{ mcpClientName: 'fs', toolsToExecute: ['read_file'] }],
      });
      expect(key.budget?.id).toBe(key.budgets[0]?.id);
      expect(key.providerConfigs[0]?.budget?.id).toBe(key.providerConfigs[0]?.budgets[0]?.id);
    });

    it('treats the legacy budget as a one-element budgets list', async () => {
      const key = await create({ name: 'legacy', budget: { maxLimit: 3, resetDuration: '1w' } });
      expect(key.budgets).toMatchObject([{ maxLimit: 3, resetDuration: '1w' }]);
      expect(key.budget?.id).toBe(key.budgets[0]?.id);
    });

    it('starts new budgets of an aligned key, and of its provider configs, at the calendar period', async () => {
      const key = await create({
        name: 'aligned',
        calendarAligned: true,
        budgets: [{ maxLimit: 3, resetDuration: '1M' }],
        providerConfigs: [{ provider: 'openai', budgets: [{ maxLimit: 1, resetDuration: '1w' }] }],
      });
      expect(key.budgets[0]?.lastReset).toBe('2026-03-01T00:00:00.000Z');
      // 2026-03-17 is a Tuesday: weeks start on Monday.
      expect(key.providerConfigs[0]?.budgets[0]?.lastReset).toBe('2026-03-16T00:00:00.000Z');
    });

    const rejections: Array<[string, () => Promise<CreateVirtualKeyInput>, string, string]> = [
      ['an empty name', async () => ({ name: ' ' }), 'input.name', 'Virtual key name is required'],
      [
        'both parents (scenario 8), before any budget rule',
        async () => ({ name: 'x', teamId: await team(), customerId: await customer(), budgets: [{ maxLimit: -1, resetDuration: '1d' }] }),
        'input.customerId',
        'VirtualKey cannot be attached to both Team and Customer',
      ],
      [
        'a negative budget',
        async () => ({ name: 'x', budgets: [{ maxLimit: -5, resetDuration: '1d' }] }),
        'input.budgets.0.maxLimit',
        'Budget max_limit cannot be negative: -5.00',
      ],
      [
        'a zero budget',
        async () => ({ name: 'x', budget: { maxLimit: 0, resetDuration: '1d' } }),
        'input.budget.maxLimit',
        'budget max limit cannot be negative or zero',
      ],
      [
        'a bad duration',
        async () => ({ name: 'x', budgets: [{ maxLimit: 5, resetDuration: '1x' }] }),
        'input.budgets.0.resetDuration',
        'Invalid reset duration format: 1x',
      ],
      [
        'duplicate budget durations (scenario 9)',
        async () => ({
          name: 'x',
          budgets: [
            { maxLimit: 5, resetDuration: '1d' },
            { maxLimit: 9, resetDuration: '1d' },
          ],
        }),
        'input.budgets.1.resetDuration',
        'Duplicate reset_duration in budgets: 1d',
      ],
      [
        'budget and budgets together',
        async () => ({ name: 'x', budget: { maxLimit: 1, resetDuration: '1d' }, budgets: [] }),
        'input.budget',
        'send either budget or budgets, not both',
      ],
      [
        'a rate limit without duration',
        async () => ({ name: 'x', rateLimit: { requestMaxLimit: 5 } }),
        'input.rateLimit.requestResetDuration',
        'Invalid rate limit: rate limit request reset duration is required',
      ],
      [
        'allowed models mixing * with names',
        async () => ({ name: 'x', providerConfigs: [{ provider: 'openai', allowedModels: ['*', 'gpt-4o'] }] }),
        'input.providerConfigs.0.allowedModels',
        "invalid allowed_models for provider openai: wildcard '*' cannot be combined with other values",
      ],
      [
        'key ids mixing * with ids',
        async () => ({ name: 'x', providerConfigs: [{ provider: 'openai', keyIds: ['*', 'k'] }] }),
        'input.providerConfigs.0.keyIds',
        "invalid key_ids for provider openai: wildcard '*' cannot be combined with other values",
      ],
      [
        'the same provider twice',
        async () => ({ name: 'x', providerConfigs: [{ provider: 'openai' }, { provider: 'openai' }] }),
        'input.providerConfigs.1.provider',
        'duplicate provider: openai',
      ],
      [
        'unknown keys',
        async () => ({ name: 'x', providerConfigs: [{ provider: 'openai', keyIds: ['00000000-0000-4000-8000-000000000000'] }] }),
        'input.providerConfigs.0.keyIds',
        'some keys not found for provider openai: expected 1, found 0',
      ],
      [
        "another provider's key",
        async () => ({ name: 'x', providerConfigs: [{ provider: 'openai', keyIds: [await providerKey('anthropic', 'a')] }] }),
        'input.providerConfigs.0.keyIds',
        'some keys not found for provider openai: expected 1, found 0',
      ],
      [
        'a provider config budget needing both fields',
        async () => ({ name: 'x', providerConfigs: [{ provider: 'openai', budget: { maxLimit: 1 } }] }),
        'input.providerConfigs.0.budget.resetDuration',
        'both max_limit and reset_duration are required when creating a new budget',
      ],
      [
        'tools mixing * with names',
        async () => ({ name: 'x', mcpConfigs: [{ mcpClientName: 'fs', toolsToExecute: ['read', '*'] }] }),
        'input.mcpConfigs.0.toolsToExecute',
        "invalid tools_to_execute for mcp client fs: wildcard '*' cannot be combined with other values",
      ],
      [
        'the same MCP client twice (scenario 43)',
        async () => ({ name: 'x', mcpConfigs: [{ mcpClientName: 'fs' }, { mcpClientName: 'fs', toolsToExecute: ['*'] }] }),
        'input.mcpConfigs.1.mcpClientName',
        'duplicate mcp_client_name: fs',
      ],
      [
        'an unknown MCP client',
        async () => ({ name: 'x', mcpConfigs: [{ mcpClientName: 'nope' }] }),
        'input.mcpConfigs.0.mcpClientName',
        'MCP client not found: nope',
      ],
      ['an unknown team', async () => ({ name: 'x', teamId: 'ghost' }), 'input.teamId', 'Team not found: ghost'],
      ['an unknown customer', async () => ({ name: 'x', customerId: 'ghost' }), 'input.customerId', 'Customer not found: ghost'],
      [
        'a duplicate name',
        async () => {
          await create({ name: 'taken' });
          return { name: 'taken', budgets: [{ maxLimit: 1, resetDuration: '1d' }] };
        },
        'input.name',
        'Virtual key name already exists: taken',
      ],
    ];

    it.each(rejections)('rejects %s, naming the field and creating nothing', async (_case, input, field, message) => {
      await mcpClient('fs');
      const prepared = await input();
      const before = await snapshot();
      const result = await t.gql(CreateKey, { input: prepared });
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('update', () => {
    it('keeps the parent when absent, detaches with null or "", and switches parents (GraphQL semantics)', async () => {
      const teamId = await team();
      const customerId = await customer();
      const key = await create({ name: 'v', teamId });
      expect(await update(key.id, { description: 'd' })).toMatchObject({ description: 'd', teamId, customerId: null });
      expect(await update(key.id, { description: null })).toMatchObject({ description: '', teamId });
      expect(await update(key.id, { customerId })).toMatchObject({ teamId: null, customerId });
      expect(await update(key.id, { teamId })).toMatchObject({ teamId, customerId: null });
      expect(await update(key.id, { teamId: null })).toMatchObject({ teamId: null, customerId: null });
      await update(key.id, { customerId });
      expect(await update(key.id, { customerId: '' })).toMatchObject({ teamId: null, customerId: null });
      expect(await update(key.id, { teamId, customerId: null })).toMatchObject({ teamId, customerId: null });
      const both = await t.gql(UpdateKey, { id: key.id, input: { teamId, customerId } });
      expect(both.errors?.[0]).toMatchObject({ message: 'VirtualKey cannot be attached to both Team and Customer' });
    });

    it('renames, rejecting a name another key has', async () => {
      const key = await create({ name: 'a' });
      await create({ name: 'b' });
      expect((await update(key.id, { name: 'a2' })).name).toBe('a2');
      expect((await update(key.id, { name: 'a2' })).name).toBe('a2');
      const clash = await t.gql(UpdateKey, { id: key.id, input: { name: 'b', description: 'changed' } });
      expect(clash.errors?.[0]).toMatchObject({
        message: 'Virtual key name already exists: b',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
      });
      expect((await t.gqlOk(GetKey, { id: key.id })).virtualKey).toMatchObject({ name: 'a2', description: '' });
    });

    it('deactivates a key (scenario 22) and lists by activity', async () => {
      const teamId = await team();
      const key = await create({ name: 'v', teamId });
      await create({ name: 'w' });
      expect(await update(key.id, { isActive: false, teamId })).toMatchObject({ isActive: false, teamId });
      const inactive = await t.gqlOk(ListKeys, { isActive: false });
      expect(inactive.virtualKeys.edges.map((e) => e?.node.name)).toEqual(['v']);
    });

    it('merges the rate limit field by field (scenario 16)', async () => {
      const teamId = await team();
      const key = await create({
        name: 'v',
        rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: 10, requestResetDuration: '1m' },
      });
      await t.database.db.updateTable('rate_limits').set({ token_current_usage: 5, request_current_usage: 2 }).execute();
      const updated = await update(key.id, { teamId, rateLimit: { requestMaxLimit: 20 } });
      expect(updated.rateLimit).toEqual({
        id: key.rateLimit!.id,
        tokenMaxLimit: 1000,
        tokenResetDuration: '1h',
        requestMaxLimit: 20,
        requestResetDuration: '1m',
        tokenCurrentUsage: 5,
        requestCurrentUsage: 2,
      });
      expect((await update(key.id, { rateLimit: {} })).rateLimit).toBeNull();
      const created = await update(key.id, { rateLimit: { requestMaxLimit: 3, requestResetDuration: '1m' } });
      expect(created.rateLimit).toMatchObject({ requestMaxLimit: 3, tokenMaxLimit: null });
      const missing = await t.gql(UpdateKey, { id: key.id, input: { rateLimit: { tokenMaxLimit: 5 } } });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ field: 'input.rateLimit.tokenResetDuration' });
    });

    it('reconciles budgets by reset duration keeping usage (scenario 23)', async () => {
      const key = await create({
        name: 'v',
        budgets: [
          { maxLimit: 5, resetDuration: '1d' },
          { maxLimit: 50, resetDuration: '1M' },
        ],
      });
      const [daily, monthly] = key.budgets;
      await t.database.db.updateTable('budgets').set({ current_usage: 3 }).where('id', '=', daily!.id).execute();
      await t.database.db.updateTable('budgets').set({ current_usage: 30 }).where('id', '=', monthly!.id).execute();
      t.clock.advance(60_000);
      const updated = await update(key.id, {
        budgets: [
          { maxLimit: 8, resetDuration: '1d' },
          { maxLimit: 100, resetDuration: '1w' },
        ],
      });
      expect(updated.budgets).toEqual([
        { ...daily, maxLimit: 8, currentUsage: 3 },
        expect.objectContaining({ maxLimit: 100, resetDuration: '1w', currentUsage: 0, lastReset: '2026-03-17T12:01:00.000Z' }),
      ]);
      expect((await update(key.id, { name: 'same' })).budgets).toHaveLength(2);
      expect((await update(key.id, { budgets: [] })).budgets).toEqual([]);
      await update(key.id, { budgets: [{ maxLimit: 1, resetDuration: '1d' }] });
      expect((await update(key.id, { budgets: null })).budgets).toEqual([]);
    });

    it('applies the legacy budget to the first budget in place and drops the others', async () => {
      const key = await create({
        name: 'v',
        budgets: [
          { maxLimit: 5, resetDuration: '1d' },
          { maxLimit: 50, resetDuration: '1M' },
        ],
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 2 }).execute();
      const updated = await update(key.id, { budget: { maxLimit: 7 } });
      expect(updated.budgets).toEqual([{ ...key.budgets[0], maxLimit: 7, currentUsage: 2 }]);
      expect((await update(key.id, { budget: {} })).budgets).toEqual([]);
    });

    it('resets usage of the key and its provider configs once when alignment is switched on (scenario 29)', async () => {
      const teamId = await team();
      const key = await create({
        name: 'v',
        budgets: [{ maxLimit: 10, resetDuration: '1d' }],
        providerConfigs: [{ provider: 'openai', budgets: [{ maxLimit: 5, resetDuration: '1M' }, { maxLimit: 1, resetDuration: '1w' }] }],
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
      const aligned = await update(key.id, { calendarAligned: true, teamId });
      expect(aligned.calendarAligned).toBe(true);
      expect(aligned.budgets[0]).toMatchObject({ currentUsage: 0, lastReset: '2026-03-17T00:00:00.000Z' });
      expect(aligned.providerConfigs[0]?.budgets).toMatchObject([
        { resetDuration: '1M', currentUsage: 0, lastReset: '2026-03-01T00:00:00.000Z' },
        { resetDuration: '1w', currentUsage: 0, lastReset: '2026-03-16T00:00:00.000Z' },
      ]);
      await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
      const again = await update(key.id, { calendarAligned: true, teamId });
      expect(again.budgets[0]?.currentUsage).toBe(4);
      const flags = await t.database.db.selectFrom('budgets').select('calendar_aligned').execute();
      expect(flags.every((row) => row.calendar_aligned === 1)).toBe(true);
    });

    describe('provider configs', () => {
      async function seeded() {
        const key = await create({
          name: 'v',
          providerConfigs: [
            {
              provider: 'openai',
              weight: 2,
              allowedModels: ['gpt-4o', 'gpt-4o-mini'],
              keyIds: [await providerKey('openai', 'o1')],
              budgets: [{ maxLimit: 5, resetDuration: '1d' }, { maxLimit: 9, resetDuration: '1w' }],
              rateLimit: { tokenMaxLimit: 100, tokenResetDuration: '1h' },
            },
            {
              provider: 'anthropic',
              allowedModels: ['*'],
              budgets: [{ maxLimit: 1, resetDuration: '1d' }],
              rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' },
            },
          ],
        });
        return { key, openai: key.providerConfigs[0]!, anthropic: key.providerConfigs[1]! };
      }

      it('reconciles by id: replaces sent configs, creates new ones, deletes the rest (scenario 18)', async () => {
        const { key, openai, anthropic } = await seeded();
        await t.database.db.updateTable('budgets').set({ current_usage: 3 }).execute();
        const updated = await update(key.id, {
          providerConfigs: [
            {
              id: openai.id,
              provider: 'openai',
              allowedModels: ['gpt-4o'],
              weight: 1,
              budgets: [{ maxLimit: 6, resetDuration: '1d' }],
              rateLimit: { requestMaxLimit: 5, requestResetDuration: '1m' },
            },
            { provider: 'gemini', allowedModels: ['*'] },
          ],
        });
        expect(updated.providerConfigs).toMatchObject([
          {
            id: openai.id,
            provider: 'openai',
            weight: 1,
            allowedModels: ['gpt-4o'],
            keys: [],
            budgets: [{ id: openai.budgets[0]!.id, maxLimit: 6, currentUsage: 3 }],
            rateLimit: { id: openai.rateLimit!.id, tokenMaxLimit: 100, tokenResetDuration: '1h', requestMaxLimit: 5 },
          },
          { provider: 'gemini', allowedModels: ['*'], weight: null, budgets: [], rateLimit: null },
        ]);
        const remaining = await t.database.db.selectFrom('provider_configs').select('id').execute();
        expect(remaining.map((row) => row.id)).not.toContain(anthropic.id);
        for (const table of ['budgets', 'rate_limits'] as const) {
          const orphans = await t.database.db.selectFrom(table).select('id').where('provider_config_id', '=', anthropic.id).execute();
          expect(orphans).toEqual([]);
        }
      });

      it('replaces omitted fields of a sent config: no weight, no model, no key; budgets and rate limit unchanged', async () => {
        const { key, openai } = await seeded();
        const updated = await update(key.id, { providerConfigs: [{ id: openai.id, provider: 'openai' }] });
        expect(updated.providerConfigs).toEqual([
          { ...openai, weight: null, allowedModels: [], keys: [], allowAllKeys: false },
        ]);
        expect(await t.database.db.selectFrom('provider_config_keys').selectAll().execute()).toEqual([]);
      });

      it('allows every key of the provider with ["*"]', async () => {
        const { key, openai } = await seeded();
        await providerKey('openai', 'o2');
        await providerKey('anthropic', 'a1');
        const updated = await update(key.id, { providerConfigs: [{ id: openai.id, provider: 'openai', keyIds: ['*'] }] });
        expect(updated.providerConfigs[0]).toMatchObject({ allowAllKeys: true, keys: [{ name: 'o1' }, { name: 'o2' }] });
      });

      it('rejects a config id of another key and changes nothing (scenario 19)', async () => {
        const { key } = await seeded();
        const other = await create({ name: 'other', providerConfigs: [{ provider: 'openai' }] });
        const before = await snapshot();
        for (const id of [999, other.providerConfigs[0]!.id]) {
          const input = { description: 'x', providerConfigs: [{ id, provider: 'openai' }] };
          const result = await t.gql(UpdateKey, { id: key.id, input });
          expect(result.errors?.[0]).toMatchObject({
            message: `provider config ${id} does not belong to this virtual key`,
            extensions: { code: 'BAD_USER_INPUT', field: 'input.providerConfigs.0.id' },
          });
        }
        expect(await snapshot()).toEqual(before);
      });

      it('rolls back everything when a later config fails', async () => {
        const { key, openai } = await seeded();
        const before = await snapshot();
        const result = await t.gql(UpdateKey, {
          id: key.id,
          input: {
            name: 'renamed',
            budgets: [{ maxLimit: 1, resetDuration: '1d' }],
            providerConfigs: [{ id: openai.id, provider: 'openai' }, { provider: 'azure', budget: { resetDuration: '1d' } }],
          },
        });
        expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'input.providerConfigs.1.budget.maxLimit' });
        expect(await snapshot()).toEqual(before);
      });

      it('removes every config with [] (scenario 20) and leaves them when absent', async () => {
        const { key } = await seeded();
        expect((await update(key.id, { description: 'x' })).providerConfigs).toHaveLength(2);
        expect((await update(key.id, { providerConfigs: [] })).providerConfigs).toEqual([]);
        expect(await t.database.db.selectFrom('budgets').selectAll().execute()).toEqual([]);
        expect(await t.database.db.selectFrom('rate_limits').selectAll().execute()).toEqual([]);
      });

      it('swaps providers between kept configs', async () => {
        const { key, openai, anthropic } = await seeded();
        const updated = await update(key.id, {
          providerConfigs: [
            { id: openai.id, provider: 'anthropic' },
            { id: anthropic.id, provider: 'openai' },
          ],
        });
        expect(updated.providerConfigs.map(({ id, provider }) => ({ id, provider }))).toEqual([
          { id: openai.id, provider: 'anthropic' },
          { id: anthropic.id, provider: 'openai' },
        ]);
      });

      it('lets a new config take the provider of a deleted one', async () => {
        const { key, openai } = await seeded();
        const updated = await update(key.id, { providerConfigs: [{ provider: 'openai', allowedModels: ['*'] }] });
        expect(updated.providerConfigs).toHaveLength(1);
        expect(updated.providerConfigs[0]?.id).not.toBe(openai.id);
      });
    });

    describe('MCP configs (scenario 43)', () => {
      it('grants tools to a key created with none, reconciles by id, and removes with []', async () => {
        const teamId = await team();
        await mcpClient('fs');
        await mcpClient('git');
        const key = await create({ name: 'v', mcpConfigs: [] });
        expect(key.mcpConfigs).toEqual([]);
        const granted = await update(key.id, { mcpConfigs: [{ mcpClientName: 'fs', toolsToExecute: ['read_file'] }], teamId });
        expect(granted.mcpConfigs).toMatchObject([{ mcpClientName: 'fs', toolsToExecute: ['read_file'] }]);
        const fs = granted.mcpConfigs[0]!;
        const changed = await update(key.id, {
          mcpConfigs: [
            // The client of an existing entry cannot change: the sent name is ignored.
            { id: fs.id, mcpClientName: 'unknown', toolsToExecute: ['*'] },
            { mcpClientName: 'git' },
          ],
        });
        expect(changed.mcpConfigs).toEqual([
          { id: fs.id, mcpClientName: 'fs', toolsToExecute: ['*'] },
          expect.objectContaining({ mcpClientName: 'git', toolsToExecute: [] }),
        ]);
        expect((await update(key.id, { mcpConfigs: [] })).mcpConfigs).toEqual([]);
      });

      it('rejects a duplicate client, also through an existing entry, and foreign ids', async () => {
        await mcpClient('fs');
        const key = await create({ name: 'v', mcpConfigs: [{ mcpClientName: 'fs' }] });
        const before = await snapshot();
        const duplicate = await t.gql(UpdateKey, {
          id: key.id,
          input: { mcpConfigs: [{ id: key.mcpConfigs[0]!.id, mcpClientName: 'fs' }, { mcpClientName: 'fs' }] },
        });
        expect(duplicate.errors?.[0]).toMatchObject({
          message: 'duplicate mcp_client_name: fs',
          extensions: { field: 'input.mcpConfigs.1.mcpClientName' },
        });
        const foreign = await t.gql(UpdateKey, { id: key.id, input: { mcpConfigs: [{ id: 4242, mcpClientName: 'fs' }] } });
        expect(foreign.errors?.[0]).toMatchObject({
          message: 'mcp config 4242 does not belong to this virtual key',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.mcpConfigs.0.id' },
        });
        expect(await snapshot()).toEqual(before);
      });
    });
  });

  it('answers NOT_FOUND for unknown ids on update and delete, null on read (scenario 10)', async () => {
    const result = await t.gql(UpdateKey, { id: 'does-not-exist', input: { name: 'x' } });
    expect(result.errors?.[0]).toMatchObject({ message: 'Virtual key not found', extensions: { code: 'NOT_FOUND' } });
    const del = await t.gql(DeleteKey, { id: 'does-not-exist' });
    expect(del.errors?.[0]).toMatchObject({ message: 'Virtual key not found', extensions: { code: 'NOT_FOUND' } });
    expect((await t.gqlOk(GetKey, { id: 'does-not-exist' })).virtualKey).toBeNull();
  });

  it('deletes a key with its budgets, rate limit, provider configs (with theirs) and MCP configs (scenario 41)', async () => {
    await mcpClient('fs');
    const other = await create({ name: 'other', budgets: [{ maxLimit: 1, resetDuration: '1d' }] });
    const key = await create({
      name: 'v',
      budgets: [{ maxLimit: 1, resetDuration: '1d' }],
      rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' },
      providerConfigs: [
        {
          provider: 'openai',
          keyIds: [await providerKey('openai', 'o1')],
          budgets: [{ maxLimit: 1, resetDuration: '1d' }],
          rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' },
        },
      ],
      mcpConfigs: [{ mcpClientName: 'fs', toolsToExecute: ['*'] }],
    });
    expect((await t.gqlOk(DeleteKey, { id: key.id })).deleteVirtualKey).toBe(key.id);
    const rows = await snapshot();
    expect(rows.virtual_keys).toHaveLength(1);
    expect(rows.budgets).toMatchObject([{ id: other.budgets[0]!.id }]);
    expect(rows.rate_limits).toEqual([]);
    expect(rows.provider_configs).toEqual([]);
    expect(rows.provider_config_keys).toEqual([]);
    expect(rows.mcp_configs).toEqual([]);
    expect((await t.gql(DeleteKey, { id: key.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resolves parents and back references, and lists by parent and name', async () => {
    const customerId = await customer('Acme');
    const teamId = (await t.gqlOk(CreateTeam, { input: { name: 'Platform', customerId } })).createTeam.id;
    await mcpClient('fs');
    const inTeam = await create({
      name: 'team-key',
      teamId,
      providerConfigs: [{ provider: 'openai' }],
      mcpConfigs: [{ mcpClientName: 'fs' }],
    });
    t.clock.advance(1000);
    const direct = await create({ name: 'customer-key', customerId });
    t.clock.advance(1000);
    await create({ name: 'loose' });

    const relations = await t.gqlOk(GetKeyRelations, { id: inTeam.id });
    expect(relations.virtualKey).toEqual({
      id: inTeam.id,
      team: { id: teamId, name: 'Platform' },
      customer: null,
      providerConfigs: [{ id: inTeam.providerConfigs[0]!.id, virtualKey: { id: inTeam.id } }],
      mcpConfigs: [{ id: inTeam.mcpConfigs[0]!.id, mcpClient: { name: 'fs' }, virtualKey: { id: inTeam.id } }],
    });
    expect((await t.gqlOk(GetKeyRelations, { id: direct.id })).virtualKey?.customer).toEqual({ id: customerId, name: 'Acme' });

    const parents = await t.gqlOk(ParentKeys, { customerId, teamId });
    expect(parents.customer).toEqual({
      virtualKeys: [{ name: 'customer-key' }],
      teams: [{ virtualKeys: [{ name: 'team-key' }] }],
    });
    expect(parents.team?.virtualKeys).toEqual([{ name: 'team-key' }]);

    const names = async (variables: VkListQueryVariables) =>
      (await t.gqlOk(ListKeys, variables)).virtualKeys.edges.map((e) => e?.node.name);
    expect(await names({})).toEqual(['team-key', 'customer-key', 'loose']);
    expect(await names({ teamId })).toEqual(['team-key']);
    expect(await names({ customerId })).toEqual(['customer-key']);
    expect(await names({ search: 'KEY' })).toEqual(['team-key', 'customer-key']);
    expect((await t.gqlOk(ListKeys, { first: 1 })).virtualKeys.totalCount).toBe(3);
  });

  it('loads the nested hierarchy with one statement per level, whatever its size', async () => {
    async function seed(customers: number) {
      await mcpClient(`fs-${customers}`);
      for (let c = 0; c < customers; c += 1) {
        const customerId = await customer(`c${customers}-${c}`);
        for (let tm = 0; tm < 2; tm += 1) {
          const teamInput = { name: `t${c}${tm}`, customerId, budget: { maxLimit: 1, resetDuration: '1d' } };
          const teamId = (await t.gqlOk(CreateTeam, { input: teamInput })).createTeam.id;
          for (let v = 0; v < 2; v += 1) {
            await create({
              name: `v${customers}-${c}-${tm}-${v}`,
              teamId,
              budgets: [{ maxLimit: 1, resetDuration: '1d' }],
              rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' },
              mcpConfigs: [{ mcpClientName: `fs-${customers}` }],
              providerConfigs: [
                {
                  provider: 'openai',
                  keyIds: [await providerKey('openai', `o${customers}-${c}-${tm}-${v}`)],
                  budgets: [{ maxLimit: 1, resetDuration: '1d' }],
                },
                { provider: 'anthropic', keyIds: ['*'], rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' } },
              ],
            });
          }
        }
      }
    }
    await providerKey('anthropic', 'shared');
    await seed(1);
    t.resetStatements();
    const small = await t.gqlOk(Hierarchy, {});
    const smallCount = t.statements.length;
    await seed(4);
    t.resetStatements();
    const large = await t.gqlOk(Hierarchy, {});
    expect(t.statements.length).toBe(smallCount);
    expect(large.customers.edges).toHaveLength(5);
    const keys = small.customers.edges[0]!.node.teams[0]!.virtualKeys[0]!.providerConfigs.map((config) => config.keys.length);
    expect(keys).toEqual([1, 1]);
  });

  describe('MCP clients', () => {
    it('creates, lists and deletes clients; deleting one removes keys\' access to it', async () => {
      const fs = await mcpClient('fs');
      await mcpClient('browser');
      expect((await t.gqlOk(ListMcpClients, {})).mcpClients.map((c) => c.name)).toEqual(['browser', 'fs']);
      const duplicate = await t.gql(CreateMcpClient, { name: 'fs' });
      expect(duplicate.errors?.[0]).toMatchObject({
        message: "MCP client 'fs' already exists",
        extensions: { code: 'CONFLICT' },
      });
      const empty = await t.gql(CreateMcpClient, { name: ' ' });
      expect(empty.errors?.[0]).toMatchObject({ message: 'MCP client name is required', extensions: { field: 'name' } });
      const key = await create({ name: 'v', mcpConfigs: [{ mcpClientName: 'fs', toolsToExecute: ['*'] }] });
      expect((await t.gqlOk(DeleteMcpClient, { id: fs.id })).deleteMcpClient).toBe(fs.id);
      expect((await t.gqlOk(GetKey, { id: key.id })).virtualKey?.mcpConfigs).toEqual([]);
      expect((await t.gql(DeleteMcpClient, { id: fs.id })).errors?.[0]).toMatchObject({
        message: 'MCP client not found',
        extensions: { code: 'NOT_FOUND' },
      });
    });
  });
});
