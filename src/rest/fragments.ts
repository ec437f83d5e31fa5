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
  }
`);
