// Small reshaping Bifrost's JSON needs beyond snake_case keys.

interface WithLimits {
  budget?: { id: string } | null;
  rate_limit?: { id: string } | null;
}

/** Adds the `budget_id` / `rate_limit_id` back-references Bifrost shows beside the objects. */
export function withLimitIds<T extends WithLimits>(owner: T): T & { budget_id: string | null; rate_limit_id: string | null } {
  return { ...owner, budget_id: owner.budget?.id ?? null, rate_limit_id: owner.rate_limit?.id ?? null };
}

/**
 * A create body with its required text fields present: a missing (or null) field becomes "" so the
 * domain rule answers with Bifrost's message ("Customer name is required") rather than GraphQL's.
 */
export function withRequiredText(body: Record<string, unknown>, ...fields: string[]): Record<string, unknown> {
  return { ...body, ...Object.fromEntries(fields.map((field) => [field, body[field] ?? ''])) };
}
