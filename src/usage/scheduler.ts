// Resets at the boundary even without traffic: a sweep (every second by default, croner) persists
// every window that has ended, publishes the reset, and releases expired reservations.
import { Cron } from 'croner';
import type { UsageDependencies } from './dependencies.js';
import type { CounterRef } from './attribution.js';
import { Ledger, prepareThresholdInsert, publishChanges } from './ledger.js';

// Rows per transaction and kind: a backlog (rows imported without window ends, a long stop, many
// short windows ending at once) is worked off in several transactions, so requests get the connection
// between them instead of waiting for one that would hold it for seconds.
const SWEEP_BATCH = 2_000;

export interface SweepBatch {
  /** Counters reset (and published). */
  resets: number;
  /** A batch was full: more windows may be due, sweep again right away. */
  more: boolean;
}

export function createResetSweep({ statements, clock, counters, transaction, reservations, publisher }: UsageDependencies) {
  // Windows with no known end yet (null) are included so the sweep fills them in.
  const dueBudgets = statements.prepare((p: { now: string }, db) =>
    db.selectFrom('budgets')
      .select('id')
      .where((eb) => eb.or([eb('window_end', 'is', null), eb('window_end', '<=', p.now)]))
      .limit(SWEEP_BATCH),
  );
  const dueRateLimits = statements.prepare((p: { now: string }, db) =>
    db.selectFrom('rate_limits')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('token_reset_duration', 'is not', null), eb.or([eb('token_window_end', 'is', null), eb('token_window_end', '<=', p.now)])]),
          eb.and([
            eb('request_reset_duration', 'is not', null),
            eb.or([eb('request_window_end', 'is', null), eb('request_window_end', '<=', p.now)]),
          ]),
        ]),
      )
      .limit(SWEEP_BATCH),
  );
  const thresholdInsert = prepareThresholdInsert(statements);

  const sweepInTransaction = transaction((now: Date) => {
    const at = now.toISOString();
    const ledger = new Ledger(counters, thresholdInsert, now);
    const budgets = dueBudgets.all({ now: at }).map(({ id }): CounterRef => ({ kind: 'budget', id }));
    const rateLimits = dueRateLimits.all({ now: at }).map(({ id }): CounterRef => ({ kind: 'rate_limit', id }));
    ledger.preload([budgets, rateLimits]);
    for (const id of reservations.expiredIds(now)) reservations.release(ledger, id);
    return { changes: ledger.flush(), more: budgets.length === SWEEP_BATCH || rateLimits.length === SWEEP_BATCH };
  });

  return {
    /** One batch at the clock's now. */
    sweep(): SweepBatch {
      const { changes, more } = sweepInTransaction(clock.now());
      publishChanges(publisher, changes);
      return { resets: changes.budgets.length + changes.rateLimits.length, more };
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
