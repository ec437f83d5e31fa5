// Pricing overrides (spec §1.12, §7.2): the entity, its input schemas, Bifrost's validation, the
// update merge, and resolving which override prices a request.
import { z } from 'zod';
import { boundedJsonObject } from './json-limits.js';
import { MAX_UNIT_PRICE } from './number-limits.js';
import { line } from './text-limits.js';
import { baseRequestType, isRequestType } from './request-types.js';
import type { Problem } from './limits.js';
import { reportProblem } from './problem.js';
import { cappedList } from './list-limits.js';

export const PRICING_SCOPE_KINDS = [
  'global', 'provider', 'provider_key', 'virtual_key', 'virtual_key_provider', 'virtual_key_provider_key',
] as const;
export type PricingScopeKind = (typeof PRICING_SCOPE_KINDS)[number];

export const MATCH_TYPES = ['exact', 'wildcard'] as const;


/** USD per unit keyed by Bifrost's pricing field name (input_cost_per_token, ...). */
export type PricingPatch = Record<string, number>;

export interface PricingOverride {
  id: string;
  name: string;
  /** One of PRICING_SCOPE_KINDS; a string because stored rows are not re-checked on read. */
  scopeKind: string;
  virtualKeyId: string | null;
  /** A provider name, e.g. "openai". */
  providerId: string | null;
  /** A provider key's uuid `key_id`. */
  providerKeyId: string | null;
  matchType: string;
  pattern: string;
  requestTypes: string[];
  patch: PricingPatch;
  /** The patch as stored (JSON text), as Bifrost returns it in `pricing_patch`. */
  pricingPatch: string;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
}

type ScopeIdField = 'virtualKeyId' | 'providerId' | 'providerKeyId';
const SCOPE_ID_FIELDS: readonly ScopeIdField[] = ['virtualKeyId', 'providerId', 'providerKeyId'];
const WIRE_NAME: Record<ScopeIdField, string> = {
  virtualKeyId: 'virtual_key_id',
  providerId: 'provider_id',
  providerKeyId: 'provider_key_id',
};

/** The ids each scope needs (spec §7.2 table); every other id must be absent. */
export const SCOPE_IDS: Record<PricingScopeKind, readonly ScopeIdField[]> = {
  global: [],
  provider: ['providerId'],
  provider_key: ['providerKeyId'],
  virtual_key: ['virtualKeyId'],
  virtual_key_provider: ['virtualKeyId', 'providerId'],
  virtual_key_provider_key: ['virtualKeyId', 'providerKeyId'],
};

function isScopeKind(value: string): value is PricingScopeKind {
  return (PRICING_SCOPE_KINDS as readonly string[]).includes(value);
}

/** Everything a client can set on an override, normalised (trimmed, blank ids as null). */
export interface PricingOverrideValues {
  name: string;
  scopeKind: string;
  virtualKeyId: string | null;
  providerId: string | null;
  providerKeyId: string | null;
  matchType: string;
  pattern: string;
  requestTypes: string[];
  /** As sent (nulls included) until validated; see pricingPatchOf. */
  patch: Record<string, unknown>;
}

function nameProblem(name: string): Problem | null {
  return name === '' ? { field: 'name', message: 'name is required' } : null;
}

function scopeProblem(values: PricingOverrideValues): Problem | null {
  const kind = values.scopeKind;
  if (!isScopeKind(kind)) return { field: 'scopeKind', message: `unsupported scope_kind "${kind}"` };
  const required = SCOPE_IDS[kind];
  const missing = required.filter((field) => values[field] == null);
  if (missing.length > 0) {
    const names = required.map((field) => WIRE_NAME[field]);
    const verb = names.length === 1 ? 'is' : 'are';
    return { field: missing[0]!, message: `${names.join(' and ')} ${verb} required for ${kind} scope_kind` };
  }
  const extra = SCOPE_ID_FIELDS.find((field) => !required.includes(field) && values[field] != null);
  if (extra === undefined) return null;
  if (required.length === 0) return { field: extra, message: `${kind} scope_kind must not include scope identifiers` };
  if (required.length === 1) {
    return { field: extra, message: `${kind} scope_kind only supports ${WIRE_NAME[required[0]!]}` };
  }
  return { field: extra, message: `${kind} scope_kind does not support ${WIRE_NAME[extra]}` };
}

function patternProblem(matchType: string, pattern: string): Problem | null {
  if (pattern === '') return { field: 'pattern', message: 'pattern is required' };
  const stars = pattern.split('*').length - 1;
  switch (matchType) {
    case 'exact':
      return stars > 0 ? { field: 'pattern', message: "exact pattern cannot include '*'" } : null;
    case 'wildcard':
      if (!pattern.endsWith('*') || stars !== 1) {
        return { field: 'pattern', message: "wildcard pattern supports a single trailing '*' only" };
      }
      return pattern === '*' ? { field: 'pattern', message: 'wildcard prefix cannot be empty' } : null;
    default:
      return { field: 'matchType', message: `unsupported match_type "${matchType}"` };
  }
}

function requestTypesProblem(requestTypes: readonly string[]): Problem | null {
  if (requestTypes.length === 0) {
    return { field: 'requestTypes', message: 'request_types is required and must contain at least one value' };
  }
  for (const [index, type] of requestTypes.entries()) {
    if (isRequestType(type)) continue;
    const base = baseRequestType(type);
    const message =
      base !== type && isRequestType(base)
        ? `unsupported request_type "${type}": use the base type ` +
          `(e.g. "${base}" covers both streaming and non-streaming)`
        : `unsupported request_type "${type}"`;
    return { field: `requestTypes.${index}`, message };
  }
  return null;
}

function patchProblem(patch: Record<string, unknown>): Problem | null {
  for (const [key, value] of Object.entries(patch)) {
    if (value == null) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { field: `patch.${key}`, message: `${key} must be a number` };
    }
    if (value < 0) return { field: `patch.${key}`, message: `${key} must be non-negative` };
    if (value > MAX_UNIT_PRICE) {
      return { field: `patch.${key}`, message: `${key} must be at most ${MAX_UNIT_PRICE} USD per unit` };
    }
  }
  return null;
}

/** Spec §7.2 validation in Bifrost's order (name, scope, pattern, request types, patch). */
export function pricingOverrideProblem(values: PricingOverrideValues): Problem | null {
  return (
    nameProblem(values.name) ??
    scopeProblem(values) ??
    patternProblem(values.matchType, values.pattern) ??
    requestTypesProblem(values.requestTypes) ??
    patchProblem(values.patch)
  );
}

/** The patch to store: only the prices that are set (nulls mean "not overridden"). */
export function pricingPatchOf(patch: Record<string, unknown>): PricingPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => typeof value === 'number')) as PricingPatch;
}

const blankToNull = (value: string | null | undefined) => value?.trim() || null;
const distinct = (items: readonly string[]) => [...new Set(items)];

const patchSchema = boundedJsonObject('patch');

const createInputSchema = z.object({
  name: line('name'),
  scopeKind: line('scope_kind'),
  virtualKeyId: line('virtual_key_id').nullish(),
  providerId: line('provider_id').nullish(),
  providerKeyId: line('provider_key_id').nullish(),
  matchType: line('match_type'),
  pattern: line('pattern'),
  requestTypes: cappedList(line('request_types'), 'request_types'),
  patch: patchSchema.nullish(),
});
export type CreatePricingOverrideInput = z.infer<typeof createInputSchema>;

export function newPricingOverrideValues(input: CreatePricingOverrideInput): PricingOverrideValues {
  return {
    name: input.name.trim(),
    scopeKind: input.scopeKind,
    virtualKeyId: blankToNull(input.virtualKeyId),
    providerId: blankToNull(input.providerId),
    providerKeyId: blankToNull(input.providerKeyId),
    matchType: input.matchType,
    pattern: input.pattern.trim(),
    requestTypes: distinct(input.requestTypes),
    patch: input.patch ?? {},
  };
}

export const createPricingOverrideSchema = z.object({
  input: createInputSchema.superRefine((input, ctx) => {
    reportProblem(ctx, pricingOverrideProblem(newPricingOverrideValues(input)));
  }),
});

const updateInputSchema = z.object({
  name: line('name').nullish(),
  scopeKind: line('scope_kind').nullish(),
  virtualKeyId: line('virtual_key_id').nullish(),
  providerId: line('provider_id').nullish(),
  providerKeyId: line('provider_key_id').nullish(),
  matchType: line('match_type').nullish(),
  pattern: line('pattern').nullish(),
  requestTypes: cappedList(line('request_types'), 'request_types').nullish(),
  patch: patchSchema.nullish(),
});
export type UpdatePricingOverrideInput = z.infer<typeof updateInputSchema>;

/**
 * The override after a PUT (spec §7.2): absent or null keeps a field, except the three ids, where
 * null clears and absent keeps; changing scopeKind clears every id the request does not re-send.
 * requestTypes and patch are replaced whole.
 */
export function mergePricingOverrideValues(
  current: PricingOverrideValues,
  patch: UpdatePricingOverrideInput,
): PricingOverrideValues {
  const scopeKind = patch.scopeKind ?? current.scopeKind;
  const scopeChanged = scopeKind !== current.scopeKind;
  const idOf = (field: ScopeIdField) => {
    const sent = patch[field];
    if (sent !== undefined) return blankToNull(sent);
    return scopeChanged ? null : current[field];
  };
  return {
    name: patch.name != null ? patch.name.trim() : current.name,
    scopeKind,
    virtualKeyId: idOf('virtualKeyId'),
    providerId: idOf('providerId'),
    providerKeyId: idOf('providerKeyId'),
    matchType: patch.matchType ?? current.matchType,
    pattern: patch.pattern != null ? patch.pattern.trim() : current.pattern,
    requestTypes: patch.requestTypes ? distinct(patch.requestTypes) : current.requestTypes,
    patch: patch.patch ?? current.patch,
  };
}

/**
 * Only the name can be judged without the stored override, and it is checked first anyway; the
 * store validates the merged override in full, which keeps Bifrost's order.
 */
export const updatePricingOverrideSchema = z.object({
  id: z.string(),
  input: updateInputSchema.superRefine((patch, ctx) => {
    if (patch.name != null) reportProblem(ctx, nameProblem(patch.name.trim()));
  }),
});

/** What a request is priced by: the model, the request type and whatever identifies its route. */
export interface PricingLookup {
  /** The bare model name as the provider sees it (no "provider/" prefix). */
  model: string;
  /** A base or stream request type, e.g. chat_completion or chat_completion_stream. */
  requestType: string;
  virtualKeyId?: string | null;
  /** Provider name, e.g. "openai". */
  provider?: string | null;
  /** uuid key_id of the provider key used. */
  providerKeyId?: string | null;
}

type Resolvable = Pick<
  PricingOverride,
  'id' | ScopeIdField | 'scopeKind' | 'matchType' | 'pattern' | 'requestTypes' | 'updatedAt'
>;

// Most specific first (spec §7.2).
const SCOPE_PRECEDENCE: readonly PricingScopeKind[] = [
  'virtual_key_provider_key', 'virtual_key_provider', 'virtual_key', 'provider_key', 'provider', 'global',
];

const same = (stored: string | null, wanted: string | null | undefined) => stored != null && stored === wanted;

function scopeMatches(override: Resolvable, lookup: PricingLookup): boolean {
  const vk = same(override.virtualKeyId, lookup.virtualKeyId);
  const provider = same(override.providerId, lookup.provider);
  const key = same(override.providerKeyId, lookup.providerKeyId);
  switch (override.scopeKind) {
    case 'global': return true;
    case 'provider': return provider;
    case 'provider_key': return key;
    case 'virtual_key': return vk;
    case 'virtual_key_provider': return vk && provider;
    case 'virtual_key_provider_key': return vk && key;
    default: return false;
  }
}

function patternMatches(override: Resolvable, model: string): boolean {
  if (override.matchType === 'exact') return override.pattern === model;
  if (override.matchType === 'wildcard') return model.startsWith(override.pattern.slice(0, -1));
  return false;
}

export function pricingOverrideMatches(override: Resolvable, lookup: PricingLookup): boolean {
  return (
    scopeMatches(override, lookup) &&
    override.requestTypes.includes(baseRequestType(lookup.requestType)) &&
    patternMatches(override, lookup.model)
  );
}

/** Negative when `a` should win over `b`. */
function compareSpecificity(a: Resolvable, b: Resolvable): number {
  const rank = (o: Resolvable) => SCOPE_PRECEDENCE.indexOf(o.scopeKind as PricingScopeKind);
  const exactFirst = (o: Resolvable) => (o.matchType === 'exact' ? 0 : 1);
  return (
    rank(a) - rank(b) ||
    exactFirst(a) - exactFirst(b) ||
    b.pattern.length - a.pattern.length ||
    b.updatedAt.localeCompare(a.updatedAt) ||
    // Deterministic even for overrides written in the same millisecond.
    b.id.localeCompare(a.id)
  );
}

/**
 * The override that prices this request, or null for catalog prices: most specific scope, then
 * exact over wildcard, then the longer wildcard prefix, then the most recently updated.
 */
export function resolvePricingOverride<T extends Resolvable>(overrides: readonly T[], lookup: PricingLookup): T | null {
  let best: T | null = null;
  for (const override of overrides) {
    if (!pricingOverrideMatches(override, lookup)) continue;
    if (best === null || compareSpecificity(override, best) < 0) best = override;
  }
  return best;
}

/**
 * What a request costs under an override (spec §5.4, §7.2). The override's per-token prices price
 * the tokens of their class; a class it leaves unpriced keeps the gateway's reported average price
 * per token (the catalog price is the gateway's, not ours). No token price at all: the reported cost.
 */
export function overrideCost(
  patch: PricingPatch,
  usage: { inputTokens: number; outputTokens: number; cost: number },
): number {
  const input = patch.input_cost_per_token;
  const output = patch.output_cost_per_token;
  if (!input && !output) return usage.cost;
  const tokens = usage.inputTokens + usage.outputTokens;
  const reportedPerToken = tokens > 0 ? usage.cost / tokens : 0;
  return usage.inputTokens * (input || reportedPerToken) + usage.outputTokens * (output || reportedPerToken);
}
