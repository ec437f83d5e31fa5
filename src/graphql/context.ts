// Per-request context: the database, the clock and who is calling. Loaders live in the dataloader
// plugin's per-context cache, so every request (and every subscription event) starts with fresh ones.
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { UsageEngine } from '../usage/engine.js';
import type { UsagePubSub } from '../usage/pubsub.js';

export type Viewer =
  | { kind: 'admin' }
  | { kind: 'virtualKey'; value: string }
  | { kind: 'anonymous'; reason: 'missing' | 'invalid' };

export interface GraphQLContext {
  db: Kysely<Database>;
  clock: Clock;
  viewer: Viewer;
  usage: UsageEngine;
  pubsub: UsagePubSub;
}
