// The whole governance model of spec §1: owners, their budgets and rate limits, providers and keys,
// MCP access, model configs, routing rules, pricing overrides and business units.
// Frozen in time: no application imports, `Kysely<any>` as migrations must not depend on app types.
import { type Kysely, sql } from 'kysely';

// any: a migration is frozen in time and must not depend on the application's Database type.
type AnyDb = Kysely<any>;

const PROVIDER_CATALOG = [
  'openai', 'anthropic', 'azure', 'bedrock', 'vertex', 'gemini', 'cohere', 'mistral', 'groq', 'ollama',
  'openrouter', 'perplexity', 'cerebras', 'xai', 'huggingface', 'elevenlabs', 'nebius', 'parasail', 'sgl',
];

// Every owner a budget or rate limit can hang off; exactly one is set per row (CHECK below).
const OWNER_COLUMNS = [
  'customer_id', 'team_id', 'virtual_key_id', 'provider_config_id', 'model_config_id', 'provider_id',
  'business_unit_id',
] as const;

const ownerCheck = sql.raw(
  `(${OWNER_COLUMNS.map((c) => `(${c} IS NOT NULL)`).join(' + ')}) = 1`,
);

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('business_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_id', 'text')
    .addColumn('profile', 'text')
    .addColumn('config', 'text')
    .addColumn('claims', 'text')
    .addColumn('config_hash', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('business_unit_id', 'text', (c) => c.references('business_units.id').onDelete('set null'))
    .addColumn('calendar_aligned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('config_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('profile', 'text')
    .addColumn('config', 'text')
    .addColumn('claims', 'text')
    .addColumn('calendar_aligned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('config_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('virtual_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('value', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('calendar_aligned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('config_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('virtual_keys_single_parent', sql`team_id IS NULL OR customer_id IS NULL`)
    .execute();

  await db.schema
    .createTable('providers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  let keys = db.schema
    .createTable('provider_keys')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key_id', 'text', (c) => c.notNull().unique())
    .addColumn('provider_id', 'integer', (c) => c.notNull().references('providers.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // EnvVar columns hold JSON `{"value","env_var","from_env"}`.
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('models', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('use_for_batch_api', 'integer', (c) => c.notNull().defaultTo(0));
  for (const extra of [
    'azure_endpoint', 'azure_api_version', 'azure_client_id', 'azure_client_secret', 'azure_tenant_id',
    'vertex_project_id', 'vertex_project_number', 'vertex_region', 'vertex_auth_credentials',
    'bedrock_access_key', 'bedrock_secret_key', 'bedrock_session_token', 'bedrock_region', 'bedrock_arn',
  ]) {
    keys = keys.addColumn(extra, 'text');
  }
  await keys
    .addColumn('config_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('provider_keys_provider_name', ['provider_id', 'name'])
    .execute();

  await db.schema
    .createTable('provider_configs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('virtual_key_id', 'text', (c) => c.notNull().references('virtual_keys.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('weight', 'real')
    .addColumn('allowed_models', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('allow_all_keys', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('provider_configs_vk_provider', ['virtual_key_id', 'provider'])
    .execute();

  await db.schema
    .createTable('provider_config_keys')
    .addColumn('provider_config_id', 'integer', (c) =>
      c.notNull().references('provider_configs.id').onDelete('cascade'))
    .addColumn('provider_key_id', 'integer', (c) => c.notNull().references('provider_keys.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('provider_config_keys_pk', ['provider_config_id', 'provider_key_id'])
    .execute();

  await db.schema
    .createTable('mcp_clients')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mcp_configs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('virtual_key_id', 'text', (c) => c.notNull().references('virtual_keys.id').onDelete('cascade'))
    .addColumn('mcp_client_id', 'integer', (c) => c.notNull().references('mcp_clients.id').onDelete('cascade'))
    .addColumn('tools_to_execute', 'text', (c) => c.notNull().defaultTo('[]'))
    .addUniqueConstraint('mcp_configs_vk_client', ['virtual_key_id', 'mcp_client_id'])
    .execute();

  await db.schema
    .createTable('model_configs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('model_name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('global'))
    .addColumn('scope_id', 'text')
    .addColumn('calendar_aligned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // NULL provider / scope_id must collide too, so the identity index uses coalesced expressions.
  await sql`CREATE UNIQUE INDEX model_configs_identity ON model_configs
    (model_name, coalesce(provider, ''), scope, coalesce(scope_id, ''))`.execute(db);

  for (const table of ['budgets', 'rate_limits'] as const) {
    let builder = db.schema.createTable(table).addColumn('id', 'text', (c) => c.primaryKey());
    if (table === 'budgets') {
      builder = builder
        .addColumn('max_limit', 'real', (c) => c.notNull())
        .addColumn('reset_duration', 'text', (c) => c.notNull())
        .addColumn('current_usage', 'real', (c) => c.notNull().defaultTo(0))
        .addColumn('last_reset', 'text', (c) => c.notNull());
    } else {
      builder = builder
        .addColumn('token_max_limit', 'integer')
        .addColumn('token_reset_duration', 'text')
        .addColumn('token_current_usage', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('token_last_reset', 'text', (c) => c.notNull())
        .addColumn('request_max_limit', 'integer')
        .addColumn('request_reset_duration', 'text')
        .addColumn('request_current_usage', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('request_last_reset', 'text', (c) => c.notNull());
    }
    // Mirrors the owner's calendar_aligned flag (spec §3.5) so resets need no join.
    builder = builder
      .addColumn('calendar_aligned', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('config_hash', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('cascade'))
      .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
      .addColumn('virtual_key_id', 'text', (c) => c.references('virtual_keys.id').onDelete('cascade'))
      .addColumn('provider_config_id', 'integer', (c) => c.references('provider_configs.id').onDelete('cascade'))
      .addColumn('model_config_id', 'text', (c) => c.references('model_configs.id').onDelete('cascade'))
      .addColumn('provider_id', 'integer', (c) => c.references('providers.id').onDelete('cascade'))
      .addColumn('business_unit_id', 'text', (c) => c.references('business_units.id').onDelete('cascade'))
      .addCheckConstraint(`${table}_one_owner`, ownerCheck);
    await builder.execute();

    const multiBudgetOwners = new Set(['virtual_key_id', 'provider_config_id', 'model_config_id']);
    for (const owner of OWNER_COLUMNS) {
      const multi = table === 'budgets' && multiBudgetOwners.has(owner);
      // Single-budget owners and every rate-limit owner hold at most one row; multi-budget owners
      // hold at most one row per reset_duration (spec §4.2).
      await db.schema
        .createIndex(`${table}_${owner}`)
        .on(table)
        .columns(multi ? [owner, 'reset_duration'] : [owner])
        .unique()
        .where(sql.ref(owner), 'is not', null)
        .execute();
    }
  }

  await db.schema
    .createTable('routing_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('chain_rule', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cel_expression', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('fallbacks', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('global'))
    .addColumn('scope_id', 'text')
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('query', 'text')
    .addColumn('config_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('routing_targets')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('rule_id', 'text', (c) => c.notNull().references('routing_rules.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('model', 'text')
    .addColumn('key_id', 'text')
    .addColumn('weight', 'real', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pricing_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('virtual_key_id', 'text', (c) => c.references('virtual_keys.id').onDelete('cascade'))
    .addColumn('provider_id', 'text')
    .addColumn('provider_key_id', 'text')
    .addColumn('match_type', 'text', (c) => c.notNull())
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('request_types', 'text', (c) => c.notNull())
    .addColumn('pricing_patch', 'text', (c) => c.notNull())
    .addColumn('config_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // An index on every foreign key and every filter column.
  const indexes: Array<[string, string, string[]]> = [
    ['customers', 'business_unit_id', ['business_unit_id']],
    ['customers', 'created', ['created_at', 'id']],
    ['teams', 'customer_id', ['customer_id']],
    ['teams', 'created', ['created_at', 'id']],
    ['virtual_keys', 'team_id', ['team_id']],
    ['virtual_keys', 'customer_id', ['customer_id']],
    ['virtual_keys', 'is_active', ['is_active']],
    ['virtual_keys', 'created', ['created_at', 'id']],
    ['provider_keys', 'provider_id', ['provider_id']],
    ['provider_configs', 'virtual_key_id', ['virtual_key_id']],
    ['provider_configs', 'provider', ['provider']],
    ['provider_config_keys', 'provider_key_id', ['provider_key_id']],
    ['mcp_configs', 'virtual_key_id', ['virtual_key_id']],
    ['mcp_configs', 'mcp_client_id', ['mcp_client_id']],
    ['model_configs', 'scope', ['scope', 'scope_id']],
    ['model_configs', 'model', ['model_name', 'provider']],
    ['model_configs', 'created', ['created_at', 'id']],
    ['routing_rules', 'scope', ['scope', 'scope_id']],
    ['routing_rules', 'created', ['created_at', 'id']],
    ['routing_targets', 'rule_id', ['rule_id', 'position']],
    ['pricing_overrides', 'virtual_key_id', ['virtual_key_id']],
    ['pricing_overrides', 'scope', ['scope_kind', 'provider_id', 'provider_key_id']],
    ['pricing_overrides', 'created', ['created_at', 'id']],
    ['business_units', 'created', ['created_at', 'id']],
  ];
  for (const [table, name, columns] of indexes) {
    await db.schema.createIndex(`${table}_${name}_idx`).on(table).columns(columns).execute();
  }

  const now = new Date().toISOString();
  await db
    .insertInto('providers')
    .values(PROVIDER_CATALOG.map((name) => ({ name, created_at: now, updated_at: now })))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'pricing_overrides', 'routing_targets', 'routing_rules', 'rate_limits', 'budgets', 'model_configs',
    'mcp_configs', 'mcp_clients', 'provider_config_keys', 'provider_configs', 'provider_keys', 'providers',
    'virtual_keys', 'teams', 'customers', 'business_units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
