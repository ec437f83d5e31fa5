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
    "\n  query BenchFullTree {\n    customers(first: 100000) {\n      edges {\n        node {\n          id\n          name\n          budget { id maxLimit resetDuration currentUsage lastReset }\n          rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n          teams {\n            id\n            name\n            budget { id maxLimit resetDuration currentUsage lastReset }\n            rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n            virtualKeys {\n              id\n              name\n              value\n              isActive\n              budgets { id maxLimit resetDuration currentUsage lastReset }\n              rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n              providerConfigs {\n                id\n                provider\n                weight\n                allowedModels\n                budgets { id maxLimit resetDuration currentUsage lastReset }\n                rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n                keys { keyId name value { value envVar fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BenchFullTreeDocument,
    "\n  mutation BenchCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n": typeof types.BenchCheckAdmissionDocument,
    "\n  mutation AuthCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": typeof types.AuthCreateCustomerDocument,
    "\n  query AuthListCustomers {\n    customers { totalCount }\n  }\n": typeof types.AuthListCustomersDocument,
    "\n  query AuthIntrospect {\n    __schema { queryType { name } }\n  }\n": typeof types.AuthIntrospectDocument,
    "\n  mutation CreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      configHash\n      createdByUserId\n      createdAt\n      updatedAt\n      budget { id }\n      rateLimit { id }\n      customers { id name }\n    }\n  }\n": typeof types.CreateBusinessUnitDocument,
    "\n  mutation UpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      updatedAt\n      customers { id }\n    }\n  }\n": typeof types.UpdateBusinessUnitDocument,
    "\n  mutation UpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) {\n      id\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n": typeof types.UpdateBusinessUnitGovernanceDocument,
    "\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n": typeof types.DeleteBusinessUnitDocument,
    "\n  query GetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { id name description budget { id } rateLimit { id } customers { id name } }\n  }\n": typeof types.GetBusinessUnitDocument,
    "\n  query ListBusinessUnits($first: Int, $after: String, $search: String) {\n    businessUnits(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name budget { maxLimit } rateLimit { requestMaxLimit } customers { name businessUnit { id } } } }\n    }\n  }\n": typeof types.ListBusinessUnitsDocument,
    "\n  mutation CreateMemberCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id name businessUnit { id name } }\n  }\n": typeof types.CreateMemberCustomerDocument,
    "\n  mutation DetachCustomer($id: ID!) {\n    updateCustomer(id: $id, input: { businessUnitId: null }) { id businessUnit { id } }\n  }\n": typeof types.DetachCustomerDocument,
    "\n  query CustomersWithUnits {\n    customers { edges { node { name businessUnit { name } } } }\n  }\n": typeof types.CustomersWithUnitsDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n": typeof types.GetCustomerDocument,
    "\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": typeof types.ListCustomersDocument,
    "\n  query LimitListsBudgets {\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n  }\n": typeof types.LimitListsBudgetsDocument,
    "\n  query LimitListsRateLimits {\n    rateLimits { id requestMaxLimit requestCurrentUsage requestLastReset tokenMaxLimit ownerKind ownerId }\n  }\n": typeof types.LimitListsRateLimitsDocument,
    "\n  mutation LimitListsCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id budget { id } }\n  }\n": typeof types.LimitListsCustomerDocument,
    "\n  mutation LimitListsVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { id } }\n  }\n": typeof types.LimitListsVirtualKeyDocument,
    "\n  mutation LimitListsDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.LimitListsDeleteCustomerDocument,
    "\n  mutation CreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      scopeName\n      calendarAligned\n      budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      budget { id maxLimit resetDuration }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n": typeof types.CreateModelConfigDocument,
    "\n  mutation UpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      calendarAligned\n      updatedAt\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id maxLimit resetDuration currentUsage }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": typeof types.UpdateModelConfigDocument,
    "\n  mutation DeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n": typeof types.DeleteModelConfigDocument,
    "\n  query GetModelConfig($id: ID!) {\n    modelConfig(id: $id) { id modelName provider scope scopeId scopeName budgets { id } rateLimit { id } }\n  }\n": typeof types.GetModelConfigDocument,
    "\n  query ListModelConfigs(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $modelName: String\n    $provider: String\n    $search: String\n  ) {\n    modelConfigs(\n      first: $first\n      after: $after\n      scope: $scope\n      scopeId: $scopeId\n      modelName: $modelName\n      provider: $provider\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          modelName\n          provider\n          scope\n          scopeName\n          budget { id }\n          budgets { id }\n          rateLimit { id }\n        }\n      }\n    }\n  }\n": typeof types.ListModelConfigsDocument,
    "\n  query NestedFiveLevels {\n    customers(first: 1000) {\n      edges {\n        node {\n          id\n          name\n          teams {\n            id\n            name\n            virtualKeys {\n              id\n              name\n              providerConfigs {\n                id\n                provider\n                keys { keyId name value { value fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedFiveLevelsDocument,
    "\n  query NestedWithLimits {\n    customers(first: 1000) {\n      totalCount\n      edges {\n        node {\n          name\n          budget { currentUsage }\n          rateLimit { requestMaxLimit }\n          teams {\n            name\n            customer { name }\n            budget { maxLimit }\n            rateLimit { tokenMaxLimit }\n            virtualKeys {\n              name\n              team { name }\n              budgets { maxLimit }\n              rateLimit { requestMaxLimit }\n              providerConfigs {\n                provider\n                virtualKey { name }\n                budgets { maxLimit }\n                rateLimit { tokenMaxLimit }\n                keys { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedWithLimitsDocument,
    "\n  query NestedBudgetOwners {\n    customers(first: 1000) {\n      edges {\n        node {\n          teams {\n            budget { team { name customer { name } } virtualKey { name } }\n            virtualKeys {\n              rateLimit { virtualKey { name team { name } } customer { name } }\n              providerConfigs { budgets { providerConfig { provider virtualKey { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedBudgetOwnersDocument,
    "\n  query NestedLimitsWithoutAudit {\n    customers(first: 1000) {\n      edges { node { budget { id currentUsage } teams { virtualKeys { budgets { maxLimit } rateLimit { tokenMaxLimit } } } } }\n    }\n  }\n": typeof types.NestedLimitsWithoutAuditDocument,
    "\n  fragment BudgetAudit on Budget { createdAt updatedAt }\n": typeof types.BudgetAuditFragmentDoc,
    "\n  query NestedLimitsWithAudit {\n    customers(first: 1000) {\n      edges {\n        node {\n          lean: budget { id }\n          audited: budget { id ...BudgetAudit }\n          teams {\n            virtualKeys {\n              budgets { ... on Budget { configHash } }\n              budget { ...BudgetAudit }\n              rateLimit { id createdAt }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NestedLimitsWithAuditDocument,
    "\n  mutation CreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      provider { name }\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.CreatePricingOverrideDocument,
    "\n  mutation UpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      updatedAt\n    }\n  }\n": typeof types.UpdatePricingOverrideDocument,
    "\n  mutation DeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n": typeof types.DeletePricingOverrideDocument,
    "\n  query GetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { id name scopeKind virtualKeyId providerId providerKeyId pattern requestTypes patch }\n  }\n": typeof types.GetPricingOverrideDocument,
    "\n  query ListPricingOverrides(\n    $first: Int\n    $after: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n    $search: String\n  ) {\n    pricingOverrides(\n      first: $first\n      after: $after\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name provider { name } } }\n    }\n  }\n": typeof types.ListPricingOverridesDocument,
    "\n  mutation UpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) {\n      name\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration requestCurrentUsage }\n    }\n  }\n": typeof types.UpdateProviderGovernanceDocument,
    "\n  mutation DeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name budget { id } rateLimit { id } }\n  }\n": typeof types.DeleteProviderGovernanceDocument,
    "\n  query ProvidersWithGovernance {\n    providersWithGovernance { name budget { maxLimit } rateLimit { requestMaxLimit } }\n  }\n": typeof types.ProvidersWithGovernanceDocument,
    "\n  query GetProviderGovernance($name: String!) {\n    provider(name: $name) { id name budget { id maxLimit } rateLimit { id requestMaxLimit } }\n  }\n": typeof types.GetProviderGovernanceDocument,
    "\n  fragment PkEnvVar on EnvVar { value envVar fromEnv }\n": typeof types.PkEnvVarFragmentDoc,
    "\n  fragment PkFields on ProviderKey {\n    id\n    keyId\n    name\n    provider\n    providerId\n    value { ...PkEnvVar }\n    models\n    weight\n    enabled\n    useForBatchApi\n    configHash\n    azureEndpoint { ...PkEnvVar }\n    azureApiVersion { ...PkEnvVar }\n    azureClientId { ...PkEnvVar }\n    azureClientSecret { ...PkEnvVar }\n    azureTenantId { ...PkEnvVar }\n    vertexProjectId { ...PkEnvVar }\n    vertexProjectNumber { ...PkEnvVar }\n    vertexRegion { ...PkEnvVar }\n    vertexAuthCredentials { ...PkEnvVar }\n    bedrockAccessKey { ...PkEnvVar }\n    bedrockSecretKey { ...PkEnvVar }\n    bedrockSessionToken { ...PkEnvVar }\n    bedrockRegion { ...PkEnvVar }\n    bedrockArn { ...PkEnvVar }\n  }\n": typeof types.PkFieldsFragmentDoc,
    "\n  mutation PkCreate($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { ...PkFields }\n  }\n": typeof types.PkCreateDocument,
    "\n  mutation PkUpdate($keyId: ID!, $input: UpdateProviderKeyInput!) {\n    updateProviderKey(keyId: $keyId, input: $input) { ...PkFields }\n  }\n": typeof types.PkUpdateDocument,
    "\n  mutation PkDelete($keyId: ID!) {\n    deleteProviderKey(keyId: $keyId)\n  }\n": typeof types.PkDeleteDocument,
    "\n  query PkProviderKeys($name: String!) {\n    provider(name: $name) { name keys { ...PkFields } }\n  }\n": typeof types.PkProviderKeysDocument,
    "\n  mutation PkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": typeof types.PkCreateCustomerDocument,
    "\n  mutation PkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n": typeof types.PkCreateTeamDocument,
    "\n  mutation PkCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { keys { keyId } } }\n  }\n": typeof types.PkCreateVirtualKeyDocument,
    "\n  query PkVirtualKeyConfigKeys($id: ID!) {\n    virtualKey(id: $id) { providerConfigs { provider keys { keyId } } }\n  }\n": typeof types.PkVirtualKeyConfigKeysDocument,
    "\n  query PkNested($id: ID!) {\n    customer(id: $id) {\n      teams {\n        virtualKeys {\n          providerConfigs {\n            keys { ...PkFields }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PkNestedDocument,
    "\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      updatedAt\n    }\n  }\n": typeof types.UpdateRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": typeof types.DeleteRoutingRuleDocument,
    "\n  query GetRoutingRule($id: ID!) {\n    routingRule(id: $id) { id name scope scopeId targets { provider weight } }\n  }\n": typeof types.GetRoutingRuleDocument,
    "\n  query ListRoutingRules(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $enabled: Boolean\n    $search: String\n  ) {\n    routingRules(first: $first, after: $after, scope: $scope, scopeId: $scopeId, enabled: $enabled, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name targets { provider model weight } } }\n    }\n  }\n": typeof types.ListRoutingRulesDocument,
    "\n  query RoutingRulesForRequest($virtualKeyId: ID, $teamId: ID, $customerId: ID) {\n    routingRulesForRequest(virtualKeyId: $virtualKeyId, teamId: $teamId, customerId: $customerId) { name }\n  }\n": typeof types.RoutingRulesForRequestDocument,
    "\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      customerId\n      customer { id name }\n      profile\n      config\n      claims\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage }\n    }\n  }\n": typeof types.TeamCreateDocument,
    "\n  mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      customerId\n      profile\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    }\n  }\n": typeof types.TeamUpdateDocument,
    "\n  mutation TeamDelete($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.TeamDeleteDocument,
    "\n  query TeamGet($id: ID!) {\n    team(id: $id) { id name customerId budget { id } rateLimit { id } virtualKeys { id name } }\n  }\n": typeof types.TeamGetDocument,
    "\n  query TeamList($customerId: ID, $search: String, $first: Int, $after: String) {\n    teams(customerId: $customerId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": typeof types.TeamListDocument,
    "\n  mutation TeamCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": typeof types.TeamCreateCustomerDocument,
    "\n  query TeamCustomerTeams($id: ID!) {\n    customer(id: $id) { id teams { id name customer { id } } }\n  }\n": typeof types.TeamCustomerTeamsDocument,
    "\n  mutation TeamCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id teamId }\n  }\n": typeof types.TeamCreateVirtualKeyDocument,
    "\n  query TeamGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { id teamId team { id } }\n  }\n": typeof types.TeamGetVirtualKeyDocument,
    "\n  fragment VkFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind }\n    budget { id resetDuration }\n    rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    providerConfigs {\n      id\n      provider\n      weight\n      allowedModels\n      allowAllKeys\n      keys { keyId name }\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n    mcpConfigs { id mcpClientName toolsToExecute }\n  }\n": typeof types.VkFieldsFragmentDoc,
    "\n  mutation VkCreate($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VkFields }\n  }\n": typeof types.VkCreateDocument,
    "\n  mutation VkUpdate($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VkFields }\n  }\n": typeof types.VkUpdateDocument,
    "\n  mutation VkDelete($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n": typeof types.VkDeleteDocument,
    "\n  query VkGet($id: ID!) {\n    virtualKey(id: $id) { ...VkFields }\n  }\n": typeof types.VkGetDocument,
    "\n  query VkRelations($id: ID!) {\n    virtualKey(id: $id) {\n      id\n      team { id name }\n      customer { id name }\n      providerConfigs { id virtualKey { id } }\n      mcpConfigs { id mcpClient { name } virtualKey { id } }\n    }\n  }\n": typeof types.VkRelationsDocument,
    "\n  query VkByValue($value: String!) {\n    virtualKeyByValue(value: $value) { id name }\n  }\n": typeof types.VkByValueDocument,
    "\n  query VkList($teamId: ID, $customerId: ID, $isActive: Boolean, $search: String, $first: Int) {\n    virtualKeys(teamId: $teamId, customerId: $customerId, isActive: $isActive, search: $search, first: $first) {\n      totalCount\n      edges { node { id name } }\n    }\n  }\n": typeof types.VkListDocument,
    "\n  mutation VkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n": typeof types.VkCreateTeamDocument,
    "\n  mutation VkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": typeof types.VkCreateCustomerDocument,
    "\n  mutation VkCreateProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId name }\n  }\n": typeof types.VkCreateProviderKeyDocument,
    "\n  mutation VkCreateMcpClient($name: String!) {\n    createMcpClient(name: $name) { id name }\n  }\n": typeof types.VkCreateMcpClientDocument,
    "\n  mutation VkDeleteMcpClient($id: Int!) {\n    deleteMcpClient(id: $id)\n  }\n": typeof types.VkDeleteMcpClientDocument,
    "\n  query VkMcpClients {\n    mcpClients { id name }\n  }\n": typeof types.VkMcpClientsDocument,
    "\n  query VkParentKeys($customerId: ID!, $teamId: ID!) {\n    customer(id: $customerId) { virtualKeys { name } teams { virtualKeys { name } } }\n    team(id: $teamId) { virtualKeys { name } }\n  }\n": typeof types.VkParentKeysDocument,
    "\n  query VkHierarchy {\n    customers {\n      edges {\n        node {\n          id\n          teams {\n            id\n            customer { id }\n            budget { id }\n            virtualKeys {\n              id\n              team { id }\n              budgets { id }\n              budget { id }\n              rateLimit { id }\n              mcpConfigs { id mcpClientName }\n              providerConfigs { id budgets { id } budget { id } rateLimit { id } keys { keyId value { value } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.VkHierarchyDocument,
    "\n  query RestRoundTripBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { name description budget { maxLimit } rateLimit { tokenMaxLimit } customers { id } }\n  }\n": typeof types.RestRoundTripBusinessUnitDocument,
    "\n  mutation RestRoundTripCreateBusinessUnit($profile: JSON) {\n    createBusinessUnit(input: { name: \"From GraphQL\", sourceId: \"scim-1\", profile: $profile }) { id }\n  }\n": typeof types.RestRoundTripCreateBusinessUnitDocument,
    "\n  mutation RestBusinessUnitMember {\n    createCustomer(input: { name: \"Acme\" }) { id }\n  }\n": typeof types.RestBusinessUnitMemberDocument,
    "\n  query RestRoundTripCustomer($id: ID!) {\n    customer(id: $id) { name budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n": typeof types.RestRoundTripCustomerDocument,
    "\n  mutation RestRoundTripCreate {\n    createCustomer(input: { name: \"From GraphQL\", budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n": typeof types.RestRoundTripCreateDocument,
    "\n  query RestRoundTripModelConfig($id: ID!) {\n    modelConfig(id: $id) { modelName provider budgets { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n": typeof types.RestRoundTripModelConfigDocument,
    "\n  mutation RestModelConfigTeam {\n    createTeam(input: { name: \"Platform\" }) { id }\n  }\n": typeof types.RestModelConfigTeamDocument,
    "\n  mutation RestRoundTripCreateModelConfig {\n    createModelConfig(input: { modelName: \"claude-3\", provider: \"anthropic\", budgets: [{ maxLimit: 9, resetDuration: \"1w\" }] }) {\n      id\n    }\n  }\n": typeof types.RestRoundTripCreateModelConfigDocument,
    "\n  query RestCheckPricingOverrides {\n    pricingOverrides { totalCount edges { node { id name scopeKind providerId patch } } }\n  }\n": typeof types.RestCheckPricingOverridesDocument,
    "\n  mutation RestSeedPricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n": typeof types.RestSeedPricingOverrideDocument,
    "\n  mutation RestPricingOverrideKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id }\n  }\n": typeof types.RestPricingOverrideKeyDocument,
    "\n  query RestRoundTripProviderGovernance($name: String!) {\n    provider(name: $name) { budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n": typeof types.RestRoundTripProviderGovernanceDocument,
    "\n  mutation RestRoundTripProviderGovernanceWrite {\n    updateProviderGovernance(provider: \"anthropic\", input: { budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n": typeof types.RestRoundTripProviderGovernanceWriteDocument,
    "\n  mutation RestProviderKeySeed($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n": typeof types.RestProviderKeySeedDocument,
    "\n  query RestCheckRoutingRules {\n    routingRules { totalCount edges { node { id name priority targets { provider weight } } } }\n  }\n": typeof types.RestCheckRoutingRulesDocument,
    "\n  mutation RestSeedRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { id }\n  }\n": typeof types.RestSeedRoutingRuleDocument,
    "\n  query RestRoundTripTeam($id: ID!) {\n    team(id: $id) { name customerId budget { maxLimit resetDuration } rateLimit { tokenMaxLimit } }\n  }\n": typeof types.RestRoundTripTeamDocument,
    "\n  mutation RestRoundTripCreateTeam($customerId: ID, $profile: JSON) {\n    createTeam(input: { name: \"From GraphQL\", customerId: $customerId, profile: $profile }) { id }\n  }\n": typeof types.RestRoundTripCreateTeamDocument,
    "\n  mutation RestVkProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n": typeof types.RestVkProviderKeyDocument,
    "\n  mutation RestVkMcpClient($name: String!) {\n    createMcpClient(name: $name) { id }\n  }\n": typeof types.RestVkMcpClientDocument,
    "\n  query RestRoundTripVirtualKey($id: ID!) {\n    virtualKey(id: $id) { name teamId budgets { maxLimit resetDuration } providerConfigs { provider allowedModels } }\n  }\n": typeof types.RestRoundTripVirtualKeyDocument,
    "\n  mutation RestRoundTripCreateVirtualKey($teamId: ID) {\n    createVirtualKey(input: { name: \"from-graphql\", teamId: $teamId, providerConfigs: [{ provider: \"openai\", allowedModels: [\"*\"] }] }) {\n      id\n    }\n  }\n": typeof types.RestRoundTripCreateVirtualKeyDocument,
    "\n  mutation CheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n": typeof types.CheckAdmissionDocument,
    "\n  mutation AdmissionDeactivate($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n": typeof types.AdmissionDeactivateDocument,
    "\n  mutation AdmissionRecord($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n": typeof types.AdmissionRecordDocument,
    "\n  mutation CoherenceMoveKey($id: ID!, $teamId: ID!) {\n    updateVirtualKey(id: $id, input: { teamId: $teamId }) { id }\n  }\n": typeof types.CoherenceMoveKeyDocument,
    "\n  mutation CoherenceDeactivateKey($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n": typeof types.CoherenceDeactivateKeyDocument,
    "\n  mutation CoherenceMoveTeam($id: ID!, $customerId: ID!) {\n    updateTeam(id: $id, input: { customerId: $customerId }) { id }\n  }\n": typeof types.CoherenceMoveTeamDocument,
    "\n  mutation CoherenceTeamBudget($id: ID!, $maxLimit: Float!) {\n    updateTeam(id: $id, input: { budget: { maxLimit: $maxLimit, resetDuration: \"1d\" } }) { id }\n  }\n": typeof types.CoherenceTeamBudgetDocument,
    "\n  mutation CoherenceDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": typeof types.CoherenceDeleteTeamDocument,
    "\n  mutation CoherenceCreateUnit($name: String!) {\n    createBusinessUnit(input: { name: $name }) { id }\n  }\n": typeof types.CoherenceCreateUnitDocument,
    "\n  mutation CoherenceUnitBudget($id: ID!) {\n    updateBusinessUnitGovernance(id: $id, input: { budget: { maxLimit: 3, resetDuration: \"1d\" } }) { id }\n  }\n": typeof types.CoherenceUnitBudgetDocument,
    "\n  mutation CoherenceAttachCustomer($id: ID!, $customerId: ID!) {\n    updateBusinessUnit(id: $id, input: { customerId: $customerId }) { id }\n  }\n": typeof types.CoherenceAttachCustomerDocument,
    "\n  mutation CoherenceCreateModelConfig {\n    createModelConfig(input: { modelName: \"gpt-4o\", provider: \"openai\", budget: { maxLimit: 0.2, resetDuration: \"1d\" } }) { id }\n  }\n": typeof types.CoherenceCreateModelConfigDocument,
    "\n  mutation CoherenceProviderBudget {\n    updateProviderGovernance(provider: \"openai\", input: { budget: { maxLimit: 0.1, resetDuration: \"1d\" } }) { name }\n  }\n": typeof types.CoherenceProviderBudgetDocument,
    "\n  mutation CoherenceCreatePricingOverride($patch: JSON!) {\n    createPricingOverride(\n      input: {\n        name: \"flat\"\n        scopeKind: \"global\"\n        matchType: \"exact\"\n        pattern: \"gpt-4o\"\n        requestTypes: [\"chat_completion\"]\n        patch: $patch\n      }\n    ) { id }\n  }\n": typeof types.CoherenceCreatePricingOverrideDocument,
    "\n  mutation CounterCacheUpdateKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { id }\n  }\n": typeof types.CounterCacheUpdateKeyDocument,
    "\n  mutation RecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n": typeof types.RecordUsageDocument,
    "\n  mutation RecordingDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n": typeof types.RecordingDeleteVirtualKeyDocument,
    "\n  mutation RecordingCreateOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n": typeof types.RecordingCreateOverrideDocument,
    "\n  mutation ResetSpend($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n": typeof types.ResetSpendDocument,
    "\n  query ResetCustomerBudget($id: ID!) {\n    customer(id: $id) { budget { currentUsage lastReset } }\n  }\n": typeof types.ResetCustomerBudgetDocument,
};
const documents: Documents = {
    "\n  query BenchFullTree {\n    customers(first: 100000) {\n      edges {\n        node {\n          id\n          name\n          budget { id maxLimit resetDuration currentUsage lastReset }\n          rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n          teams {\n            id\n            name\n            budget { id maxLimit resetDuration currentUsage lastReset }\n            rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n            virtualKeys {\n              id\n              name\n              value\n              isActive\n              budgets { id maxLimit resetDuration currentUsage lastReset }\n              rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n              providerConfigs {\n                id\n                provider\n                weight\n                allowedModels\n                budgets { id maxLimit resetDuration currentUsage lastReset }\n                rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n                keys { keyId name value { value envVar fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BenchFullTreeDocument,
    "\n  mutation BenchCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n": types.BenchCheckAdmissionDocument,
    "\n  mutation AuthCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": types.AuthCreateCustomerDocument,
    "\n  query AuthListCustomers {\n    customers { totalCount }\n  }\n": types.AuthListCustomersDocument,
    "\n  query AuthIntrospect {\n    __schema { queryType { name } }\n  }\n": types.AuthIntrospectDocument,
    "\n  mutation CreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      configHash\n      createdByUserId\n      createdAt\n      updatedAt\n      budget { id }\n      rateLimit { id }\n      customers { id name }\n    }\n  }\n": types.CreateBusinessUnitDocument,
    "\n  mutation UpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      updatedAt\n      customers { id }\n    }\n  }\n": types.UpdateBusinessUnitDocument,
    "\n  mutation UpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) {\n      id\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n": types.UpdateBusinessUnitGovernanceDocument,
    "\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n": types.DeleteBusinessUnitDocument,
    "\n  query GetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { id name description budget { id } rateLimit { id } customers { id name } }\n  }\n": types.GetBusinessUnitDocument,
    "\n  query ListBusinessUnits($first: Int, $after: String, $search: String) {\n    businessUnits(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name budget { maxLimit } rateLimit { requestMaxLimit } customers { name businessUnit { id } } } }\n    }\n  }\n": types.ListBusinessUnitsDocument,
    "\n  mutation CreateMemberCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id name businessUnit { id name } }\n  }\n": types.CreateMemberCustomerDocument,
    "\n  mutation DetachCustomer($id: ID!) {\n    updateCustomer(id: $id, input: { businessUnitId: null }) { id businessUnit { id } }\n  }\n": types.DetachCustomerDocument,
    "\n  query CustomersWithUnits {\n    customers { edges { node { name businessUnit { name } } } }\n  }\n": types.CustomersWithUnitsDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.DeleteCustomerDocument,
    "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n": types.GetCustomerDocument,
    "\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": types.ListCustomersDocument,
    "\n  query LimitListsBudgets {\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n  }\n": types.LimitListsBudgetsDocument,
    "\n  query LimitListsRateLimits {\n    rateLimits { id requestMaxLimit requestCurrentUsage requestLastReset tokenMaxLimit ownerKind ownerId }\n  }\n": types.LimitListsRateLimitsDocument,
    "\n  mutation LimitListsCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id budget { id } }\n  }\n": types.LimitListsCustomerDocument,
    "\n  mutation LimitListsVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { id } }\n  }\n": types.LimitListsVirtualKeyDocument,
    "\n  mutation LimitListsDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.LimitListsDeleteCustomerDocument,
    "\n  mutation CreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      scopeName\n      calendarAligned\n      budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      budget { id maxLimit resetDuration }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n": types.CreateModelConfigDocument,
    "\n  mutation UpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      calendarAligned\n      updatedAt\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id maxLimit resetDuration currentUsage }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n": types.UpdateModelConfigDocument,
    "\n  mutation DeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n": types.DeleteModelConfigDocument,
    "\n  query GetModelConfig($id: ID!) {\n    modelConfig(id: $id) { id modelName provider scope scopeId scopeName budgets { id } rateLimit { id } }\n  }\n": types.GetModelConfigDocument,
    "\n  query ListModelConfigs(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $modelName: String\n    $provider: String\n    $search: String\n  ) {\n    modelConfigs(\n      first: $first\n      after: $after\n      scope: $scope\n      scopeId: $scopeId\n      modelName: $modelName\n      provider: $provider\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          modelName\n          provider\n          scope\n          scopeName\n          budget { id }\n          budgets { id }\n          rateLimit { id }\n        }\n      }\n    }\n  }\n": types.ListModelConfigsDocument,
    "\n  query NestedFiveLevels {\n    customers(first: 1000) {\n      edges {\n        node {\n          id\n          name\n          teams {\n            id\n            name\n            virtualKeys {\n              id\n              name\n              providerConfigs {\n                id\n                provider\n                keys { keyId name value { value fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedFiveLevelsDocument,
    "\n  query NestedWithLimits {\n    customers(first: 1000) {\n      totalCount\n      edges {\n        node {\n          name\n          budget { currentUsage }\n          rateLimit { requestMaxLimit }\n          teams {\n            name\n            customer { name }\n            budget { maxLimit }\n            rateLimit { tokenMaxLimit }\n            virtualKeys {\n              name\n              team { name }\n              budgets { maxLimit }\n              rateLimit { requestMaxLimit }\n              providerConfigs {\n                provider\n                virtualKey { name }\n                budgets { maxLimit }\n                rateLimit { tokenMaxLimit }\n                keys { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedWithLimitsDocument,
    "\n  query NestedBudgetOwners {\n    customers(first: 1000) {\n      edges {\n        node {\n          teams {\n            budget { team { name customer { name } } virtualKey { name } }\n            virtualKeys {\n              rateLimit { virtualKey { name team { name } } customer { name } }\n              providerConfigs { budgets { providerConfig { provider virtualKey { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedBudgetOwnersDocument,
    "\n  query NestedLimitsWithoutAudit {\n    customers(first: 1000) {\n      edges { node { budget { id currentUsage } teams { virtualKeys { budgets { maxLimit } rateLimit { tokenMaxLimit } } } } }\n    }\n  }\n": types.NestedLimitsWithoutAuditDocument,
    "\n  fragment BudgetAudit on Budget { createdAt updatedAt }\n": types.BudgetAuditFragmentDoc,
    "\n  query NestedLimitsWithAudit {\n    customers(first: 1000) {\n      edges {\n        node {\n          lean: budget { id }\n          audited: budget { id ...BudgetAudit }\n          teams {\n            virtualKeys {\n              budgets { ... on Budget { configHash } }\n              budget { ...BudgetAudit }\n              rateLimit { id createdAt }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.NestedLimitsWithAuditDocument,
    "\n  mutation CreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      provider { name }\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n": types.CreatePricingOverrideDocument,
    "\n  mutation UpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      updatedAt\n    }\n  }\n": types.UpdatePricingOverrideDocument,
    "\n  mutation DeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n": types.DeletePricingOverrideDocument,
    "\n  query GetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { id name scopeKind virtualKeyId providerId providerKeyId pattern requestTypes patch }\n  }\n": types.GetPricingOverrideDocument,
    "\n  query ListPricingOverrides(\n    $first: Int\n    $after: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n    $search: String\n  ) {\n    pricingOverrides(\n      first: $first\n      after: $after\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name provider { name } } }\n    }\n  }\n": types.ListPricingOverridesDocument,
    "\n  mutation UpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) {\n      name\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration requestCurrentUsage }\n    }\n  }\n": types.UpdateProviderGovernanceDocument,
    "\n  mutation DeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name budget { id } rateLimit { id } }\n  }\n": types.DeleteProviderGovernanceDocument,
    "\n  query ProvidersWithGovernance {\n    providersWithGovernance { name budget { maxLimit } rateLimit { requestMaxLimit } }\n  }\n": types.ProvidersWithGovernanceDocument,
    "\n  query GetProviderGovernance($name: String!) {\n    provider(name: $name) { id name budget { id maxLimit } rateLimit { id requestMaxLimit } }\n  }\n": types.GetProviderGovernanceDocument,
    "\n  fragment PkEnvVar on EnvVar { value envVar fromEnv }\n": types.PkEnvVarFragmentDoc,
    "\n  fragment PkFields on ProviderKey {\n    id\n    keyId\n    name\n    provider\n    providerId\n    value { ...PkEnvVar }\n    models\n    weight\n    enabled\n    useForBatchApi\n    configHash\n    azureEndpoint { ...PkEnvVar }\n    azureApiVersion { ...PkEnvVar }\n    azureClientId { ...PkEnvVar }\n    azureClientSecret { ...PkEnvVar }\n    azureTenantId { ...PkEnvVar }\n    vertexProjectId { ...PkEnvVar }\n    vertexProjectNumber { ...PkEnvVar }\n    vertexRegion { ...PkEnvVar }\n    vertexAuthCredentials { ...PkEnvVar }\n    bedrockAccessKey { ...PkEnvVar }\n    bedrockSecretKey { ...PkEnvVar }\n    bedrockSessionToken { ...PkEnvVar }\n    bedrockRegion { ...PkEnvVar }\n    bedrockArn { ...PkEnvVar }\n  }\n": types.PkFieldsFragmentDoc,
    "\n  mutation PkCreate($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { ...PkFields }\n  }\n": types.PkCreateDocument,
    "\n  mutation PkUpdate($keyId: ID!, $input: UpdateProviderKeyInput!) {\n    updateProviderKey(keyId: $keyId, input: $input) { ...PkFields }\n  }\n": types.PkUpdateDocument,
    "\n  mutation PkDelete($keyId: ID!) {\n    deleteProviderKey(keyId: $keyId)\n  }\n": types.PkDeleteDocument,
    "\n  query PkProviderKeys($name: String!) {\n    provider(name: $name) { name keys { ...PkFields } }\n  }\n": types.PkProviderKeysDocument,
    "\n  mutation PkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": types.PkCreateCustomerDocument,
    "\n  mutation PkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n": types.PkCreateTeamDocument,
    "\n  mutation PkCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { keys { keyId } } }\n  }\n": types.PkCreateVirtualKeyDocument,
    "\n  query PkVirtualKeyConfigKeys($id: ID!) {\n    virtualKey(id: $id) { providerConfigs { provider keys { keyId } } }\n  }\n": types.PkVirtualKeyConfigKeysDocument,
    "\n  query PkNested($id: ID!) {\n    customer(id: $id) {\n      teams {\n        virtualKeys {\n          providerConfigs {\n            keys { ...PkFields }\n          }\n        }\n      }\n    }\n  }\n": types.PkNestedDocument,
    "\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n": types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      updatedAt\n    }\n  }\n": types.UpdateRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": types.DeleteRoutingRuleDocument,
    "\n  query GetRoutingRule($id: ID!) {\n    routingRule(id: $id) { id name scope scopeId targets { provider weight } }\n  }\n": types.GetRoutingRuleDocument,
    "\n  query ListRoutingRules(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $enabled: Boolean\n    $search: String\n  ) {\n    routingRules(first: $first, after: $after, scope: $scope, scopeId: $scopeId, enabled: $enabled, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name targets { provider model weight } } }\n    }\n  }\n": types.ListRoutingRulesDocument,
    "\n  query RoutingRulesForRequest($virtualKeyId: ID, $teamId: ID, $customerId: ID) {\n    routingRulesForRequest(virtualKeyId: $virtualKeyId, teamId: $teamId, customerId: $customerId) { name }\n  }\n": types.RoutingRulesForRequestDocument,
    "\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      customerId\n      customer { id name }\n      profile\n      config\n      claims\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage }\n    }\n  }\n": types.TeamCreateDocument,
    "\n  mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      customerId\n      profile\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    }\n  }\n": types.TeamUpdateDocument,
    "\n  mutation TeamDelete($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.TeamDeleteDocument,
    "\n  query TeamGet($id: ID!) {\n    team(id: $id) { id name customerId budget { id } rateLimit { id } virtualKeys { id name } }\n  }\n": types.TeamGetDocument,
    "\n  query TeamList($customerId: ID, $search: String, $first: Int, $after: String) {\n    teams(customerId: $customerId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n": types.TeamListDocument,
    "\n  mutation TeamCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": types.TeamCreateCustomerDocument,
    "\n  query TeamCustomerTeams($id: ID!) {\n    customer(id: $id) { id teams { id name customer { id } } }\n  }\n": types.TeamCustomerTeamsDocument,
    "\n  mutation TeamCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id teamId }\n  }\n": types.TeamCreateVirtualKeyDocument,
    "\n  query TeamGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { id teamId team { id } }\n  }\n": types.TeamGetVirtualKeyDocument,
    "\n  fragment VkFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind }\n    budget { id resetDuration }\n    rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    providerConfigs {\n      id\n      provider\n      weight\n      allowedModels\n      allowAllKeys\n      keys { keyId name }\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n    mcpConfigs { id mcpClientName toolsToExecute }\n  }\n": types.VkFieldsFragmentDoc,
    "\n  mutation VkCreate($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VkFields }\n  }\n": types.VkCreateDocument,
    "\n  mutation VkUpdate($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VkFields }\n  }\n": types.VkUpdateDocument,
    "\n  mutation VkDelete($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n": types.VkDeleteDocument,
    "\n  query VkGet($id: ID!) {\n    virtualKey(id: $id) { ...VkFields }\n  }\n": types.VkGetDocument,
    "\n  query VkRelations($id: ID!) {\n    virtualKey(id: $id) {\n      id\n      team { id name }\n      customer { id name }\n      providerConfigs { id virtualKey { id } }\n      mcpConfigs { id mcpClient { name } virtualKey { id } }\n    }\n  }\n": types.VkRelationsDocument,
    "\n  query VkByValue($value: String!) {\n    virtualKeyByValue(value: $value) { id name }\n  }\n": types.VkByValueDocument,
    "\n  query VkList($teamId: ID, $customerId: ID, $isActive: Boolean, $search: String, $first: Int) {\n    virtualKeys(teamId: $teamId, customerId: $customerId, isActive: $isActive, search: $search, first: $first) {\n      totalCount\n      edges { node { id name } }\n    }\n  }\n": types.VkListDocument,
    "\n  mutation VkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n": types.VkCreateTeamDocument,
    "\n  mutation VkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n": types.VkCreateCustomerDocument,
    "\n  mutation VkCreateProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId name }\n  }\n": types.VkCreateProviderKeyDocument,
    "\n  mutation VkCreateMcpClient($name: String!) {\n    createMcpClient(name: $name) { id name }\n  }\n": types.VkCreateMcpClientDocument,
    "\n  mutation VkDeleteMcpClient($id: Int!) {\n    deleteMcpClient(id: $id)\n  }\n": types.VkDeleteMcpClientDocument,
    "\n  query VkMcpClients {\n    mcpClients { id name }\n  }\n": types.VkMcpClientsDocument,
    "\n  query VkParentKeys($customerId: ID!, $teamId: ID!) {\n    customer(id: $customerId) { virtualKeys { name } teams { virtualKeys { name } } }\n    team(id: $teamId) { virtualKeys { name } }\n  }\n": types.VkParentKeysDocument,
    "\n  query VkHierarchy {\n    customers {\n      edges {\n        node {\n          id\n          teams {\n            id\n            customer { id }\n            budget { id }\n            virtualKeys {\n              id\n              team { id }\n              budgets { id }\n              budget { id }\n              rateLimit { id }\n              mcpConfigs { id mcpClientName }\n              providerConfigs { id budgets { id } budget { id } rateLimit { id } keys { keyId value { value } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.VkHierarchyDocument,
    "\n  query RestRoundTripBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { name description budget { maxLimit } rateLimit { tokenMaxLimit } customers { id } }\n  }\n": types.RestRoundTripBusinessUnitDocument,
    "\n  mutation RestRoundTripCreateBusinessUnit($profile: JSON) {\n    createBusinessUnit(input: { name: \"From GraphQL\", sourceId: \"scim-1\", profile: $profile }) { id }\n  }\n": types.RestRoundTripCreateBusinessUnitDocument,
    "\n  mutation RestBusinessUnitMember {\n    createCustomer(input: { name: \"Acme\" }) { id }\n  }\n": types.RestBusinessUnitMemberDocument,
    "\n  query RestRoundTripCustomer($id: ID!) {\n    customer(id: $id) { name budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n": types.RestRoundTripCustomerDocument,
    "\n  mutation RestRoundTripCreate {\n    createCustomer(input: { name: \"From GraphQL\", budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n": types.RestRoundTripCreateDocument,
    "\n  query RestRoundTripModelConfig($id: ID!) {\n    modelConfig(id: $id) { modelName provider budgets { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n": types.RestRoundTripModelConfigDocument,
    "\n  mutation RestModelConfigTeam {\n    createTeam(input: { name: \"Platform\" }) { id }\n  }\n": types.RestModelConfigTeamDocument,
    "\n  mutation RestRoundTripCreateModelConfig {\n    createModelConfig(input: { modelName: \"claude-3\", provider: \"anthropic\", budgets: [{ maxLimit: 9, resetDuration: \"1w\" }] }) {\n      id\n    }\n  }\n": types.RestRoundTripCreateModelConfigDocument,
    "\n  query RestCheckPricingOverrides {\n    pricingOverrides { totalCount edges { node { id name scopeKind providerId patch } } }\n  }\n": types.RestCheckPricingOverridesDocument,
    "\n  mutation RestSeedPricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n": types.RestSeedPricingOverrideDocument,
    "\n  mutation RestPricingOverrideKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id }\n  }\n": types.RestPricingOverrideKeyDocument,
    "\n  query RestRoundTripProviderGovernance($name: String!) {\n    provider(name: $name) { budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n": types.RestRoundTripProviderGovernanceDocument,
    "\n  mutation RestRoundTripProviderGovernanceWrite {\n    updateProviderGovernance(provider: \"anthropic\", input: { budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n": types.RestRoundTripProviderGovernanceWriteDocument,
    "\n  mutation RestProviderKeySeed($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n": types.RestProviderKeySeedDocument,
    "\n  query RestCheckRoutingRules {\n    routingRules { totalCount edges { node { id name priority targets { provider weight } } } }\n  }\n": types.RestCheckRoutingRulesDocument,
    "\n  mutation RestSeedRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { id }\n  }\n": types.RestSeedRoutingRuleDocument,
    "\n  query RestRoundTripTeam($id: ID!) {\n    team(id: $id) { name customerId budget { maxLimit resetDuration } rateLimit { tokenMaxLimit } }\n  }\n": types.RestRoundTripTeamDocument,
    "\n  mutation RestRoundTripCreateTeam($customerId: ID, $profile: JSON) {\n    createTeam(input: { name: \"From GraphQL\", customerId: $customerId, profile: $profile }) { id }\n  }\n": types.RestRoundTripCreateTeamDocument,
    "\n  mutation RestVkProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n": types.RestVkProviderKeyDocument,
    "\n  mutation RestVkMcpClient($name: String!) {\n    createMcpClient(name: $name) { id }\n  }\n": types.RestVkMcpClientDocument,
    "\n  query RestRoundTripVirtualKey($id: ID!) {\n    virtualKey(id: $id) { name teamId budgets { maxLimit resetDuration } providerConfigs { provider allowedModels } }\n  }\n": types.RestRoundTripVirtualKeyDocument,
    "\n  mutation RestRoundTripCreateVirtualKey($teamId: ID) {\n    createVirtualKey(input: { name: \"from-graphql\", teamId: $teamId, providerConfigs: [{ provider: \"openai\", allowedModels: [\"*\"] }] }) {\n      id\n    }\n  }\n": types.RestRoundTripCreateVirtualKeyDocument,
    "\n  mutation CheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n": types.CheckAdmissionDocument,
    "\n  mutation AdmissionDeactivate($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n": types.AdmissionDeactivateDocument,
    "\n  mutation AdmissionRecord($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n": types.AdmissionRecordDocument,
    "\n  mutation CoherenceMoveKey($id: ID!, $teamId: ID!) {\n    updateVirtualKey(id: $id, input: { teamId: $teamId }) { id }\n  }\n": types.CoherenceMoveKeyDocument,
    "\n  mutation CoherenceDeactivateKey($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n": types.CoherenceDeactivateKeyDocument,
    "\n  mutation CoherenceMoveTeam($id: ID!, $customerId: ID!) {\n    updateTeam(id: $id, input: { customerId: $customerId }) { id }\n  }\n": types.CoherenceMoveTeamDocument,
    "\n  mutation CoherenceTeamBudget($id: ID!, $maxLimit: Float!) {\n    updateTeam(id: $id, input: { budget: { maxLimit: $maxLimit, resetDuration: \"1d\" } }) { id }\n  }\n": types.CoherenceTeamBudgetDocument,
    "\n  mutation CoherenceDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n": types.CoherenceDeleteTeamDocument,
    "\n  mutation CoherenceCreateUnit($name: String!) {\n    createBusinessUnit(input: { name: $name }) { id }\n  }\n": types.CoherenceCreateUnitDocument,
    "\n  mutation CoherenceUnitBudget($id: ID!) {\n    updateBusinessUnitGovernance(id: $id, input: { budget: { maxLimit: 3, resetDuration: \"1d\" } }) { id }\n  }\n": types.CoherenceUnitBudgetDocument,
    "\n  mutation CoherenceAttachCustomer($id: ID!, $customerId: ID!) {\n    updateBusinessUnit(id: $id, input: { customerId: $customerId }) { id }\n  }\n": types.CoherenceAttachCustomerDocument,
    "\n  mutation CoherenceCreateModelConfig {\n    createModelConfig(input: { modelName: \"gpt-4o\", provider: \"openai\", budget: { maxLimit: 0.2, resetDuration: \"1d\" } }) { id }\n  }\n": types.CoherenceCreateModelConfigDocument,
    "\n  mutation CoherenceProviderBudget {\n    updateProviderGovernance(provider: \"openai\", input: { budget: { maxLimit: 0.1, resetDuration: \"1d\" } }) { name }\n  }\n": types.CoherenceProviderBudgetDocument,
    "\n  mutation CoherenceCreatePricingOverride($patch: JSON!) {\n    createPricingOverride(\n      input: {\n        name: \"flat\"\n        scopeKind: \"global\"\n        matchType: \"exact\"\n        pattern: \"gpt-4o\"\n        requestTypes: [\"chat_completion\"]\n        patch: $patch\n      }\n    ) { id }\n  }\n": types.CoherenceCreatePricingOverrideDocument,
    "\n  mutation CounterCacheUpdateKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { id }\n  }\n": types.CounterCacheUpdateKeyDocument,
    "\n  mutation RecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n": types.RecordUsageDocument,
    "\n  mutation RecordingDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n": types.RecordingDeleteVirtualKeyDocument,
    "\n  mutation RecordingCreateOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n": types.RecordingCreateOverrideDocument,
    "\n  mutation ResetSpend($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n": types.ResetSpendDocument,
    "\n  query ResetCustomerBudget($id: ID!) {\n    customer(id: $id) { budget { currentUsage lastReset } }\n  }\n": types.ResetCustomerBudgetDocument,
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
export function graphql(source: "\n  query BenchFullTree {\n    customers(first: 100000) {\n      edges {\n        node {\n          id\n          name\n          budget { id maxLimit resetDuration currentUsage lastReset }\n          rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n          teams {\n            id\n            name\n            budget { id maxLimit resetDuration currentUsage lastReset }\n            rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n            virtualKeys {\n              id\n              name\n              value\n              isActive\n              budgets { id maxLimit resetDuration currentUsage lastReset }\n              rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n              providerConfigs {\n                id\n                provider\n                weight\n                allowedModels\n                budgets { id maxLimit resetDuration currentUsage lastReset }\n                rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n                keys { keyId name value { value envVar fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchFullTree {\n    customers(first: 100000) {\n      edges {\n        node {\n          id\n          name\n          budget { id maxLimit resetDuration currentUsage lastReset }\n          rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n          teams {\n            id\n            name\n            budget { id maxLimit resetDuration currentUsage lastReset }\n            rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n            virtualKeys {\n              id\n              name\n              value\n              isActive\n              budgets { id maxLimit resetDuration currentUsage lastReset }\n              rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n              providerConfigs {\n                id\n                provider\n                weight\n                allowedModels\n                budgets { id maxLimit resetDuration currentUsage lastReset }\n                rateLimit { id tokenMaxLimit tokenResetDuration tokenCurrentUsage requestMaxLimit requestResetDuration requestCurrentUsage }\n                keys { keyId name value { value envVar fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n"): (typeof documents)["\n  mutation BenchCheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AuthCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthListCustomers {\n    customers { totalCount }\n  }\n"): (typeof documents)["\n  query AuthListCustomers {\n    customers { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthIntrospect {\n    __schema { queryType { name } }\n  }\n"): (typeof documents)["\n  query AuthIntrospect {\n    __schema { queryType { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      configHash\n      createdByUserId\n      createdAt\n      updatedAt\n      budget { id }\n      rateLimit { id }\n      customers { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBusinessUnit($input: CreateBusinessUnitInput!) {\n    createBusinessUnit(input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      configHash\n      createdByUserId\n      createdAt\n      updatedAt\n      budget { id }\n      rateLimit { id }\n      customers { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      updatedAt\n      customers { id }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {\n    updateBusinessUnit(id: $id, input: $input) {\n      id\n      name\n      description\n      sourceId\n      profile\n      config\n      claims\n      updatedAt\n      customers { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) {\n      id\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {\n    updateBusinessUnitGovernance(id: $id, input: $input) {\n      id\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBusinessUnit($id: ID!) {\n    deleteBusinessUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { id name description budget { id } rateLimit { id } customers { id name } }\n  }\n"): (typeof documents)["\n  query GetBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { id name description budget { id } rateLimit { id } customers { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListBusinessUnits($first: Int, $after: String, $search: String) {\n    businessUnits(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name budget { maxLimit } rateLimit { requestMaxLimit } customers { name businessUnit { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query ListBusinessUnits($first: Int, $after: String, $search: String) {\n    businessUnits(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name budget { maxLimit } rateLimit { requestMaxLimit } customers { name businessUnit { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMemberCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id name businessUnit { id name } }\n  }\n"): (typeof documents)["\n  mutation CreateMemberCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id name businessUnit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachCustomer($id: ID!) {\n    updateCustomer(id: $id, input: { businessUnitId: null }) { id businessUnit { id } }\n  }\n"): (typeof documents)["\n  mutation DetachCustomer($id: ID!) {\n    updateCustomer(id: $id, input: { businessUnitId: null }) { id businessUnit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersWithUnits {\n    customers { edges { node { name businessUnit { name } } } }\n  }\n"): (typeof documents)["\n  query CustomersWithUnits {\n    customers { edges { node { name businessUnit { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset calendarAligned ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      id\n      name\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n"): (typeof documents)["\n  query GetCustomer($id: ID!) {\n    customer(id: $id) { id name budget { id currentUsage } rateLimit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"): (typeof documents)["\n  query ListCustomers($first: Int, $after: String, $search: String) {\n    customers(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitListsBudgets {\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n  }\n"): (typeof documents)["\n  query LimitListsBudgets {\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitListsRateLimits {\n    rateLimits { id requestMaxLimit requestCurrentUsage requestLastReset tokenMaxLimit ownerKind ownerId }\n  }\n"): (typeof documents)["\n  query LimitListsRateLimits {\n    rateLimits { id requestMaxLimit requestCurrentUsage requestLastReset tokenMaxLimit ownerKind ownerId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitListsCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id budget { id } }\n  }\n"): (typeof documents)["\n  mutation LimitListsCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id budget { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitListsVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { id } }\n  }\n"): (typeof documents)["\n  mutation LimitListsVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitListsDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation LimitListsDeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      scopeName\n      calendarAligned\n      budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      budget { id maxLimit resetDuration }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateModelConfig($input: CreateModelConfigInput!) {\n    createModelConfig(input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      scopeName\n      calendarAligned\n      budgets { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      budget { id maxLimit resetDuration }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration ownerKind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      calendarAligned\n      updatedAt\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id maxLimit resetDuration currentUsage }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {\n    updateModelConfig(id: $id, input: $input) {\n      id\n      modelName\n      provider\n      scope\n      scopeId\n      calendarAligned\n      updatedAt\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id maxLimit resetDuration currentUsage }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteModelConfig($id: ID!) {\n    deleteModelConfig(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetModelConfig($id: ID!) {\n    modelConfig(id: $id) { id modelName provider scope scopeId scopeName budgets { id } rateLimit { id } }\n  }\n"): (typeof documents)["\n  query GetModelConfig($id: ID!) {\n    modelConfig(id: $id) { id modelName provider scope scopeId scopeName budgets { id } rateLimit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListModelConfigs(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $modelName: String\n    $provider: String\n    $search: String\n  ) {\n    modelConfigs(\n      first: $first\n      after: $after\n      scope: $scope\n      scopeId: $scopeId\n      modelName: $modelName\n      provider: $provider\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          modelName\n          provider\n          scope\n          scopeName\n          budget { id }\n          budgets { id }\n          rateLimit { id }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListModelConfigs(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $modelName: String\n    $provider: String\n    $search: String\n  ) {\n    modelConfigs(\n      first: $first\n      after: $after\n      scope: $scope\n      scopeId: $scopeId\n      modelName: $modelName\n      provider: $provider\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          modelName\n          provider\n          scope\n          scopeName\n          budget { id }\n          budgets { id }\n          rateLimit { id }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedFiveLevels {\n    customers(first: 1000) {\n      edges {\n        node {\n          id\n          name\n          teams {\n            id\n            name\n            virtualKeys {\n              id\n              name\n              providerConfigs {\n                id\n                provider\n                keys { keyId name value { value fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedFiveLevels {\n    customers(first: 1000) {\n      edges {\n        node {\n          id\n          name\n          teams {\n            id\n            name\n            virtualKeys {\n              id\n              name\n              providerConfigs {\n                id\n                provider\n                keys { keyId name value { value fromEnv } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedWithLimits {\n    customers(first: 1000) {\n      totalCount\n      edges {\n        node {\n          name\n          budget { currentUsage }\n          rateLimit { requestMaxLimit }\n          teams {\n            name\n            customer { name }\n            budget { maxLimit }\n            rateLimit { tokenMaxLimit }\n            virtualKeys {\n              name\n              team { name }\n              budgets { maxLimit }\n              rateLimit { requestMaxLimit }\n              providerConfigs {\n                provider\n                virtualKey { name }\n                budgets { maxLimit }\n                rateLimit { tokenMaxLimit }\n                keys { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedWithLimits {\n    customers(first: 1000) {\n      totalCount\n      edges {\n        node {\n          name\n          budget { currentUsage }\n          rateLimit { requestMaxLimit }\n          teams {\n            name\n            customer { name }\n            budget { maxLimit }\n            rateLimit { tokenMaxLimit }\n            virtualKeys {\n              name\n              team { name }\n              budgets { maxLimit }\n              rateLimit { requestMaxLimit }\n              providerConfigs {\n                provider\n                virtualKey { name }\n                budgets { maxLimit }\n                rateLimit { tokenMaxLimit }\n                keys { name }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedBudgetOwners {\n    customers(first: 1000) {\n      edges {\n        node {\n          teams {\n            budget { team { name customer { name } } virtualKey { name } }\n            virtualKeys {\n              rateLimit { virtualKey { name team { name } } customer { name } }\n              providerConfigs { budgets { providerConfig { provider virtualKey { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedBudgetOwners {\n    customers(first: 1000) {\n      edges {\n        node {\n          teams {\n            budget { team { name customer { name } } virtualKey { name } }\n            virtualKeys {\n              rateLimit { virtualKey { name team { name } } customer { name } }\n              providerConfigs { budgets { providerConfig { provider virtualKey { name } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedLimitsWithoutAudit {\n    customers(first: 1000) {\n      edges { node { budget { id currentUsage } teams { virtualKeys { budgets { maxLimit } rateLimit { tokenMaxLimit } } } } }\n    }\n  }\n"): (typeof documents)["\n  query NestedLimitsWithoutAudit {\n    customers(first: 1000) {\n      edges { node { budget { id currentUsage } teams { virtualKeys { budgets { maxLimit } rateLimit { tokenMaxLimit } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BudgetAudit on Budget { createdAt updatedAt }\n"): (typeof documents)["\n  fragment BudgetAudit on Budget { createdAt updatedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestedLimitsWithAudit {\n    customers(first: 1000) {\n      edges {\n        node {\n          lean: budget { id }\n          audited: budget { id ...BudgetAudit }\n          teams {\n            virtualKeys {\n              budgets { ... on Budget { configHash } }\n              budget { ...BudgetAudit }\n              rateLimit { id createdAt }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestedLimitsWithAudit {\n    customers(first: 1000) {\n      edges {\n        node {\n          lean: budget { id }\n          audited: budget { id ...BudgetAudit }\n          teams {\n            virtualKeys {\n              budgets { ... on Budget { configHash } }\n              budget { ...BudgetAudit }\n              rateLimit { id createdAt }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      provider { name }\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      provider { name }\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {\n    updatePricingOverride(id: $id, input: $input) {\n      id\n      name\n      scopeKind\n      virtualKeyId\n      providerId\n      providerKeyId\n      matchType\n      pattern\n      requestTypes\n      patch\n      pricingPatch\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePricingOverride($id: ID!) {\n    deletePricingOverride(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { id name scopeKind virtualKeyId providerId providerKeyId pattern requestTypes patch }\n  }\n"): (typeof documents)["\n  query GetPricingOverride($id: ID!) {\n    pricingOverride(id: $id) { id name scopeKind virtualKeyId providerId providerKeyId pattern requestTypes patch }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListPricingOverrides(\n    $first: Int\n    $after: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n    $search: String\n  ) {\n    pricingOverrides(\n      first: $first\n      after: $after\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name provider { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ListPricingOverrides(\n    $first: Int\n    $after: String\n    $scopeKind: String\n    $virtualKeyId: ID\n    $providerId: String\n    $providerKeyId: ID\n    $search: String\n  ) {\n    pricingOverrides(\n      first: $first\n      after: $after\n      scopeKind: $scopeKind\n      virtualKeyId: $virtualKeyId\n      providerId: $providerId\n      providerKeyId: $providerKeyId\n      search: $search\n    ) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name provider { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) {\n      name\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration requestCurrentUsage }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {\n    updateProviderGovernance(provider: $provider, input: $input) {\n      name\n      updatedAt\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration requestCurrentUsage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name budget { id } rateLimit { id } }\n  }\n"): (typeof documents)["\n  mutation DeleteProviderGovernance($provider: String!) {\n    deleteProviderGovernance(provider: $provider) { name budget { id } rateLimit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvidersWithGovernance {\n    providersWithGovernance { name budget { maxLimit } rateLimit { requestMaxLimit } }\n  }\n"): (typeof documents)["\n  query ProvidersWithGovernance {\n    providersWithGovernance { name budget { maxLimit } rateLimit { requestMaxLimit } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetProviderGovernance($name: String!) {\n    provider(name: $name) { id name budget { id maxLimit } rateLimit { id requestMaxLimit } }\n  }\n"): (typeof documents)["\n  query GetProviderGovernance($name: String!) {\n    provider(name: $name) { id name budget { id maxLimit } rateLimit { id requestMaxLimit } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PkEnvVar on EnvVar { value envVar fromEnv }\n"): (typeof documents)["\n  fragment PkEnvVar on EnvVar { value envVar fromEnv }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PkFields on ProviderKey {\n    id\n    keyId\n    name\n    provider\n    providerId\n    value { ...PkEnvVar }\n    models\n    weight\n    enabled\n    useForBatchApi\n    configHash\n    azureEndpoint { ...PkEnvVar }\n    azureApiVersion { ...PkEnvVar }\n    azureClientId { ...PkEnvVar }\n    azureClientSecret { ...PkEnvVar }\n    azureTenantId { ...PkEnvVar }\n    vertexProjectId { ...PkEnvVar }\n    vertexProjectNumber { ...PkEnvVar }\n    vertexRegion { ...PkEnvVar }\n    vertexAuthCredentials { ...PkEnvVar }\n    bedrockAccessKey { ...PkEnvVar }\n    bedrockSecretKey { ...PkEnvVar }\n    bedrockSessionToken { ...PkEnvVar }\n    bedrockRegion { ...PkEnvVar }\n    bedrockArn { ...PkEnvVar }\n  }\n"): (typeof documents)["\n  fragment PkFields on ProviderKey {\n    id\n    keyId\n    name\n    provider\n    providerId\n    value { ...PkEnvVar }\n    models\n    weight\n    enabled\n    useForBatchApi\n    configHash\n    azureEndpoint { ...PkEnvVar }\n    azureApiVersion { ...PkEnvVar }\n    azureClientId { ...PkEnvVar }\n    azureClientSecret { ...PkEnvVar }\n    azureTenantId { ...PkEnvVar }\n    vertexProjectId { ...PkEnvVar }\n    vertexProjectNumber { ...PkEnvVar }\n    vertexRegion { ...PkEnvVar }\n    vertexAuthCredentials { ...PkEnvVar }\n    bedrockAccessKey { ...PkEnvVar }\n    bedrockSecretKey { ...PkEnvVar }\n    bedrockSessionToken { ...PkEnvVar }\n    bedrockRegion { ...PkEnvVar }\n    bedrockArn { ...PkEnvVar }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PkCreate($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { ...PkFields }\n  }\n"): (typeof documents)["\n  mutation PkCreate($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { ...PkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PkUpdate($keyId: ID!, $input: UpdateProviderKeyInput!) {\n    updateProviderKey(keyId: $keyId, input: $input) { ...PkFields }\n  }\n"): (typeof documents)["\n  mutation PkUpdate($keyId: ID!, $input: UpdateProviderKeyInput!) {\n    updateProviderKey(keyId: $keyId, input: $input) { ...PkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PkDelete($keyId: ID!) {\n    deleteProviderKey(keyId: $keyId)\n  }\n"): (typeof documents)["\n  mutation PkDelete($keyId: ID!) {\n    deleteProviderKey(keyId: $keyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PkProviderKeys($name: String!) {\n    provider(name: $name) { name keys { ...PkFields } }\n  }\n"): (typeof documents)["\n  query PkProviderKeys($name: String!) {\n    provider(name: $name) { name keys { ...PkFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PkCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { keys { keyId } } }\n  }\n"): (typeof documents)["\n  mutation PkCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id providerConfigs { keys { keyId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PkVirtualKeyConfigKeys($id: ID!) {\n    virtualKey(id: $id) { providerConfigs { provider keys { keyId } } }\n  }\n"): (typeof documents)["\n  query PkVirtualKeyConfigKeys($id: ID!) {\n    virtualKey(id: $id) { providerConfigs { provider keys { keyId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PkNested($id: ID!) {\n    customer(id: $id) {\n      teams {\n        virtualKeys {\n          providerConfigs {\n            keys { ...PkFields }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PkNested($id: ID!) {\n    customer(id: $id) {\n      teams {\n        virtualKeys {\n          providerConfigs {\n            keys { ...PkFields }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      configHash\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      id\n      name\n      description\n      enabled\n      chainRule\n      celExpression\n      targets { provider model keyId weight }\n      fallbacks\n      scope\n      scopeId\n      priority\n      query\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetRoutingRule($id: ID!) {\n    routingRule(id: $id) { id name scope scopeId targets { provider weight } }\n  }\n"): (typeof documents)["\n  query GetRoutingRule($id: ID!) {\n    routingRule(id: $id) { id name scope scopeId targets { provider weight } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListRoutingRules(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $enabled: Boolean\n    $search: String\n  ) {\n    routingRules(first: $first, after: $after, scope: $scope, scopeId: $scopeId, enabled: $enabled, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name targets { provider model weight } } }\n    }\n  }\n"): (typeof documents)["\n  query ListRoutingRules(\n    $first: Int\n    $after: String\n    $scope: String\n    $scopeId: ID\n    $enabled: Boolean\n    $search: String\n  ) {\n    routingRules(first: $first, after: $after, scope: $scope, scopeId: $scopeId, enabled: $enabled, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name targets { provider model weight } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingRulesForRequest($virtualKeyId: ID, $teamId: ID, $customerId: ID) {\n    routingRulesForRequest(virtualKeyId: $virtualKeyId, teamId: $teamId, customerId: $customerId) { name }\n  }\n"): (typeof documents)["\n  query RoutingRulesForRequest($virtualKeyId: ID, $teamId: ID, $customerId: ID) {\n    routingRulesForRequest(virtualKeyId: $virtualKeyId, teamId: $teamId, customerId: $customerId) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      customerId\n      customer { id name }\n      profile\n      config\n      claims\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamCreate($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      customerId\n      customer { id name }\n      profile\n      config\n      claims\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset ownerKind ownerId }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      customerId\n      profile\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    }\n  }\n"): (typeof documents)["\n  mutation TeamUpdate($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      customerId\n      profile\n      calendarAligned\n      budget { id maxLimit resetDuration currentUsage lastReset }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamDelete($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation TeamDelete($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamGet($id: ID!) {\n    team(id: $id) { id name customerId budget { id } rateLimit { id } virtualKeys { id name } }\n  }\n"): (typeof documents)["\n  query TeamGet($id: ID!) {\n    team(id: $id) { id name customerId budget { id } rateLimit { id } virtualKeys { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamList($customerId: ID, $search: String, $first: Int, $after: String) {\n    teams(customerId: $customerId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"): (typeof documents)["\n  query TeamList($customerId: ID, $search: String, $first: Int, $after: String) {\n    teams(customerId: $customerId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation TeamCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCustomerTeams($id: ID!) {\n    customer(id: $id) { id teams { id name customer { id } } }\n  }\n"): (typeof documents)["\n  query TeamCustomerTeams($id: ID!) {\n    customer(id: $id) { id teams { id name customer { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id teamId }\n  }\n"): (typeof documents)["\n  mutation TeamCreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id teamId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { id teamId team { id } }\n  }\n"): (typeof documents)["\n  query TeamGetVirtualKey($id: ID!) {\n    virtualKey(id: $id) { id teamId team { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VkFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind }\n    budget { id resetDuration }\n    rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    providerConfigs {\n      id\n      provider\n      weight\n      allowedModels\n      allowAllKeys\n      keys { keyId name }\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n    mcpConfigs { id mcpClientName toolsToExecute }\n  }\n"): (typeof documents)["\n  fragment VkFields on VirtualKey {\n    id\n    name\n    value\n    description\n    isActive\n    teamId\n    customerId\n    calendarAligned\n    budgets { id maxLimit resetDuration currentUsage lastReset ownerKind }\n    budget { id resetDuration }\n    rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration tokenCurrentUsage requestCurrentUsage }\n    providerConfigs {\n      id\n      provider\n      weight\n      allowedModels\n      allowAllKeys\n      keys { keyId name }\n      budgets { id maxLimit resetDuration currentUsage lastReset }\n      budget { id }\n      rateLimit { id tokenMaxLimit tokenResetDuration requestMaxLimit requestResetDuration }\n    }\n    mcpConfigs { id mcpClientName toolsToExecute }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkCreate($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VkFields }\n  }\n"): (typeof documents)["\n  mutation VkCreate($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { ...VkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkUpdate($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VkFields }\n  }\n"): (typeof documents)["\n  mutation VkUpdate($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { ...VkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkDelete($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation VkDelete($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VkGet($id: ID!) {\n    virtualKey(id: $id) { ...VkFields }\n  }\n"): (typeof documents)["\n  query VkGet($id: ID!) {\n    virtualKey(id: $id) { ...VkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VkRelations($id: ID!) {\n    virtualKey(id: $id) {\n      id\n      team { id name }\n      customer { id name }\n      providerConfigs { id virtualKey { id } }\n      mcpConfigs { id mcpClient { name } virtualKey { id } }\n    }\n  }\n"): (typeof documents)["\n  query VkRelations($id: ID!) {\n    virtualKey(id: $id) {\n      id\n      team { id name }\n      customer { id name }\n      providerConfigs { id virtualKey { id } }\n      mcpConfigs { id mcpClient { name } virtualKey { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VkByValue($value: String!) {\n    virtualKeyByValue(value: $value) { id name }\n  }\n"): (typeof documents)["\n  query VkByValue($value: String!) {\n    virtualKeyByValue(value: $value) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VkList($teamId: ID, $customerId: ID, $isActive: Boolean, $search: String, $first: Int) {\n    virtualKeys(teamId: $teamId, customerId: $customerId, isActive: $isActive, search: $search, first: $first) {\n      totalCount\n      edges { node { id name } }\n    }\n  }\n"): (typeof documents)["\n  query VkList($teamId: ID, $customerId: ID, $isActive: Boolean, $search: String, $first: Int) {\n    virtualKeys(teamId: $teamId, customerId: $customerId, isActive: $isActive, search: $search, first: $first) {\n      totalCount\n      edges { node { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation VkCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation VkCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkCreateProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId name }\n  }\n"): (typeof documents)["\n  mutation VkCreateProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkCreateMcpClient($name: String!) {\n    createMcpClient(name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation VkCreateMcpClient($name: String!) {\n    createMcpClient(name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VkDeleteMcpClient($id: Int!) {\n    deleteMcpClient(id: $id)\n  }\n"): (typeof documents)["\n  mutation VkDeleteMcpClient($id: Int!) {\n    deleteMcpClient(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VkMcpClients {\n    mcpClients { id name }\n  }\n"): (typeof documents)["\n  query VkMcpClients {\n    mcpClients { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VkParentKeys($customerId: ID!, $teamId: ID!) {\n    customer(id: $customerId) { virtualKeys { name } teams { virtualKeys { name } } }\n    team(id: $teamId) { virtualKeys { name } }\n  }\n"): (typeof documents)["\n  query VkParentKeys($customerId: ID!, $teamId: ID!) {\n    customer(id: $customerId) { virtualKeys { name } teams { virtualKeys { name } } }\n    team(id: $teamId) { virtualKeys { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VkHierarchy {\n    customers {\n      edges {\n        node {\n          id\n          teams {\n            id\n            customer { id }\n            budget { id }\n            virtualKeys {\n              id\n              team { id }\n              budgets { id }\n              budget { id }\n              rateLimit { id }\n              mcpConfigs { id mcpClientName }\n              providerConfigs { id budgets { id } budget { id } rateLimit { id } keys { keyId value { value } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VkHierarchy {\n    customers {\n      edges {\n        node {\n          id\n          teams {\n            id\n            customer { id }\n            budget { id }\n            virtualKeys {\n              id\n              team { id }\n              budgets { id }\n              budget { id }\n              rateLimit { id }\n              mcpConfigs { id mcpClientName }\n              providerConfigs { id budgets { id } budget { id } rateLimit { id } keys { keyId value { value } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestRoundTripBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { name description budget { maxLimit } rateLimit { tokenMaxLimit } customers { id } }\n  }\n"): (typeof documents)["\n  query RestRoundTripBusinessUnit($id: ID!) {\n    businessUnit(id: $id) { name description budget { maxLimit } rateLimit { tokenMaxLimit } customers { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRoundTripCreateBusinessUnit($profile: JSON) {\n    createBusinessUnit(input: { name: \"From GraphQL\", sourceId: \"scim-1\", profile: $profile }) { id }\n  }\n"): (typeof documents)["\n  mutation RestRoundTripCreateBusinessUnit($profile: JSON) {\n    createBusinessUnit(input: { name: \"From GraphQL\", sourceId: \"scim-1\", profile: $profile }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestBusinessUnitMember {\n    createCustomer(input: { name: \"Acme\" }) { id }\n  }\n"): (typeof documents)["\n  mutation RestBusinessUnitMember {\n    createCustomer(input: { name: \"Acme\" }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestRoundTripCustomer($id: ID!) {\n    customer(id: $id) { name budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n"): (typeof documents)["\n  query RestRoundTripCustomer($id: ID!) {\n    customer(id: $id) { name budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRoundTripCreate {\n    createCustomer(input: { name: \"From GraphQL\", budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n"): (typeof documents)["\n  mutation RestRoundTripCreate {\n    createCustomer(input: { name: \"From GraphQL\", budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestRoundTripModelConfig($id: ID!) {\n    modelConfig(id: $id) { modelName provider budgets { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n"): (typeof documents)["\n  query RestRoundTripModelConfig($id: ID!) {\n    modelConfig(id: $id) { modelName provider budgets { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestModelConfigTeam {\n    createTeam(input: { name: \"Platform\" }) { id }\n  }\n"): (typeof documents)["\n  mutation RestModelConfigTeam {\n    createTeam(input: { name: \"Platform\" }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRoundTripCreateModelConfig {\n    createModelConfig(input: { modelName: \"claude-3\", provider: \"anthropic\", budgets: [{ maxLimit: 9, resetDuration: \"1w\" }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestRoundTripCreateModelConfig {\n    createModelConfig(input: { modelName: \"claude-3\", provider: \"anthropic\", budgets: [{ maxLimit: 9, resetDuration: \"1w\" }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestCheckPricingOverrides {\n    pricingOverrides { totalCount edges { node { id name scopeKind providerId patch } } }\n  }\n"): (typeof documents)["\n  query RestCheckPricingOverrides {\n    pricingOverrides { totalCount edges { node { id name scopeKind providerId patch } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestSeedPricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RestSeedPricingOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestPricingOverrideKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RestPricingOverrideKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestRoundTripProviderGovernance($name: String!) {\n    provider(name: $name) { budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n"): (typeof documents)["\n  query RestRoundTripProviderGovernance($name: String!) {\n    provider(name: $name) { budget { maxLimit resetDuration } rateLimit { requestMaxLimit } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRoundTripProviderGovernanceWrite {\n    updateProviderGovernance(provider: \"anthropic\", input: { budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n"): (typeof documents)["\n  mutation RestRoundTripProviderGovernanceWrite {\n    updateProviderGovernance(provider: \"anthropic\", input: { budget: { maxLimit: 7, resetDuration: \"1w\" } }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestProviderKeySeed($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n"): (typeof documents)["\n  mutation RestProviderKeySeed($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestCheckRoutingRules {\n    routingRules { totalCount edges { node { id name priority targets { provider weight } } } }\n  }\n"): (typeof documents)["\n  query RestCheckRoutingRules {\n    routingRules { totalCount edges { node { id name priority targets { provider weight } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestSeedRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RestSeedRoutingRule($input: CreateRoutingRuleInput!) {\n    createRoutingRule(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestRoundTripTeam($id: ID!) {\n    team(id: $id) { name customerId budget { maxLimit resetDuration } rateLimit { tokenMaxLimit } }\n  }\n"): (typeof documents)["\n  query RestRoundTripTeam($id: ID!) {\n    team(id: $id) { name customerId budget { maxLimit resetDuration } rateLimit { tokenMaxLimit } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRoundTripCreateTeam($customerId: ID, $profile: JSON) {\n    createTeam(input: { name: \"From GraphQL\", customerId: $customerId, profile: $profile }) { id }\n  }\n"): (typeof documents)["\n  mutation RestRoundTripCreateTeam($customerId: ID, $profile: JSON) {\n    createTeam(input: { name: \"From GraphQL\", customerId: $customerId, profile: $profile }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestVkProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n"): (typeof documents)["\n  mutation RestVkProviderKey($provider: String!, $input: CreateProviderKeyInput!) {\n    createProviderKey(provider: $provider, input: $input) { keyId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestVkMcpClient($name: String!) {\n    createMcpClient(name: $name) { id }\n  }\n"): (typeof documents)["\n  mutation RestVkMcpClient($name: String!) {\n    createMcpClient(name: $name) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestRoundTripVirtualKey($id: ID!) {\n    virtualKey(id: $id) { name teamId budgets { maxLimit resetDuration } providerConfigs { provider allowedModels } }\n  }\n"): (typeof documents)["\n  query RestRoundTripVirtualKey($id: ID!) {\n    virtualKey(id: $id) { name teamId budgets { maxLimit resetDuration } providerConfigs { provider allowedModels } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRoundTripCreateVirtualKey($teamId: ID) {\n    createVirtualKey(input: { name: \"from-graphql\", teamId: $teamId, providerConfigs: [{ provider: \"openai\", allowedModels: [\"*\"] }] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestRoundTripCreateVirtualKey($teamId: ID) {\n    createVirtualKey(input: { name: \"from-graphql\", teamId: $teamId, providerConfigs: [{ provider: \"openai\", allowedModels: [\"*\"] }] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n"): (typeof documents)["\n  mutation CheckAdmission($input: AdmissionInput!) {\n    checkAdmission(input: $input) {\n      allowed\n      decision\n      statusCode\n      reason\n      blockedBy { kind id ownerKind ownerId }\n      remaining { budget tokens requests }\n      retryAfterSeconds\n      reservationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmissionDeactivate($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n"): (typeof documents)["\n  mutation AdmissionDeactivate($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmissionRecord($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n"): (typeof documents)["\n  mutation AdmissionRecord($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceMoveKey($id: ID!, $teamId: ID!) {\n    updateVirtualKey(id: $id, input: { teamId: $teamId }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceMoveKey($id: ID!, $teamId: ID!) {\n    updateVirtualKey(id: $id, input: { teamId: $teamId }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceDeactivateKey($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceDeactivateKey($id: ID!) {\n    updateVirtualKey(id: $id, input: { isActive: false }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceMoveTeam($id: ID!, $customerId: ID!) {\n    updateTeam(id: $id, input: { customerId: $customerId }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceMoveTeam($id: ID!, $customerId: ID!) {\n    updateTeam(id: $id, input: { customerId: $customerId }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceTeamBudget($id: ID!, $maxLimit: Float!) {\n    updateTeam(id: $id, input: { budget: { maxLimit: $maxLimit, resetDuration: \"1d\" } }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceTeamBudget($id: ID!, $maxLimit: Float!) {\n    updateTeam(id: $id, input: { budget: { maxLimit: $maxLimit, resetDuration: \"1d\" } }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"): (typeof documents)["\n  mutation CoherenceDeleteTeam($id: ID!) {\n    deleteTeam(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceCreateUnit($name: String!) {\n    createBusinessUnit(input: { name: $name }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceCreateUnit($name: String!) {\n    createBusinessUnit(input: { name: $name }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceUnitBudget($id: ID!) {\n    updateBusinessUnitGovernance(id: $id, input: { budget: { maxLimit: 3, resetDuration: \"1d\" } }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceUnitBudget($id: ID!) {\n    updateBusinessUnitGovernance(id: $id, input: { budget: { maxLimit: 3, resetDuration: \"1d\" } }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceAttachCustomer($id: ID!, $customerId: ID!) {\n    updateBusinessUnit(id: $id, input: { customerId: $customerId }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceAttachCustomer($id: ID!, $customerId: ID!) {\n    updateBusinessUnit(id: $id, input: { customerId: $customerId }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceCreateModelConfig {\n    createModelConfig(input: { modelName: \"gpt-4o\", provider: \"openai\", budget: { maxLimit: 0.2, resetDuration: \"1d\" } }) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceCreateModelConfig {\n    createModelConfig(input: { modelName: \"gpt-4o\", provider: \"openai\", budget: { maxLimit: 0.2, resetDuration: \"1d\" } }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceProviderBudget {\n    updateProviderGovernance(provider: \"openai\", input: { budget: { maxLimit: 0.1, resetDuration: \"1d\" } }) { name }\n  }\n"): (typeof documents)["\n  mutation CoherenceProviderBudget {\n    updateProviderGovernance(provider: \"openai\", input: { budget: { maxLimit: 0.1, resetDuration: \"1d\" } }) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoherenceCreatePricingOverride($patch: JSON!) {\n    createPricingOverride(\n      input: {\n        name: \"flat\"\n        scopeKind: \"global\"\n        matchType: \"exact\"\n        pattern: \"gpt-4o\"\n        requestTypes: [\"chat_completion\"]\n        patch: $patch\n      }\n    ) { id }\n  }\n"): (typeof documents)["\n  mutation CoherenceCreatePricingOverride($patch: JSON!) {\n    createPricingOverride(\n      input: {\n        name: \"flat\"\n        scopeKind: \"global\"\n        matchType: \"exact\"\n        pattern: \"gpt-4o\"\n        requestTypes: [\"chat_completion\"]\n        patch: $patch\n      }\n    ) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterCacheUpdateKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CounterCacheUpdateKey($id: ID!, $input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(id: $id, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n"): (typeof documents)["\n  mutation RecordUsage($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordingDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RecordingDeleteVirtualKey($id: ID!) {\n    deleteVirtualKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordingCreateOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordingCreateOverride($input: CreatePricingOverrideInput!) {\n    createPricingOverride(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSpend($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n"): (typeof documents)["\n  mutation ResetSpend($events: [UsageEventInput!]!) {\n    recordUsage(events: $events) { accepted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetCustomerBudget($id: ID!) {\n    customer(id: $id) { budget { currentUsage lastReset } }\n  }\n"): (typeof documents)["\n  query ResetCustomerBudget($id: ID!) {\n    customer(id: $id) { budget { currentUsage lastReset } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;