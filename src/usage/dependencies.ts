// What the usage engine's parts share: the statements, the clock, the prepared counters and
// reservations, attribution and pricing, and where changes are published.
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
}
