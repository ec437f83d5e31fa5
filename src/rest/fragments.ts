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

// A key's own columns: how its customer's `virtual_keys` show it inside a key reply (upstream
// preloads those rows without their relations).
export const VirtualKeySummaryFields = graphql(`
  fragment VirtualKeySummaryFields on VirtualKey {
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
  }
`);

export const VirtualKeyFields = graphql(`
  fragment VirtualKeyFields on VirtualKey {
    ...VirtualKeySummaryFields
    budgets { ...BudgetFields ownerKind ownerId }
    budget { ...BudgetFields ownerKind ownerId }
    rateLimit { ...RateLimitFields }
    providerConfigs { ...ProviderConfigFields }
    mcpConfigs { ...McpConfigFields }
  }
`);

// A team's own fields and limits: how a virtual key reply embeds it (the seed's Team drops
// `virtual_keys` there to avoid recursion). The parent `customer` is left out of every nested team,
// as upstream may do to avoid cycles (spec §1.4).
export const TeamSummaryFields = graphql(`
  fragment TeamSummaryFields on Team {
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
  }
`);

export const TeamFields = graphql(`
  fragment TeamFields on Team {
    ...TeamSummaryFields
    virtualKeys { ...VirtualKeyFields }
  }
`);

export const CustomerSummaryFields = graphql(`
  fragment CustomerSummaryFields on Customer {
    id
    name
    calendarAligned
    configHash
    createdAt
    updatedAt
    budget { ...BudgetFields }
    rateLimit { ...RateLimitFields }
  }
`);

export const CustomerFields = graphql(`
  fragment CustomerFields on Customer {
    ...CustomerSummaryFields
    teams { ...TeamFields }
    virtualKeys { ...VirtualKeyFields }
  }
`);

// A virtual key's own replies embed its owner, `team` or `customer` (null when it has none), as
// upstream's reads preload it. Its list preloads the owner alone, without the customer's children:
// a page of N keys stays N keys however many siblings their customer has.
export const VirtualKeyListFields = graphql(`
  fragment VirtualKeyListFields on VirtualKey {
    ...VirtualKeyFields
    team { ...TeamSummaryFields }
    customer { ...CustomerSummaryFields }
  }
`);

// Upstream's single-key read (also the create and update replies) preloads the customer's teams
// and keys too, one level deep: those entries carry no relations (no customer again, no keys).
export const VirtualKeyDetailFields = graphql(`
  fragment VirtualKeyDetailFields on VirtualKey {
    ...VirtualKeyFields
    team { ...TeamSummaryFields }
    customer {
      ...CustomerSummaryFields
      teams { ...TeamSummaryFields }
      virtualKeys { ...VirtualKeySummaryFields }
    }
  }
`);
