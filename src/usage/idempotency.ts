// Idempotency of usage reports: a key belongs to the credential that reported it and stands for one
// event. Re-sending that event is a duplicate; naming another event with the key is a conflict,
// which refuses the whole batch. Events are compared by a hash of their normalized fields, kept
// with the key.
import { createHash } from 'node:crypto';
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import { ConflictError } from '../domain/errors.js';
import { bareModel, type UsageEvent } from '../domain/usage.js';

/** The event as a stable digest: absent and null alike, the model as it is matched. */
export function eventHash(event: UsageEvent): string {
  const fields = [
    event.virtualKey ?? null, event.provider, bareModel(event.model, event.provider), event.requestType,
    event.inputTokens, event.outputTokens, event.cost, event.timestamp ?? null, event.reservationId ?? null,
    event.providerKeyId ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

function keyReused(event: UsageEvent, index: number): ConflictError {
  return new ConflictError(
    `idempotency_key '${event.idempotencyKey}' was already used for a different event; nothing in this batch was recorded`,
    `events.${index}.idempotencyKey`,
  );
}

export function prepareRecordedKeys(statements: SqliteStatements) {
  const storedHash = statements.prepare((p: { credential: string; key: string }, db) =>
    db.selectFrom('usage_events').select('request_hash').where('credential', '=', p.credential).where('idempotency_key', '=', p.key),
  );
  return {
    /**
     * Whether `credential` already recorded this event's key: true for the same event, false when the
     * key is unused; throws when it was recorded for another event. Keys stored before hashes were
     * kept (null) match any event.
     */
    isDuplicate(credential: string, event: UsageEvent, hash: string, index: number): boolean {
      const stored = storedHash.get({ credential, key: event.idempotencyKey });
      if (!stored) return false;
      if (stored.request_hash !== null && stored.request_hash !== hash) throw keyReused(event, index);
      return true;
    },
  };
}
