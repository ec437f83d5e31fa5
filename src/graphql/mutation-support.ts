// Shared steps of every governance mutation resolver: one clock reading and one transaction; what
// the write returned as changed goes to the usage engine before the commit (its caches forget what
// they derived from it) and to subscribers after it; then fresh loaders (the returned object is read
// back from the database).
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import type { Db } from '../store/common.js';
import { Written } from '../store/limit-changes.js';
import type { GraphQLContext } from './context.js';

export async function write<T>(ctx: GraphQLContext, work: (db: Db, now: Date) => Promise<T | Written<T>>): Promise<T> {
  const now = ctx.clock.now();
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const outcome = await work(trx, now);
    if (outcome instanceof Written) ctx.usage.forgetWritten(outcome);
    return outcome;
  });
  clearAllDataLoaders(ctx);
  if (!(outcome instanceof Written)) return outcome;
  // Only now, after the commit: subscribers never hear of a write that rolled back.
  await ctx.usage.publishLimitChanges(outcome.changes);
  return outcome.result;
}
