/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n": typeof types.BudgetFieldsFragmentDoc,
    "\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n": typeof types.RateLimitFieldsFragmentDoc,
    "\n  fragment ProviderConfigFields on ProviderConfig {\n    id\n    virtualKeyId\n    provider\n    weight\n    allowedModels\n    allowAllKeys\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    keys { ...ProviderKeyFields }\n  }\n": typeof types.ProviderConfigFieldsFragmentDoc,
    "\n  fragment McpConfigFields on McpConfig {\n    id\n    virtualKeyId\n    mcpClientId\n    mcpClientName\n    toolsToExecute\n  }\n": typeof types.McpConfigFieldsFragmentDoc,
    "\n  fragment VirtualKeySummaryFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n  }\n": typeof types.VirtualKeySummaryFieldsFragmentDoc,
    "\n  fragment VirtualKeyFields on VirtualKey {\n    ...VirtualKeySummaryFields\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    providerConfigs { ...ProviderConfigFields }\n    mcpConfigs { ...McpConfigFields }\n  }\n": typeof types.VirtualKeyFieldsFragmentDoc,
    "\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    customerId\n    profile\n    config\n    claims\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": typeof types.TeamSummaryFieldsFragmentDoc,
    "\n  fragment TeamFields on Team {\n    ...TeamSummaryFields\n    virtualKeys { ...VirtualKeyFields }\n  }\n": typeof types.TeamFieldsFragmentDoc,
    "\n  fragment CustomerSummaryFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": typeof types.CustomerSummaryFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    ...CustomerSummaryFields\n    teams { ...TeamFields }\n    virtualKeys { ...VirtualKeyFields }\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  fragment VirtualKeyListFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer { ...CustomerSummaryFields }\n  }\n": typeof types.VirtualKeyListFieldsFragmentDoc,
    "\n  fragment VirtualKeyDetailFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer {\n      ...CustomerSummaryFields\n      teams { ...TeamSummaryFields }\n      virtualKeys { ...VirtualKeySummaryFields }\n    }\n  }\n": typeof types.VirtualKeyDetailFieldsFragmentDoc,
    "\n  fragment EnvVarFields on EnvVar {\n    value\n    envVar\n    fromEnv\n  }\n": typeof types.EnvVarFieldsFragmentDoc,
    "\n  fragment ProviderKeyFields on ProviderKey {\n    id\n    name\n    providerId\n    provider\n    keyId\n    value { ...EnvVarFields }\n    models\n    weight\n    enabled\n    useForBatchApi\n    createdAt\n    updatedAt\n    configHash\n    azureEndpoint { ...EnvVarFields }\n    azureApiVersion { ...EnvVarFields }\n    azureClientId { ...EnvVarFields }\n    azureClientSecret { ...EnvVarFields }\n    azureTenantId { ...EnvVarFields }\n    vertexProjectId { ...EnvVarFields }\n    vertexProjectNumber { ...EnvVarFields }\n    vertexRegion { ...EnvVarFields }\n    vertexAuthCredentials { ...EnvVarFields }\n    bedrockAccessKey { ...EnvVarFields }\n    bedrockSecretKey { ...EnvVarFields }\n    bedrockSessionToken { ...EnvVarFields }\n    bedrockRegion { ...EnvVarFields }\n    bedrockArn { ...EnvVarFields }\n  }\n": typeof types.ProviderKeyFieldsFragmentDoc,
    "\n  fragment BusinessUnitFields on BusinessUnit {\n    id\n    name\n    description\n    sourceId\n    profile\n    config\n    claims\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    configHash\n    createdByUserId\n    createdAt\n    updatedAt\n  }\n": typeof types.BusinessUnitFieldsFragmentDoc,
    "\n  query RestListBusinessUnits($first: Int, $offset: Int, $search: String) {\n    businessUnits(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...BusinessUnitFields } }\n    }\n  }\n": typeof types.RestListBusinessUnitsDocument,
    "\n  query RestGetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { ...BusinessUnitFields }\n  }\n": typeof types.RestGetBusinessUnitDocument,
    "\n  mutation RestCreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) { ...BusinessUnitFields }\n  }\n": typeof types.RestCreateBusinessUnitDocument,
    "\n  mutation RestUpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n": typeof types.RestUpdateBusinessUnitDocument,
    "\n  mutation RestUpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n": typeof types.RestUpdateBusinessUnitGovernanceDocument,
    "\n  mutation RestDeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n": typeof types.RestDeleteBusinessUnitDocument,
    "\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n": typeof types.RestListCustomersDocument,
    "\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": typeof types.RestGetCustomerDocument,
    "\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n": typeof types.RestCreateCustomerDocument,
    "\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n": typeof types.RestUpdateCustomerDocument,
    "\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.RestDeleteCustomerDocument,
    "\n  query RestListBudgets {\n    budgets { ...BudgetFields ownerKind ownerId }\n  }\n": typeof types.RestListBudgetsDocument,
    "\n  query RestListRateLimits {\n    rateLimits { ...RateLimitFields }\n  }\n": typeof types.RestListRateLimitsDocument,
    "\n  fragment ModelConfigFields on ModelConfig {\n    id\n    modelName\n    provider\n    scope\n    scopeId\n    scopeName\n    calendarAligned\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    createdAt\n    updatedAt\n  }\n": typeof types.ModelConfigFieldsFragmentDoc,
    "\n  query RestListModelConfigs($first: Int, $offset: Int, $search: String) {\n    modelConfigs(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...ModelConfigFields } }\n    }\n  }\n": typeof types.RestListModelConfigsDocument,
    "\n  query RestGetModelConfig($id: ID!) {\n    modelConfig(id: $id) { ...ModelConfigFields }\n  }\n": typeof types.RestGetModelConfigDocument,
    "\n  mutation RestCreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) { ...ModelConfigFields }\n  }\n": typeof types.RestCreateModelConfigDocument,
    "\n  mutation RestUpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) { ...ModelConfigFields }\n  }\n": typeof types.RestUpdateModelConfigDocument,
    "\n  mutation RestDeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n": typeof types.RestDeleteModelConfigDocument,
    "\n  fragment PricingOverrideFields on PricingOverride {\n    id\n    name\n    scopeKind\n    virtualKeyId\n    providerId\n    providerKeyId\n    matchType\n    pattern\n    requestTypes\n    pricingPatch\n    patch\n    configHash\n    createdAt\n    updatedAt\n  }\n": typeof types.PricingOverrideFieldsFragmentDoc,
    "\n  query RestListPricingOverrides(\n    $first: Int\n    $offset: Int\n    $search: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n  ) {\n    pricingOverrides(\n      first: $first\n      offset: $offset\n      search: $search\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n    ) {\n      totalCount\n      edges { node { ...PricingOverrideFields } }\n    }\n  }\n": typeof types.RestListPricingOverridesDocument,
    "\n  query RestGetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { ...PricingOverrideFields }\n  }\n": typeof types.RestGetPricingOverrideDocument,
    "\n  mutation RestCreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { ...PricingOverrideFields }\n  }\n": typeof types.RestCreatePricingOverrideDocument,
    "\n  mutation RestUpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) { ...PricingOverrideFields }\n  }\n": typeof types.RestUpdatePricingOverrideDocument,
    "\n  mutation RestDeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n": typeof types.RestDeletePricingOverrideDocument,
    "\n  fragment ProviderGovernanceFields on Provider {\n    name\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": typeof types.ProviderGovernanceFieldsFragmentDoc,
    "\n  query RestListProviderGovernance {\n    providersWithGovernance { ...ProviderGovernanceFields }\n  }\n": typeof types.RestListProviderGovernanceDocument,
    "\n  mutation RestCreateProvider($provider: String!) {\n    createProvider(name: $provider) { ...ProviderGovernanceFields }\n  }\n": typeof types.RestCreateProviderDocument,
    "\n  mutation RestUpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) { ...ProviderGovernanceFields }\n  }\n": typeof types.RestUpdateProviderGovernanceDocument,
    "\n  mutation RestDeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name }\n  }\n": typeof types.RestDeleteProviderGovernanceDocument,
    "\n  query RestListProviderKeys($provider: String!) {\n    provider(name: $provider) { keys { ...ProviderKeyFields } }\n  }\n": typeof types.RestListProviderKeysDocument,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    name\n    description\n    enabled\n    chainRule\n    celExpression\n    targets { provider model keyId weight }\n    fallbacks\n    scope\n    scopeId\n    priority\n    query\n    configHash\n    createdAt\n    updatedAt\n  }\n": typeof types.RoutingRuleFieldsFragmentDoc,
    "\n  query RestListRoutingRules($first: Int, $offset: Int, $search: String, $scope: String, $scopeId: ID) {\n    routingRules(first: $first, offset: $offset, search: $search, scope: $scope, scopeId: $scopeId) {\n      totalCount\n      edges { node { ...RoutingRuleFields } }\n    }\n  }\n": typeof types.RestListRoutingRulesDocument,
    "\n  query RestGetRoutingRule($id: ID!) {\n    routingRule(id: $id) { ...RoutingRuleFields }\n  }\n": typeof types.RestGetRoutingRuleDocument,
    "\n  mutation RestCreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { ...RoutingRuleFields }\n  }\n": typeof types.RestCreateRoutingRuleDocument,
    "\n  mutation RestUpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }\n  }\n": typeof types.RestUpdateRoutingRuleDocument,
    "\n  mutation RestDeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": typeof types.RestDeleteRoutingRuleDocument,
    "\n  query RestListTeams($first: Int, $offset: Int, $search: String, $customerId: ID) {\n    teams(first: $first, offset: $offset, search: $search, customerId: $customerId) {\n      totalCount\n      edges { node { ...TeamFields } }\n    }\n  }\n": typeof types.RestListTeamsDocument,
    "\n  query RestGetTeam($id: ID!) {\n    team(id: $id) { ...TeamFields }\n  }\n": typeof types.RestGetTeamDocument,
    "\n  mutation RestCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { ...TeamFields }\n  }\n": typeof types.RestCreateTeamDocument,
    "\n  mutation RestUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) { ...TeamFields }\n  }\n": typeof types.RestUpdateTeamDocument,
    "\n  mutation RestDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.RestDeleteTeamDocument,
    "\n  mutation RestRecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n": typeof types.RestRecordUsageDocument,
    "\n  mutation RestCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n": typeof types.RestCheckAdmissionDocument,
    "\n  query RestVirtualKeyQuota($value: String!) {\n    virtualKeyQuota(value: $value) {\n      virtualKeyName\n      isActive\n      budgets { ...BudgetFields }\n      rateLimit { ...RateLimitFields }\n    }\n  }\n": typeof types.RestVirtualKeyQuotaDocument,
    "\n  query RestListVirtualKeys($first: Int, $offset: Int, $search: String, $customerId: ID, $teamId: ID) {\n    virtualKeys(first: $first, offset: $offset, search: $search, customerId: $customerId, teamId: $teamId) {\n      totalCount\n      edges { node { ...VirtualKeyListFields } }\n    }\n  }\n": typeof types.RestListVirtualKeysDocument,
    "\n  query RestGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { ...VirtualKeyDetailFields }\n  }\n": typeof types.RestGetVirtualKeyDocument,
    "\n  mutation RestCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VirtualKeyDetailFields }\n  }\n": typeof types.RestCreateVirtualKeyDocument,
    "\n  mutation RestUpdateVirtualKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VirtualKeyDetailFields }\n  }\n": typeof types.RestUpdateVirtualKeyDocument,
    "\n  mutation RestDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n": typeof types.RestDeleteVirtualKeyDocument,
};
const documents: Documents = {
    "\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n": types.BudgetFieldsFragmentDoc,
    "\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n": types.RateLimitFieldsFragmentDoc,
    "\n  fragment ProviderConfigFields on ProviderConfig {\n    id\n    virtualKeyId\n    provider\n    weight\n    allowedModels\n    allowAllKeys\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    keys { ...ProviderKeyFields }\n  }\n": types.ProviderConfigFieldsFragmentDoc,
    "\n  fragment McpConfigFields on McpConfig {\n    id\n    virtualKeyId\n    mcpClientId\n    mcpClientName\n    toolsToExecute\n  }\n": types.McpConfigFieldsFragmentDoc,
    "\n  fragment VirtualKeySummaryFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n  }\n": types.VirtualKeySummaryFieldsFragmentDoc,
    "\n  fragment VirtualKeyFields on VirtualKey {\n    ...VirtualKeySummaryFields\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    providerConfigs { ...ProviderConfigFields }\n    mcpConfigs { ...McpConfigFields }\n  }\n": types.VirtualKeyFieldsFragmentDoc,
    "\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    customerId\n    profile\n    config\n    claims\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": types.TeamSummaryFieldsFragmentDoc,
    "\n  fragment TeamFields on Team {\n    ...TeamSummaryFields\n    virtualKeys { ...VirtualKeyFields }\n  }\n": types.TeamFieldsFragmentDoc,
    "\n  fragment CustomerSummaryFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": types.CustomerSummaryFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    ...CustomerSummaryFields\n    teams { ...TeamFields }\n    virtualKeys { ...VirtualKeyFields }\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  fragment VirtualKeyListFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer { ...CustomerSummaryFields }\n  }\n": types.VirtualKeyListFieldsFragmentDoc,
    "\n  fragment VirtualKeyDetailFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer {\n      ...CustomerSummaryFields\n      teams { ...TeamSummaryFields }\n      virtualKeys { ...VirtualKeySummaryFields }\n    }\n  }\n": types.VirtualKeyDetailFieldsFragmentDoc,
    "\n  fragment EnvVarFields on EnvVar {\n    value\n    envVar\n    fromEnv\n  }\n": types.EnvVarFieldsFragmentDoc,
    "\n  fragment ProviderKeyFields on ProviderKey {\n    id\n    name\n    providerId\n    provider\n    keyId\n    value { ...EnvVarFields }\n    models\n    weight\n    enabled\n    useForBatchApi\n    createdAt\n    updatedAt\n    configHash\n    azureEndpoint { ...EnvVarFields }\n    azureApiVersion { ...EnvVarFields }\n    azureClientId { ...EnvVarFields }\n    azureClientSecret { ...EnvVarFields }\n    azureTenantId { ...EnvVarFields }\n    vertexProjectId { ...EnvVarFields }\n    vertexProjectNumber { ...EnvVarFields }\n    vertexRegion { ...EnvVarFields }\n    vertexAuthCredentials { ...EnvVarFields }\n    bedrockAccessKey { ...EnvVarFields }\n    bedrockSecretKey { ...EnvVarFields }\n    bedrockSessionToken { ...EnvVarFields }\n    bedrockRegion { ...EnvVarFields }\n    bedrockArn { ...EnvVarFields }\n  }\n": types.ProviderKeyFieldsFragmentDoc,
    "\n  fragment BusinessUnitFields on BusinessUnit {\n    id\n    name\n    description\n    sourceId\n    profile\n    config\n    claims\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    configHash\n    createdByUserId\n    createdAt\n    updatedAt\n  }\n": types.BusinessUnitFieldsFragmentDoc,
    "\n  query RestListBusinessUnits($first: Int, $offset: Int, $search: String) {\n    businessUnits(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...BusinessUnitFields } }\n    }\n  }\n": types.RestListBusinessUnitsDocument,
    "\n  query RestGetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { ...BusinessUnitFields }\n  }\n": types.RestGetBusinessUnitDocument,
    "\n  mutation RestCreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) { ...BusinessUnitFields }\n  }\n": types.RestCreateBusinessUnitDocument,
    "\n  mutation RestUpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n": types.RestUpdateBusinessUnitDocument,
    "\n  mutation RestUpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n": types.RestUpdateBusinessUnitGovernanceDocument,
    "\n  mutation RestDeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n": types.RestDeleteBusinessUnitDocument,
    "\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n": types.RestListCustomersDocument,
    "\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": types.RestGetCustomerDocument,
    "\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n": types.RestCreateCustomerDocument,
    "\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n": types.RestUpdateCustomerDocument,
    "\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.RestDeleteCustomerDocument,
    "\n  query RestListBudgets {\n    budgets { ...BudgetFields ownerKind ownerId }\n  }\n": types.RestListBudgetsDocument,
    "\n  query RestListRateLimits {\n    rateLimits { ...RateLimitFields }\n  }\n": types.RestListRateLimitsDocument,
    "\n  fragment ModelConfigFields on ModelConfig {\n    id\n    modelName\n    provider\n    scope\n    scopeId\n    scopeName\n    calendarAligned\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    createdAt\n    updatedAt\n  }\n": types.ModelConfigFieldsFragmentDoc,
    "\n  query RestListModelConfigs($first: Int, $offset: Int, $search: String) {\n    modelConfigs(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...ModelConfigFields } }\n    }\n  }\n": types.RestListModelConfigsDocument,
    "\n  query RestGetModelConfig($id: ID!) {\n    modelConfig(id: $id) { ...ModelConfigFields }\n  }\n": types.RestGetModelConfigDocument,
    "\n  mutation RestCreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) { ...ModelConfigFields }\n  }\n": types.RestCreateModelConfigDocument,
    "\n  mutation RestUpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) { ...ModelConfigFields }\n  }\n": types.RestUpdateModelConfigDocument,
    "\n  mutation RestDeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n": types.RestDeleteModelConfigDocument,
    "\n  fragment PricingOverrideFields on PricingOverride {\n    id\n    name\n    scopeKind\n    virtualKeyId\n    providerId\n    providerKeyId\n    matchType\n    pattern\n    requestTypes\n    pricingPatch\n    patch\n    configHash\n    createdAt\n    updatedAt\n  }\n": types.PricingOverrideFieldsFragmentDoc,
    "\n  query RestListPricingOverrides(\n    $first: Int\n    $offset: Int\n    $search: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n  ) {\n    pricingOverrides(\n      first: $first\n      offset: $offset\n      search: $search\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n    ) {\n      totalCount\n      edges { node { ...PricingOverrideFields } }\n    }\n  }\n": types.RestListPricingOverridesDocument,
    "\n  query RestGetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { ...PricingOverrideFields }\n  }\n": types.RestGetPricingOverrideDocument,
    "\n  mutation RestCreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { ...PricingOverrideFields }\n  }\n": types.RestCreatePricingOverrideDocument,
    "\n  mutation RestUpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) { ...PricingOverrideFields }\n  }\n": types.RestUpdatePricingOverrideDocument,
    "\n  mutation RestDeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n": types.RestDeletePricingOverrideDocument,
    "\n  fragment ProviderGovernanceFields on Provider {\n    name\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n": types.ProviderGovernanceFieldsFragmentDoc,
    "\n  query RestListProviderGovernance {\n    providersWithGovernance { ...ProviderGovernanceFields }\n  }\n": types.RestListProviderGovernanceDocument,
    "\n  mutation RestCreateProvider($provider: String!) {\n    createProvider(name: $provider) { ...ProviderGovernanceFields }\n  }\n": types.RestCreateProviderDocument,
    "\n  mutation RestUpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) { ...ProviderGovernanceFields }\n  }\n": types.RestUpdateProviderGovernanceDocument,
    "\n  mutation RestDeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name }\n  }\n": types.RestDeleteProviderGovernanceDocument,
    "\n  query RestListProviderKeys($provider: String!) {\n    provider(name: $provider) { keys { ...ProviderKeyFields } }\n  }\n": types.RestListProviderKeysDocument,
    "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    name\n    description\n    enabled\n    chainRule\n    celExpression\n    targets { provider model keyId weight }\n    fallbacks\n    scope\n    scopeId\n    priority\n    query\n    configHash\n    createdAt\n    updatedAt\n  }\n": types.RoutingRuleFieldsFragmentDoc,
    "\n  query RestListRoutingRules($first: Int, $offset: Int, $search: String, $scope: String, $scopeId: ID) {\n    routingRules(first: $first, offset: $offset, search: $search, scope: $scope, scopeId: $scopeId) {\n      totalCount\n      edges { node { ...RoutingRuleFields } }\n    }\n  }\n": types.RestListRoutingRulesDocument,
    "\n  query RestGetRoutingRule($id: ID!) {\n    routingRule(id: $id) { ...RoutingRuleFields }\n  }\n": types.RestGetRoutingRuleDocument,
    "\n  mutation RestCreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { ...RoutingRuleFields }\n  }\n": types.RestCreateRoutingRuleDocument,
    "\n  mutation RestUpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }\n  }\n": types.RestUpdateRoutingRuleDocument,
    "\n  mutation RestDeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": types.RestDeleteRoutingRuleDocument,
    "\n  query RestListTeams($first: Int, $offset: Int, $search: String, $customerId: ID) {\n    teams(first: $first, offset: $offset, search: $search, customerId: $customerId) {\n      totalCount\n      edges { node { ...TeamFields } }\n    }\n  }\n": types.RestListTeamsDocument,
    "\n  query RestGetTeam($id: ID!) {\n    team(id: $id) { ...TeamFields }\n  }\n": types.RestGetTeamDocument,
    "\n  mutation RestCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { ...TeamFields }\n  }\n": types.RestCreateTeamDocument,
    "\n  mutation RestUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) { ...TeamFields }\n  }\n": types.RestUpdateTeamDocument,
    "\n  mutation RestDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.RestDeleteTeamDocument,
    "\n  mutation RestRecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n": types.RestRecordUsageDocument,
    "\n  mutation RestCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n": types.RestCheckAdmissionDocument,
    "\n  query RestVirtualKeyQuota($value: String!) {\n    virtualKeyQuota(value: $value) {\n      virtualKeyName\n      isActive\n      budgets { ...BudgetFields }\n      rateLimit { ...RateLimitFields }\n    }\n  }\n": types.RestVirtualKeyQuotaDocument,
    "\n  query RestListVirtualKeys($first: Int, $offset: Int, $search: String, $customerId: ID, $teamId: ID) {\n    virtualKeys(first: $first, offset: $offset, search: $search, customerId: $customerId, teamId: $teamId) {\n      totalCount\n      edges { node { ...VirtualKeyListFields } }\n    }\n  }\n": types.RestListVirtualKeysDocument,
    "\n  query RestGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { ...VirtualKeyDetailFields }\n  }\n": types.RestGetVirtualKeyDocument,
    "\n  mutation RestCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VirtualKeyDetailFields }\n  }\n": types.RestCreateVirtualKeyDocument,
    "\n  mutation RestUpdateVirtualKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VirtualKeyDetailFields }\n  }\n": types.RestUpdateVirtualKeyDocument,
    "\n  mutation RestDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n": types.RestDeleteVirtualKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment BudgetFields on Budget {\n    id\n    maxLimit\n    resetDuration\n    calendarAligned\n    lastReset\n    currentUsage\n    configHash\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RateLimitFields on RateLimit {\n    id\n    tokenMaxLimit\n    tokenResetDuration\n    tokenCurrentUsage\n    tokenLastReset\n    requestMaxLimit\n    requestResetDuration\n    requestCurrentUsage\n    requestLastReset\n    configHash\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderConfigFields on ProviderConfig {\n    id\n    virtualKeyId\n    provider\n    weight\n    allowedModels\n    allowAllKeys\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    keys { ...ProviderKeyFields }\n  }\n"): (typeof documents)["\n  fragment ProviderConfigFields on ProviderConfig {\n    id\n    virtualKeyId\n    provider\n    weight\n    allowedModels\n    allowAllKeys\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    keys { ...ProviderKeyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment McpConfigFields on McpConfig {\n    id\n    virtualKeyId\n    mcpClientId\n    mcpClientName\n    toolsToExecute\n  }\n"): (typeof documents)["\n  fragment McpConfigFields on McpConfig {\n    id\n    virtualKeyId\n    mcpClientId\n    mcpClientName\n    toolsToExecute\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VirtualKeySummaryFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment VirtualKeySummaryFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VirtualKeyFields on VirtualKey {\n    ...VirtualKeySummaryFields\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    providerConfigs { ...ProviderConfigFields }\n    mcpConfigs { ...McpConfigFields }\n  }\n"): (typeof documents)["\n  fragment VirtualKeyFields on VirtualKey {\n    ...VirtualKeySummaryFields\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    providerConfigs { ...ProviderConfigFields }\n    mcpConfigs { ...McpConfigFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    customerId\n    profile\n    config\n    claims\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"): (typeof documents)["\n  fragment TeamSummaryFields on Team {\n    id\n    name\n    customerId\n    profile\n    config\n    claims\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamFields on Team {\n    ...TeamSummaryFields\n    virtualKeys { ...VirtualKeyFields }\n  }\n"): (typeof documents)["\n  fragment TeamFields on Team {\n    ...TeamSummaryFields\n    virtualKeys { ...VirtualKeyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerSummaryFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"): (typeof documents)["\n  fragment CustomerSummaryFields on Customer {\n    id\n    name\n    calendarAligned\n    configHash\n    createdAt\n    updatedAt\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    ...CustomerSummaryFields\n    teams { ...TeamFields }\n    virtualKeys { ...VirtualKeyFields }\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    ...CustomerSummaryFields\n    teams { ...TeamFields }\n    virtualKeys { ...VirtualKeyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VirtualKeyListFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer { ...CustomerSummaryFields }\n  }\n"): (typeof documents)["\n  fragment VirtualKeyListFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer { ...CustomerSummaryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VirtualKeyDetailFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer {\n      ...CustomerSummaryFields\n      teams { ...TeamSummaryFields }\n      virtualKeys { ...VirtualKeySummaryFields }\n    }\n  }\n"): (typeof documents)["\n  fragment VirtualKeyDetailFields on VirtualKey {\n    ...VirtualKeyFields\n    team { ...TeamSummaryFields }\n    customer {\n      ...CustomerSummaryFields\n      teams { ...TeamSummaryFields }\n      virtualKeys { ...VirtualKeySummaryFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnvVarFields on EnvVar {\n    value\n    envVar\n    fromEnv\n  }\n"): (typeof documents)["\n  fragment EnvVarFields on EnvVar {\n    value\n    envVar\n    fromEnv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderKeyFields on ProviderKey {\n    id\n    name\n    providerId\n    provider\n    keyId\n    value { ...EnvVarFields }\n    models\n    weight\n    enabled\n    useForBatchApi\n    createdAt\n    updatedAt\n    configHash\n    azureEndpoint { ...EnvVarFields }\n    azureApiVersion { ...EnvVarFields }\n    azureClientId { ...EnvVarFields }\n    azureClientSecret { ...EnvVarFields }\n    azureTenantId { ...EnvVarFields }\n    vertexProjectId { ...EnvVarFields }\n    vertexProjectNumber { ...EnvVarFields }\n    vertexRegion { ...EnvVarFields }\n    vertexAuthCredentials { ...EnvVarFields }\n    bedrockAccessKey { ...EnvVarFields }\n    bedrockSecretKey { ...EnvVarFields }\n    bedrockSessionToken { ...EnvVarFields }\n    bedrockRegion { ...EnvVarFields }\n    bedrockArn { ...EnvVarFields }\n  }\n"): (typeof documents)["\n  fragment ProviderKeyFields on ProviderKey {\n    id\n    name\n    providerId\n    provider\n    keyId\n    value { ...EnvVarFields }\n    models\n    weight\n    enabled\n    useForBatchApi\n    createdAt\n    updatedAt\n    configHash\n    azureEndpoint { ...EnvVarFields }\n    azureApiVersion { ...EnvVarFields }\n    azureClientId { ...EnvVarFields }\n    azureClientSecret { ...EnvVarFields }\n    azureTenantId { ...EnvVarFields }\n    vertexProjectId { ...EnvVarFields }\n    vertexProjectNumber { ...EnvVarFields }\n    vertexRegion { ...EnvVarFields }\n    vertexAuthCredentials { ...EnvVarFields }\n    bedrockAccessKey { ...EnvVarFields }\n    bedrockSecretKey { ...EnvVarFields }\n    bedrockSessionToken { ...EnvVarFields }\n    bedrockRegion { ...EnvVarFields }\n    bedrockArn { ...EnvVarFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessUnitFields on BusinessUnit {\n    id\n    name\n    description\n    sourceId\n    profile\n    config\n    claims\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    configHash\n    createdByUserId\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment BusinessUnitFields on BusinessUnit {\n    id\n    name\n    description\n    sourceId\n    profile\n    config\n    claims\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    configHash\n    createdByUserId\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListBusinessUnits($first: Int, $offset: Int, $search: String) {\n    businessUnits(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...BusinessUnitFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListBusinessUnits($first: Int, $offset: Int, $search: String) {\n    businessUnits(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...BusinessUnitFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { ...BusinessUnitFields }\n  }\n"): (typeof documents)["\n  query RestGetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { ...BusinessUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) { ...BusinessUnitFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) { ...BusinessUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) { ...BusinessUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListCustomers($first: Int, $offset: Int, $search: String) {\n    customers(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...CustomerFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  query RestGetCustomer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListBudgets {\n    budgets { ...BudgetFields ownerKind ownerId }\n  }\n"): (typeof documents)["\n  query RestListBudgets {\n    budgets { ...BudgetFields ownerKind ownerId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListRateLimits {\n    rateLimits { ...RateLimitFields }\n  }\n"): (typeof documents)["\n  query RestListRateLimits {\n    rateLimits { ...RateLimitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelConfigFields on ModelConfig {\n    id\n    modelName\n    provider\n    scope\n    scopeId\n    scopeName\n    calendarAligned\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ModelConfigFields on ModelConfig {\n    id\n    modelName\n    provider\n    scope\n    scopeId\n    scopeName\n    calendarAligned\n    budgets { ...BudgetFields ownerKind ownerId }\n    budget { ...BudgetFields ownerKind ownerId }\n    rateLimit { ...RateLimitFields }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListModelConfigs($first: Int, $offset: Int, $search: String) {\n    modelConfigs(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...ModelConfigFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListModelConfigs($first: Int, $offset: Int, $search: String) {\n    modelConfigs(first: $first, offset: $offset, search: $search) {\n      totalCount\n      edges { node { ...ModelConfigFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetModelConfig($id: ID!) {\n    modelConfig(id: $id) { ...ModelConfigFields }\n  }\n"): (typeof documents)["\n  query RestGetModelConfig($id: ID!) {\n    modelConfig(id: $id) { ...ModelConfigFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) { ...ModelConfigFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) { ...ModelConfigFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) { ...ModelConfigFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) { ...ModelConfigFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PricingOverrideFields on PricingOverride {\n    id\n    name\n    scopeKind\n    virtualKeyId\n    providerId\n    providerKeyId\n    matchType\n    pattern\n    requestTypes\n    pricingPatch\n    patch\n    configHash\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PricingOverrideFields on PricingOverride {\n    id\n    name\n    scopeKind\n    virtualKeyId\n    providerId\n    providerKeyId\n    matchType\n    pattern\n    requestTypes\n    pricingPatch\n    patch\n    configHash\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListPricingOverrides(\n    $first: Int\n    $offset: Int\n    $search: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n  ) {\n    pricingOverrides(\n      first: $first\n      offset: $offset\n      search: $search\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n    ) {\n      totalCount\n      edges { node { ...PricingOverrideFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListPricingOverrides(\n    $first: Int\n    $offset: Int\n    $search: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n  ) {\n    pricingOverrides(\n      first: $first\n      offset: $offset\n      search: $search\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n    ) {\n      totalCount\n      edges { node { ...PricingOverrideFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { ...PricingOverrideFields }\n  }\n"): (typeof documents)["\n  query RestGetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { ...PricingOverrideFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { ...PricingOverrideFields }\n  }\n"): (typeof documents)["\n  mutation RestCreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { ...PricingOverrideFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) { ...PricingOverrideFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) { ...PricingOverrideFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderGovernanceFields on Provider {\n    name\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"): (typeof documents)["\n  fragment ProviderGovernanceFields on Provider {\n    name\n    budget { ...BudgetFields }\n    rateLimit { ...RateLimitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListProviderGovernance {\n    providersWithGovernance { ...ProviderGovernanceFields }\n  }\n"): (typeof documents)["\n  query RestListProviderGovernance {\n    providersWithGovernance { ...ProviderGovernanceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateProvider($provider: String!) {\n    createProvider(name: $provider) { ...ProviderGovernanceFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateProvider($provider: String!) {\n    createProvider(name: $provider) { ...ProviderGovernanceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) { ...ProviderGovernanceFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) { ...ProviderGovernanceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name }\n  }\n"): (typeof documents)["\n  mutation RestDeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListProviderKeys($provider: String!) {\n    provider(name: $provider) { keys { ...ProviderKeyFields } }\n  }\n"): (typeof documents)["\n  query RestListProviderKeys($provider: String!) {\n    provider(name: $provider) { keys { ...ProviderKeyFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    name\n    description\n    enabled\n    chainRule\n    celExpression\n    targets { provider model keyId weight }\n    fallbacks\n    scope\n    scopeId\n    priority\n    query\n    configHash\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RoutingRuleFields on RoutingRule {\n    id\n    name\n    description\n    enabled\n    chainRule\n    celExpression\n    targets { provider model keyId weight }\n    fallbacks\n    scope\n    scopeId\n    priority\n    query\n    configHash\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListRoutingRules($first: Int, $offset: Int, $search: String, $scope: String, $scopeId: ID) {\n    routingRules(first: $first, offset: $offset, search: $search, scope: $scope, scopeId: $scopeId) {\n      totalCount\n      edges { node { ...RoutingRuleFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListRoutingRules($first: Int, $offset: Int, $search: String, $scope: String, $scopeId: ID) {\n    routingRules(first: $first, offset: $offset, search: $search, scope: $scope, scopeId: $scopeId) {\n      totalCount\n      edges { node { ...RoutingRuleFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetRoutingRule($id: ID!) {\n    routingRule(id: $id) { ...RoutingRuleFields }\n  }\n"): (typeof documents)["\n  query RestGetRoutingRule($id: ID!) {\n    routingRule(id: $id) { ...RoutingRuleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { ...RoutingRuleFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { ...RoutingRuleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListTeams($first: Int, $offset: Int, $search: String, $customerId: ID) {\n    teams(first: $first, offset: $offset, search: $search, customerId: $customerId) {\n      totalCount\n      edges { node { ...TeamFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListTeams($first: Int, $offset: Int, $search: String, $customerId: ID) {\n    teams(first: $first, offset: $offset, search: $search, customerId: $customerId) {\n      totalCount\n      edges { node { ...TeamFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetTeam($id: ID!) {\n    team(id: $id) { ...TeamFields }\n  }\n"): (typeof documents)["\n  query RestGetTeam($id: ID!) {\n    team(id: $id) { ...TeamFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { ...TeamFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { ...TeamFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) { ...TeamFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) { ...TeamFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n"): (typeof documents)["\n  mutation RestRecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n"): (typeof documents)["\n  mutation RestCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestVirtualKeyQuota($value: String!) {\n    virtualKeyQuota(value: $value) {\n      virtualKeyName\n      isActive\n      budgets { ...BudgetFields }\n      rateLimit { ...RateLimitFields }\n    }\n  }\n"): (typeof documents)["\n  query RestVirtualKeyQuota($value: String!) {\n    virtualKeyQuota(value: $value) {\n      virtualKeyName\n      isActive\n      budgets { ...BudgetFields }\n      rateLimit { ...RateLimitFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListVirtualKeys($first: Int, $offset: Int, $search: String, $customerId: ID, $teamId: ID) {\n    virtualKeys(first: $first, offset: $offset, search: $search, customerId: $customerId, teamId: $teamId) {\n      totalCount\n      edges { node { ...VirtualKeyListFields } }\n    }\n  }\n"): (typeof documents)["\n  query RestListVirtualKeys($first: Int, $offset: Int, $search: String, $customerId: ID, $teamId: ID) {\n    virtualKeys(first: $first, offset: $offset, search: $search, customerId: $customerId, teamId: $teamId) {\n      totalCount\n      edges { node { ...VirtualKeyListFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { ...VirtualKeyDetailFields }\n  }\n"): (typeof documents)["\n  query RestGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { ...VirtualKeyDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VirtualKeyDetailFields }\n  }\n"): (typeof documents)["\n  mutation RestCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VirtualKeyDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateVirtualKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VirtualKeyDetailFields }\n  }\n"): (typeof documents)["\n  mutation RestUpdateVirtualKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VirtualKeyDetailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RestDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;