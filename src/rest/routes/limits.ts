// /budgets and /rate-limits: Bifrost's read-only lists (spec §2.4); both are written only through
// their owners.
import { graphql } from '../gql/index.js';
import { ok } from '../reply.js';
import { route } from '../route.js';
import { withOwnerRef } from '../shapes.js';

const ListBudgets = graphql(`
  query RestListBudgets {
    budgets { ...BudgetFields ownerKind ownerId }
  }
`);

const ListRateLimits = graphql(`
  query RestListRateLimits {
    rateLimits { ...RateLimitFields }
  }
`);

// from_memory is accepted and ignored: usage is read live from the database either way (spec §0, §4.4).
export const limitRoutes = [
  route({
    method: 'GET',
    path: '/budgets',
    document: ListBudgets,
    // Each budget names its owner (`team_id`, `virtual_key_id`, ...), as upstream's budget rows do.
    reply: ({ budgets }) => ok({ budgets: budgets.map(withOwnerRef), count: budgets.length }),
  }),
  route({
    method: 'GET',
    path: '/rate-limits',
    document: ListRateLimits,
    reply: ({ rate_limits }) => ok({ rate_limits, count: rate_limits.length }),
  }),
];
