/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The governance decision for a request (spec §5.3 strings, upper-cased). */
export type AdmissionDecision =
  | 'ALLOW'
  | 'BUDGET_EXCEEDED'
  | 'MODEL_BLOCKED'
  | 'PROVIDER_BLOCKED'
  | 'RATE_LIMITED'
  | 'REQUEST_LIMITED'
  | 'TOKEN_LIMITED'
  | 'VIRTUAL_KEY_BLOCKED'
  | 'VIRTUAL_KEY_NOT_FOUND';

export type AdmissionInput = {
  estimatedCost?: number | null | undefined;
  estimatedTokens?: number | null | undefined;
  model: string;
  provider: string;
  requestType?: string | null | undefined;
  /** Hold the estimate on every counter until settled or expired (5 min). */
  reserve?: boolean | null | undefined;
  /** The virtual key value (sk-bf-…) or its id; absent = no key. */
  virtualKey?: string | null | undefined;
};

/** A budget on create or update. On update: absent = unchanged, null or {} = removed, given fields change in place (usage and window kept); a new budget needs maxLimit and resetDuration. calendarAligned alone toggles the owner's calendar alignment. */
export type BudgetInput = {
  /** Legacy per-budget flag; promoted to the owner. */
  calendarAligned?: boolean | null | undefined;
  /** USD, > 0. */
  maxLimit?: number | null | undefined;
  /** e.g. 30s, 5m, 1h, 1d, 1w, 1M, 1Y, monthly. */
  resetDuration?: string | null | undefined;
};

export type CreateBusinessUnitInput = {
  claims?: Record<string, unknown> | null | undefined;
  config?: Record<string, unknown> | null | undefined;
  /** Attaches this customer to the business unit (moving it from any other). */
  customerId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Client-chosen id (CONFLICT if taken); generated when absent or "". */
  id?: string | number | null | undefined;
  /** Trimmed; unique. */
  name: string;
  profile?: Record<string, unknown> | null | undefined;
  sourceId?: string | null | undefined;
};

export type CreateCustomerInput = {
  budget?: BudgetInput | null | undefined;
  /** Business unit this customer belongs to. */
  businessUnitId?: string | number | null | undefined;
  calendarAligned?: boolean | null | undefined;
  name: string;
  rateLimit?: RateLimitInput | null | undefined;
};

export type CreateModelConfigInput = {
  /** Legacy: same as budgets with one element. */
  budget?: BudgetInput | null | undefined;
  /** At most one budget per resetDuration. */
  budgets?: Array<BudgetInput> | null | undefined;
  calendarAligned?: boolean | null | undefined;
  modelName: string;
  /** Omitted, null or "": the config applies on every provider. */
  provider?: string | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
  /** global (default), team, customer or virtual_key. */
  scope?: string | null | undefined;
  /** Team, customer or virtual key id; required unless global, dropped for global. */
  scopeId?: string | number | null | undefined;
};

/** The ids a scope needs: provider → providerId, provider_key → providerKeyId, virtual_key → virtualKeyId, virtual_key_provider → virtualKeyId + providerId, virtual_key_provider_key → virtualKeyId + providerKeyId; any other id must be absent. Blank ids count as absent. */
export type CreatePricingOverrideInput = {
  /** exact or wildcard. */
  matchType: string;
  name: string;
  /** Non-negative prices in USD per unit; null entries are dropped. */
  patch?: Record<string, unknown> | null | undefined;
  pattern: string;
  /** Provider name, e.g. openai. */
  providerId?: string | null | undefined;
  providerKeyId?: string | number | null | undefined;
  /** At least one of chat_completion, text_completion, responses, embedding, rerank, speech, transcription, image_generation, image_variation, image_edit, video_generation, video_remix. */
  requestTypes: Array<string>;
  scopeKind: string;
  virtualKeyId?: string | number | null | undefined;
};

export type CreateProviderKeyInput = {
  azureApiVersion?: EnvVarInput | null | undefined;
  azureClientId?: EnvVarInput | null | undefined;
  azureClientSecret?: EnvVarInput | null | undefined;
  azureEndpoint?: EnvVarInput | null | undefined;
  azureTenantId?: EnvVarInput | null | undefined;
  bedrockAccessKey?: EnvVarInput | null | undefined;
  bedrockArn?: EnvVarInput | null | undefined;
  bedrockRegion?: EnvVarInput | null | undefined;
  bedrockSecretKey?: EnvVarInput | null | undefined;
  bedrockSessionToken?: EnvVarInput | null | undefined;
  /** Default true. */
  enabled?: boolean | null | undefined;
  /** Models this key serves; [] = all. */
  models?: Array<string> | null | undefined;
  name: string;
  /** Default false. */
  useForBatchApi?: boolean | null | undefined;
  /** The API key itself. */
  value: EnvVarInput;
  vertexAuthCredentials?: EnvVarInput | null | undefined;
  vertexProjectId?: EnvVarInput | null | undefined;
  vertexProjectNumber?: EnvVarInput | null | undefined;
  vertexRegion?: EnvVarInput | null | undefined;
  /** Load-balancing weight among the provider's keys (default 1). */
  weight?: number | null | undefined;
};

export type CreateRoutingRuleInput = {
  /** Default "" (always matches). */
  celExpression?: string | null | undefined;
  /** Default false. */
  chainRule?: boolean | null | undefined;
  description?: string | null | undefined;
  /** Default true. */
  enabled?: boolean | null | undefined;
  fallbacks?: Array<string> | null | undefined;
  name: string;
  /** Default 0; lower is evaluated first. */
  priority?: number | null | undefined;
  query?: Record<string, unknown> | null | undefined;
  /** global (default), team, customer or virtual_key. */
  scope?: string | null | undefined;
  /** Required unless the scope is global; dropped for global. */
  scopeId?: string | number | null | undefined;
  /** At least one. */
  targets: Array<RoutingTargetInput>;
};

export type CreateTeamInput = {
  budget?: BudgetInput | null | undefined;
  calendarAligned?: boolean | null | undefined;
  claims?: Record<string, unknown> | null | undefined;
  config?: Record<string, unknown> | null | undefined;
  /** Customer this team belongs to. */
  customerId?: string | number | null | undefined;
  name: string;
  profile?: Record<string, unknown> | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
};

export type CreateVirtualKeyInput = {
  /** Legacy: same as budgets with one element. */
  budget?: BudgetInput | null | undefined;
  /** At most one budget per resetDuration. */
  budgets?: Array<BudgetInput> | null | undefined;
  calendarAligned?: boolean | null | undefined;
  customerId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Default true. */
  isActive?: boolean | null | undefined;
  /** Omitted or [] = no MCP tool allowed. */
  mcpConfigs?: Array<McpConfigInput> | null | undefined;
  /** Unique. */
  name: string;
  /** Omitted or [] = no provider allowed. */
  providerConfigs?: Array<ProviderConfigInput> | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
  /** At most one of teamId and customerId. */
  teamId?: string | number | null | undefined;
};

/** fromEnv true needs envVar "env.NAME". Sending back the masked form a response showed keeps the stored secret. */
export type EnvVarInput = {
  envVar?: string | null | undefined;
  fromEnv?: boolean | null | undefined;
  value?: string | null | undefined;
};

/** The single budget and rate limit of a provider or business unit. Each: absent = unchanged, null or {} = removed, otherwise updated in place (budget) or replaced whole (rate limit), usage kept. */
export type GovernanceInput = {
  budget?: BudgetInput | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
};

/** Without id: grants the named client (which must exist). With id: replaces that config's tools; its client cannot change. */
export type McpConfigInput = {
  id?: number | null | undefined;
  mcpClientName: string;
  /** ["*"] = every tool, [] or omitted = none, or tool names. */
  toolsToExecute?: Array<string> | null | undefined;
};

/** What kind of object owns a budget or rate limit. */
export type OwnerKind =
  | 'BUSINESS_UNIT'
  | 'CUSTOMER'
  | 'MODEL_CONFIG'
  | 'PROVIDER'
  | 'PROVIDER_CONFIG'
  | 'TEAM'
  | 'VIRTUAL_KEY';

/** Without id: a new config. With id (of this virtual key): replaces provider, weight, allowedModels and keys (omitted weight = null, omitted allowedModels = [] = no model, omitted keyIds = no key); budgets reconcile by resetDuration and the rate limit merges. */
export type ProviderConfigInput = {
  /** ["*"] = every model, [] = none, or model names. */
  allowedModels?: Array<string> | null | undefined;
  /** Legacy: the first budget, see budgets. */
  budget?: BudgetInput | null | undefined;
  /** At most one budget per resetDuration. */
  budgets?: Array<BudgetInput> | null | undefined;
  id?: number | null | undefined;
  /** ["*"] = every key of the provider, or key ids (uuids) of its keys. */
  keyIds?: Array<string> | null | undefined;
  provider: string;
  /** Merged field by field into the stored one. */
  rateLimit?: RateLimitInput | null | undefined;
  weight?: number | null | undefined;
};

/** A rate limit on create or update. On update: absent = unchanged, null or {} (no limit) = removed. Customers, teams, model configs, providers and business units replace all four fields; virtual keys and provider configs merge the sent fields. */
export type RateLimitInput = {
  requestMaxLimit?: number | null | undefined;
  requestResetDuration?: string | null | undefined;
  tokenMaxLimit?: number | null | undefined;
  tokenResetDuration?: string | null | undefined;
};

export type RoutingTargetInput = {
  /** Needs provider. */
  keyId?: string | number | null | undefined;
  model?: string | null | undefined;
  provider?: string | null | undefined;
  /** > 0; the weights of a rule sum to 1 (±0.001). */
  weight: number;
};

/** Partial update: absent fields are unchanged, null clears. */
export type UpdateBusinessUnitInput = {
  claims?: Record<string, unknown> | null | undefined;
  config?: Record<string, unknown> | null | undefined;
  /** Attaches this customer to the business unit (moving it from any other). null = no change. */
  customerId?: string | number | null | undefined;
  /** Absent = unchanged; null = "". */
  description?: string | null | undefined;
  /** Trimmed; unique. null = unchanged. */
  name?: string | null | undefined;
  profile?: Record<string, unknown> | null | undefined;
  sourceId?: string | null | undefined;
};

/** Partial update: absent fields are unchanged; businessUnitId null detaches. */
export type UpdateCustomerInput = {
  budget?: BudgetInput | null | undefined;
  businessUnitId?: string | number | null | undefined;
  calendarAligned?: boolean | null | undefined;
  name?: string | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
};

/** Partial update: absent fields are unchanged. scope and scopeId cannot change (sending the stored value is accepted). budgets reconcile by resetDuration (usage kept for kept durations; [] or null removes all); the legacy budget updates the first budget in place and drops the others. */
export type UpdateModelConfigInput = {
  budget?: BudgetInput | null | undefined;
  budgets?: Array<BudgetInput> | null | undefined;
  calendarAligned?: boolean | null | undefined;
  modelName?: string | null | undefined;
  /** null or "": applies on every provider. */
  provider?: string | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
  scope?: string | null | undefined;
  scopeId?: string | number | null | undefined;
};

/** Partial update: absent or null fields are unchanged, except the three ids, where null clears. Changing scopeKind clears every id not re-sent. requestTypes and patch replace the stored values whole. */
export type UpdatePricingOverrideInput = {
  matchType?: string | null | undefined;
  name?: string | null | undefined;
  patch?: Record<string, unknown> | null | undefined;
  pattern?: string | null | undefined;
  providerId?: string | null | undefined;
  providerKeyId?: string | number | null | undefined;
  requestTypes?: Array<string> | null | undefined;
  scopeKind?: string | null | undefined;
  virtualKeyId?: string | number | null | undefined;
};

/** Partial update: absent fields are unchanged; null clears an extra (name, value and flags cannot be cleared). */
export type UpdateProviderKeyInput = {
  azureApiVersion?: EnvVarInput | null | undefined;
  azureClientId?: EnvVarInput | null | undefined;
  azureClientSecret?: EnvVarInput | null | undefined;
  azureEndpoint?: EnvVarInput | null | undefined;
  azureTenantId?: EnvVarInput | null | undefined;
  bedrockAccessKey?: EnvVarInput | null | undefined;
  bedrockArn?: EnvVarInput | null | undefined;
  bedrockRegion?: EnvVarInput | null | undefined;
  bedrockSecretKey?: EnvVarInput | null | undefined;
  bedrockSessionToken?: EnvVarInput | null | undefined;
  /** Default true. */
  enabled?: boolean | null | undefined;
  /** Models this key serves; [] = all. */
  models?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** Default false. */
  useForBatchApi?: boolean | null | undefined;
  /** The API key itself. */
  value?: EnvVarInput | null | undefined;
  vertexAuthCredentials?: EnvVarInput | null | undefined;
  vertexProjectId?: EnvVarInput | null | undefined;
  vertexProjectNumber?: EnvVarInput | null | undefined;
  vertexRegion?: EnvVarInput | null | undefined;
  /** Load-balancing weight among the provider's keys (default 1). */
  weight?: number | null | undefined;
};

/** Partial update: absent or null fields are unchanged, name "" and scope "" are ignored, targets replace all targets. A global rule drops its scopeId; any other scope needs one. */
export type UpdateRoutingRuleInput = {
  celExpression?: string | null | undefined;
  chainRule?: boolean | null | undefined;
  description?: string | null | undefined;
  enabled?: boolean | null | undefined;
  fallbacks?: Array<string> | null | undefined;
  name?: string | null | undefined;
  priority?: number | null | undefined;
  query?: Record<string, unknown> | null | undefined;
  scope?: string | null | undefined;
  scopeId?: string | number | null | undefined;
  targets?: Array<RoutingTargetInput> | null | undefined;
};

/** Partial update: absent fields are unchanged; customerId null or "" detaches; profile, config, claims null clear. The rate limit is replaced whole. */
export type UpdateTeamInput = {
  budget?: BudgetInput | null | undefined;
  calendarAligned?: boolean | null | undefined;
  claims?: Record<string, unknown> | null | undefined;
  config?: Record<string, unknown> | null | undefined;
  customerId?: string | number | null | undefined;
  name?: string | null | undefined;
  profile?: Record<string, unknown> | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
};

/** Partial update: absent fields are unchanged. teamId / customerId: null or "" detaches, a value attaches and detaches from the other parent. budgets, providerConfigs, mcpConfigs: a sent list is the new full set (reconciled; null = []). The rate limit merges field by field. */
export type UpdateVirtualKeyInput = {
  /** Legacy: updates the first budget in place and drops the others. */
  budget?: BudgetInput | null | undefined;
  /** Reconciled by resetDuration; usage kept for kept durations. */
  budgets?: Array<BudgetInput> | null | undefined;
  /** Switching on restarts calendar-alignable budgets with zero usage. */
  calendarAligned?: boolean | null | undefined;
  customerId?: string | number | null | undefined;
  description?: string | null | undefined;
  isActive?: boolean | null | undefined;
  /** Reconciled by id; unmentioned configs are deleted. */
  mcpConfigs?: Array<McpConfigInput> | null | undefined;
  name?: string | null | undefined;
  /** Reconciled by id; unmentioned configs are deleted. */
  providerConfigs?: Array<ProviderConfigInput> | null | undefined;
  rateLimit?: RateLimitInput | null | undefined;
  teamId?: string | number | null | undefined;
};

/** One completed request. The idempotency key makes re-sending safe: it is counted once. */
export type UsageEventInput = {
  /** USD. */
  cost: number;
  idempotencyKey: string;
  inputTokens: number;
  model: string;
  outputTokens: number;
  provider: string;
  /** chat_completion, embedding, … (stream variants allowed). */
  requestType: string;
  /** The reservation from checkAdmission to settle. */
  reservationId?: string | null | undefined;
  timestamp?: string | null | undefined;
  /** The virtual key value (sk-bf-…) or its id. */
  virtualKey?: string | null | undefined;
};

export type AuthCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type AuthCreateCustomerMutation = { createCustomer: { id: string } };

export type AuthListCustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthListCustomersQuery = { customers: { totalCount: number } };

export type AuthIntrospectQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthIntrospectQuery = { __schema: { queryType: { name: string | null } } };

export type CreateBusinessUnitMutationVariables = Exact<{
  input: CreateBusinessUnitInput;
}>;


export type CreateBusinessUnitMutation = { createBusinessUnit: { id: string, name: string, description: string, sourceId: string | null, profile: Record<string, unknown> | null, config: Record<string, unknown> | null, claims: Record<string, unknown> | null, configHash: string | null, createdByUserId: string | null, createdAt: string, updatedAt: string, budget: { id: string } | null, rateLimit: { id: string } | null, customers: Array<{ id: string, name: string }> } };

export type UpdateBusinessUnitMutationVariables = Exact<{
  id: string | number;
  input: UpdateBusinessUnitInput;
}>;


export type UpdateBusinessUnitMutation = { updateBusinessUnit: { id: string, name: string, description: string, sourceId: string | null, profile: Record<string, unknown> | null, config: Record<string, unknown> | null, claims: Record<string, unknown> | null, updatedAt: string, customers: Array<{ id: string }> } };

export type UpdateBusinessUnitGovernanceMutationVariables = Exact<{
  id: string | number;
  input: GovernanceInput;
}>;


export type UpdateBusinessUnitGovernanceMutation = { updateBusinessUnitGovernance: { id: string, updatedAt: string, budget: { id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind, ownerId: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, ownerKind: OwnerKind } | null } };

export type DeleteBusinessUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteBusinessUnitMutation = { deleteBusinessUnit: string };

export type GetBusinessUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type GetBusinessUnitQuery = { businessUnit: { id: string, name: string, description: string, budget: { id: string } | null, rateLimit: { id: string } | null, customers: Array<{ id: string, name: string }> } | null };

export type ListBusinessUnitsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ListBusinessUnitsQuery = { businessUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, budget: { maxLimit: number } | null, rateLimit: { requestMaxLimit: number | null } | null, customers: Array<{ name: string, businessUnit: { id: string } | null }> } }> } };

export type CreateMemberCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateMemberCustomerMutation = { createCustomer: { id: string, name: string, businessUnit: { id: string, name: string } | null } };

export type DetachCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type DetachCustomerMutation = { updateCustomer: { id: string, businessUnit: { id: string } | null } };

export type CustomersWithUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomersWithUnitsQuery = { customers: { edges: Array<{ node: { name: string, businessUnit: { name: string } | null } }> } };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer: { id: string, name: string, calendarAligned: boolean, budget: { id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, calendarAligned: boolean, ownerKind: OwnerKind, ownerId: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null } | null } };

export type UpdateCustomerMutationVariables = Exact<{
  id: string | number;
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer: { id: string, name: string, calendarAligned: boolean, budget: { id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null } | null } };

export type DeleteCustomerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCustomerMutation = { deleteCustomer: string };

export type GetCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCustomerQuery = { customer: { id: string, name: string, budget: { id: string, currentUsage: number } | null, rateLimit: { id: string } | null } | null };

export type ListCustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ListCustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } };

export type CreateModelConfigMutationVariables = Exact<{
  input: CreateModelConfigInput;
}>;


export type CreateModelConfigMutation = { createModelConfig: { id: string, modelName: string, provider: string | null, scope: string, scopeId: string | null, scopeName: string | null, calendarAligned: boolean, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind, ownerId: string }>, budget: { id: string, maxLimit: number, resetDuration: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, ownerKind: OwnerKind } | null } };

export type UpdateModelConfigMutationVariables = Exact<{
  id: string | number;
  input: UpdateModelConfigInput;
}>;


export type UpdateModelConfigMutation = { updateModelConfig: { id: string, modelName: string, provider: string | null, scope: string, scopeId: string | null, calendarAligned: boolean, updatedAt: string, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string }>, budget: { id: string, maxLimit: number, resetDuration: string, currentUsage: number } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null } | null } };

export type DeleteModelConfigMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteModelConfigMutation = { deleteModelConfig: string };

export type GetModelConfigQueryVariables = Exact<{
  id: string | number;
}>;


export type GetModelConfigQuery = { modelConfig: { id: string, modelName: string, provider: string | null, scope: string, scopeId: string | null, scopeName: string | null, budgets: Array<{ id: string }>, rateLimit: { id: string } | null } | null };

export type ListModelConfigsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  scope?: string | null | undefined;
  scopeId?: string | number | null | undefined;
  modelName?: string | null | undefined;
  provider?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type ListModelConfigsQuery = { modelConfigs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, modelName: string, provider: string | null, scope: string, scopeName: string | null, budget: { id: string } | null, budgets: Array<{ id: string }>, rateLimit: { id: string } | null } }> } };

export type CreatePricingOverrideMutationVariables = Exact<{
  input: CreatePricingOverrideInput;
}>;


export type CreatePricingOverrideMutation = { createPricingOverride: { id: string, name: string, scopeKind: string, virtualKeyId: string | null, providerId: string | null, providerKeyId: string | null, matchType: string, pattern: string, requestTypes: Array<string>, patch: Record<string, unknown>, pricingPatch: string, configHash: string | null, createdAt: string, updatedAt: string, provider: { name: string } | null } };

export type UpdatePricingOverrideMutationVariables = Exact<{
  id: string | number;
  input: UpdatePricingOverrideInput;
}>;


export type UpdatePricingOverrideMutation = { updatePricingOverride: { id: string, name: string, scopeKind: string, virtualKeyId: string | null, providerId: string | null, providerKeyId: string | null, matchType: string, pattern: string, requestTypes: Array<string>, patch: Record<string, unknown>, pricingPatch: string, updatedAt: string } };

export type DeletePricingOverrideMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePricingOverrideMutation = { deletePricingOverride: string };

export type GetPricingOverrideQueryVariables = Exact<{
  id: string | number;
}>;


export type GetPricingOverrideQuery = { pricingOverride: { id: string, name: string, scopeKind: string, virtualKeyId: string | null, providerId: string | null, providerKeyId: string | null, pattern: string, requestTypes: Array<string>, patch: Record<string, unknown> } | null };

export type ListPricingOverridesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  scopeKind?: string | null | undefined;
  virtualKeyId?: string | number | null | undefined;
  providerId?: string | null | undefined;
  providerKeyId?: string | number | null | undefined;
  search?: string | null | undefined;
}>;


export type ListPricingOverridesQuery = { pricingOverrides: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, provider: { name: string } | null } }> } };

export type UpdateProviderGovernanceMutationVariables = Exact<{
  provider: string;
  input: GovernanceInput;
}>;


export type UpdateProviderGovernanceMutation = { updateProviderGovernance: { name: string, updatedAt: string, budget: { id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind, ownerId: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, requestCurrentUsage: number } | null } };

export type DeleteProviderGovernanceMutationVariables = Exact<{
  provider: string;
}>;


export type DeleteProviderGovernanceMutation = { deleteProviderGovernance: { name: string, budget: { id: string } | null, rateLimit: { id: string } | null } };

export type ProvidersWithGovernanceQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersWithGovernanceQuery = { providersWithGovernance: Array<{ name: string, budget: { maxLimit: number } | null, rateLimit: { requestMaxLimit: number | null } | null }> };

export type GetProviderGovernanceQueryVariables = Exact<{
  name: string;
}>;


export type GetProviderGovernanceQuery = { provider: { id: number, name: string, budget: { id: string, maxLimit: number } | null, rateLimit: { id: string, requestMaxLimit: number | null } | null } | null };

export type PkEnvVarFragment = { value: string, envVar: string, fromEnv: boolean };

export type PkFieldsFragment = { id: number, keyId: string, name: string, provider: string, providerId: number, models: Array<string>, weight: number, enabled: boolean, useForBatchApi: boolean, configHash: string | null, value: { value: string, envVar: string, fromEnv: boolean }, azureEndpoint: { value: string, envVar: string, fromEnv: boolean } | null, azureApiVersion: { value: string, envVar: string, fromEnv: boolean } | null, azureClientId: { value: string, envVar: string, fromEnv: boolean } | null, azureClientSecret: { value: string, envVar: string, fromEnv: boolean } | null, azureTenantId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectNumber: { value: string, envVar: string, fromEnv: boolean } | null, vertexRegion: { value: string, envVar: string, fromEnv: boolean } | null, vertexAuthCredentials: { value: string, envVar: string, fromEnv: boolean } | null, bedrockAccessKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSecretKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSessionToken: { value: string, envVar: string, fromEnv: boolean } | null, bedrockRegion: { value: string, envVar: string, fromEnv: boolean } | null, bedrockArn: { value: string, envVar: string, fromEnv: boolean } | null };

export type PkCreateMutationVariables = Exact<{
  provider: string;
  input: CreateProviderKeyInput;
}>;


export type PkCreateMutation = { createProviderKey: { id: number, keyId: string, name: string, provider: string, providerId: number, models: Array<string>, weight: number, enabled: boolean, useForBatchApi: boolean, configHash: string | null, value: { value: string, envVar: string, fromEnv: boolean }, azureEndpoint: { value: string, envVar: string, fromEnv: boolean } | null, azureApiVersion: { value: string, envVar: string, fromEnv: boolean } | null, azureClientId: { value: string, envVar: string, fromEnv: boolean } | null, azureClientSecret: { value: string, envVar: string, fromEnv: boolean } | null, azureTenantId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectNumber: { value: string, envVar: string, fromEnv: boolean } | null, vertexRegion: { value: string, envVar: string, fromEnv: boolean } | null, vertexAuthCredentials: { value: string, envVar: string, fromEnv: boolean } | null, bedrockAccessKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSecretKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSessionToken: { value: string, envVar: string, fromEnv: boolean } | null, bedrockRegion: { value: string, envVar: string, fromEnv: boolean } | null, bedrockArn: { value: string, envVar: string, fromEnv: boolean } | null } };

export type PkUpdateMutationVariables = Exact<{
  keyId: string | number;
  input: UpdateProviderKeyInput;
}>;


export type PkUpdateMutation = { updateProviderKey: { id: number, keyId: string, name: string, provider: string, providerId: number, models: Array<string>, weight: number, enabled: boolean, useForBatchApi: boolean, configHash: string | null, value: { value: string, envVar: string, fromEnv: boolean }, azureEndpoint: { value: string, envVar: string, fromEnv: boolean } | null, azureApiVersion: { value: string, envVar: string, fromEnv: boolean } | null, azureClientId: { value: string, envVar: string, fromEnv: boolean } | null, azureClientSecret: { value: string, envVar: string, fromEnv: boolean } | null, azureTenantId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectNumber: { value: string, envVar: string, fromEnv: boolean } | null, vertexRegion: { value: string, envVar: string, fromEnv: boolean } | null, vertexAuthCredentials: { value: string, envVar: string, fromEnv: boolean } | null, bedrockAccessKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSecretKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSessionToken: { value: string, envVar: string, fromEnv: boolean } | null, bedrockRegion: { value: string, envVar: string, fromEnv: boolean } | null, bedrockArn: { value: string, envVar: string, fromEnv: boolean } | null } };

export type PkDeleteMutationVariables = Exact<{
  keyId: string | number;
}>;


export type PkDeleteMutation = { deleteProviderKey: string };

export type PkProviderKeysQueryVariables = Exact<{
  name: string;
}>;


export type PkProviderKeysQuery = { provider: { name: string, keys: Array<{ id: number, keyId: string, name: string, provider: string, providerId: number, models: Array<string>, weight: number, enabled: boolean, useForBatchApi: boolean, configHash: string | null, value: { value: string, envVar: string, fromEnv: boolean }, azureEndpoint: { value: string, envVar: string, fromEnv: boolean } | null, azureApiVersion: { value: string, envVar: string, fromEnv: boolean } | null, azureClientId: { value: string, envVar: string, fromEnv: boolean } | null, azureClientSecret: { value: string, envVar: string, fromEnv: boolean } | null, azureTenantId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectNumber: { value: string, envVar: string, fromEnv: boolean } | null, vertexRegion: { value: string, envVar: string, fromEnv: boolean } | null, vertexAuthCredentials: { value: string, envVar: string, fromEnv: boolean } | null, bedrockAccessKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSecretKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSessionToken: { value: string, envVar: string, fromEnv: boolean } | null, bedrockRegion: { value: string, envVar: string, fromEnv: boolean } | null, bedrockArn: { value: string, envVar: string, fromEnv: boolean } | null }> } | null };

export type PkCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type PkCreateCustomerMutation = { createCustomer: { id: string } };

export type PkCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type PkCreateTeamMutation = { createTeam: { id: string } };

export type PkCreateVirtualKeyMutationVariables = Exact<{
  input: CreateVirtualKeyInput;
}>;


export type PkCreateVirtualKeyMutation = { createVirtualKey: { id: string, providerConfigs: Array<{ keys: Array<{ keyId: string }> }> } };

export type PkVirtualKeyConfigKeysQueryVariables = Exact<{
  id: string | number;
}>;


export type PkVirtualKeyConfigKeysQuery = { virtualKey: { providerConfigs: Array<{ provider: string, keys: Array<{ keyId: string }> }> } | null };

export type PkNestedQueryVariables = Exact<{
  id: string | number;
}>;


export type PkNestedQuery = { customer: { teams: Array<{ virtualKeys: Array<{ providerConfigs: Array<{ keys: Array<{ id: number, keyId: string, name: string, provider: string, providerId: number, models: Array<string>, weight: number, enabled: boolean, useForBatchApi: boolean, configHash: string | null, value: { value: string, envVar: string, fromEnv: boolean }, azureEndpoint: { value: string, envVar: string, fromEnv: boolean } | null, azureApiVersion: { value: string, envVar: string, fromEnv: boolean } | null, azureClientId: { value: string, envVar: string, fromEnv: boolean } | null, azureClientSecret: { value: string, envVar: string, fromEnv: boolean } | null, azureTenantId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectId: { value: string, envVar: string, fromEnv: boolean } | null, vertexProjectNumber: { value: string, envVar: string, fromEnv: boolean } | null, vertexRegion: { value: string, envVar: string, fromEnv: boolean } | null, vertexAuthCredentials: { value: string, envVar: string, fromEnv: boolean } | null, bedrockAccessKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSecretKey: { value: string, envVar: string, fromEnv: boolean } | null, bedrockSessionToken: { value: string, envVar: string, fromEnv: boolean } | null, bedrockRegion: { value: string, envVar: string, fromEnv: boolean } | null, bedrockArn: { value: string, envVar: string, fromEnv: boolean } | null }> }> }> }> } | null };

export type CreateRoutingRuleMutationVariables = Exact<{
  input: CreateRoutingRuleInput;
}>;


export type CreateRoutingRuleMutation = { createRoutingRule: { id: string, name: string, description: string, enabled: boolean, chainRule: boolean, celExpression: string, fallbacks: Array<string>, scope: string, scopeId: string | null, priority: number, query: Record<string, unknown> | null, configHash: string | null, createdAt: string, updatedAt: string, targets: Array<{ provider: string | null, model: string | null, keyId: string | null, weight: number }> } };

export type UpdateRoutingRuleMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoutingRuleInput;
}>;


export type UpdateRoutingRuleMutation = { updateRoutingRule: { id: string, name: string, description: string, enabled: boolean, chainRule: boolean, celExpression: string, fallbacks: Array<string>, scope: string, scopeId: string | null, priority: number, query: Record<string, unknown> | null, updatedAt: string, targets: Array<{ provider: string | null, model: string | null, keyId: string | null, weight: number }> } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoutingRuleMutation = { deleteRoutingRule: string };

export type GetRoutingRuleQueryVariables = Exact<{
  id: string | number;
}>;


export type GetRoutingRuleQuery = { routingRule: { id: string, name: string, scope: string, scopeId: string | null, targets: Array<{ provider: string | null, weight: number }> } | null };

export type ListRoutingRulesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  scope?: string | null | undefined;
  scopeId?: string | number | null | undefined;
  enabled?: boolean | null | undefined;
  search?: string | null | undefined;
}>;


export type ListRoutingRulesQuery = { routingRules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, targets: Array<{ provider: string | null, model: string | null, weight: number }> } }> } };

export type RoutingRulesForRequestQueryVariables = Exact<{
  virtualKeyId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  customerId?: string | number | null | undefined;
}>;


export type RoutingRulesForRequestQuery = { routingRulesForRequest: Array<{ name: string }> };

export type TeamCreateMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type TeamCreateMutation = { createTeam: { id: string, name: string, customerId: string | null, profile: Record<string, unknown> | null, config: Record<string, unknown> | null, claims: Record<string, unknown> | null, calendarAligned: boolean, customer: { id: string, name: string } | null, budget: { id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind, ownerId: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, tokenCurrentUsage: number } | null } };

export type TeamUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type TeamUpdateMutation = { updateTeam: { id: string, name: string, customerId: string | null, profile: Record<string, unknown> | null, calendarAligned: boolean, budget: { id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, tokenCurrentUsage: number, requestCurrentUsage: number } | null } };

export type TeamDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type TeamDeleteMutation = { deleteTeam: string };

export type TeamGetQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamGetQuery = { team: { id: string, name: string, customerId: string | null, budget: { id: string } | null, rateLimit: { id: string } | null, virtualKeys: Array<{ id: string, name: string }> } | null };

export type TeamListQueryVariables = Exact<{
  customerId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeamListQuery = { teams: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string } }> } };

export type TeamCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type TeamCreateCustomerMutation = { createCustomer: { id: string } };

export type TeamCustomerTeamsQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamCustomerTeamsQuery = { customer: { id: string, teams: Array<{ id: string, name: string, customer: { id: string } | null }> } | null };

export type TeamCreateVirtualKeyMutationVariables = Exact<{
  input: CreateVirtualKeyInput;
}>;


export type TeamCreateVirtualKeyMutation = { createVirtualKey: { id: string, teamId: string | null } };

export type TeamGetVirtualKeyQueryVariables = Exact<{
  id: string | number;
}>;


export type TeamGetVirtualKeyQuery = { virtualKey: { id: string, teamId: string | null, team: { id: string } | null } | null };

export type VkFieldsFragment = { id: string, name: string, value: string, description: string, isActive: boolean, teamId: string | null, customerId: string | null, calendarAligned: boolean, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind }>, budget: { id: string, resetDuration: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, tokenCurrentUsage: number, requestCurrentUsage: number } | null, providerConfigs: Array<{ id: number, provider: string, weight: number | null, allowedModels: Array<string>, allowAllKeys: boolean, keys: Array<{ keyId: string, name: string }>, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string }>, budget: { id: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null } | null }>, mcpConfigs: Array<{ id: number, mcpClientName: string, toolsToExecute: Array<string> }> };

export type VkCreateMutationVariables = Exact<{
  input: CreateVirtualKeyInput;
}>;


export type VkCreateMutation = { createVirtualKey: { id: string, name: string, value: string, description: string, isActive: boolean, teamId: string | null, customerId: string | null, calendarAligned: boolean, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind }>, budget: { id: string, resetDuration: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, tokenCurrentUsage: number, requestCurrentUsage: number } | null, providerConfigs: Array<{ id: number, provider: string, weight: number | null, allowedModels: Array<string>, allowAllKeys: boolean, keys: Array<{ keyId: string, name: string }>, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string }>, budget: { id: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null } | null }>, mcpConfigs: Array<{ id: number, mcpClientName: string, toolsToExecute: Array<string> }> } };

export type VkUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateVirtualKeyInput;
}>;


export type VkUpdateMutation = { updateVirtualKey: { id: string, name: string, value: string, description: string, isActive: boolean, teamId: string | null, customerId: string | null, calendarAligned: boolean, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind }>, budget: { id: string, resetDuration: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, tokenCurrentUsage: number, requestCurrentUsage: number } | null, providerConfigs: Array<{ id: number, provider: string, weight: number | null, allowedModels: Array<string>, allowAllKeys: boolean, keys: Array<{ keyId: string, name: string }>, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string }>, budget: { id: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null } | null }>, mcpConfigs: Array<{ id: number, mcpClientName: string, toolsToExecute: Array<string> }> } };

export type VkDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type VkDeleteMutation = { deleteVirtualKey: string };

export type VkGetQueryVariables = Exact<{
  id: string | number;
}>;


export type VkGetQuery = { virtualKey: { id: string, name: string, value: string, description: string, isActive: boolean, teamId: string | null, customerId: string | null, calendarAligned: boolean, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string, ownerKind: OwnerKind }>, budget: { id: string, resetDuration: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null, tokenCurrentUsage: number, requestCurrentUsage: number } | null, providerConfigs: Array<{ id: number, provider: string, weight: number | null, allowedModels: Array<string>, allowAllKeys: boolean, keys: Array<{ keyId: string, name: string }>, budgets: Array<{ id: string, maxLimit: number, resetDuration: string, currentUsage: number, lastReset: string }>, budget: { id: string } | null, rateLimit: { id: string, tokenMaxLimit: number | null, tokenResetDuration: string | null, requestMaxLimit: number | null, requestResetDuration: string | null } | null }>, mcpConfigs: Array<{ id: number, mcpClientName: string, toolsToExecute: Array<string> }> } | null };

export type VkRelationsQueryVariables = Exact<{
  id: string | number;
}>;


export type VkRelationsQuery = { virtualKey: { id: string, team: { id: string, name: string } | null, customer: { id: string, name: string } | null, providerConfigs: Array<{ id: number, virtualKey: { id: string } }>, mcpConfigs: Array<{ id: number, mcpClient: { name: string }, virtualKey: { id: string } }> } | null };

export type VkByValueQueryVariables = Exact<{
  value: string;
}>;


export type VkByValueQuery = { virtualKeyByValue: { id: string, name: string } | null };

export type VkListQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
  customerId?: string | number | null | undefined;
  isActive?: boolean | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type VkListQuery = { virtualKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type VkCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type VkCreateTeamMutation = { createTeam: { id: string } };

export type VkCreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type VkCreateCustomerMutation = { createCustomer: { id: string } };

export type VkCreateProviderKeyMutationVariables = Exact<{
  provider: string;
  input: CreateProviderKeyInput;
}>;


export type VkCreateProviderKeyMutation = { createProviderKey: { keyId: string, name: string } };

export type VkCreateMcpClientMutationVariables = Exact<{
  name: string;
}>;


export type VkCreateMcpClientMutation = { createMcpClient: { id: number, name: string } };

export type VkDeleteMcpClientMutationVariables = Exact<{
  id: number;
}>;


export type VkDeleteMcpClientMutation = { deleteMcpClient: number };

export type VkMcpClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type VkMcpClientsQuery = { mcpClients: Array<{ id: number, name: string }> };

export type VkParentKeysQueryVariables = Exact<{
  customerId: string | number;
  teamId: string | number;
}>;


export type VkParentKeysQuery = { customer: { virtualKeys: Array<{ name: string }>, teams: Array<{ virtualKeys: Array<{ name: string }> }> } | null, team: { virtualKeys: Array<{ name: string }> } | null };

export type VkHierarchyQueryVariables = Exact<{ [key: string]: never; }>;


export type VkHierarchyQuery = { customers: { edges: Array<{ node: { id: string, teams: Array<{ id: string, customer: { id: string } | null, budget: { id: string } | null, virtualKeys: Array<{ id: string, team: { id: string } | null, budgets: Array<{ id: string }>, budget: { id: string } | null, rateLimit: { id: string } | null, mcpConfigs: Array<{ id: number, mcpClientName: string }>, providerConfigs: Array<{ id: number, budgets: Array<{ id: string }>, budget: { id: string } | null, rateLimit: { id: string } | null, keys: Array<{ keyId: string, value: { value: string } }> }> }> }> } }> } };

export type CheckAdmissionMutationVariables = Exact<{
  input: AdmissionInput;
}>;


export type CheckAdmissionMutation = { checkAdmission: { allowed: boolean, decision: AdmissionDecision, statusCode: number, reason: string, retryAfterSeconds: number | null, reservationId: string | null, blockedBy: { kind: string, id: string, ownerKind: OwnerKind | null, ownerId: string | null } | null, remaining: { budget: number | null, tokens: number | null, requests: number | null } } };

export type AdmissionTouchMutationVariables = Exact<{ [key: string]: never; }>;


export type AdmissionTouchMutation = { createCustomer: { id: string } };

export type AdmissionRecordMutationVariables = Exact<{
  events: Array<UsageEventInput> | UsageEventInput;
}>;


export type AdmissionRecordMutation = { recordUsage: { accepted: number } };

export type RecordUsageMutationVariables = Exact<{
  events: Array<UsageEventInput> | UsageEventInput;
}>;


export type RecordUsageMutation = { recordUsage: { accepted: number, duplicates: number } };

export type ResetSpendMutationVariables = Exact<{
  events: Array<UsageEventInput> | UsageEventInput;
}>;


export type ResetSpendMutation = { recordUsage: { accepted: number } };

export type ResetCustomerBudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type ResetCustomerBudgetQuery = { customer: { budget: { currentUsage: number, lastReset: string } | null } | null };

export const PkEnvVarFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkEnvVar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvVar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"fromEnv"}}]}}]} as unknown as DocumentNode<PkEnvVarFragment, unknown>;
export const PkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"useForBatchApi"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"azureEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureTenantId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexAuthCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSecretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSessionToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockArn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkEnvVar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvVar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"fromEnv"}}]}}]} as unknown as DocumentNode<PkFieldsFragment, unknown>;
export const VkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCurrentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"requestCurrentUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"allowedModels"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllKeys"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mcpClientName"}},{"kind":"Field","name":{"kind":"Name","value":"toolsToExecute"}}]}}]}}]} as unknown as DocumentNode<VkFieldsFragment, unknown>;
export const AuthCreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthCreateCustomerMutation, AuthCreateCustomerMutationVariables>;
export const AuthListCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthListCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthListCustomersQuery, AuthListCustomersQueryVariables>;
export const AuthIntrospectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthIntrospect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthIntrospectQuery, AuthIntrospectQueryVariables>;
export const CreateBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBusinessUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBusinessUnitMutation, CreateBusinessUnitMutationVariables>;
export const UpdateBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBusinessUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBusinessUnitMutation, UpdateBusinessUnitMutationVariables>;
export const UpdateBusinessUnitGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBusinessUnitGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GovernanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBusinessUnitGovernance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBusinessUnitGovernanceMutation, UpdateBusinessUnitGovernanceMutationVariables>;
export const DeleteBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBusinessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBusinessUnitMutation, DeleteBusinessUnitMutationVariables>;
export const GetBusinessUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetBusinessUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GetBusinessUnitQuery, GetBusinessUnitQueryVariables>;
export const ListBusinessUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListBusinessUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListBusinessUnitsQuery, ListBusinessUnitsQueryVariables>;
export const CreateMemberCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMemberCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMemberCustomerMutation, CreateMemberCustomerMutationVariables>;
export const DetachCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"businessUnitId"},"value":{"kind":"NullValue"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DetachCustomerMutation, DetachCustomerMutationVariables>;
export const CustomersWithUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"businessUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithUnitsQuery, CustomersWithUnitsQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const DeleteCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCustomerMutation, DeleteCustomerMutationVariables>;
export const GetCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GetCustomerQuery, GetCustomerQueryVariables>;
export const ListCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListCustomersQuery, ListCustomersQueryVariables>;
export const CreateModelConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateModelConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateModelConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createModelConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}}]}}]}}]}}]} as unknown as DocumentNode<CreateModelConfigMutation, CreateModelConfigMutationVariables>;
export const UpdateModelConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateModelConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateModelConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateModelConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateModelConfigMutation, UpdateModelConfigMutationVariables>;
export const DeleteModelConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteModelConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteModelConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteModelConfigMutation, DeleteModelConfigMutationVariables>;
export const GetModelConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetModelConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GetModelConfigQuery, GetModelConfigQueryVariables>;
export const ListModelConfigsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListModelConfigs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelConfigs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"modelName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelName"}}},{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeName"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListModelConfigsQuery, ListModelConfigsQueryVariables>;
export const CreatePricingOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePricingOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePricingOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPricingOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"virtualKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"requestTypes"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"pricingPatch"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CreatePricingOverrideMutation, CreatePricingOverrideMutationVariables>;
export const UpdatePricingOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePricingOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePricingOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePricingOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"virtualKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"matchType"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"requestTypes"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}},{"kind":"Field","name":{"kind":"Name","value":"pricingPatch"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdatePricingOverrideMutation, UpdatePricingOverrideMutationVariables>;
export const DeletePricingOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePricingOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePricingOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePricingOverrideMutation, DeletePricingOverrideMutationVariables>;
export const GetPricingOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPricingOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricingOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"virtualKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"providerKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"requestTypes"}},{"kind":"Field","name":{"kind":"Name","value":"patch"}}]}}]}}]} as unknown as DocumentNode<GetPricingOverrideQuery, GetPricingOverrideQueryVariables>;
export const ListPricingOverridesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPricingOverrides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"virtualKeyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerKeyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricingOverrides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"virtualKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"virtualKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"providerKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListPricingOverridesQuery, ListPricingOverridesQueryVariables>;
export const UpdateProviderGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProviderGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GovernanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProviderGovernance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestCurrentUsage"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProviderGovernanceMutation, UpdateProviderGovernanceMutationVariables>;
export const DeleteProviderGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProviderGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProviderGovernance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteProviderGovernanceMutation, DeleteProviderGovernanceMutationVariables>;
export const ProvidersWithGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvidersWithGovernance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providersWithGovernance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersWithGovernanceQuery, ProvidersWithGovernanceQueryVariables>;
export const GetProviderGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetProviderGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}}]}}]}}]}}]} as unknown as DocumentNode<GetProviderGovernanceQuery, GetProviderGovernanceQueryVariables>;
export const PkCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PkCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProviderKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProviderKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkEnvVar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvVar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"fromEnv"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"useForBatchApi"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"azureEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureTenantId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexAuthCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSecretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSessionToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockArn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}}]}}]} as unknown as DocumentNode<PkCreateMutation, PkCreateMutationVariables>;
export const PkUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PkUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProviderKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProviderKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkEnvVar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvVar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"fromEnv"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"useForBatchApi"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"azureEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureTenantId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexAuthCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSecretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSessionToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockArn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}}]}}]} as unknown as DocumentNode<PkUpdateMutation, PkUpdateMutationVariables>;
export const PkDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PkDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProviderKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyId"}}}]}]}}]} as unknown as DocumentNode<PkDeleteMutation, PkDeleteMutationVariables>;
export const PkProviderKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PkProviderKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkEnvVar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvVar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"fromEnv"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"useForBatchApi"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"azureEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureTenantId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexAuthCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSecretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSessionToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockArn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}}]}}]} as unknown as DocumentNode<PkProviderKeysQuery, PkProviderKeysQueryVariables>;
export const PkCreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PkCreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PkCreateCustomerMutation, PkCreateCustomerMutationVariables>;
export const PkCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PkCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PkCreateTeamMutation, PkCreateTeamMutationVariables>;
export const PkCreateVirtualKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PkCreateVirtualKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PkCreateVirtualKeyMutation, PkCreateVirtualKeyMutationVariables>;
export const PkVirtualKeyConfigKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PkVirtualKeyConfigKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PkVirtualKeyConfigKeysQuery, PkVirtualKeyConfigKeysQueryVariables>;
export const PkNestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PkNested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkEnvVar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnvVar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"envVar"}},{"kind":"Field","name":{"kind":"Name","value":"fromEnv"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"useForBatchApi"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"azureEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureApiVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureClientSecret"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"azureTenantId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexProjectNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vertexAuthCredentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockAccessKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSecretKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockSessionToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bedrockArn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PkEnvVar"}}]}}]}}]} as unknown as DocumentNode<PkNestedQuery, PkNestedQueryVariables>;
export const CreateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"chainRule"}},{"kind":"Field","name":{"kind":"Name","value":"celExpression"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fallbacks"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"configHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CreateRoutingRuleMutation, CreateRoutingRuleMutationVariables>;
export const UpdateRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutingRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"chainRule"}},{"kind":"Field","name":{"kind":"Name","value":"celExpression"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fallbacks"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateRoutingRuleMutation, UpdateRoutingRuleMutationVariables>;
export const DeleteRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoutingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const GetRoutingRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetRoutingRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<GetRoutingRuleQuery, GetRoutingRuleQueryVariables>;
export const ListRoutingRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListRoutingRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListRoutingRulesQuery, ListRoutingRulesQueryVariables>;
export const RoutingRulesForRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingRulesForRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"virtualKeyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingRulesForRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"virtualKeyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"virtualKeyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoutingRulesForRequestQuery, RoutingRulesForRequestQueryVariables>;
export const TeamCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCurrentUsage"}}]}}]}}]}}]} as unknown as DocumentNode<TeamCreateMutation, TeamCreateMutationVariables>;
export const TeamUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCurrentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"requestCurrentUsage"}}]}}]}}]}}]} as unknown as DocumentNode<TeamUpdateMutation, TeamUpdateMutationVariables>;
export const TeamDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<TeamDeleteMutation, TeamDeleteMutationVariables>;
export const TeamGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TeamGetQuery, TeamGetQueryVariables>;
export const TeamListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamListQuery, TeamListQueryVariables>;
export const TeamCreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TeamCreateCustomerMutation, TeamCreateCustomerMutationVariables>;
export const TeamCustomerTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamCustomerTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamCustomerTeamsQuery, TeamCustomerTeamsQueryVariables>;
export const TeamCreateVirtualKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreateVirtualKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]}}]} as unknown as DocumentNode<TeamCreateVirtualKeyMutation, TeamCreateVirtualKeyMutationVariables>;
export const TeamGetVirtualKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamGetVirtualKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TeamGetVirtualKeyQuery, TeamGetVirtualKeyQueryVariables>;
export const VkCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCurrentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"requestCurrentUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"allowedModels"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllKeys"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mcpClientName"}},{"kind":"Field","name":{"kind":"Name","value":"toolsToExecute"}}]}}]}}]} as unknown as DocumentNode<VkCreateMutation, VkCreateMutationVariables>;
export const VkUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVirtualKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVirtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCurrentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"requestCurrentUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"allowedModels"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllKeys"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mcpClientName"}},{"kind":"Field","name":{"kind":"Name","value":"toolsToExecute"}}]}}]}}]} as unknown as DocumentNode<VkUpdateMutation, VkUpdateMutationVariables>;
export const VkDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVirtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<VkDeleteMutation, VkDeleteMutationVariables>;
export const VkGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VkGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"calendarAligned"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"tokenCurrentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"requestCurrentUsage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"allowedModels"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllKeys"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokenMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"tokenResetDuration"}},{"kind":"Field","name":{"kind":"Name","value":"requestMaxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"requestResetDuration"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mcpClientName"}},{"kind":"Field","name":{"kind":"Name","value":"toolsToExecute"}}]}}]}}]} as unknown as DocumentNode<VkGetQuery, VkGetQueryVariables>;
export const VkRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VkRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"virtualKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mcpClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VkRelationsQuery, VkRelationsQueryVariables>;
export const VkByValueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VkByValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKeyByValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VkByValueQuery, VkByValueQueryVariables>;
export const VkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"isActive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VkListQuery, VkListQueryVariables>;
export const VkCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VkCreateTeamMutation, VkCreateTeamMutationVariables>;
export const VkCreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkCreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VkCreateCustomerMutation, VkCreateCustomerMutationVariables>;
export const VkCreateProviderKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkCreateProviderKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProviderKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProviderKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VkCreateProviderKeyMutation, VkCreateProviderKeyMutationVariables>;
export const VkCreateMcpClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkCreateMcpClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMcpClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VkCreateMcpClientMutation, VkCreateMcpClientMutationVariables>;
export const VkDeleteMcpClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VkDeleteMcpClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMcpClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<VkDeleteMcpClientMutation, VkDeleteMcpClientMutationVariables>;
export const VkMcpClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VkMcpClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mcpClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VkMcpClientsQuery, VkMcpClientsQueryVariables>;
export const VkParentKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VkParentKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<VkParentKeysQuery, VkParentKeysQueryVariables>;
export const VkHierarchyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VkHierarchy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mcpConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mcpClientName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VkHierarchyQuery, VkHierarchyQueryVariables>;
export const CheckAdmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckAdmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkAdmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerKind"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}}]}}]}}]} as unknown as DocumentNode<CheckAdmissionMutation, CheckAdmissionMutationVariables>;
export const AdmissionTouchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmissionTouch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"touch","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdmissionTouchMutation, AdmissionTouchMutationVariables>;
export const AdmissionRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmissionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<AdmissionRecordMutation, AdmissionRecordMutationVariables>;
export const RecordUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}}]}}]}}]} as unknown as DocumentNode<RecordUsageMutation, RecordUsageMutationVariables>;
export const ResetSpendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetSpend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<ResetSpendMutation, ResetSpendMutationVariables>;
export const ResetCustomerBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResetCustomerBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentUsage"}},{"kind":"Field","name":{"kind":"Name","value":"lastReset"}}]}}]}}]}}]} as unknown as DocumentNode<ResetCustomerBudgetQuery, ResetCustomerBudgetQueryVariables>;