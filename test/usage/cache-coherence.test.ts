// The engine's caches (attributions, scopes, counters, prices) forget exactly what a governance write
// changed. After each write below, with the caches warmed before it, the live engine answers as an
// engine started afresh on the same database does; and a write leaves what it did not touch cached.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { credentialScope } from '../../src/auth.js';
import type { AdmissionRequest } from '../../src/domain/usage.js';
import { createUsageEngine } from '../../src/usage/engine.js';
import { graphql } from '../gql/index.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';
import { addBudget, addTree, type Tree } from '../helpers/usage-fixture.js';

const ADMIN = credentialScope({ kind: 'admin' });

const MoveKey = graphql(`
  mutation CoherenceMoveKey($id: ID!, $teamId: ID!) {
    updateVirtualKey(id: $id, input: { teamId: $teamId }) { id }
  }
`);
const DeactivateKey = graphql(`
  mutation CoherenceDeactivateKey($id: ID!) {
    updateVirtualKey(id: $id, input: { isActive: false }) { id }
  }
`);
const MoveTeam = graphql(`
  mutation CoherenceMoveTeam($id: ID!, $customerId: ID!) {
    updateTeam(id: $id, input: { customerId: $customerId }) { id }
  }
`);
const TeamBudget = graphql(`
  mutation CoherenceTeamBudget($id: ID!, $maxLimit: Float!) {
    updateTeam(id: $id, input: { budget: { maxLimit: $maxLimit, resetDuration: "1d" } }) { id }
  }
`);
const DeleteTeam = graphql(`
  mutation CoherenceDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);
const CreateUnit = graphql(`
  mutation CoherenceCreateUnit($name: String!) {
    createBusinessUnit(input: { name: $name }) { id }
  }
`);
const UnitBudget = graphql(`
  mutation CoherenceUnitBudget($id: ID!) {
    updateBusinessUnitGovernance(id: $id, input: { budget: { maxLimit: 3, resetDuration: "1d" } }) { id }
  }
`);
const AttachCustomer = graphql(`
  mutation CoherenceAttachCustomer($id: ID!, $customerId: ID!) {
    updateBusinessUnit(id: $id, input: { customerId: $customerId }) { id }
  }
`);
const CreateModelConfig = graphql(`
  mutation CoherenceCreateModelConfig {
    createModelConfig(input: { modelName: "gpt-4o", provider: "openai", budget: { maxLimit: 0.2, resetDuration: "1d" } }) { id }
  }
`);
const ProviderBudget = graphql(`
  mutation CoherenceProviderBudget {
    updateProviderGovernance(provider: "openai", input: { budget: { maxLimit: 0.1, resetDuration: "1d" } }) { name }
  }
`);
const CreatePricingOverride = graphql(`
  mutation CoherenceCreatePricingOverride($patch: JSON!) {
    createPricingOverride(
      input: {
        name: "flat"
        scopeKind: "global"
        matchType: "exact"
        pattern: "gpt-4o"
        requestTypes: ["chat_completion"]
        patch: $patch
      }
    ) { id }
  }
`);

describe('cache coherence', () => {
  let t: TestApp;
  let a: Tree;
  let b: Tree;
  beforeEach(async () => {
    t = await makeTestApp();
    a = await addTree(t.database.db, 'a');
    b = await addTree(t.database.db, 'b');
    await addBudget(t.database.db, 'team_id', b.teamId, 10);
    await addBudget(t.database.db, 'customer_id', b.customerId, 5);
  });
  afterEach(async () => {
    await t.close();
  });

  const requestOf = (tree: Tree): AdmissionRequest => ({ virtualKey: tree.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion' });
  const liveChecks = () => Promise.all([a, b].map((tree) => t.app.usage.check(requestOf(tree))));
  const freshChecks = () => {
    const fresh = createUsageEngine({ db: t.database.db, sqlite: t.database.sqlite, clock: t.clock });
    return Promise.all([a, b].map((tree) => fresh.check(requestOf(tree))));
  };

  it('answers after every kind of governance write as a fresh engine does', async () => {
    const unit = (await t.gqlOk(CreateUnit, { name: 'moved-to' })).createBusinessUnit.id;
    await t.gqlOk(UnitBudget, { id: unit });
    // Team b holds 10, customer b 5, the unit 3: each write moves the least budget left that a check reports.
    const writes: Array<[string, () => Promise<unknown>]> = [
      ['a key moved to a team with a budget', () => t.gqlOk(MoveKey, { id: a.vkId, teamId: b.teamId })],
      ['a team moved to a customer without one', () => t.gqlOk(MoveTeam, { id: b.teamId, customerId: a.customerId })],
      ['that customer attached to a unit with a budget', () => t.gqlOk(AttachCustomer, { id: unit, customerId: a.customerId })],
      ['a team budget lowered', () => t.gqlOk(TeamBudget, { id: b.teamId, maxLimit: 0.5 })],
      ['a key deactivated', () => t.gqlOk(DeactivateKey, { id: b.vkId })],
      ['a team deleted', () => t.gqlOk(DeleteTeam, { id: b.teamId })],
      ['a model config with a budget created', () => t.gqlOk(CreateModelConfig, {})],
      ['the provider given a budget', () => t.gqlOk(ProviderBudget, {})],
    ];
    let before = await liveChecks();
    for (const [what, write] of writes) {
      await write();
      const after = await liveChecks();
      expect(after, what).toEqual(await freshChecks());
      // Each write changes what some check answers: none of them is a no-op the cache could hide.
      expect(after, what).not.toEqual(before);
      before = after;
    }
  });

  it('prices the next event with an override created after prices were read', async () => {
    const event = (idempotencyKey: string) =>
      ({ idempotencyKey, virtualKey: a.vkValue, provider: 'openai', model: 'gpt-4o', requestType: 'chat_completion', inputTokens: 100, outputTokens: 0, cost: 0.5 }) as const;
    await t.app.usage.record([event('before')], ADMIN);
    await t.gqlOk(CreatePricingOverride, { patch: { input_cost_per_token: 0.01 } });
    await t.app.usage.record([event('after')], ADMIN);
    const costs = t.database.sqlite.prepare('select cost from usage_events order by idempotency_key').pluck().all();
    expect(costs).toEqual([1, 0.5]);
  });

  it('keeps what a write did not touch: a key of another tree stays cached', async () => {
    await liveChecks();
    // Changed behind the engine's back: only a write naming this key (or invalidate) makes it read again.
    t.database.sqlite.prepare('update virtual_keys set is_active = 0 where id = ?').run(a.vkId);
    await t.gqlOk(TeamBudget, { id: b.teamId, maxLimit: 5 });
    const [stillCached] = await liveChecks();
    expect(stillCached).toMatchObject({ allowed: true });
    t.app.usage.invalidate();
    const [reread] = await liveChecks();
    expect(reread).toMatchObject({ allowed: false, reason: 'Virtual key is inactive' });
  });
});
