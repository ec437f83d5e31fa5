import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { GovernanceInput } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

const UpdateProviderGovernance = graphql(`
  mutation UpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {
    updateProviderGovernance(provider: $provider, input: $input) {
      name
      updatedAt
      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }
      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration requestCurrentUsage }
    }
  }
`);

const DeleteProviderGovernance = graphql(`
  mutation DeleteProviderGovernance($provider: String!) {
    deleteProviderGovernance(provider: $provider) { name budget { id } rateLimit { id } }
  }
`);

const ProvidersWithGovernance = graphql(`
  query ProvidersWithGovernance {
    providersWithGovernance { name budget { maxLimit } rateLimit { requestMaxLimit } }
  }
`);

const GetProvider = graphql(`
  query GetProviderGovernance($name: String!) {
    provider(name: $name) { id name budget { id maxLimit } rateLimit { id requestMaxLimit } }
  }
`);

describe('provider governance', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const update = async (provider: string, input: GovernanceInput) =>
    (await t.gqlOk(UpdateProviderGovernance, { provider, input })).updateProviderGovernance;
  const rows = (table: 'budgets' | 'rate_limits') => t.database.db.selectFrom(table).selectAll().execute();

  it('scenario 32: answers NOT_FOUND for a provider outside the catalog and creates nothing', async () => {
    const result = await t.gql(UpdateProviderGovernance, {
      provider: 'notaprovider',
      input: { budget: { maxLimit: 5, resetDuration: '1d' } },
    });
    expect(result.errors?.[0]).toMatchObject({ message: 'Provider not found', extensions: { code: 'NOT_FOUND' } });
    expect(await rows('budgets')).toEqual([]);
    const del = await t.gql(DeleteProviderGovernance, { provider: 'notaprovider' });
    expect(del.errors?.[0]).toMatchObject({ message: 'Provider not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('scenario 33: sets a rate limit, lists the provider, and deletes its governance', async () => {
    const openai = await update('openai', { rateLimit: { requestMaxLimit: 100, requestResetDuration: '1m' } });
    expect(openai).toMatchObject({
      name: 'openai',
      budget: null,
      rateLimit: { requestMaxLimit: 100, requestResetDuration: '1m', tokenMaxLimit: null, requestCurrentUsage: 0 },
    });
    expect((await t.gqlOk(ProvidersWithGovernance)).providersWithGovernance).toEqual([
      { name: 'openai', budget: null, rateLimit: { requestMaxLimit: 100 } },
    ]);
    const deleted = await t.gqlOk(DeleteProviderGovernance, { provider: 'openai' });
    expect(deleted.deleteProviderGovernance).toEqual({ name: 'openai', budget: null, rateLimit: null });
    expect((await t.gqlOk(ProvidersWithGovernance)).providersWithGovernance).toEqual([]);
    expect((await t.gqlOk(GetProvider, { name: 'openai' })).provider).toMatchObject({ name: 'openai' });
  });

  it('deletes both the budget and the rate limit, leaving other providers alone', async () => {
    await update('openai', {
      budget: { maxLimit: 5, resetDuration: '1d' },
      rateLimit: { tokenMaxLimit: 10, tokenResetDuration: '1h' },
    });
    await update('azure', { budget: { maxLimit: 7, resetDuration: '1w' } });
    await t.gqlOk(DeleteProviderGovernance, { provider: 'openai' });
    expect((await rows('budgets')).map((b) => b.max_limit)).toEqual([7]);
    expect(await rows('rate_limits')).toEqual([]);
    // Deleting again is fine: the provider exists, it just has nothing to remove.
    expect((await t.gqlOk(DeleteProviderGovernance, { provider: 'openai' })).deleteProviderGovernance.budget).toBeNull();
  });

  it('lists only providers with a budget or a rate limit, by name, in one statement', async () => {
    await update('openai', { rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' } });
    await update('anthropic', { budget: { maxLimit: 2, resetDuration: '1d' } });
    await update('groq', {
      budget: { maxLimit: 3, resetDuration: '1d' },
      rateLimit: { requestMaxLimit: 4, requestResetDuration: '1m' },
    });
    await update('mistral', { budget: { maxLimit: 1, resetDuration: '1d' } });
    await update('mistral', { budget: {} });
    const listed = await t.database.db.selectFrom('providers').select('name').execute();
    expect(listed.length).toBeGreaterThan(4);
    t.resetStatements();
    const { providersWithGovernance } = await t.gqlOk(ProvidersWithGovernance);
    expect(providersWithGovernance).toEqual([
      { name: 'anthropic', budget: { maxLimit: 2 }, rateLimit: null },
      { name: 'groq', budget: { maxLimit: 3 }, rateLimit: { requestMaxLimit: 4 } },
      { name: 'openai', budget: null, rateLimit: { requestMaxLimit: 1 } },
    ]);
    // providers, then one statement per relation for all of them.
    expect(t.statements).toHaveLength(3);
  });

  it('works for a custom provider added by an admin', async () => {
    await t.database.db
      .insertInto('providers')
      .values({ name: 'my-llm', created_at: '2026-03-17T12:00:00.000Z', updated_at: '2026-03-17T12:00:00.000Z' })
      .execute();
    expect(await update('my-llm', { budget: { maxLimit: 1, resetDuration: '1d' } })).toMatchObject({ budget: { maxLimit: 1 } });
  });

  describe('update semantics', () => {
    async function seeded() {
      const provider = await update('openai', {
        budget: { maxLimit: 10, resetDuration: '1d' },
        rateLimit: { tokenMaxLimit: 1000, tokenResetDuration: '1h', requestMaxLimit: 10, requestResetDuration: '1m' },
      });
      await t.database.db.updateTable('budgets').set({ current_usage: 4 }).execute();
      await t.database.db.updateTable('rate_limits').set({ request_current_usage: 6 }).execute();
      return provider;
    }

    it('creates a budget owned by the provider', async () => {
      const provider = await update('openai', { budget: { maxLimit: 10, resetDuration: '1d' } });
      const { id } = (await t.gqlOk(GetProvider, { name: 'openai' })).provider!;
      expect(provider.budget).toMatchObject({
        maxLimit: 10,
        resetDuration: '1d',
        currentUsage: 0,
        lastReset: '2026-03-17T12:00:00.000Z',
        ownerKind: 'PROVIDER',
        ownerId: String(id),
      });
    });

    it('treats an empty input as a no-op returning the current state', async () => {
      const before = await seeded();
      t.clock.advance(1000);
      const after = await update('openai', {});
      expect(after).toEqual({ ...before, budget: { ...before.budget, currentUsage: 4 }, rateLimit: { ...before.rateLimit, requestCurrentUsage: 6 } });
    });

    it('leaves the absent component unchanged', async () => {
      const before = await seeded();
      const after = await update('openai', { rateLimit: { requestMaxLimit: 5, requestResetDuration: '1m' } });
      expect(after.budget).toMatchObject({ id: before.budget!.id, maxLimit: 10, currentUsage: 4 });
      const again = await update('openai', { budget: { maxLimit: 12 } });
      expect(again.rateLimit).toMatchObject({ id: before.rateLimit!.id, requestMaxLimit: 5 });
    });

    it('updates the budget in place, keeping usage and window', async () => {
      const before = await seeded();
      t.clock.advance(60_000);
      const after = await update('openai', { budget: { maxLimit: 20 } });
      expect(after.budget).toMatchObject({
        id: before.budget!.id,
        maxLimit: 20,
        resetDuration: '1d',
        currentUsage: 4,
        lastReset: before.budget!.lastReset,
      });
    });

    it('removes the budget with {} or null', async () => {
      await seeded();
      expect((await update('openai', { budget: {} })).budget).toBeNull();
      await update('openai', { budget: { maxLimit: 1, resetDuration: '1d' } });
      expect((await update('openai', { budget: null })).budget).toBeNull();
      expect(await rows('budgets')).toEqual([]);
    });

    it('replaces the whole rate limit keeping id and usage, and removes it with {} or null', async () => {
      const before = await seeded();
      const after = await update('openai', { rateLimit: { requestMaxLimit: 20, requestResetDuration: '1m' } });
      expect(after.rateLimit).toEqual({
        id: before.rateLimit!.id,
        tokenMaxLimit: null,
        tokenResetDuration: null,
        requestMaxLimit: 20,
        requestResetDuration: '1m',
        requestCurrentUsage: 6,
      });
      expect((await update('openai', { rateLimit: {} })).rateLimit).toBeNull();
      await update('openai', { rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' } });
      expect((await update('openai', { rateLimit: null })).rateLimit).toBeNull();
    });

    it('needs both fields to create a budget, changing nothing otherwise', async () => {
      const result = await t.gql(UpdateProviderGovernance, {
        provider: 'openai',
        input: { budget: { maxLimit: 5 }, rateLimit: { requestMaxLimit: 1, requestResetDuration: '1m' } },
      });
      expect(result.errors?.[0]).toMatchObject({
        message: 'both max_limit and reset_duration are required when creating a new budget',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' },
      });
      expect(await rows('rate_limits')).toEqual([]);
    });

    it('re-validates the merged budget, changing nothing', async () => {
      await seeded();
      const result = await t.gql(UpdateProviderGovernance, { provider: 'openai', input: { budget: { resetDuration: 'd' } } });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Invalid reset duration format: d',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.budget.resetDuration' },
      });
      expect((await rows('budgets')).map((b) => b.reset_duration)).toEqual(['1d']);
    });
  });

  it.each<[GovernanceInput, string, string]>([
    [{ budget: { maxLimit: -5, resetDuration: '1d' } }, 'input.budget.maxLimit', 'Budget max_limit cannot be negative: -5.00'],
    [{ budget: { maxLimit: 0, resetDuration: '1d' } }, 'input.budget.maxLimit', 'budget max limit cannot be negative or zero'],
    [{ budget: { maxLimit: 5, resetDuration: '1x' } }, 'input.budget.resetDuration', 'Invalid reset duration format: 1x'],
    [{ rateLimit: { tokenMaxLimit: 1000 } }, 'input.rateLimit.tokenResetDuration', 'Invalid rate limit: rate limit token reset duration is required'],
    [
      { rateLimit: { requestMaxLimit: 0, requestResetDuration: '1m' } },
      'input.rateLimit.requestMaxLimit',
      'Invalid rate limit: rate limit request max limit cannot be negative or zero: 0',
    ],
  ])('rejects %j naming %s and changes nothing', async (input, field, message) => {
    const result = await t.gql(UpdateProviderGovernance, { provider: 'openai', input });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await rows('budgets')).toEqual([]);
    expect(await rows('rate_limits')).toEqual([]);
  });
});
