import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { fixedClock } from './src/clock.js';
import { migrateToLatest } from './src/db/migrate.js';
import { openDatabase } from './src/db/open.js';
import { createApp } from './src/server.js';
import { seedHierarchy } from './test/helpers/hierarchy.js';
const q = `query { customers(first: 100000) { edges { node { id name budget { id maxLimit resetDuration currentUsage lastReset } rateLimit { id tokenMaxLimit requestMaxLimit }
 teams { id name budget { id maxLimit } rateLimit { id tokenMaxLimit } virtualKeys { id name value isActive budgets { id maxLimit } rateLimit { id requestMaxLimit }
 providerConfigs { id provider weight allowedModels budgets { id maxLimit } rateLimit { id tokenMaxLimit } keys { keyId name value { value envVar fromEnv } } } } } } } } }`;
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const database = openDatabase({ path: join(dir, 'b.db') });
await migrateToLatest(database.db);
seedHierarchy(database.sqlite, { customers: 200, teamsPerCustomer: 5, keysPerTeam: 4, configsPerKey: 2, providerKeysPerConfig: 2 });
const app = createApp({ db: database.db, sqlite: database.sqlite, clock: fixedClock('2026-03-17T12:00:00Z'), adminToken: 'b' });
const body = JSON.stringify({ query: q });
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  const r = await app.fetch('http://b/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer b' }, body });
  const text = await r.text();
  console.log(i, (performance.now() - t0).toFixed(0), 'ms', text.length);
}
await database.close();
