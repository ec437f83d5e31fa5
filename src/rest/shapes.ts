// Small reshaping Bifrost's JSON needs beyond snake_case keys, and the nested governance hierarchy
// (customer -> teams -> virtual keys -> provider configs) as the seed documents show it.
import type {
  CustomerFieldsFragment,
  TeamFieldsFragment,
  VirtualKeyFieldsFragment,
} from './gql/graphql.js';
import type { Snake } from './route.js';

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

interface Owned {
  owner_kind: string;
  owner_id: string;
}

/**
 * A budget with Bifrost's owner back-reference (`virtual_key_id`, `provider_config_id`,
 * `model_config_id`, ...) in place of GraphQL's owner_kind / owner_id; only the owner it has is named.
 */
export function withOwnerRef<T extends Owned>({ owner_kind, owner_id, ...rest }: T) {
  const kind = owner_kind.toLowerCase();
  // Provider configs and providers have integer ids (the seeds show `provider_config_id: 123`).
  const id = kind === 'provider_config' || kind === 'provider' ? Number(owner_id) : owner_id;
  return { ...rest, [`${kind}_id`]: id } as Omit<T, keyof Owned> & Record<`${string}_id`, string | number>;
}

type OwnedBudget = Parameters<typeof withOwnerRef>[0] & { id: string };

interface MultiBudgetOwner extends WithLimits {
  budgets: OwnedBudget[];
  budget?: OwnedBudget | null;
}

/**
 * A multi-budget owner (virtual key, provider config, model config): every budget with its owner
 * back-reference, the legacy `budget` (the first one), and budget_id / rate_limit_id.
 */
export function withOwnedBudgets<T extends MultiBudgetOwner>(owner: T) {
  return withLimitIds({
    ...owner,
    budgets: owner.budgets.map(withOwnerRef),
    budget: owner.budget ? withOwnerRef(owner.budget) : null,
  });
}

/** A virtual key with its provider configs (keys already redacted by GraphQL) and MCP configs. */
export function virtualKeyJson(key: Snake<VirtualKeyFieldsFragment>) {
  return { ...withOwnedBudgets(key), provider_configs: key.provider_configs.map(withOwnedBudgets) };
}

interface Owners {
  team: WithLimits | null;
  customer: (WithLimits & { teams?: WithLimits[] }) | null;
}

/** A virtual key with its embedded team or customer (and that customer's teams), each with budget_id / rate_limit_id. */
export function ownedVirtualKeyJson<T extends Snake<VirtualKeyFieldsFragment> & Owners>(key: T) {
  const { customer } = key;
  return {
    ...virtualKeyJson(key),
    team: key.team && withLimitIds(key.team),
    customer: customer && {
      ...withLimitIds(customer),
      ...(customer.teams && { teams: customer.teams.map(withLimitIds) }),
    },
  };
}

export function teamJson(team: Snake<TeamFieldsFragment>) {
  return { ...withLimitIds(team), virtual_keys: team.virtual_keys.map(virtualKeyJson) };
}

export function customerJson(customer: Snake<CustomerFieldsFragment>) {
  return {
    ...withLimitIds(customer),
    teams: customer.teams.map(teamJson),
    virtual_keys: customer.virtual_keys.map(virtualKeyJson),
  };
}
