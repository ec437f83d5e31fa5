import { describe, expect, it } from 'vitest';
import {
  mergePricingOverrideValues,
  type PricingLookup,
  type PricingOverrideValues,
  pricingOverrideProblem,
  resolvePricingOverride,
} from '../../src/domain/pricing-override.js';

interface Candidate {
  id: string;
  scopeKind: string;
  virtualKeyId: string | null;
  providerId: string | null;
  providerKeyId: string | null;
  matchType: string;
  pattern: string;
  requestTypes: string[];
  updatedAt: string;
}

function override(id: string, fields: Partial<Candidate>): Candidate {
  return {
    id,
    scopeKind: 'global',
    virtualKeyId: null,
    providerId: null,
    providerKeyId: null,
    matchType: 'wildcard',
    pattern: 'gpt-*',
    requestTypes: ['chat_completion'],
    updatedAt: '2026-03-17T12:00:00.000Z',
    ...fields,
  };
}

const lookup: PricingLookup = {
  model: 'gpt-4o-mini',
  requestType: 'chat_completion',
  virtualKeyId: 'vk1',
  provider: 'openai',
  providerKeyId: 'key1',
};

const resolvedId = (candidates: Candidate[], at = lookup) => resolvePricingOverride(candidates, at)?.id ?? null;

describe('resolvePricingOverride', () => {
  const byScope = [
    override('global', {}),
    override('provider', { scopeKind: 'provider', providerId: 'openai' }),
    override('provider_key', { scopeKind: 'provider_key', providerKeyId: 'key1' }),
    override('virtual_key', { scopeKind: 'virtual_key', virtualKeyId: 'vk1' }),
    override('virtual_key_provider', { scopeKind: 'virtual_key_provider', virtualKeyId: 'vk1', providerId: 'openai' }),
    override('virtual_key_provider_key', { scopeKind: 'virtual_key_provider_key', virtualKeyId: 'vk1', providerKeyId: 'key1' }),
  ];

  it('picks the most specific scope', () => {
    const order = ['virtual_key_provider_key', 'virtual_key_provider', 'virtual_key', 'provider_key', 'provider', 'global'];
    for (const [index, expected] of order.entries()) {
      const remaining = byScope.filter((o) => order.indexOf(o.id) >= index);
      expect(resolvedId(remaining.reverse())).toBe(expected);
    }
  });

  it('ignores scopes whose ids do not match the request', () => {
    expect(resolvedId(byScope, { ...lookup, virtualKeyId: 'other', providerKeyId: null })).toBe('provider');
    expect(resolvedId(byScope, { model: 'gpt-4o', requestType: 'chat_completion' })).toBe('global');
  });

  it('prefers exact over wildcard, then the longer prefix', () => {
    const candidates = [
      override('short', { pattern: 'gpt-*' }),
      override('long', { pattern: 'gpt-4o*' }),
      override('exact', { matchType: 'exact', pattern: 'gpt-4o-mini' }),
    ];
    expect(resolvedId(candidates)).toBe('exact');
    expect(resolvedId(candidates.slice(0, 2))).toBe('long');
    expect(resolvedId(candidates, { ...lookup, model: 'gpt-3.5' })).toBe('short');
  });

  it('lets a more specific scope win over a more precise pattern', () => {
    const candidates = [
      override('global-exact', { matchType: 'exact', pattern: 'gpt-4o-mini' }),
      override('provider-wildcard', { scopeKind: 'provider', providerId: 'openai', pattern: 'gpt*' }),
    ];
    expect(resolvedId(candidates)).toBe('provider-wildcard');
  });

  it('breaks ties by the newest update', () => {
    const candidates = [
      override('older', { updatedAt: '2026-03-17T12:00:00.000Z' }),
      override('newer', { updatedAt: '2026-03-17T12:00:01.000Z' }),
    ];
    expect(resolvedId(candidates)).toBe('newer');
    expect(resolvedId([...candidates].reverse())).toBe('newer');
  });

  it('matches request types by their base type and skips other types and models', () => {
    const candidates = [override('chat', { requestTypes: ['chat_completion', 'embedding'] })];
    expect(resolvedId(candidates, { ...lookup, requestType: 'chat_completion_stream' })).toBe('chat');
    expect(resolvedId(candidates, { ...lookup, requestType: 'embedding' })).toBe('chat');
    expect(resolvedId(candidates, { ...lookup, requestType: 'responses' })).toBeNull();
    expect(resolvedId(candidates, { ...lookup, model: 'claude-3' })).toBeNull();
    expect(resolvedId([override('exact', { matchType: 'exact', pattern: 'gpt-4o' })])).toBeNull();
  });
});

describe('pricing override rules', () => {
  const valid: PricingOverrideValues = {
    name: 'cheap',
    scopeKind: 'provider',
    virtualKeyId: null,
    providerId: 'openai',
    providerKeyId: null,
    matchType: 'wildcard',
    pattern: 'gpt-4o*',
    requestTypes: ['chat_completion'],
    patch: { input_cost_per_token: 0.000001 },
  };

  it.each([
    [{ scopeKind: 'virtual_key_provider_key', virtualKeyId: 'vk', providerId: null, providerKeyId: 'k' }, null],
    [{ scopeKind: 'virtual_key_provider_key', virtualKeyId: 'vk', providerKeyId: null, providerId: null }, 'virtual_key_id and provider_key_id are required for virtual_key_provider_key scope_kind'],
    [{ scopeKind: 'virtual_key_provider_key', virtualKeyId: 'vk', providerKeyId: 'k' }, 'virtual_key_provider_key scope_kind does not support provider_id'],
    [{ scopeKind: 'virtual_key_provider', virtualKeyId: 'vk', providerKeyId: 'k' }, 'virtual_key_provider scope_kind does not support provider_key_id'],
    [{ scopeKind: 'provider_key', providerKeyId: 'k' }, 'provider_key scope_kind only supports provider_key_id'],
    [{ pattern: 'gpt*4*' }, "wildcard pattern supports a single trailing '*' only"],
    [{ pattern: '*' }, 'wildcard prefix cannot be empty'],
    [{ matchType: 'exact', pattern: 'gpt-4o*' }, "exact pattern cannot include '*'"],
    [{ matchType: 'regex' }, 'unsupported match_type "regex"'],
    [{ patch: { input_cost_per_token: null, output_cost_per_token: 0 } }, null],
    [{ patch: { input_cost_per_token: 'cheap' } }, 'input_cost_per_token must be a number'],
  ] as Array<[Partial<PricingOverrideValues>, string | null]>)('%j → %j', (change, message) => {
    expect(pricingOverrideProblem({ ...valid, ...change })?.message ?? null).toBe(message);
  });

  it('merges a PUT: ids kept unless the scope changes or null is sent', () => {
    const current = { ...valid, scopeKind: 'virtual_key_provider', virtualKeyId: 'vk' };
    expect(mergePricingOverrideValues(current, { name: 'x' })).toMatchObject({ virtualKeyId: 'vk', providerId: 'openai' });
    expect(mergePricingOverrideValues(current, { providerId: null })).toMatchObject({ virtualKeyId: 'vk', providerId: null });
    expect(mergePricingOverrideValues(current, { scopeKind: 'virtual_key', virtualKeyId: 'vk' })).toMatchObject({
      virtualKeyId: 'vk',
      providerId: null,
      providerKeyId: null,
    });
    expect(mergePricingOverrideValues(current, { scopeKind: 'virtual_key_provider' })).toMatchObject({
      virtualKeyId: 'vk',
      providerId: 'openai',
    });
  });
});
