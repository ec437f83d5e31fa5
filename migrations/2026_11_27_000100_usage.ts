// Usage engine state: each window's end (so resets are found by index), reserved headroom on every
// counter, recorded usage events (idempotency), reservations and their holds, budget thresholds.
// Frozen in time: no application imports.
import { type Kysely, sql } from 'kysely';

// any: a migration is frozen in time and must not depend on the application's Database type.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('budgets').addColumn('reserved', 'real', (c) => c.notNull().defaultTo(0)).execute();
  // Filled by the application for existing rows at start-up (see src/usage/windows.ts); null = unknown yet.
  await db.schema.alterTable('budgets').addColumn('window_end', 'text').execute();
  for (const counter of ['token', 'request']) {
    await db.schema
      .alterTable('rate_limits')
      .addColumn(`${counter}_reserved`, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('rate_limits').addColumn(`${counter}_window_end`, 'text').execute();
  }
  await db.schema.createIndex('budgets_window_end_idx').on('budgets').column('window_end').execute();
  await db.schema.createIndex('rate_limits_token_window_end_idx').on('rate_limits').column('token_window_end').execute();
  await db.schema
    .createIndex('rate_limits_request_window_end_idx')
    .on('rate_limits')
    .column('request_window_end')
    .execute();

  await db.schema
    .createTable('usage_events')
    .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
    .addColumn('virtual_key_id', 'text')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('request_type', 'text', (c) => c.notNull())
    .addColumn('input_tokens', 'integer', (c) => c.notNull())
    .addColumn('output_tokens', 'integer', (c) => c.notNull())
    .addColumn('cost', 'real', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('reservation_id', 'text')
    .execute();
  await db.schema.createIndex('usage_events_vk_idx').on('usage_events').columns(['virtual_key_id', 'occurred_at']).execute();

  await db.schema
    .createTable('reservations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('virtual_key_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reservations_expires_idx').on('reservations').column('expires_at').execute();

  await db.schema
    .createTable('reservation_holds')
    .addColumn('reservation_id', 'text', (c) => c.notNull().references('reservations.id').onDelete('cascade'))
    .addColumn('budget_id', 'text', (c) => c.references('budgets.id').onDelete('cascade'))
    .addColumn('rate_limit_id', 'text', (c) => c.references('rate_limits.id').onDelete('cascade'))
    .addColumn('amount', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('tokens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requests', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('reservation_holds_one_counter', sql`(budget_id IS NULL) <> (rate_limit_id IS NULL)`)
    .execute();
  await db.schema.createIndex('reservation_holds_reservation_idx').on('reservation_holds').column('reservation_id').execute();
  await db.schema.createIndex('reservation_holds_budget_idx').on('reservation_holds').column('budget_id').execute();
  await db.schema.createIndex('reservation_holds_rate_limit_idx').on('reservation_holds').column('rate_limit_id').execute();

  await db.schema
    .createTable('budget_thresholds')
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budgets.id').onDelete('cascade'))
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('crossed_at', 'text', (c) => c.notNull())
    .addColumn('usage', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('budget_thresholds_pk', ['budget_id', 'period_start', 'percent'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['budget_thresholds', 'reservation_holds', 'reservations', 'usage_events']) {
    await db.schema.dropTable(table).execute();
  }
  for (const index of ['budgets_window_end_idx', 'rate_limits_token_window_end_idx', 'rate_limits_request_window_end_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.alterTable('budgets').dropColumn('reserved').execute();
  await db.schema.alterTable('budgets').dropColumn('window_end').execute();
  for (const column of ['token_reserved', 'token_window_end', 'request_reserved', 'request_window_end']) {
    await db.schema.alterTable('rate_limits').dropColumn(column).execute();
  }
}
