import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const CreateTeam = graphql(`
  mutation TeamCreate($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      customerId
      customer { id name }
      profile
      config
      claims
      calendarAligned
      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage }
    }
  }
`);

const UpdateTeam = graphql(`
  mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
      customerId
      profile
      calendarAligned
      budget { id maxLimit resetDuration currentUsage lastReset }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }
    }
  }
`);

const DeleteTeam = graphql(`
  mutation TeamDelete($id: ID!) {
    deleteTeam(id: $id)
  }
`);

const GetTeam = graphql(`
  query TeamGet($id: ID!) {
    team(id: $id) { id name customerId budget { id } rateLimit { id } virtualKeys { id name } }
  }
`);

const ListTeams = graphql(`
  query TeamList($customerId: ID, $search: String, $first: Int, $after: String) {
    teams(customerId: $customerId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name } }
    }
  }
`);

const CreateCustomer = graphql(`
  mutation TeamCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { id }
  }
`);

const CustomerTeams = graphql(`
  query TeamCustomerTeams($id: ID!) {
    customer(id: $id) { id teams { id name customer { id } } }
  }
`);

const CreateKey = graphql(`
  mutation TeamCreateVirtualKey($input: CreateVirtualKeyInput!) {
    createVirtualKey(input: $input) { id teamId }
  }
`);

const GetKey = graphql(`
  query TeamGetVirtualKey($id: ID!) {
    virtualKey(id: $id) { id teamId team { id } }
  }
`);

describe('teams', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const customer = async (name = 'Acme') => (await t.gqlOk(CreateCustomer, { input: { name } })).createCustomer.id;
  const count = async (table: 'teams' | 'budgets' | 'rate_limits') =>
    (await t.database.db.selectFrom(table).selectAll().execute()).length;

  it('creates a team under a customer with metadata, a budget and a rate limit', async () => {
    const customerId = await customer();
    const { createTeam } = await t.gqlOk(CreateTeam, {
      input: {
        name: 'Platform',
        customerId,
        profile: { owner: 'ana' },
        claims: { groups: ['a', 'b'] },
        budget: { maxLimit: 50, resetDuration: '1w' },
        rateLimit: { requestMaxLimit: 10, requestResetDuration: '1m' },
      },
    });
    expect(createTeam).toMatchObject({
      name: 'Platform',
      customerId,
      customer: { id: customerId, name: 'Acme' },
      profile: { owner: 'ana' },
      config: null,
      claims: { groups: ['a', 'b'] },
      calendarAligned: false,
      budget: { maxLimit: 50, resetDuration: '1w', currentUsage: 0, ownerKind: 'TEAM', ownerId: createTeam.id },
      rateLimit: { requestMaxLimit: 10, requestResetDuration: '1m', tokenMaxLimit: null },
    });
    const { customer: withTeams } = await t.gqlOk(CustomerTeams, { id: customerId });
    expect(withTeams?.teams).toEqual([{ id: createTeam.id, name: 'Platform', customer: { id: customerId } }]);
  });

  it.each([
    [{ name: '' }, 'input.name', 'Team name is required'],
    [{ name: 'T', budget: { maxLimit: -5, resetDuration: '1d' } }, 'input.budget.maxLimit', 'Budget max_limit cannot be negative: -5.00'],
    [{ name: 'T', budget: { maxLimit: 5, resetDuration: '1x' } }, 'input.budget.resetDuration', 'Invalid reset duration format: 1x'],
    [{ name: 'T', budget: { resetDuration: '1d' } }, 'input.budget.maxLimit', 'both max_limit and reset_duration are required when creating a new budget'],
    [{ name: 'T', rateLimit: { tokenMaxLimit: 5 } }, 'input.rateLimit.tokenResetDuration', 'Invalid rate limit: rate limit token reset duration is required'],
    [{ name: 'T', customerId: 'nope' }, 'input.customerId', 'Customer not found: nope'],
  ])('rejects %j naming %s and creates nothing', async (input, field, message) => {
    const result = await t.gql(CreateTeam, { input });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await count('teams')).toBe(0);
    expect(await count('budgets')).toBe(0);
  });

  it('rolls back the team when its rate limit is invalid (validated in the store)', async () => {
    const customerId = await customer();
    const result = await t.gql(CreateTeam, {
      input: { name: 'T', customerId, budget: { maxLimit: 5, resetDuration: '1d' }, rateLimit: { requestMaxLimit: 0, requestResetDuration: '1m' } },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rateLimit.requestMaxLimit' });
    expect(await count('teams')).toBe(0);
    expect(await count('budgets')).toBe(0);
  });

  it('lists teams of one customer and searches by name (scenario 6)', async () => {
    const c1 = await customer('C1');
    const c2 = await customer('C2');
    await t.gqlOk(CreateTeam, { input: { name: 'T1', customerId: c1 } });
    t.clock.advance(1000);
    await t.gqlOk(CreateTeam, { input: { name: 'T2', customerId: c2 } });
    t.clock.advance(1000);
    await t.gqlOk(CreateTeam, { input: { name: 'other t1' } });
    const byCustomer = await t.gqlOk(ListTeams, { customerId: c1 });
    expect(byCustomer.teams).toMatchObject({ totalCount: 1, edges: [{ node: { name: 'T1' } }] });
    const search = await t.gqlOk(ListTeams, { search: 't1' });
    expect(search.teams.edges.map((e) => e?.node.name)).toEqual(['T1', 'other t1']);
    const page = await t.gqlOk(ListTeams, { first: 2 });
    expect(page.teams).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = await t.gqlOk(ListTeams, { first: 2, after: page.teams.pageInfo.endCursor });
    expect(rest.teams.edges.map((e) => e?.node.name)).toEqual(['other t1']);
  });

  describe('update semantics', () => {
    async function seeded() {
      const customerId = await customer();
      const { createTeam } = await t.gqlOk(CreateTeam, {
        input: {
          name: 'T',
          customerId,
          profile: { a: 1 },
          budget: { maxLimit: 10, resetDuration: '1d' },
          rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: 10, requestResetDuration: '1m' },
        },
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
      await t.database.db.updateTable('rate_limits').set({ token_current_usage: 7, request_current_usage: 3 }).execute();
      return { ...createTeam, customerId };
    }

    it('changes only the name when nothing else is sent (scenario 13)', async () => {
      const before = await seeded();
      const { updateTeam } = await t.gqlOk(UpdateTeam, { id: before.id, input: { name: 'T2' } });
      expect(updateTeam).toMatchObject({ name: 'T2', customerId: before.customerId, profile: { a: 1 } });
      expect(updateTeam.budget).toMatchObject({ id: before.budget!.id, maxLimit: 10, currentUsage: 4 });
      expect(updateTeam.rateLimit).toMatchObject({ id: before.rateLimit!.id, tokenMaxLimit: 1000, requestMaxLimit: 10 });
    });

    it('updates the budget in place keeping usage (scenario 11)', async () => {
      const before = await seeded();
      const { updateTeam } = await t.gqlOk(UpdateTeam, { id: before.id, input: { budget: { maxLimit: 20 } } });
      const { id, resetDuration, lastReset } = before.budget!;
      expect(updateTeam.budget).toEqual({ id, resetDuration, lastReset, maxLimit: 20, currentUsage: 4 });
    });

    it('removes the budget with {} (scenario 12) and with null', async () => {
      const before = await seeded();
      expect((await t.gqlOk(UpdateTeam, { id: before.id, input: { budget: {} } })).updateTeam.budget).toBeNull();
      expect(await count('budgets')).toBe(0);
      await t.gqlOk(UpdateTeam, { id: before.id, input: { budget: { maxLimit: 1, resetDuration: '1d' } } });
      expect((await t.gqlOk(UpdateTeam, { id: before.id, input: { budget: null } })).updateTeam.budget).toBeNull();
    });

    it('replaces the whole rate limit keeping usage (scenario 15)', async () => {
      const before = await seeded();
      const { updateTeam } = await t.gqlOk(UpdateTeam, {
        id: before.id,
        input: { rateLimit: { requestMaxLimit: 20, requestResetDuration: '1m' } },
      });
      expect(updateTeam.rateLimit).toEqual({
        id: before.rateLimit!.id,
        tokenMaxLimit: null,
        tokenResetDuration: null,
        requestMaxLimit: 20,
        requestResetDuration: '1m',
        tokenCurrentUsage: 7,
        requestCurrentUsage: 3,
      });
      const removed = await t.gqlOk(UpdateTeam, { id: before.id, input: { rateLimit: {} } });
      expect(removed.updateTeam.rateLimit).toBeNull();
    });

    it('keeps the customer when absent and detaches it with "" or null', async () => {
      const before = await seeded();
      const kept = await t.gqlOk(UpdateTeam, { id: before.id, input: { name: 'x' } });
      expect(kept.updateTeam.customerId).toBe(before.customerId);
      const emptied = await t.gqlOk(UpdateTeam, { id: before.id, input: { customerId: '' } });
      expect(emptied.updateTeam.customerId).toBeNull();
      await t.gqlOk(UpdateTeam, { id: before.id, input: { customerId: before.customerId } });
      const nulled = await t.gqlOk(UpdateTeam, { id: before.id, input: { customerId: null } });
      expect(nulled.updateTeam.customerId).toBeNull();
    });

    it('clears metadata with null and replaces it with an object', async () => {
      const before = await seeded();
      const replaced = await t.gqlOk(UpdateTeam, { id: before.id, input: { profile: { b: 2 } } });
      expect(replaced.updateTeam.profile).toEqual({ b: 2 });
      const cleared = await t.gqlOk(UpdateTeam, { id: before.id, input: { profile: null } });
      expect(cleared.updateTeam.profile).toBeNull();
    });

    it('rejects an unknown customer and changes nothing', async () => {
      const before = await seeded();
      const result = await t.gql(UpdateTeam, { id: before.id, input: { name: 'changed', customerId: 'ghost' } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Customer not found: ghost',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.customerId' },
      });
      const after = await t.gqlOk(GetTeam, { id: before.id });
      expect(after.team).toMatchObject({ name: 'T', customerId: before.customerId });
    });

    it('rolls back the name change when the merged budget is invalid', async () => {
      const before = await seeded();
      const result = await t.gql(UpdateTeam, { id: before.id, input: { name: 'changed', budget: { resetDuration: '1mo' } } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' });
      expect((await t.gqlOk(GetTeam, { id: before.id })).team?.name).toBe('T');
    });

    it('resets budget usage once when calendar alignment is switched on', async () => {
      const before = await seeded();
      const aligned = await t.gqlOk(UpdateTeam, { id: before.id, input: { calendarAligned: true } });
      expect(aligned.updateTeam).toMatchObject({
        calendarAligned: true,
        budget: { currentUsage: 0, lastReset: '2026-03-17T00:00:00.000Z' },
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 2 }).execute();
      const again = await t.gqlOk(UpdateTeam, { id: before.id, input: { calendarAligned: true } });
      expect(again.updateTeam.budget?.currentUsage).toBe(2);
    });
  });

  it('answers NOT_FOUND for unknown ids on update and delete, null on read', async () => {
    const update = await t.gql(UpdateTeam, { id: 'missing', input: { name: 'x' } });
    expect(update.errors?.[0]).toMatchObject({ message: 'Team not found', extensions: { code: 'NOT_FOUND' } });
    const del = await t.gql(DeleteTeam, { id: 'missing' });
    expect(del.errors?.[0]).toMatchObject({ message: 'Team not found', extensions: { code: 'NOT_FOUND' } });
    expect((await t.gqlOk(GetTeam, { id: 'missing' })).team).toBeNull();
  });

  it('deletes the team with its budget and rate limit and detaches its virtual keys (scenario 40)', async () => {
    const { createTeam } = await t.gqlOk(CreateTeam, {
      input: { name: 'T', budget: { maxLimit: 1, resetDuration: '1d' }, rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' } },
    });
    const { createVirtualKey } = await t.gqlOk(CreateKey, { input: { name: 'v', teamId: createTeam.id } });
    expect(createVirtualKey.teamId).toBe(createTeam.id);
    expect((await t.gqlOk(GetTeam, { id: createTeam.id })).team?.virtualKeys).toEqual([{ id: createVirtualKey.id, name: 'v' }]);

    expect((await t.gqlOk(DeleteTeam, { id: createTeam.id })).deleteTeam).toBe(createTeam.id);
    expect(await count('budgets')).toBe(0);
    expect(await count('rate_limits')).toBe(0);
    const detached = (await t.gqlOk(GetKey, { id: createVirtualKey.id })).virtualKey;
    expect(detached).toEqual({ id: createVirtualKey.id, teamId: null, team: null });
    expect((await t.gqlOk(GetTeam, { id: createTeam.id })).team).toBeNull();
  });
});
