// Recording completed requests: a batch is one SQLite transaction; each new idempotency key charges
// every counter of its attribution, repeated keys are counted once, and changes are published only
// after the commit.
import { ValidationError } from '../domain/errors.js';
import { bareModel, type UsageEvent } from '../domain/usage.js';
import type { UsageDependencies } from './dependencies.js';
import type { UsageRecorded } from './events.js';
import { Ledger, prepareThresholdInsert, publishChanges } from './ledger.js';

export interface RecordResult {
  accepted: number;
  duplicates: number;
}


export function createRecorder({ sqlite, clock, counters, attribution, reservations, pricing, publisher }: UsageDependencies) {
  const insertEvent = sqlite.prepare<
    [string, string | null, string, string, string, number, number, number, string, string, string | null]
  >(
    `insert or ignore into usage_events (idempotency_key, virtual_key_id, provider, model, request_type,
       input_tokens, output_tokens, cost, occurred_at, recorded_at, reservation_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const thresholdInsert = prepareThresholdInsert(sqlite);

  const recordInTransaction = counters.transaction((events: UsageEvent[], now: Date) => {
    const ledger = new Ledger(counters, thresholdInsert, now);
    const recorded: UsageRecorded[] = [];
    const at = now.toISOString();
    let duplicates = 0;
    const targets = events.map((event, index) => {
      const target = attribution.resolve(event.virtualKey, event.provider, event.model);
      if (target === 'unknown_key') {
        throw new ValidationError(`unknown virtual key in event ${index}`, `events.${index}.virtualKey`);
      }
      return target;
    });
    ledger.preload(targets.map((target) => target.counters));
    events.forEach((event, index) => {
      const target = targets[index]!;
      const tokens = event.inputTokens + event.outputTokens;
      const virtualKeyId = target.virtualKey?.id ?? null;
      const cost = pricing.costOf(event, virtualKeyId);
      const inserted = insertEvent.run(
        event.idempotencyKey, virtualKeyId, event.provider, bareModel(event.model, event.provider), event.requestType,
        event.inputTokens, event.outputTokens, cost, event.timestamp ?? at, at, event.reservationId ?? null,
      );
      if (inserted.changes === 0) {
        duplicates += 1;
        return;
      }
      if (event.reservationId) reservations.release(ledger, event.reservationId);
      for (const ref of target.counters) ledger.charge(ref, { cost, tokens, requests: 1 });
      recorded.push({
        idempotencyKey: event.idempotencyKey, virtualKeyId, provider: event.provider, model: event.model,
        cost, tokens, at,
      });
    });
    return { changes: ledger.flush(), recorded, duplicates };
  });

  return {
    /** Charges a batch; resolves once it is durable (committed). A bad event rejects the whole batch. */
    record(events: UsageEvent[]): RecordResult {
      const { changes, recorded, duplicates } = recordInTransaction(events, clock.now());
      publishChanges(publisher, changes);
      for (const event of recorded) publisher.publish('usage:recorded', event);
      return { accepted: recorded.length, duplicates };
    },
  };
}
