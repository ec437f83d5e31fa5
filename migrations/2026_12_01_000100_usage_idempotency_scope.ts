// Idempotency keys of usage events belong to the credential that reported them, and each keeps a
// hash of the event it first named, so that reusing a key for another event is told apart from a
// retry. SQLite cannot change a primary key in place: the table is rebuilt. Existing rows become the
// admin's (the only credential that could report usage) with no hash: a retry of one is a duplicate.
// Frozen in time: no application imports.
import { type CreateTableBuilder, type Kysely, type RawBuilder, sql } from 'kysely';

// any: a migration is frozen in time and must not depend on the application's Database type.
type AnyDb = Kysely<any>;

const REBUILT = 'usage_events_rebuilt';
const COPIED = sql.raw(
  'idempotency_key, virtual_key_id, provider, model, request_type, input_tokens, output_tokens, cost, occurred_at, recorded_at, reservation_id',
);

async function createEventsTable(db: AnyDb, scoped: boolean): Promise<void> {
  // Column names as plain strings: the builder is extended step by step, in two shapes.
  let table: CreateTableBuilder<string, string> = db.schema.createTable(REBUILT);
  if (scoped) table = table.addColumn('credential', 'text', (c) => c.notNull());
  table = table
    .addColumn('idempotency_key', 'text', (c) => (scoped ? c.notNull() : c.primaryKey()))
    .addColumn('virtual_key_id', 'text')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('request_type', 'text', (c) => c.notNull())
    .addColumn('input_tokens', 'integer', (c) => c.notNull())
    .addColumn('output_tokens', 'integer', (c) => c.notNull())
    .addColumn('cost', 'real', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('reservation_id', 'text');
  if (scoped) table = table.addColumn('request_hash', 'text').addPrimaryKeyConstraint('usage_events_pk', ['credential', 'idempotency_key']);
  await table.execute();
}

/** Swaps usage_events for a table of the other shape, filled by `copy`. */
async function rebuildEvents(db: AnyDb, scoped: boolean, copy: RawBuilder<unknown>): Promise<void> {
  await createEventsTable(db, scoped);
  await copy.execute(db);
  await db.schema.dropTable('usage_events').execute();
  await db.schema.alterTable(REBUILT).renameTo('usage_events').execute();
  await db.schema.createIndex('usage_events_vk_idx').on('usage_events').columns(['virtual_key_id', 'occurred_at']).execute();
}

export async function up(db: AnyDb): Promise<void> {
  await rebuildEvents(
    db,
    true,
    sql`insert into ${sql.table(REBUILT)} (credential, ${COPIED}, request_hash) select 'admin', ${COPIED}, null from usage_events`,
  );
}

export async function down(db: AnyDb): Promise<void> {
  // Unscoped, keys of different credentials may collide: the first one recorded is kept.
  await rebuildEvents(
    db,
    false,
    sql`insert or ignore into ${sql.table(REBUILT)} (${COPIED}) select ${COPIED} from usage_events order by recorded_at`,
  );
}
