// Builds the application: Yoga (GraphQL over HTTP and SSE, GraphiQL), the REST layer, /health,
// /metrics and graphql-ws, on one HTTP server, behind the request limits. Nothing listens on import;
// tests call `fetch` in-process or `start(0)` for a real port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { requestViewers } from './auth.js';
import { DEFAULT_MAX_BODY_BYTES, useBodyLimit } from './body-limit.js';
import type { Clock } from './clock.js';
import { corsPolicy } from './cors.js';
import type { Database } from './db/database.js';
import { GRAPHIQL_ASSETS_PREFIX, GRAPHIQL_OPTIONS, renderGraphiQL, useGraphiQLAssets } from './graphiql.js';
import { useManagementAuth } from './graphql/auth-plugin.js';
import type { GraphQLContext, Viewer } from './graphql/context.js';
import { maskError, serverLogger, UNEXPECTED_ERROR_MESSAGE } from './graphql/errors.js';
import { useSingleOperationJit } from './graphql/jit.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits, useIntrospection, useQueryLimits } from './graphql/query-limits.js';
import { schema } from './graphql/schema.js';
import { useSharedSubscriptionResults } from './graphql/shared-subscription-results.js';
import { useStrictVariables } from './graphql/variables-plugin.js';
import { createMetrics, METRICS_PATH } from './metrics.js';
import { API_PREFIX, useRestRoutes } from './rest/router.js';
import { restRoutes } from './rest/routes/index.js';
import { useServedPaths } from './served-paths.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, drain } from './shutdown.js';
import { virtualKeyCredential } from './store/virtual-keys.js';
import { createUsageEngine, type UsageEngine } from './usage/engine.js';
import { createUsagePubSub, type UsagePubSub } from './usage/pubsub.js';
import { attachWebSocketEndpoint, DEFAULT_MAX_OPERATIONS_PER_CONNECTION, type WebSocketEndpoint } from './ws.js';

export interface AppOptions {
  db: Kysely<Database>;
  /** The same connection Kysely uses; the usage engine's hot path runs prepared statements on it. */
  sqlite: SQLite.Database;
  clock: Clock;
  /** Where usage changes are published; in-memory by default (a Redis-backed one spans instances). */
  pubsub?: UsagePubSub;
  adminToken: string;
  /** May read /metrics (and nothing else) besides the admin token. */
  metricsToken?: string;
  /** Node's process metrics on /metrics (the service turns them on; tests leave them off). */
  processMetrics?: boolean;
  /** Largest request body on /graphql and /api/governance (larger ones get 413) and graphql-ws message (closed with 1009). */
  maxBodyBytes?: number;
  queryLimits?: Partial<QueryLimits>;
  /** Schema introspection (default on); off refuses it to everyone, the admin included. */
  introspection?: boolean;
  /** How long stop() lets in-flight requests run before closing their connections. */
  shutdownTimeoutMs?: number;
  /** Operations one WebSocket may have in flight at once (its subscriptions, mostly). */
  maxOperationsPerConnection?: number;
  /** Subscriptions one credential (the admin token, a virtual key) may hold at once (WebSocket and SSE). */
  maxSubscriptionsPerCredential?: number;
  /** Origins whose browser pages may read replies (CORS), exactly as sent in Origin; none by default. */
  corsOrigins?: readonly string[];
}

export interface App {
  usage: UsageEngine;
  pubsub: UsagePubSub;
  /** Open WebSocket connections. */
  connections(): number;
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Listens on `port` (0 = a free one) and resolves with the bound port. */
  start(port: number, host?: string): Promise<number>;
  /**
   * Stops accepting connections, closes every WebSocket with 1001 (going away), completes SSE
   * subscriptions, and waits for in-flight requests (at most `shutdownTimeoutMs`).
   */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
const HEALTH_PATH = '/health';

function useHealthEndpoint(): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === HEALTH_PATH) endResponse(fetchAPI.Response.json({ status: 'ok' }));
    },
  };
}

export function createApp(options: AppOptions): App {
  const pubsub = options.pubsub ?? createUsagePubSub({ maxSubscriptionsPerCredential: options.maxSubscriptionsPerCredential });
  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const viewerOf = requestViewers(options.adminToken);
  let server: Server | null = null;
  let webSockets: WebSocketEndpoint | null = null;
  const metrics = createMetrics({
    graphqlEndpoint: GRAPHQL_PATH,
    routes: restRoutes,
    adminToken: options.adminToken,
    metricsToken: options.metricsToken,
    viewerOf,
    activeSubscriptions: () => pubsub.activeSubscriptions(),
    webSocketConnections: () => webSockets?.connections() ?? 0,
    processMetrics: options.processMetrics,
  });
  const usage = metrics.observeUsage(createUsageEngine({ ...options, publisher: pubsub }));
  const { db } = options;
  const maskCounted = (error: unknown, message: string, isDev?: boolean) => {
    metrics.observeError(error);
    return maskError(error, message, isDev);
  };
  // Subscriptions are masked by useSharedSubscriptionResults, with Yoga's message and logging.
  const maskSubscriptionError = (error: unknown) => {
    const masked = maskCounted(error, UNEXPECTED_ERROR_MESSAGE, false);
    if (masked !== error) serverLogger.error(error);
    return masked;
  };
  const yoga: YogaServerInstance<object, GraphQLContext> = createYoga<object, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    healthCheckEndpoint: '/__yoga_health',
    cors: corsPolicy(options.corsOrigins ?? []),
    // Served from here, assets included (no CDN), for a browser's GET /graphql with no credentials.
    // Yoga's GraphiQL runs before every plugin of ours and would answer any path ending in /graphql.
    graphiql: (request) => (new URL(request.url).pathname === GRAPHQL_PATH ? GRAPHIQL_OPTIONS : false),
    renderGraphiQL,
    maskedErrors: {
      maskError: maskCounted,
      errorMessage: UNEXPECTED_ERROR_MESSAGE,
      isDev: false,
    },
    logging: serverLogger,
    batching: { limit: limits.maxBatch },
    // useBodyLimit caps bodies (Yoga's own cap would pipe every body through a stream).
    maxRequestBodySize: false,
    // No file uploads here: one request parser fewer to expose.
    multipart: false,
    plugins: [
      // First: a path we do not serve answers 404 before anything reads its body.
      useServedPaths({ exact: [GRAPHQL_PATH, HEALTH_PATH, METRICS_PATH], prefixes: [`${API_PREFIX}/`, GRAPHIQL_ASSETS_PREFIX] }),
      // GET only, so before the body limit: it refuses other methods without reading their bodies.
      useGraphiQLAssets(),
      // Next: it may swap the request for one with a buffered body, which the others then see.
      useBodyLimit({ limit: maxBodyBytes, restPrefix: API_PREFIX }),
      metrics.plugin,
      useHealthEndpoint(),
      // A GraphQL request must be JSON or carry Authorization (or x-graphql-yoga-csrf): a cross-site
      // form or a bare GET can do neither without a CORS preflight, and the one credential accepted,
      // a bearer token, is never sent by a browser on its own. REST needs one too.
      useCSRFPrevention({ requestHeaders: ['authorization', 'x-graphql-yoga-csrf'] }),
      ...useQueryLimits(limits),
      ...useIntrospection(options.introspection ?? true),
      useManagementAuth(viewerOf),
      useStrictVariables(),
      useSingleOperationJit(),
      // Last of the plugins that see subscriptions: the subscribe step ends in it (and Yoga's
      // masking of subscription errors with it: the plugin masks them).
      useSharedSubscriptionResults(maskSubscriptionError),
      useRestRoutes(restRoutes, () => yoga),
    ],
    // WebSocket operations arrive with the viewer established at connection_init.
    context: (initial: { request?: Request; viewer?: Viewer }) => ({
      db,
      clock: options.clock,
      usage,
      pubsub,
      viewer: initial.viewer ?? viewerOf(initial.request!),
    }),
  });

  return {
    usage,
    pubsub,
    connections: () => webSockets?.connections() ?? 0,
    fetch: (input, init = {}) => Promise.resolve(yoga.fetch(input as URL, init)),
    start(port, host = '127.0.0.1') {
      usage.startScheduler();
      server = createServer(yoga);
      webSockets = attachWebSocketEndpoint(server, yoga, {
        adminToken: options.adminToken,
        isActiveVirtualKey: async (value) => (await virtualKeyCredential(db, value))?.isActive === true,
        maxMessageBytes: maxBodyBytes,
        maxOperationsPerConnection: options.maxOperationsPerConnection ?? DEFAULT_MAX_OPERATIONS_PER_CONNECTION,
      });
      const listening = server;
      return new Promise((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(port, host, () => resolve((listening.address() as AddressInfo).port));
      });
    },
    async stop() {
      usage.stopScheduler();
      const closing = server;
      server = null;
      if (!closing) return;
      const drained = drain(closing, options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS);
      await webSockets?.dispose();
      webSockets = null;
      pubsub.closeSubscriptions();
      await drained;
    },
  };
}
