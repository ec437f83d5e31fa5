// Kysely table types: one interface per table, snake_case as stored. Booleans are 0/1 integers and
// JSON columns are text; rows are mapped to domain objects in src/store.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamps = { created_at: string; updated_at: string };

export interface BusinessUnitTable extends Timestamps {
  id: string;
  name: string;
  description: Generated<string>;
  source_id: string | null;
  profile: string | null;
  config: string | null;
  claims: string | null;
  config_hash: string | null;
  created_by_user_id: string | null;
}

export interface CustomerTable extends Timestamps {
  id: string;
  name: string;
  business_unit_id: string | null;
  calendar_aligned: Generated<number>;
  config_hash: string | null;
}

export interface TeamTable extends Timestamps {
  id: string;
  name: string;
  customer_id: string | null;
  profile: string | null;
  config: string | null;
  claims: string | null;
  calendar_aligned: Generated<number>;
  config_hash: string | null;
}

export interface VirtualKeyTable extends Timestamps {
  id: string;
  name: string;
  value: string;
  description: Generated<string>;
  is_active: Generated<number>;
  team_id: string | null;
  customer_id: string | null;
  calendar_aligned: Generated<number>;
  config_hash: string | null;
}

export interface ProviderTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export const PROVIDER_KEY_EXTRAS = [
  'azure_endpoint', 'azure_api_version', 'azure_client_id', 'azure_client_secret', 'azure_tenant_id',
  'vertex_project_id', 'vertex_project_number', 'vertex_region', 'vertex_auth_credentials',
  'bedrock_access_key', 'bedrock_secret_key', 'bedrock_session_token', 'bedrock_region', 'bedrock_arn',
] as const;
export type ProviderKeyExtra = (typeof PROVIDER_KEY_EXTRAS)[number];

export type ProviderKeyTable = Timestamps & {
  id: Generated<number>;
  key_id: string;
  provider_id: number;
  name: string;
  value: string;
  models: string;
  weight: number;
  enabled: number;
  use_for_batch_api: number;
  config_hash: string | null;
} & { [K in ProviderKeyExtra]: string | null };

export interface ProviderConfigTable extends Timestamps {
  id: Generated<number>;
  virtual_key_id: string;
  provider: string;
  weight: number | null;
  allowed_models: string;
  allow_all_keys: number;
}

export interface ProviderConfigKeyTable {
  provider_config_id: number;
  provider_key_id: number;
}

export interface McpClientTable extends Timestamps {
  id: Generated<number>;
  name: string;
}

export interface McpConfigTable {
  id: Generated<number>;
  virtual_key_id: string;
  mcp_client_id: number;
  tools_to_execute: string;
}

export interface ModelConfigTable extends Timestamps {
  id: string;
  model_name: string;
  provider: string | null;
  scope: string;
  scope_id: string | null;
  calendar_aligned: Generated<number>;
}

/** The owner columns of budgets and rate limits; exactly one is set per row. */
export interface OwnerColumns {
  customer_id: string | null;
  team_id: string | null;
  virtual_key_id: string | null;
  provider_config_id: number | null;
  model_config_id: string | null;
  provider_id: number | null;
  business_unit_id: string | null;
}

export interface BudgetTable extends Timestamps, OwnerColumns {
  id: string;
  max_limit: number;
  reset_duration: string;
  current_usage: Generated<number>;
  last_reset: string;
  calendar_aligned: Generated<number>;
  config_hash: string | null;
  /** Headroom held by open reservations (USD). */
  reserved: Generated<number>;
  /** End of the current window; null = to be computed by the reset scheduler. */
  window_end: string | null;
}

export interface RateLimitTable extends Timestamps, OwnerColumns {
  id: string;
  token_max_limit: number | null;
  token_reset_duration: string | null;
  token_current_usage: Generated<number>;
  token_last_reset: string;
  request_max_limit: number | null;
  request_reset_duration: string | null;
  request_current_usage: Generated<number>;
  request_last_reset: string;
  calendar_aligned: Generated<number>;
  config_hash: string | null;
  token_reserved: Generated<number>;
  request_reserved: Generated<number>;
  token_window_end: string | null;
  request_window_end: string | null;
}

export interface RoutingRuleTable extends Timestamps {
  id: string;
  name: string;
  description: string;
  enabled: number;
  chain_rule: number;
  cel_expression: string;
  fallbacks: string;
  scope: string;
  scope_id: string | null;
  priority: number;
  query: string | null;
  config_hash: string | null;
}

export interface RoutingTargetTable {
  id: Generated<number>;
  rule_id: string;
  position: number;
  provider: string | null;
  model: string | null;
  key_id: string | null;
  weight: number;
}

export interface PricingOverrideTable extends Timestamps {
  id: string;
  name: string;
  scope_kind: string;
  virtual_key_id: string | null;
  provider_id: string | null;
  provider_key_id: string | null;
  match_type: string;
  pattern: string;
  request_types: string;
  pricing_patch: string;
  config_hash: string | null;
}

export interface UsageEventTable {
  /** Whose idempotency key this is (see credentialScope in src/auth.ts). */
  credential: string;
  idempotency_key: string;
  virtual_key_id: string | null;
  provider: string;
  model: string;
  request_type: string;
  input_tokens: number;
  output_tokens: number;
  cost: number;
  occurred_at: string;
  recorded_at: string;
  reservation_id: string | null;
  /** The hash of the event its key first named; null for events recorded before hashes were kept. */
  request_hash: string | null;
}

export interface ReservationTable {
  id: string;
  virtual_key_id: string | null;
  created_at: string;
  expires_at: string;
}

export interface ReservationHoldTable {
  reservation_id: string;
  budget_id: string | null;
  rate_limit_id: string | null;
  amount: number;
  tokens: number;
  requests: number;
}

export interface BudgetThresholdTable {
  budget_id: string;
  period_start: string;
  percent: number;
  crossed_at: string;
  usage: number;
}

export interface Database {
  business_units: BusinessUnitTable;
  customers: CustomerTable;
  teams: TeamTable;
  virtual_keys: VirtualKeyTable;
  providers: ProviderTable;
  provider_keys: ProviderKeyTable;
  provider_configs: ProviderConfigTable;
  provider_config_keys: ProviderConfigKeyTable;
  mcp_clients: McpClientTable;
  mcp_configs: McpConfigTable;
  model_configs: ModelConfigTable;
  budgets: BudgetTable;
  rate_limits: RateLimitTable;
  routing_rules: RoutingRuleTable;
  routing_targets: RoutingTargetTable;
  pricing_overrides: PricingOverrideTable;
  usage_events: UsageEventTable;
  reservations: ReservationTable;
  reservation_holds: ReservationHoldTable;
  budget_thresholds: BudgetThresholdTable;
}

export type BusinessUnitRow = Selectable<BusinessUnitTable>;
export type CustomerRow = Selectable<CustomerTable>;
export type TeamRow = Selectable<TeamTable>;
export type VirtualKeyRow = Selectable<VirtualKeyTable>;
export type ProviderRow = Selectable<ProviderTable>;
export type ProviderKeyRow = Selectable<ProviderKeyTable>;
export type ProviderConfigRow = Selectable<ProviderConfigTable>;
export type McpClientRow = Selectable<McpClientTable>;
export type McpConfigRow = Selectable<McpConfigTable>;
export type ModelConfigRow = Selectable<ModelConfigTable>;
export type BudgetRow = Selectable<BudgetTable>;
export type RateLimitRow = Selectable<RateLimitTable>;
export type RoutingRuleRow = Selectable<RoutingRuleTable>;
export type RoutingTargetRow = Selectable<RoutingTargetTable>;
export type PricingOverrideRow = Selectable<PricingOverrideTable>;
export type InsertableBudget = Insertable<BudgetTable>;
export type UpdateableBudget = Updateable<BudgetTable>;
export type InsertableRateLimit = Insertable<RateLimitTable>;
