// P3: admission latency. In-process app.usage.check (plain and reserving) against a raw
// better-sqlite3 floor; over HTTP, REST POST /usage/check and GraphQL checkAdmission on the real
// listening server against a hello-world Yoga server, both loaded by the same keep-alive client.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { fixedClock } from '../src/clock.js';
import type { DatabaseHandle } from '../src/db/open.js';
import type { AdmissionRequest } from '../src/domain/usage.js';
import { type App, createApp } from '../src/server.js';
import { graphql } from '../test/gql/index.js';
import { ADMIN_TOKEN, BENCH_NOW, benchFolder, type FloorTarget, floorTargets, seedUsageHierarchy, USAGE_MODEL, USAGE_PROVIDER } from './fixture.js';
import { type LoadClient, type LoadRequest, startLoadClient } from './http-load.js';
import { alternateSamples, percentile, report } from './measure.js';

const CALLS_PER_BLOCK = 1000;
// A reserving check commits (an fsync under synchronous=FULL), so it gets smaller blocks.
const RESERVING_CALLS_PER_BLOCK = 200;
const IN_PROCESS_ROUNDS = 20;
const HTTP_ROUNDS = 6;
const HTTP_CONCURRENCY = 4;

const CheckAdmission = graphql(`
  mutation BenchCheckAdmission($input: AdmissionInput!) {
    checkAdmission(input: $input) {
      allowed
      decision
      statusCode
      reason
      blockedBy { kind id ownerKind ownerId }
      remaining { budget tokens requests }
      retryAfterSeconds
      reservationId
    }
  }
`);

interface FloorAnswer {
  allowed: boolean;
  remaining: { budget: number | null; tokens: number | null; requests: number | null };
  reservationId: string | null;
}

/**
 * The in-process floor: a hand-written admission over cached counter ids. It reads each counter's
 * limit, usage and reserved amount, and when reserving inserts the reservation and its holds and
 * raises each counter's reserved amount, in one immediate transaction.
 */
function rawAdmission({ sqlite }: DatabaseHandle, targets: Map<string, FloorTarget>) {
  const selectBudget = sqlite.prepare<[string], { max_limit: number; current_usage: number; reserved: number }>(
    'select max_limit, current_usage, reserved from budgets where id = ?',
  );
  const selectRateLimit = sqlite.prepare<[string], {
    token_max_limit: number | null; token_current_usage: number; token_reserved: number;
    request_max_limit: number | null; request_current_usage: number; request_reserved: number;
  }>(
    `select token_max_limit, token_current_usage, token_reserved, request_max_limit, request_current_usage, request_reserved
     from rate_limits where id = ?`,
  );
  const insertReservation = sqlite.prepare<[string, string, string, string]>(
    'insert into reservations (id, virtual_key_id, created_at, expires_at) values (?, ?, ?, ?)',
  );
  const insertHold = sqlite.prepare<[string, string | null, string | null, number, number, number]>(
    'insert into reservation_holds (reservation_id, budget_id, rate_limit_id, amount, tokens, requests) values (?, ?, ?, ?, ?, ?)',
  );
  const holdBudget = sqlite.prepare<[number, string]>('update budgets set reserved = reserved + ? where id = ?');
  const holdRateLimit = sqlite.prepare<[number, string]>(
    'update rate_limits set token_reserved = token_reserved + ?, request_reserved = request_reserved + 1 where id = ?',
  );
  const expires = new Date(Date.parse(BENCH_NOW) + 5 * 60_000).toISOString();
  const left = (limit: number | null, used: number, current: number | null) =>
    limit == null ? current : Math.min(current ?? Infinity, Math.max(0, limit - used));
  const full = (limit: number | null, used: number, extra: number, strict: boolean) =>
    limit != null && (strict ? used + extra > limit : used >= limit);

  const admit = (target: FloorTarget, request: AdmissionRequest): FloorAnswer => {
    const cost = request.estimatedCost ?? 0;
    const tokens = request.estimatedTokens ?? 0;
    const strict = request.reserve === true;
    const remaining: FloorAnswer['remaining'] = { budget: null, tokens: null, requests: null };
    const denied: FloorAnswer = { allowed: false, remaining, reservationId: null };
    for (const id of target.rateLimitIds) {
      const row = selectRateLimit.get(id)!;
      const usedTokens = row.token_current_usage + row.token_reserved;
      const usedRequests = row.request_current_usage + row.request_reserved;
      if (full(row.token_max_limit, usedTokens, tokens, strict) || full(row.request_max_limit, usedRequests, 1, strict)) return denied;
      remaining.tokens = left(row.token_max_limit, usedTokens, remaining.tokens);
      remaining.requests = left(row.request_max_limit, usedRequests, remaining.requests);
    }
    for (const id of target.budgetIds) {
      const row = selectBudget.get(id)!;
      const used = row.current_usage + row.reserved;
      if (full(row.max_limit, used, cost, strict)) return denied;
      remaining.budget = left(row.max_limit, used, remaining.budget);
    }
    return { allowed: true, remaining, reservationId: null };
  };

  const reserve = sqlite.transaction((target: FloorTarget, request: AdmissionRequest): FloorAnswer => {
    const answer = admit(target, request);
    if (!answer.allowed) return answer;
    const id = randomUUID();
    insertReservation.run(id, target.virtualKeyId, BENCH_NOW, expires);
    for (const budgetId of target.budgetIds) {
      insertHold.run(id, budgetId, null, request.estimatedCost ?? 0, 0, 0);
      holdBudget.run(request.estimatedCost ?? 0, budgetId);
    }
    for (const rateLimitId of target.rateLimitIds) {
      insertHold.run(id, null, rateLimitId, 0, request.estimatedTokens ?? 0, 1);
      holdRateLimit.run(request.estimatedTokens ?? 0, rateLimitId);
    }
    return { ...answer, reservationId: id };
  });

  return (request: AdmissionRequest): FloorAnswer => {
    const target = targets.get(request.virtualKey!)!;
    return request.reserve ? reserve.immediate(target, request) : admit(target, request);
  };
}

/** Times `calls` sequential checks, cycling through `requests`; every answer must allow. */
function timedBlock(
  calls: number,
  requests: AdmissionRequest[],
  check: (request: AdmissionRequest) => Promise<{ allowed: boolean }> | { allowed: boolean },
) {
  let next = 0;
  return async () => {
    const micros: number[] = [];
    for (let i = 0; i < calls; i += 1) {
      const request = requests[next++ % requests.length]!;
      const start = performance.now();
      const { allowed } = await check(request);
      micros.push((performance.now() - start) * 1000);
      if (!allowed) throw new Error(`P3: admission denied for ${request.virtualKey}`);
    }
    return micros;
  };
}

/** The HTTP floor: a minimal Yoga server whose one mutation answers a constant admission result. */
function helloYoga() {
  return createYoga({
    logging: false,
    landingPage: false,
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        input CheckInput { virtualKey: String provider: String! model: String! requestType: String estimatedTokens: Int estimatedCost: Float reserve: Boolean }
        type Remaining { budget: Float tokens: Int requests: Int }
        type Check { allowed: Boolean! decision: String! statusCode: Int! reason: String! remaining: Remaining! retryAfterSeconds: Int reservationId: String }
        type Query { hello: String! }
        type Mutation { check(input: CheckInput!): Check! }
      `,
      resolvers: {
        Query: { hello: () => 'world' },
        Mutation: {
          check: () => ({
            allowed: true, decision: 'allow', statusCode: 200, reason: 'allowed',
            remaining: { budget: 1, tokens: 1, requests: 1 }, retryAfterSeconds: null, reservationId: null,
          }),
        },
      },
    }),
  });
}

// The floor's document is not in the service's schema, so it cannot go through the typed codegen.
const FLOOR_QUERY = `mutation Check($input: CheckInput!) {
  check(input: $input) { allowed decision statusCode reason remaining { budget tokens requests } retryAfterSeconds reservationId }
}`;

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

const us = (value: number) => `${Math.round(value).toLocaleString('en-US')} µs`;
const spread = (samples: number[]) => `p50 ${us(percentile(samples, 50))}, p99 ${us(percentile(samples, 99))}`;
const ratios = (candidate: number[], floor: number[]) =>
  `p50 ${(percentile(candidate, 50) / percentile(floor, 50)).toFixed(2)}×, p99 ${(percentile(candidate, 99) / percentile(floor, 99)).toFixed(2)}×`;

export async function runAdmissionLatencyBench(): Promise<void> {
  const folder = benchFolder('p3');
  let app: App | null = null;
  let floorServer: Server | null = null;
  let client: LoadClient | null = null;
  try {
    const database = await folder.open('service');
    app = createApp({ db: database.db, sqlite: database.sqlite, clock: fixedClock(BENCH_NOW), adminToken: ADMIN_TOKEN });
    const service = app;
    await seedUsageHierarchy(database);
    await app.usage.sweep();
    const targets = floorTargets(database);
    const floorCheck = rawAdmission(database, new Map(targets.map((target) => [target.value, target])));
    const checks: AdmissionRequest[] = targets.map((target, i) => ({
      virtualKey: target.value, provider: USAGE_PROVIDER, model: USAGE_MODEL, requestType: 'chat_completion',
      estimatedTokens: 400 + (i % 200), estimatedCost: 0.0001,
    }));
    const reserving = checks.map((check) => ({ ...check, reserve: true }));

    // Service and floor share the database: only reserving writes, and the limits leave room for all.
    const inProcess = await alternateSamples(
      {
        service: timedBlock(CALLS_PER_BLOCK, checks, (request) => service.usage.check(request)),
        floor: timedBlock(CALLS_PER_BLOCK, checks, floorCheck),
        serviceReserve: timedBlock(RESERVING_CALLS_PER_BLOCK, reserving, (request) => service.usage.check(request)),
        floorReserve: timedBlock(RESERVING_CALLS_PER_BLOCK, reserving, floorCheck),
      },
      IN_PROCESS_ROUNDS,
    );

    const port = await app.start(0);
    floorServer = createServer(helloYoga());
    const floorPort = await listen(floorServer);
    client = await startLoadClient();
    const json = { 'content-type': 'application/json' };
    const admin = { ...json, authorization: `Bearer ${ADMIN_TOKEN}` };
    const graphQLBodies = (query: string) => checks.map((input) => JSON.stringify({ query, variables: { input } }));
    const requestsOf = (path: string, headers: Record<string, string>, bodies: string[]): LoadRequest[] =>
      bodies.map((body) => ({ method: 'POST', path, headers, body }));
    await client.define('floor', floorPort, requestsOf('/graphql', json, graphQLBodies(FLOOR_QUERY)), '"errors"');
    await client.define('rest', port, requestsOf('/api/governance/usage/check', admin, checks.map((check) => JSON.stringify({
      virtual_key: check.virtualKey, provider: check.provider, model: check.model, request_type: check.requestType,
      estimated_tokens: check.estimatedTokens, estimated_cost: check.estimatedCost,
    }))), '"error"');
    await client.define('graphql', port, requestsOf('/graphql', admin, graphQLBodies(print(CheckAdmission))), '"errors"');
    const loaded = client;
    const block = (name: string) => () => loaded.run(name, CALLS_PER_BLOCK, HTTP_CONCURRENCY);
    const http = await alternateSamples({ floor: block('floor'), rest: block('rest'), graphql: block('graphql') }, HTTP_ROUNDS);

    const n = (samples: number[]) => samples.length.toLocaleString('en-US');
    const counters = targets[0]!.budgetIds.length + targets[0]!.rateLimitIds.length;
    report(`P3 admission latency (${targets.length} virtual keys, ${counters} counters a check, synchronous=FULL)`, {
      'check: service': spread(inProcess.service),
      'check: raw floor': spread(inProcess.floor),
      'check: service/floor': ratios(inProcess.service, inProcess.floor),
      'reserve: service': spread(inProcess.serviceReserve),
      'reserve: raw floor': spread(inProcess.floorReserve),
      'reserve: service/floor': ratios(inProcess.serviceReserve, inProcess.floorReserve),
      'in-process target': `p99 ≤ 100 µs (${n(inProcess.service)} checks, ${n(inProcess.serviceReserve)} reserving, each side)`,
      'HTTP: hello-world Yoga': spread(http.floor),
      'HTTP: REST /usage/check': spread(http.rest),
      'HTTP: REST/floor': ratios(http.rest, http.floor),
      'HTTP: GraphQL checkAdmission': spread(http.graphql),
      'HTTP: GraphQL/floor': ratios(http.graphql, http.floor),
      'HTTP target': `≤ 1.3× the floor (${n(http.floor)} requests each, keep-alive, ${HTTP_CONCURRENCY} in flight, client in its own process)`,
    });
  } finally {
    await client?.close();
    if (floorServer) await closeServer(floorServer);
    await app?.stop();
    await folder.close();
  }
}
