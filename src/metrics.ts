// Prometheus metrics of one app, in its own Registry (several apps in one process never collide):
// requests and latency by GraphQL operation and by REST route, usage events and admission decisions,
// live subscriptions and sockets, SQLITE_BUSY errors. GET /metrics serves them to the admin token
// or METRICS_TOKEN. Counting stays off the hot path's critical work: a clock read, a map lookup, an add.
import { performance } from 'node:perf_hooks';
import { type DocumentNode, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { viewerFromHeaders } from './auth.js';
import { DECISIONS } from './domain/usage.js';
import type { Viewer } from './graphql/context.js';
import { originalOf } from './graphql/errors.js';
import type { Route } from './rest/route.js';
import { API_PREFIX, type PathPattern, pathPattern } from './rest/router.js';
import type { UsageEngine } from './usage/engine.js';

export interface MetricsOptions {
  graphqlEndpoint: string;
  /** The REST route table, for route labels (`PUT /customers/{customer_id}`, never a raw path). */
  routes: Route[];
  adminToken: string;
  metricsToken?: string;
  /** Who sent a request: only the admin's operation names become labels. */
  viewerOf(request: Request): Viewer;
  /** Read at scrape time. */
  activeSubscriptions(): number;
  webSocketConnections(): number;
  /** Node's process metrics (CPU, memory, event loop lag, GC); on in the service, off in tests. */
  processMetrics?: boolean;
}

export interface AppMetrics {
  registry: Registry;
  /** Times /graphql and REST requests, names their operation or route, and serves GET /metrics. */
  plugin: Plugin;
  /** The engine with its admission decisions, recorded events and locked-out sweeps counted. */
  observeUsage(engine: UsageEngine): UsageEngine;
  /** Every error leaving a GraphQL execution passes here (SQLITE_BUSY is counted). */
  observeError(error: unknown): void;
}

export const METRICS_PATH = '/metrics';

// From 0.5 ms (an admission check) to 10 s (a full-tree export).
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

// Operation names come from clients: only GraphQL names, and only so many of them, become labels.
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const MAX_OPERATION_LABELS = 200;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

interface InFlight {
  start: number;
  /** Method and route pattern of a REST request. */
  rest?: [string, string];
  /** The GraphQL operation's label ('unknown' until its parameters are read). */
  operation: string;
  /** GraphQL operations seen in this request (more than one: a batch). */
  operations: number;
  /** No operationName parameter: the label comes from the parsed document. */
  nameInDocument?: boolean;
}

interface RoutePattern extends PathPattern {
  method: string;
  label: string;
}

/** Route labels by first path segment, most literal first (the router's precedence). */
function routeLabeller(routes: Route[]): (method: string, pathname: string) => string {
  const byHead = new Map<string, RoutePattern[]>();
  for (const route of routes) {
    const head = route.path.split('/')[1]!;
    const list = byHead.get(head) ?? [];
    list.push({ method: route.method, label: `${API_PREFIX}${route.path}`, ...pathPattern(route.path) });
    byHead.set(head, list.sort((a, b) => b.literalSegments - a.literalSegments));
  }
  return (method, pathname) => {
    const candidates = (byHead.get(pathname.slice(API_PREFIX.length + 1).split('/', 1)[0]!) ?? []).filter((c) => c.pattern.test(pathname));
    // A known path with the wrong method is still that route (answered 405).
    return (candidates.find((c) => c.method === method) ?? candidates[0])?.label ?? 'unmatched';
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

export function createMetrics(options: MetricsOptions): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry });

  const graphqlRequests = new Counter({
    name: 'governance_graphql_requests_total',
    help: 'GraphQL HTTP requests by operation name and status (batches count once, as "batch").',
    labelNames: ['operation', 'status'] as const,
    registers,
  });
  const graphqlLatency = new Histogram({
    name: 'governance_graphql_request_duration_seconds',
    help: 'GraphQL HTTP request latency (to the first byte for SSE subscriptions) by operation name.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const restRequests = new Counter({
    name: 'governance_rest_requests_total',
    help: 'REST requests by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const restLatency = new Histogram({
    name: 'governance_rest_request_duration_seconds',
    help: 'REST request latency by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const usageEvents = new Counter({
    name: 'governance_usage_events_total',
    help: 'Usage events reported: accepted (charged), duplicate (idempotency key seen before) or rejected (not attributable, left out of its batch).',
    labelNames: ['outcome'] as const,
    registers,
  });
  const decisions = new Counter({
    name: 'governance_admission_decisions_total',
    help: 'Admission checks by decision.',
    labelNames: ['decision'] as const,
    registers,
  });
  const busyErrors = new Counter({
    name: 'governance_sqlite_busy_errors_total',
    help: 'SQLITE_BUSY errors (the database stayed locked past busy_timeout): in GraphQL and REST operations (request) or in the reset sweep (sweep, tried again a second later).',
    labelNames: ['source'] as const,
    registers,
  });
  new Gauge({
    name: 'governance_active_subscriptions',
    help: 'Live usage subscriptions (graphql-ws and SSE).',
    registers,
    collect() {
      this.set(options.activeSubscriptions());
    },
  });
  new Gauge({
    name: 'governance_websocket_connections',
    help: 'Open graphql-ws connections.',
    registers,
    collect() {
      this.set(options.webSocketConnections());
    },
  });

  // Every series a dashboard keys on exists from the start, at 0.
  const zero = <T extends { inc(value?: number): void }>(child: T): T => {
    child.inc(0);
    return child;
  };
  const decisionCounters = new Map(DECISIONS.map((decision) => [decision, zero(decisions.labels(decision))]));
  const accepted = zero(usageEvents.labels('accepted'));
  const requestBusy = zero(busyErrors.labels('request'));
  const sweepBusy = zero(busyErrors.labels('sweep'));
  const duplicates = zero(usageEvents.labels('duplicate'));
  const rejected = zero(usageEvents.labels('rejected'));

  const operationLabels = new Set<string>();
  // `unknown`: the parameter is whatever JSON the client sent.
  const operationLabel = (name: unknown): string => {
    if (name === undefined || name === null || name === '') return 'anonymous';
    if (typeof name !== 'string') return 'other';
    if (operationLabels.has(name)) return name;
    if (!OPERATION_NAME.test(name) || operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
    operationLabels.add(name);
    return name;
  };
  // Anyone can send a name, and a virtual key value is not checked before the operation runs: their
  // names would use up the labels the admin's operations need.
  const callerLabel = (request: Request): string | undefined => {
    const viewer = options.viewerOf(request);
    if (viewer.kind === 'admin') return undefined;
    return viewer.kind === 'virtualKey' ? 'virtual_key' : 'unauthenticated';
  };
  const routeOf = routeLabeller(options.routes);
  const inFlight = new WeakMap<Request, InFlight>();

  // REST runs GraphQL operations too; it is labelled by route, not by its internal documents.
  const graphqlRequest = (request: Request | undefined): InFlight | undefined => {
    const state = request ? inFlight.get(request) : undefined;
    return state?.rest ? undefined : state;
  };

  function paramsRead(request: Request, name: unknown): void {
    const state = graphqlRequest(request);
    if (!state) return;
    state.operations += 1;
    const label = callerLabel(request) ?? operationLabel(name);
    state.operation = state.operations > 1 ? 'batch' : label;
    state.nameInDocument = state.operations === 1 && label === 'anonymous';
  }

  /** Without an `operationName` parameter, the operation is the document's only one (refused or not). */
  function parsed(context: { request?: Request }): ((payload: { result: unknown }) => void) | undefined {
    const state = graphqlRequest(context.request);
    if (!state?.nameInDocument) return undefined;
    return ({ result }) => {
      if (state.operations === 1 && (result as DocumentNode | null)?.kind === Kind.DOCUMENT) {
        state.operation = operationLabel(getOperationAST(result as DocumentNode)?.name?.value);
      }
    };
  }

  function serveMetrics(request: Request, fetchAPI: { Response: typeof Response }): Promise<Response> | Response {
    const viewer = viewerFromHeaders(request.headers, options.adminToken);
    const allowed =
      viewer.kind === 'admin' || (options.metricsToken !== undefined && viewerFromHeaders(request.headers, options.metricsToken).kind === 'admin');
    if (!allowed) {
      const status = viewer.kind === 'virtualKey' ? 403 : 401;
      const message = status === 403 ? 'virtual keys cannot read metrics' : 'metrics need the admin token or METRICS_TOKEN (Authorization: Bearer <token>)';
      return fetchAPI.Response.json({ error: message }, { status, headers: { 'www-authenticate': 'Bearer' } });
    }
    return registry.metrics().then((text) => new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } }));
  }

  function track(request: Request, path: string): InFlight | undefined {
    if (path === options.graphqlEndpoint) return { start: performance.now(), operation: 'unknown', operations: 0 };
    if (!path.startsWith(`${API_PREFIX}/`)) return undefined;
    const rest: [string, string] = [METHODS.has(request.method) ? request.method : 'OTHER', routeOf(request.method, path)];
    return { start: performance.now(), rest, operation: '', operations: 0 };
  }

  const plugin: Plugin<{ request?: Request }> = {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === METRICS_PATH) return endResponse(await serveMetrics(request, fetchAPI));
      const state = track(request, url.pathname);
      if (state) inFlight.set(request, state);
    },
    // Named from the operationName parameter, else from the parsed document: before validation, so
    // requests refused by the query limits carry their name too.
    onParams: ({ request, params }) => paramsRead(request, params.operationName),
    onParse: ({ context }) => parsed(context),
    onResponse({ request, response }) {
      let state = inFlight.get(request);
      inFlight.delete(request);
      // Refused before this plugin saw it (an oversized body): counted, but not timed.
      const timed = state !== undefined;
      state ??= track(request, new URL(request.url).pathname);
      if (!state) return;
      const seconds = (performance.now() - state.start) / 1000;
      const status = String(response.status);
      if (state.rest) {
        const [method, route] = state.rest;
        restRequests.labels(method, route, status).inc();
        if (timed) restLatency.labels(method, route).observe(seconds);
      } else {
        graphqlRequests.labels(state.operation, status).inc();
        if (timed) graphqlLatency.labels(state.operation).observe(seconds);
      }
    },
  };

  return {
    registry,
    plugin: plugin as Plugin,
    observeUsage(engine) {
      return {
        ...engine,
        check: (request) =>
          engine.check(request).then((result) => {
            decisionCounters.get(result.decision)?.inc();
            return result;
          }),
        record: (events, credential) =>
          engine.record(events, credential).then((result) => {
            if (result.accepted > 0) accepted.inc(result.accepted);
            if (result.duplicates > 0) duplicates.inc(result.duplicates);
            if (result.rejected.length > 0) rejected.inc(result.rejected.length);
            return result;
          }),
        startScheduler: (onSweepFailure) =>
          engine.startScheduler((error) => {
            if (isBusy(error)) sweepBusy.inc();
            onSweepFailure?.(error);
          }),
      };
    },
    observeError(error) {
      if (isBusy(originalOf(error))) requestBusy.inc();
    },
  };
}
