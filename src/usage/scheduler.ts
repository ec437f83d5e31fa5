// Resets at the boundary even without traffic: a sweep (every second by default, croner) persists
// every window that has ended, publishes the reset, and releases expired reservations.
import { Cron } from 'croner';
import type { UsageDependencies } from './dependencies.js';
import type { CounterRef } from './attribution.js';
import { openLedger, prepareThresholdInsert, publishChanges } from './ledger.js';


// Rows per sweep and kind: a backlog (rows imported without window ends, a long stop) is worked off
// over several ticks instead of one transaction that would hold the connection for seconds.
const SWEEP_BATCH = 2_000;

export function createResetSweep({ sqlite, clock, counters, reservations, publisher }: UsageDependencies) {
  // Windows with no known end yet (null) are included so the sweep fills them in.
  const dueBudgets = sqlite.prepare<[string], { id: string }>(
    `select id from budgets where window_end is null or window_end <= ? limit ${SWEEP_BATCH}`,
  );
  const dueRateLimits = sqlite.prepare<[string, string], { id: string }>(
    `select id from rate_limits where (token_reset_duration is not null and (token_window_end is null or token_window_end <= ?))
       or (request_reset_duration is not null and (request_window_end is null or request_window_end <= ?))
     limit ${SWEEP_BATCH}`,
  );
  const thresholdInsert = prepareThresholdInsert(sqlite);

  const sweepInTransaction = sqlite.transaction((now: Date) => {
    const at = now.toISOString();
    const ledger = openLedger(counters, thresholdInsert, now);
    ledger.preload([
      dueBudgets.all(at).map(({ id }): CounterRef => ({ kind: 'budget', id })),
      dueRateLimits.all(at, at).map(({ id }): CounterRef => ({ kind: 'rate_limit', id })),
    ]);
    for (const id of reservations.expiredIds(now)) reservations.release(ledger, id);
    return ledger.flush();
  });

  return {
    /** One sweep at the clock's now; returns how many counters were reset. */
    sweep(): number {
      const changes = sweepInTransaction.immediate(clock.now());
      publishChanges(publisher, changes);
      return changes.budgets.length + changes.rateLimits.length;
    },
  };
}

/**
 * Runs a sweep on a schedule (every second by default, never overlapping); `stop()` before closing the
 * database. A failed sweep (the database locked past busy_timeout) is logged and told to `onFailure`;
 * the next tick tries again.
 */
export function scheduleSweeps(
  runSweep: () => Promise<unknown>,
  onFailure: (error: unknown) => void = () => {},
  pattern = '* * * * * *',
): { stop(): void } {
  const job = new Cron(
    pattern,
    {
      protect: true,
      unref: true,
      catch: (error) => {
        console.error('reset sweep failed:', error);
        onFailure(error);
      },
    },
    async () => {
      await runSweep();
    },
  );
  return { stop: () => job.stop() };
}
