// Reservations: headroom held on every counter a request would charge, from admission until the
// usage report settles it or it expires (spec §9.2).
import { randomUUID } from 'node:crypto';
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import type { CounterRef } from './attribution.js';
import type { Amounts, Ledger } from './ledger.js';

export const RESERVATION_TTL_MS = 5 * 60_000;

interface Reservation {
  id: string;
  virtualKeyId: string | null;
  createdAt: string;
  expiresAt: string;
}

interface Hold {
  reservationId: string;
  budgetId: string | null;
  rateLimitId: string | null;
  amount: number;
  tokens: number;
  requests: number;
}

export type Reservations = ReturnType<typeof prepareReservations>;

export function prepareReservations(statements: SqliteStatements) {
  const insertReservation = statements.prepare((p: Reservation, db) =>
    db.insertInto('reservations').values({ id: p.id, virtual_key_id: p.virtualKeyId, created_at: p.createdAt, expires_at: p.expiresAt }),
  );
  const insertHold = statements.prepare((p: Hold, db) =>
    db.insertInto('reservation_holds').values({
      reservation_id: p.reservationId, budget_id: p.budgetId, rate_limit_id: p.rateLimitId,
      amount: p.amount, tokens: p.tokens, requests: p.requests,
    }),
  );
  const selectHolds = statements.prepare((p: { id: string }, db) =>
    db.selectFrom('reservation_holds')
      .select(['budget_id', 'rate_limit_id', 'amount', 'tokens', 'requests'])
      .where('reservation_id', '=', p.id),
  );
  const deleteReservation = statements.prepare((p: { id: string }, db) => db.deleteFrom('reservations').where('id', '=', p.id));
  const selectExpired = statements.prepare((p: { now: string }, db) =>
    db.selectFrom('reservations').select('id').where('expires_at', '<=', p.now),
  );

  return {
    /** Holds `amounts` on each counter; call inside the admission transaction. */
    create(ledger: Ledger, virtualKeyId: string | null, counters: CounterRef[], amounts: Amounts, now: Date): string {
      const id = randomUUID();
      const expiresAt = new Date(now.getTime() + RESERVATION_TTL_MS).toISOString();
      insertReservation.run({ id, virtualKeyId, createdAt: now.toISOString(), expiresAt });
      for (const ref of counters) {
        ledger.hold(ref, amounts, 1);
        const budgetId = ref.kind === 'budget' ? ref.id : null;
        const rateLimitId = ref.kind === 'rate_limit' ? ref.id : null;
        insertHold.run({
          reservationId: id, budgetId, rateLimitId,
          amount: budgetId ? amounts.cost : 0, tokens: rateLimitId ? amounts.tokens : 0, requests: rateLimitId ? amounts.requests : 0,
        });
      }
      return id;
    },

    /** Gives a reservation's headroom back; unknown or already released ids are a no-op. */
    release(ledger: Ledger, id: string): void {
      for (const hold of selectHolds.all({ id })) {
        const ref: CounterRef = hold.budget_id
          ? { kind: 'budget', id: hold.budget_id }
          : { kind: 'rate_limit', id: hold.rate_limit_id! };
        ledger.hold(ref, { cost: hold.amount, tokens: hold.tokens, requests: hold.requests }, -1);
      }
      deleteReservation.run({ id });
    },

    expiredIds(now: Date): string[] {
      return selectExpired.all({ now: now.toISOString() }).map((row) => row.id);
    },
  };
}
