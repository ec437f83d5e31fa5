// Selections shared by REST routes: each entity as Bifrost's JSON shows it (spec §1, seed documents).
import { graphql } from './gql/index.js';

export const BudgetFields = graphql(`
  fragment BudgetFields on Budget {
    id
    maxLimit
    resetDuration
    calendarAligned
    lastReset
    currentUsage
    configHash
    createdAt
    updatedAt
  }
`);

export const RateLimitFields = graphql(`
  fragment RateLimitFields on RateLimit {
    id
    tokenMaxLimit
    tokenResetDuration
    tokenCurrentUsage
    tokenLastReset
    requestMaxLimit
    requestResetDuration
    requestCurrentUsage
    requestLastReset
    configHash
    createdAt
    updatedAt
  }
`);

// Multi-budget owners (virtual keys, provider configs) show each budget's owner back-reference.
export const ProviderConfigFields = graphql(`
  fragment ProviderConfigFields on ProviderConfig {
    id
    virtualKeyId
    provider
    weight
    allowedModels
    allowAllKeys
    budgets { ...BudgetFields ownerKind ownerId }
    budget { ...BudgetFields ownerKind ownerId }
    rateLimit { ...RateLimitFields }
    keys { ...ProviderKeyFields }
  }
`);

export const McpConfigFields = graphql(`
  fragment McpConfigFields on McpConfig {
    id
    virtualKeyId
    mcpClientId
    mcpClientName
    toolsToExecute
  }
`);

export const VirtualKeyFields = graphql(`
  fragment VirtualKeyFields on VirtualKey {
    id
    name
    value
    description
    isActive
    teamId
    customerId
    calendarAligned
    configHash
    createdAt
    updatedAt
    budgets { ...BudgetFields ownerKind ownerId }
    budget { ...BudgetFields ownerKind ownerId }
    rateLimit { ...RateLimitFields }
    providerConfigs { ...ProviderConfigFields }
    mcpConfigs { ...McpConfigFields }
  }
`);

// The parent `customer` is left out of nested teams, as upstream may do to avoid cycles (spec §1.4).
export const TeamFields = graphql(`
  fragment TeamFields on Team {
    id
    name
    customerId
    profile
    config
    claims
    calendarAligned
    configHash
    createdAt
    updatedAt
    budget { ...BudgetFields }
    rateLimit { ...RateLimitFields }
    virtualKeys { ...VirtualKeyFields }
  }
`);

export const CustomerFields = graphql(`
  fragment CustomerFields on Customer {
    id
    name
    calendarAligned
    configHash
    createdAt
    updatedAt
    budget { ...BudgetFields }
    rateLimit { ...RateLimitFields }
    teams { ...TeamFields }
    virtualKeys { ...VirtualKeyFields }
  }
`);
