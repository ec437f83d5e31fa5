// What the usage engine's parts share: the statements, the clock, the prepared counters and
// reservations, attribution and pricing, the engine's transactions and where changes are published.
import type { Clock } from '../clock.js';
import type { SqliteStatements } from '../db/sqlite-prepared.js';
import type { AttributionResolver } from './attribution.js';
import type { CounterStatements } from './counters.js';
import type { UsagePublisher } from './events.js';
import type { Pricing } from './pricing.js';
import type { Reservations } from './reservations.js';

export interface UsageDependencies {
  statements: SqliteStatements;
  clock: Clock;
  counters: CounterStatements;
  attribution: AttributionResolver;
  reservations: Reservations;
  pricing: Pricing;
  publisher: UsagePublisher;
  /**
   * `work` as one IMMEDIATE transaction, starting from what every connection committed before it took
   * the write lock; if it rolls back, the counters it saved in memory are forgotten.
   */
  transaction<Args extends unknown[], Result>(work: (...args: Args) => Result): (...args: Args) => Result;
}
