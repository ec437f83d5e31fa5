// Scopes of model configs and routing rules (spec §1.9, §1.11): global, or one team, customer or
// virtual key named by scopeId. Shape rules as zod pieces, plus the immutability check of updates.
import { z } from 'zod';
import type { Problem } from './limits.js';
import { line } from './text-limits.js';

export const SCOPES = ['global', 'team', 'customer', 'virtual_key'] as const;
export type Scope = (typeof SCOPES)[number];
export type OwnedScope = Exclude<Scope, 'global'>;

export interface ScopeRef {
  scope: Scope;
  scopeId: string | null;
}

export const SCOPE_ID_REQUIRED = 'scope_id field is required when scope is not global';
export const SCOPE_IMMUTABLE = 'scope and scope_id cannot be changed';

const scopeValue = z.enum(SCOPES, {
  error: (issue) => `invalid scope "${String(issue.input)}": must be one of: ${SCOPES.join(', ')}`,
});

/** The scope fields of an input object (spread into a z.object shape); scope "" counts as not sent. */
export const scopeInputFields = {
  scope: line('scope')
    .nullish()
    .transform((value) => (value === '' ? null : value))
    .pipe(scopeValue.nullish()),
  scopeId: line('scope_id').nullish(),
};

type ScopeInput = { scope?: Scope | null; scopeId?: string | null };

/** Create-time check: a non-global scope names its owner. */
export function scopeProblem(input: ScopeInput): Problem | null {
  const scope = input.scope ?? 'global';
  return scope !== 'global' && !input.scopeId ? { field: 'scopeId', message: SCOPE_ID_REQUIRED } : null;
}

/** Create-time normalization: scope defaults to global, and a global scope drops any scopeId. */
export function normalizeScope(input: ScopeInput): ScopeRef {
  const scope = input.scope ?? 'global';
  return { scope, scopeId: scope === 'global' ? null : (input.scopeId ?? null) };
}

/**
 * Update-time check: scope and scopeId are identity. Sending the stored value (or nothing) is fine;
 * a scopeId sent alongside a global scope is dropped, as on create.
 */
export function scopeChangeProblem(current: ScopeRef, input: ScopeInput): Problem | null {
  if (input.scope != null && input.scope !== current.scope) return { field: 'scope', message: SCOPE_IMMUTABLE };
  if (current.scope !== 'global' && input.scopeId != null && input.scopeId !== current.scopeId) {
    return { field: 'scopeId', message: SCOPE_IMMUTABLE };
  }
  return null;
}
