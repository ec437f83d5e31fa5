// Shared steps of every mutation resolver: one clock reading, and fresh loaders after a write so
// the returned object (and anything selected under it) is read back from the database.
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import type { GraphQLContext } from './context.js';

export async function write<T>(ctx: GraphQLContext, work: (now: Date) => Promise<T>): Promise<T> {
  const result = await work(ctx.clock.now());
  clearAllDataLoaders(ctx);
  return result;
}
