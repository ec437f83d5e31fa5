import { describe, expect, it } from 'vitest';
import { applicableRoutingRules, type RoutingRule } from '../../src/domain/routing-rule.js';

function rule(id: string, fields: Partial<RoutingRule>): RoutingRule {
  return {
    id,
    name: id,
    description: '',
    enabled: true,
    chainRule: false,
    celExpression: '',
    fallbacks: [],
    scope: 'global',
    scopeId: null,
    priority: 0,
    query: null,
    configHash: null,
    createdAt: '2026-03-17T12:00:00.000Z',
    updatedAt: '2026-03-17T12:00:00.000Z',
    ...fields,
  };
}

describe('applicableRoutingRules', () => {
  const rules = [
    rule('global-late', { priority: 5 }),
    rule('global-early', { priority: -1 }),
    rule('customer', { scope: 'customer', scopeId: 'c1' }),
    rule('team', { scope: 'team', scopeId: 't1', priority: 10 }),
    rule('vk', { scope: 'virtual_key', scopeId: 'vk1', priority: 100 }),
    rule('other-team', { scope: 'team', scopeId: 't2' }),
    rule('disabled', { enabled: false }),
  ];

  it('orders by scope specificity, then priority ascending, skipping other scopes and disabled rules', () => {
    const ids = { virtualKeyId: 'vk1', teamId: 't1', customerId: 'c1' };
    expect(applicableRoutingRules(rules, ids).map((r) => r.id)).toEqual([
      'vk', 'team', 'customer', 'global-early', 'global-late',
    ]);
  });

  it('applies only global rules to a request without ids', () => {
    expect(applicableRoutingRules(rules, {}).map((r) => r.id)).toEqual(['global-early', 'global-late']);
  });
});
