// Entry point: configuration, database, migrations, listen; graceful shutdown on SIGTERM/SIGINT.
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { openDatabase } from './db/open.js';
import { createApp } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = openDatabase({ path: config.databasePath });
  await migrateToLatest(database.db);
  const app = createApp({
    db: database.db,
    sqlite: database.sqlite,
    clock: systemClock,
    adminToken: config.adminToken,
    metricsToken: config.metricsToken,
    processMetrics: true,
    maxBodyBytes: config.maxBodyBytes,
    queryLimits: config.queryLimits,
    introspection: config.introspection,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    maxOperationsPerConnection: config.maxOperationsPerConnection,
    maxSubscriptionsPerCredential: config.maxSubscriptionsPerCredential,
    corsOrigins: config.corsOrigins,
  });
  const port = await app.start(config.port, config.host);
  if (config.adminTokenGenerated) {
    console.log(`ADMIN_TOKEN was not set; generated admin token (shown once): ${config.adminToken}`);
  }
  console.log(`governance service listening on http://${config.host}:${port} (GraphQL at /graphql)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and closing the database`);
    try {
      await app.stop();
      await database.close();
      console.log('stopped');
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
