// Recording completed requests: a batch is one SQLite transaction; each new idempotency key (of the
// reporting credential) charges every counter of its attribution, repeated events are counted once,
// a key reused for another event refuses the batch, and changes are published only after the commit.
// An event naming a virtual key that no longer exists is left out and reported back; the rest of its
// batch is charged.
import type { UsageEventTable } from '../db/database.js';
import { bareModel, type UsageEvent } from '../domain/usage.js';
import type { UsageDependencies } from './dependencies.js';
import type { UsageRecorded } from './events.js';
import { eventHash, prepareRecordedKeys } from './idempotency.js';
import { Ledger, prepareThresholdInsert, publishChanges } from './ledger.js';

/** An event of a batch that was not charged, and why. */
export interface RejectedEvent {
  /** Its position in the batch, from 0. */
  index: number;
  idempotencyKey: string;
  /** The input field at fault, e.g. `events.3.virtualKey`. */
  field: string;
  message: string;
}

export interface RecordResult {
  accepted: number;
  duplicates: number;
  rejected: RejectedEvent[];
}

const unknownKey = (event: UsageEvent, index: number): RejectedEvent => ({
  index,
  idempotencyKey: event.idempotencyKey,
  field: `events.${index}.virtualKey`,
  message: 'virtual key not found (unknown or deleted): this event was not charged',
});

export function createRecorder({ statements, clock, counters, transaction, attribution, reservations, pricing, publisher }: UsageDependencies) {
  const insertEvent = statements.prepare((p: UsageEventTable, db) =>
    db.insertInto('usage_events')
      .values({
        credential: p.credential, idempotency_key: p.idempotency_key, virtual_key_id: p.virtual_key_id, provider: p.provider,
        model: p.model, request_type: p.request_type, input_tokens: p.input_tokens, output_tokens: p.output_tokens,
        cost: p.cost, occurred_at: p.occurred_at, recorded_at: p.recorded_at, reservation_id: p.reservation_id,
        request_hash: p.request_hash,
      })
      .onConflict((conflict) => conflict.columns(['credential', 'idempotency_key']).doNothing()),
  );
  const recordedKeys = prepareRecordedKeys(statements);
  const thresholdInsert = prepareThresholdInsert(statements);

  const recordInTransaction = transaction((events: UsageEvent[], credential: string, now: Date) => {
    const ledger = new Ledger(counters, thresholdInsert, now);
    const recorded: UsageRecorded[] = [];
    const rejected: RejectedEvent[] = [];
    const at = now.toISOString();
    let duplicates = 0;
    const targets = events.map((event) => attribution.resolve(event.virtualKey, event.provider, event.model));
    ledger.preload(targets.flatMap((target) => (target === 'unknown_key' ? [] : [target.counters])));
    events.forEach((event, index) => {
      const hash = eventHash(event);
      const target = targets[index]!;
      if (target === 'unknown_key') {
        // An event recorded while its virtual key still existed is a retry, not a rejection.
        if (recordedKeys.isDuplicate(credential, event, hash, index)) duplicates += 1;
        else rejected.push(unknownKey(event, index));
        return;
      }
      const tokens = event.inputTokens + event.outputTokens;
      const virtualKeyId = target.virtualKey?.id ?? null;
      const cost = pricing.costOf(event, virtualKeyId);
      // Inserted first: a new key (the usual case) costs no lookup; a used one is compared after.
      const inserted = insertEvent.run({
        credential, idempotency_key: event.idempotencyKey, virtual_key_id: virtualKeyId, provider: event.provider,
        model: bareModel(event.model, event.provider), request_type: event.requestType, input_tokens: event.inputTokens,
        output_tokens: event.outputTokens, cost, occurred_at: event.timestamp ?? at, recorded_at: at,
        reservation_id: event.reservationId ?? null, request_hash: hash,
      }) > 0;
      if (!inserted) {
        // The key was taken: by the same event (a duplicate) or by another, which refuses the batch.
        if (recordedKeys.isDuplicate(credential, event, hash, index)) duplicates += 1;
        return;
      }
      if (event.reservationId) reservations.release(ledger, event.reservationId);
      for (const ref of target.counters) ledger.charge(ref, { cost, tokens, requests: 1 });
      recorded.push({
        idempotencyKey: event.idempotencyKey, virtualKeyId, provider: event.provider, model: event.model,
        cost, tokens, at,
      });
    });
    return { changes: ledger.flush(), recorded, duplicates, rejected };
  });

  return {
    /**
     * Charges a batch reported by `credential` (whose idempotency keys they are); resolves once it is
     * durable (committed). Events it cannot attribute are returned, not charged.
     */
    record(events: UsageEvent[], credential: string): RecordResult {
      const { changes, recorded, duplicates, rejected } = recordInTransaction(events, credential, clock.now());
      publishChanges(publisher, changes);
      for (const event of recorded) publisher.publish('usage:recorded', event);
      return { accepted: recorded.length, duplicates, rejected };
    },
  };
}
