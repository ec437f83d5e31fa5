// Which budgets and rate limits a governance write created, edited or removed. Writes record into
// the log of the operation they run in (AsyncLocalStorage, so repositories need no extra parameter);
// the caller publishes the changes once the transaction has committed.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { OwnerRef } from '../domain/entities.js';

export interface LimitChange {
  counter: 'budget' | 'rate_limit';
  id: string;
  change: 'limit_changed' | 'removed';
  /** For removals: the owner and the usage the row had (it cannot be read back). */
  owner?: OwnerRef;
  usage?: { cost: number; tokens: number; requests: number };
}

const log = new AsyncLocalStorage<LimitChange[]>();

export function recordLimitChange(change: LimitChange): void {
  log.getStore()?.push(change);
}

/** Runs `work` collecting the limit changes it records. */
export async function collectLimitChanges<T>(work: () => Promise<T>): Promise<{ result: T; changes: LimitChange[] }> {
  const changes: LimitChange[] = [];
  const result = await log.run(changes, work);
  return { result, changes };
}
