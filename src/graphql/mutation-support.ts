// Shared steps of every governance mutation resolver: one clock reading; after the write, fresh
// loaders (the returned object is read back from the database) and a fresh usage attribution.
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import type { GraphQLContext } from './context.js';

export async function write<T>(ctx: GraphQLContext, work: (now: Date) => Promise<T>): Promise<T> {
  const result = await work(ctx.clock.now());
  clearAllDataLoaders(ctx);
  ctx.usage.invalidate();
  return result;
}
