// Shared steps of every governance mutation resolver: one clock reading; after the write, fresh
// loaders (the returned object is read back from the database) and the limit changes it returned
// handed to the usage engine, which updates its caches and tells subscribers.
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { Written } from '../store/limit-changes.js';
import type { GraphQLContext } from './context.js';

export async function write<T>(ctx: GraphQLContext, work: (now: Date) => Promise<T | Written<T>>): Promise<T> {
  const outcome = await work(ctx.clock.now());
  clearAllDataLoaders(ctx);
  if (!(outcome instanceof Written)) return outcome;
  // Only now, after the commit: subscribers never hear of a write that rolled back.
  await ctx.usage.publishLimitChanges(outcome.changes);
  return outcome.result;
}
