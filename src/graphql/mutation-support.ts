// Shared steps of every governance mutation resolver: one clock reading; after the write, fresh
// loaders (the returned object is read back from the database) and the limit edits it made published
// to subscribers. (The usage engine's caches are dropped by the write itself: db/write-watcher.ts.)
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { collectLimitChanges } from '../store/limit-changes.js';
import type { GraphQLContext } from './context.js';

export async function write<T>(ctx: GraphQLContext, work: (now: Date) => Promise<T>): Promise<T> {
  const { result, changes } = await collectLimitChanges(() => work(ctx.clock.now()));
  clearAllDataLoaders(ctx);
  // Only now, after the commit: subscribers never hear of a write that rolled back.
  await ctx.usage.publishLimitChanges(changes);
  return result;
}
