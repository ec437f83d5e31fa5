// Top-level lists of every budget and rate limit, whatever their owner (Bifrost's read-only
// GET /budgets and GET /rate-limits); each object is still written only through its owner.
import { listBudgets, listRateLimits } from '../../store/limits.js';
import { builder } from '../builder.js';
import { BudgetRef, RateLimitRef } from './limits.js';

builder.queryFields((t) => ({
  budgets: t.field({
    type: [BudgetRef],
    description: 'Every budget, oldest first, with live usage (a window that has ended reads as reset).',
    resolve: (_root, _args, ctx) => listBudgets(ctx.db, ctx.clock.now()),
  }),
  rateLimits: t.field({
    type: [RateLimitRef],
    description: 'Every rate limit, oldest first, with live usage (a window that has ended reads as reset).',
    resolve: (_root, _args, ctx) => listRateLimits(ctx.db, ctx.clock.now()),
  }),
}));
