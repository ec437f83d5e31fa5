import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateBusinessUnitInput, GovernanceInput, UpdateBusinessUnitInput } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const CreateBusinessUnit = graphql(`
  mutation CreateBusinessUnit($input: CreateBusinessUnitInput!) {
    createBusinessUnit(input: $input) {
      id
      name
      description
      sourceId
      profile
      config
      claims
      configHash
      createdByUserId
      createdAt
      updatedAt
      budget { id }
      rateLimit { id }
      customers { id name }
    }
  }
`);

const UpdateBusinessUnit = graphql(`
  mutation UpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {
    updateBusinessUnit(id: $id, input: $input) {
      id
      name
      description
      sourceId
      profile
      config
      claims
      updatedAt
      customers { id }
    }
  }
`);

const UpdateBusinessUnitGovernance = graphql(`
  mutation UpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {
    updateBusinessUnitGovernance(id: $id, input: $input) {
      id
      updatedAt
      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }
    }
  }
`);

const DeleteBusinessUnit = graphql(`
  mutation DeleteBusinessUnit($id: ID!) {
    deleteBusinessUnit(id: $id)
  }
`);

const GetBusinessUnit = graphql(`
  query GetBusinessUnit($id: ID!) {
    businessUnit(id: $id) { id name description budget { id } rateLimit { id } customers { id name } }
  }
`);

const ListBusinessUnits = graphql(`
  query ListBusinessUnits($first: Int, $after: String, $search: String) {
    businessUnits(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name budget { maxLimit } rateLimit { requestMaxLimit } customers { name businessUnit { id } } } }
    }
  }
`);

const CreateMemberCustomer = graphql(`
  mutation CreateMemberCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { id name businessUnit { id name } }
  }
`);

const DetachCustomer = graphql(`
  mutation DetachCustomer($id: ID!) {
    updateCustomer(id: $id, input: { businessUnitId: null }) { id businessUnit { id } }
  }
`);

const CustomersWithUnits = graphql(`
  query CustomersWithUnits {
    customers { edges { node { name businessUnit { name } } } }
  }
`);

describe('business units', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const create = async (input: CreateBusinessUnitInput) => (await t.gqlOk(CreateBusinessUnit, { input })).createBusinessUnit;
  const update = async (id: string, input: UpdateBusinessUnitInput) =>
    (await t.gqlOk(UpdateBusinessUnit, { id, input })).updateBusinessUnit;
  const governance = async (id: string, input: GovernanceInput) =>
    (await t.gqlOk(UpdateBusinessUnitGovernance, { id, input })).updateBusinessUnitGovernance;
  const customer = async (name: string, businessUnitId?: string) =>
    (await t.gqlOk(CreateMemberCustomer, { input: { name, businessUnitId } })).createCustomer;
  const rows = (table: 'business_units' | 'budgets' | 'rate_limits') => t.database.db.selectFrom(table).selectAll().execute();

  it('creates a business unit with defaults', async () => {
    const unit = await create({ name: '  Sales  ' });
    expect(unit).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Sales',
      description: '',
      sourceId: null,
      profile: null,
      config: null,
      claims: null,
      configHash: null,
      createdByUserId: null,
      createdAt: '2026-03-17T12:00:00.000Z',
      updatedAt: '2026-03-17T12:00:00.000Z',
      budget: null,
      rateLimit: null,
      customers: [],
    });
  });

  it('stores description, source id and JSON metadata', async () => {
    const unit = await create({
      name: 'Sales',
      description: 'EMEA sales',
      sourceId: 'scim-42',
      profile: { region: 'emea', seats: 10 },
      config: { tier: 'gold' },
      claims: { groups: ['a', 'b'] },
    });
    expect(unit).toMatchObject({
      description: 'EMEA sales',
      sourceId: 'scim-42',
      profile: { region: 'emea', seats: 10 },
      config: { tier: 'gold' },
      claims: { groups: ['a', 'b'] },
    });
  });

  it('accepts a client-chosen id once; "" means generate one', async () => {
    expect((await create({ id: 'bu-1', name: 'A' })).id).toBe('bu-1');
    const taken = await t.gql(CreateBusinessUnit, { input: { id: 'bu-1', name: 'B' } });
    expect(taken.errors?.[0]).toMatchObject({
      message: 'A business unit with that id already exists',
      extensions: { code: 'CONFLICT' },
    });
    expect((await create({ id: '', name: 'C' })).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await rows('business_units')).toHaveLength(2);
  });

  it('rejects an empty name and creates nothing', async () => {
    const result = await t.gql(CreateBusinessUnit, { input: { name: '   ' } });
    expect(result.errors?.[0]).toMatchObject({
      message: 'name is required',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
    expect(await rows('business_units')).toEqual([]);
  });

  it('answers CONFLICT for a name clash after trimming, on create and on rename', async () => {
    const sales = await create({ name: 'Sales' });
    const ops = await create({ name: 'Ops' });
    const clash = await t.gql(CreateBusinessUnit, { input: { name: ' Sales ' } });
    expect(clash.errors?.[0]).toMatchObject({
      message: 'A business unit with that name already exists',
      extensions: { code: 'CONFLICT' },
    });
    const rename = await t.gql(UpdateBusinessUnit, { id: ops.id, input: { name: 'Sales ', description: 'changed' } });
    expect(rename.errors?.[0]).toMatchObject({
      message: 'A business unit with that name already exists',
      extensions: { code: 'CONFLICT' },
    });
    expect((await t.gqlOk(GetBusinessUnit, { id: ops.id })).businessUnit).toMatchObject({ name: 'Ops', description: '' });
    expect((await update(sales.id, { name: 'Sales' })).name).toBe('Sales');
    expect(await rows('business_units')).toHaveLength(2);
  });

  describe('members', () => {
    it('attaches the customer named on create; the customer sees its unit', async () => {
      const acme = await customer('Acme');
      const unit = await create({ name: 'Sales', customerId: acme.id });
      expect(unit.customers).toEqual([{ id: acme.id, name: 'Acme' }]);
      const { customers } = await t.gqlOk(CustomersWithUnits);
      expect(customers.edges.map((e) => e?.node)).toEqual([{ name: 'Acme', businessUnit: { name: 'Sales' } }]);
    });

    it('rejects an unknown customer and creates nothing', async () => {
      const result = await t.gql(CreateBusinessUnit, { input: { name: 'Sales', customerId: 'nope' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Customer not found: nope',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.customerId' },
      });
      expect(await rows('business_units')).toEqual([]);
    });

    it('moves a customer to the unit named on update, keeping the other members', async () => {
      const sales = await create({ name: 'Sales' });
      const ops = await create({ name: 'Ops' });
      const acme = await customer('Acme', sales.id);
      t.clock.advance(1000);
      const globex = await customer('Globex', ops.id);
      const moved = await update(sales.id, { customerId: globex.id });
      expect(moved.customers).toEqual([{ id: acme.id }, { id: globex.id }]);
      expect((await t.gqlOk(GetBusinessUnit, { id: ops.id })).businessUnit?.customers).toEqual([]);
    });

    it('rejects an unknown customer on update and changes nothing', async () => {
      const unit = await create({ name: 'Sales' });
      const result = await t.gql(UpdateBusinessUnit, { id: unit.id, input: { name: 'Renamed', customerId: 'nope' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Customer not found: nope',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.customerId' },
      });
      expect((await t.gqlOk(GetBusinessUnit, { id: unit.id })).businessUnit?.name).toBe('Sales');
    });

    it('loads members and their units with one statement per level', async () => {
      for (const name of ['A', 'B', 'C']) {
        const unit = await create({ name });
        await governance(unit.id, {
          budget: { maxLimit: 1, resetDuration: '1d' },
          rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' },
        });
        await customer(`${name}1`, unit.id);
        await customer(`${name}2`, unit.id);
        t.clock.advance(1000);
      }
      t.resetStatements();
      const list = await t.gqlOk(ListBusinessUnits, {});
      expect(list.businessUnits.edges.map((e) => e?.node.customers.map((c) => c.name))).toEqual([
        ['A1', 'A2'],
        ['B1', 'B2'],
        ['C1', 'C2'],
      ]);
      // page, count, budgets, rate limits, customers, customers' units.
      expect(t.statements).toHaveLength(6);
    });
  });

  describe('update semantics', () => {
    async function seeded() {
      return create({
        name: 'Sales',
        description: 'd',
        sourceId: 's',
        profile: { a: 1 },
        config: { b: 2 },
        claims: { c: 3 },
      });
    }

    it('leaves absent fields unchanged and bumps updatedAt', async () => {
      const before = await seeded();
      t.clock.advance(1000);
      const after = await update(before.id, {});
      expect(after).toMatchObject({
        name: 'Sales',
        description: 'd',
        sourceId: 's',
        profile: { a: 1 },
        config: { b: 2 },
        claims: { c: 3 },
        updatedAt: '2026-03-17T12:00:01.000Z',
      });
    });

    it('changes given fields and clears null ones (description to "")', async () => {
      const before = await seeded();
      const changed = await update(before.id, { name: ' Ops ', description: 'new', profile: { z: true } });
      expect(changed).toMatchObject({ name: 'Ops', description: 'new', profile: { z: true }, config: { b: 2 } });
      const cleared = await update(before.id, { name: null, description: null, sourceId: null, profile: null, config: null, claims: null });
      expect(cleared).toMatchObject({ name: 'Ops', description: '', sourceId: null, profile: null, config: null, claims: null });
    });

    it('rejects an empty name and changes nothing', async () => {
      const before = await seeded();
      const result = await t.gql(UpdateBusinessUnit, { id: before.id, input: { name: '', description: 'x' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'name is required',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
      });
      expect((await t.gqlOk(GetBusinessUnit, { id: before.id })).businessUnit).toMatchObject({ name: 'Sales', description: 'd' });
    });
  });

  describe('governance', () => {
    async function seeded() {
      const unit = await create({ name: 'Sales' });
      const governed = await governance(unit.id, {
        budget: { maxLimit: 10, resetDuration: '1d' },
        rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: 10, requestResetDuration: '1m' },
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
      return governed;
    }

    it('sets a budget and a rate limit owned by the unit', async () => {
      const unit = await seeded();
      expect(unit.budget).toMatchObject({
        maxLimit: 10,
        resetDuration: '1d',
        currentUsage: 0,
        lastReset: '2026-03-17T12:00:00.000Z',
        ownerKind: 'BUSINESS_UNIT',
        ownerId: unit.id,
      });
      expect(unit.rateLimit).toMatchObject({ tokenMaxLimit: 1000, requestMaxLimit: 10, ownerKind: 'BUSINESS_UNIT' });
    });

    it('leaves absent components unchanged', async () => {
      const before = await seeded();
      const after = await governance(before.id, {});
      expect(after.budget).toMatchObject({ id: before.budget!.id, maxLimit: 10, currentUsage: 4 });
      expect(after.rateLimit).toEqual(before.rateLimit);
    });

    it('updates the budget in place, keeping usage and window', async () => {
      const before = await seeded();
      t.clock.advance(60_000);
      const after = await governance(before.id, { budget: { maxLimit: 20 } });
      expect(after.budget).toMatchObject({ id: before.budget!.id, maxLimit: 20, currentUsage: 4, lastReset: before.budget!.lastReset });
      expect(after.rateLimit).toEqual(before.rateLimit);
    });

    it('replaces the whole rate limit, keeping its id', async () => {
      const before = await seeded();
      const after = await governance(before.id, { rateLimit: { requestMaxLimit: 20, requestResetDuration: '1m' } });
      expect(after.rateLimit).toMatchObject({
        id: before.rateLimit!.id,
        tokenMaxLimit: null,
        tokenResetDuration: null,
        requestMaxLimit: 20,
      });
    });

    it('removes a component with {} or null', async () => {
      const before = await seeded();
      const removed = await governance(before.id, { budget: {} });
      expect(removed).toMatchObject({ budget: null, rateLimit: { id: before.rateLimit!.id } });
      const cleared = await governance(before.id, { rateLimit: {} });
      expect(cleared.rateLimit).toBeNull();
      await governance(before.id, { budget: { maxLimit: 1, resetDuration: '1d' } });
      expect((await governance(before.id, { budget: null })).budget).toBeNull();
      expect(await rows('budgets')).toEqual([]);
      expect(await rows('rate_limits')).toEqual([]);
    });

    it.each<[GovernanceInput, string, string]>([
      [{ budget: { maxLimit: -5, resetDuration: '1d' } }, 'input.budget.maxLimit', 'Budget max_limit cannot be negative: -5.00'],
      [{ budget: { maxLimit: 5, resetDuration: '1x' } }, 'input.budget.resetDuration', 'Invalid reset duration format: 1x'],
      [{ budget: { maxLimit: 5 } }, 'input.budget.resetDuration', 'both max_limit and reset_duration are required when creating a new budget'],
      [{ rateLimit: { requestMaxLimit: 5 } }, 'input.rateLimit.requestResetDuration', 'Invalid rate limit: rate limit request reset duration is required'],
    ])('rejects %j naming %s and changes nothing', async (input, field, message) => {
      const unit = await create({ name: 'Sales' });
      const result = await t.gql(UpdateBusinessUnitGovernance, {
        id: unit.id,
        input: { rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' }, ...input },
      });
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
      expect(await rows('budgets')).toEqual([]);
      expect(await rows('rate_limits')).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown unit', async () => {
      const result = await t.gql(UpdateBusinessUnitGovernance, { id: 'missing', input: { budget: { maxLimit: 1, resetDuration: '1d' } } });
      expect(result.errors?.[0]).toMatchObject({ message: 'Business unit not found', extensions: { code: 'NOT_FOUND' } });
      expect(await rows('budgets')).toEqual([]);
    });
  });

  describe('delete', () => {
    it('is refused while customers are attached, changing nothing', async () => {
      const unit = await create({ name: 'Sales' });
      await governance(unit.id, { budget: { maxLimit: 1, resetDuration: '1d' } });
      const acme = await customer('Acme', unit.id);
      const result = await t.gql(DeleteBusinessUnit, { id: unit.id });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Business unit still has active memberships',
        extensions: { code: 'CONFLICT' },
      });
      expect((await t.gqlOk(GetBusinessUnit, { id: unit.id })).businessUnit).toMatchObject({
        budget: { id: expect.any(String) },
        customers: [{ id: acme.id }],
      });
    });

    it('deletes the unit with its budget and rate limit once it has no members', async () => {
      const unit = await create({ name: 'Sales' });
      await governance(unit.id, {
        budget: { maxLimit: 1, resetDuration: '1d' },
        rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' },
      });
      const acme = await customer('Acme', unit.id);
      expect((await t.gqlOk(DetachCustomer, { id: acme.id })).updateCustomer.businessUnit).toBeNull();
      expect((await t.gqlOk(DeleteBusinessUnit, { id: unit.id })).deleteBusinessUnit).toBe(unit.id);
      expect(await rows('business_units')).toEqual([]);
      expect(await rows('budgets')).toEqual([]);
      expect(await rows('rate_limits')).toEqual([]);
      expect((await t.gqlOk(GetBusinessUnit, { id: unit.id })).businessUnit).toBeNull();
    });

    it('answers NOT_FOUND for unknown ids on update, delete and a second delete; null on read', async () => {
      const updated = await t.gql(UpdateBusinessUnit, { id: 'missing', input: { name: 'x' } });
      expect(updated.errors?.[0]).toMatchObject({ message: 'Business unit not found', extensions: { code: 'NOT_FOUND' } });
      const unit = await create({ name: 'Sales' });
      await t.gqlOk(DeleteBusinessUnit, { id: unit.id });
      const again = await t.gql(DeleteBusinessUnit, { id: unit.id });
      expect(again.errors?.[0]).toMatchObject({ message: 'Business unit not found', extensions: { code: 'NOT_FOUND' } });
      expect((await t.gqlOk(GetBusinessUnit, { id: 'missing' })).businessUnit).toBeNull();
    });
  });

  it('pages with cursors and searches names case-insensitively', async () => {
    for (const name of ['Alpha', 'Beta', 'Gamma', 'alphabet']) {
      await create({ name });
      t.clock.advance(1000);
    }
    const first = await t.gqlOk(ListBusinessUnits, { first: 2 });
    expect(first.businessUnits.edges.map((e) => e?.node.name)).toEqual(['Alpha', 'Beta']);
    expect(first.businessUnits).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await t.gqlOk(ListBusinessUnits, { first: 2, after: first.businessUnits.pageInfo.endCursor });
    expect(second.businessUnits.edges.map((e) => e?.node.name)).toEqual(['Gamma', 'alphabet']);
    const search = await t.gqlOk(ListBusinessUnits, { search: 'ALPHA' });
    expect(search.businessUnits.edges.map((e) => e?.node.name)).toEqual(['Alpha', 'alphabet']);
  });
});
