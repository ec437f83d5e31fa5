// Recording completed requests: a batch is one SQLite transaction; each new idempotency key (of the
// reporting credential) charges every counter of its attribution, repeated events are counted once,
// a key reused for another event refuses the batch, and changes are published only after the commit.
// An event naming a virtual key that no longer exists is left out and reported back; the rest of its
// batch is charged.
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

export function createRecorder({ sqlite, clock, counters, attribution, reservations, pricing, publisher }: UsageDependencies) {
  const insertEvent = sqlite.prepare<
    [string, string, string | null, string, string, string, number, number, number, string, string, string | null, string]
  >(
    `insert into usage_events (credential, idempotency_key, virtual_key_id, provider, model, request_type,
       input_tokens, output_tokens, cost, occurred_at, recorded_at, reservation_id, request_hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (credential, idempotency_key) do nothing`,
  );
  const recordedKeys = prepareRecordedKeys(sqlite);
  const thresholdInsert = prepareThresholdInsert(sqlite);

  const recordInTransaction = counters.transaction((events: UsageEvent[], credential: string, now: Date) => {
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
      const inserted = insertEvent.run(
        credential, event.idempotencyKey, virtualKeyId, event.provider, bareModel(event.model, event.provider), event.requestType,
        event.inputTokens, event.outputTokens, cost, event.timestamp ?? at, at, event.reservationId ?? null, hash,
      ).changes > 0;
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
