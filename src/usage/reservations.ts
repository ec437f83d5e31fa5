// Reservations: headroom held on every counter a request would charge, from admission until the
// usage report settles it or it expires (spec §9.2).
import { randomUUID } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import type { CounterRef } from './attribution.js';
import type { Amounts, Ledger } from './ledger.js';

export const RESERVATION_TTL_MS = 5 * 60_000;

interface HoldRow {
  budget_id: string | null;
  rate_limit_id: string | null;
  amount: number;
  tokens: number;
  requests: number;
}

export type Reservations = ReturnType<typeof prepareReservations>;

export function prepareReservations(sqlite: SQLite.Database) {
  const insertReservation = sqlite.prepare<[string, string | null, string, string]>(
    'insert into reservations (id, virtual_key_id, created_at, expires_at) values (?, ?, ?, ?)',
  );
  const insertHold = sqlite.prepare<[string, string | null, string | null, number, number, number]>(
    'insert into reservation_holds (reservation_id, budget_id, rate_limit_id, amount, tokens, requests) values (?, ?, ?, ?, ?, ?)',
  );
  const selectHolds = sqlite.prepare<[string], HoldRow>(
    'select budget_id, rate_limit_id, amount, tokens, requests from reservation_holds where reservation_id = ?',
  );
  const deleteReservation = sqlite.prepare<[string]>('delete from reservations where id = ?');
  const selectExpired = sqlite.prepare<[string], { id: string }>('select id from reservations where expires_at <= ?');

  return {
    /** Holds `amounts` on each counter; call inside the admission transaction. */
    create(ledger: Ledger, virtualKeyId: string | null, counters: CounterRef[], amounts: Amounts, now: Date): string {
      const id = randomUUID();
      insertReservation.run(id, virtualKeyId, now.toISOString(), new Date(now.getTime() + RESERVATION_TTL_MS).toISOString());
      for (const ref of counters) {
        ledger.hold(ref, amounts, 1);
        const budgetId = ref.kind === 'budget' ? ref.id : null;
        const rateLimitId = ref.kind === 'rate_limit' ? ref.id : null;
        insertHold.run(id, budgetId, rateLimitId, budgetId ? amounts.cost : 0, rateLimitId ? amounts.tokens : 0, rateLimitId ? amounts.requests : 0);
      }
      return id;
    },

    /** Gives a reservation's headroom back; unknown or already released ids are a no-op. */
    release(ledger: Ledger, id: string): void {
      for (const hold of selectHolds.all(id)) {
        const ref: CounterRef = hold.budget_id
          ? { kind: 'budget', id: hold.budget_id }
          : { kind: 'rate_limit', id: hold.rate_limit_id! };
        ledger.hold(ref, { cost: hold.amount, tokens: hold.tokens, requests: hold.requests }, -1);
      }
      deleteReservation.run(id);
    },

    expiredIds(now: Date): string[] {
      return selectExpired.all(now.toISOString()).map((row) => row.id);
    },
  };
}
