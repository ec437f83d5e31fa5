// P5: what the REST layer costs over HTTP: PUT /api/governance/customers/{id} with a nested budget
// against the very GraphQL operation that route runs (RestUpdateCustomer), posted to /graphql.
import { print } from 'graphql';
import { fixedClock } from '../src/clock.js';
import { customerRoutes } from '../src/rest/routes/customers.js';
import { type App, createApp } from '../src/server.js';
import { seedHierarchy } from '../test/helpers/hierarchy.js';
import { ADMIN_TOKEN, BENCH_NOW, benchFolder } from './fixture.js';
import { type LoadClient, type LoadRequest, startLoadClient } from './http-load.js';
import { alternateSamples, percentile, report } from './measure.js';

const CUSTOMERS = 100;
const REQUESTS_PER_BLOCK = 100;
const ROUNDS = 10;

export async function runRestOverheadBench(): Promise<void> {
  const folder = benchFolder('p5');
  let app: App | null = null;
  let client: LoadClient | null = null;
  try {
    const database = await folder.open('service');
    // REST documents run server-side past the query limits, and the customer reply (teams, their keys,
    // configs and provider keys) is deeper than /graphql accepts by default: the depth is raised so
    // both sides can run the same selection.
    app = createApp({
      db: database.db, sqlite: database.sqlite, clock: fixedClock(BENCH_NOW), adminToken: ADMIN_TOKEN,
      queryLimits: { maxDepth: 32 },
    });
    // Each customer shows a small tree in its reply (a team, its keys and their provider configs).
    seedHierarchy(database.sqlite, { customers: CUSTOMERS, teamsPerCustomer: 1, keysPerTeam: 2, configsPerKey: 1, providerKeysPerConfig: 1 }, BENCH_NOW);
    const ids = database.sqlite.prepare<[], { id: string }>('select id from customers order by id').all().map((row) => row.id);
    // Sending the route's own document keeps both sides selecting exactly the same fields.
    const update = customerRoutes.find((route) => route.method === 'PUT' && route.path === '/customers/{customer_id}');
    if (!update) throw new Error('P5: no PUT /customers/{customer_id} route');
    const query = print(update.document);

    const port = await app.start(0);
    client = await startLoadClient();
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` };
    // Two passes over the customers with different limits, so every update changes the stored budget.
    const changes = [200, 300].flatMap((maxLimit) => ids.map((id) => ({ id, maxLimit })));
    const rest: LoadRequest[] = changes.map(({ id, maxLimit }) => ({
      method: 'PUT', path: `/api/governance/customers/${id}`, headers,
      body: JSON.stringify({ budget: { max_limit: maxLimit, reset_duration: '1M' } }),
    }));
    const graphQL: LoadRequest[] = changes.map(({ id, maxLimit }) => ({
      method: 'POST', path: '/graphql', headers,
      body: JSON.stringify({ query, variables: { id, input: { budget: { maxLimit, resetDuration: '1M' } } } }),
    }));
    await client.define('rest', port, rest, '"error"');
    await client.define('graphql', port, graphQL, '"errors"');
    const loaded = client;
    // One request in flight: each write is a transaction on the one connection, and latency is the point.
    const block = (name: string) => () => loaded.run(name, REQUESTS_PER_BLOCK, 1);
    const samples = await alternateSamples({ rest: block('rest'), graphql: block('graphql') }, ROUNDS);

    const ms = (samples: number[], p: number) => `${(percentile(samples, p) / 1000).toFixed(2)} ms`;
    report(`P5 REST overhead (PUT a customer's nested budget, ${samples.rest.length.toLocaleString('en-US')} requests each, sequential, keep-alive)`, {
      'REST PUT': `median ${ms(samples.rest, 50)}, p99 ${ms(samples.rest, 99)}`,
      'GraphQL updateCustomer': `median ${ms(samples.graphql, 50)}, p99 ${ms(samples.graphql, 99)}`,
      'REST/GraphQL (target ≤ 1.1×)': `${(percentile(samples.rest, 50) / percentile(samples.graphql, 50)).toFixed(2)}× (medians)`,
    });
  } finally {
    await client?.close();
    await app?.stop();
    await folder.close();
  }
}
