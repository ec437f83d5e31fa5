// The usage engine: admission, recording and resets wired over one SQLite connection. Its
// synchronous transactions run while holding Kysely's connection, so they never interleave with
// (or nest inside) a Kysely transaction that is awaiting between statements.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { AdmissionRequest, UsageEvent } from '../domain/usage.js';
import { type AdmissionResult, createAdmission } from './admission.js';
import { createAttributionResolver } from './attribution.js';
import { prepareCounterStatements } from './counters.js';
import { silentPublisher, type UsagePublisher } from './events.js';
import { createRecorder, type RecordResult } from './recorder.js';
import { prepareReservations } from './reservations.js';
import { createResetSweep, scheduleSweeps } from './scheduler.js';

export interface UsageEngineOptions {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  clock: Clock;
  publisher?: UsagePublisher;
}

export interface UsageEngine {
  check(request: AdmissionRequest): Promise<AdmissionResult>;
  record(events: UsageEvent[]): Promise<RecordResult>;
  /** Persists every ended window now (the scheduler calls this every second). */
  sweep(): Promise<number>;
  /** Governance changed: cached attributions are stale. */
  invalidate(): void;
  startScheduler(): void;
  stopScheduler(): void;
}

export function createUsageEngine({ db, sqlite, clock, publisher = silentPublisher }: UsageEngineOptions): UsageEngine {
  const counters = prepareCounterStatements(sqlite);
  const attribution = createAttributionResolver(sqlite);
  const reservations = prepareReservations(sqlite);
  const deps = { sqlite, clock, counters, attribution, reservations, publisher };
  const admission = createAdmission(deps);
  const recorder = createRecorder(deps);
  const resets = createResetSweep(deps);
  let schedule: { stop(): void } | null = null;

  const exclusive = <T>(work: () => T): Promise<T> => db.connection().execute(async () => work());
  const sweep = () => exclusive(() => resets.sweep());

  return {
    check: (request) => exclusive(() => admission.check(request)),
    record: (events) => exclusive(() => recorder.record(events)),
    sweep,
    invalidate: () => attribution.invalidate(),
    startScheduler() {
      schedule ??= scheduleSweeps(sweep);
    },
    stopScheduler() {
      schedule?.stop();
      schedule = null;
    },
  };
}
