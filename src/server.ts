// Builds the application: Yoga (GraphQL over HTTP and SSE, GraphiQL), the REST layer, /health and
// graphql-ws, on one HTTP server. Nothing listens on import; tests call `fetch` in-process or
// `start(0)` for a real port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { viewerFromHeaders } from './auth.js';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import { useManagementAuth } from './graphql/auth-plugin.js';
import type { GraphQLContext, Viewer } from './graphql/context.js';
import { maskError, serverLogger } from './graphql/errors.js';
import { schema } from './graphql/schema.js';
import { useStrictVariables } from './graphql/variables-plugin.js';
import { useRestRoutes } from './rest/router.js';
import { restRoutes } from './rest/routes/index.js';
import { createUsageEngine, type UsageEngine } from './usage/engine.js';
import { createUsagePubSub, type UsagePubSub } from './usage/pubsub.js';
import { attachWebSocketEndpoint, type WebSocketEndpoint } from './ws.js';

export interface AppOptions {
  db: Kysely<Database>;
  /** The same connection Kysely uses; the usage engine's hot path runs prepared statements on it. */
  sqlite: SQLite.Database;
  clock: Clock;
  /** Where usage changes are published; in-memory by default (a Redis-backed one spans instances). */
  pubsub?: UsagePubSub;
  adminToken: string;
  /** Hides error details (never stack traces either way). */
  production?: boolean;
}

export interface App {
  usage: UsageEngine;
  pubsub: UsagePubSub;
  /** Open WebSocket connections. */
  connections(): number;
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Listens on `port` (0 = a free one) and resolves with the bound port. */
  start(port: number, host?: string): Promise<number>;
  /** Stops accepting connections and waits for in-flight requests. */
  stop(): Promise<void>;
}

function useHealthEndpoint(): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') endResponse(fetchAPI.Response.json({ status: 'ok' }));
    },
  };
}

export function createApp(options: AppOptions): App {
  const pubsub = options.pubsub ?? createUsagePubSub();
  const usage = createUsageEngine({ ...options, publisher: pubsub });
  const yoga: YogaServerInstance<object, GraphQLContext> = createYoga<object, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    healthCheckEndpoint: '/__yoga_health',
    graphiql: { title: 'Governance GraphQL' },
    maskedErrors: { maskError, isDev: false },
    logging: serverLogger,
    plugins: [useHealthEndpoint(), useManagementAuth(), useStrictVariables(), useGraphQlJit(), useRestRoutes(restRoutes, () => yoga)],
    // WebSocket operations arrive with the viewer established at connection_init.
    context: (initial: { request?: Request; viewer?: Viewer }) => ({
      db: options.db,
      clock: options.clock,
      usage,
      pubsub,
      viewer: initial.viewer ?? viewerFromHeaders(initial.request!.headers, options.adminToken),
    }),
  });

  let server: Server | null = null;
  let webSockets: WebSocketEndpoint | null = null;

  return {
    usage,
    pubsub,
    connections: () => webSockets?.connections() ?? 0,
    fetch: (input, init = {}) => Promise.resolve(yoga.fetch(input as URL, init)),
    start(port, host = '127.0.0.1') {
      usage.startScheduler();
      server = createServer(yoga);
      webSockets = attachWebSocketEndpoint(server, yoga, options.adminToken);
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
      await webSockets?.dispose();
      webSockets = null;
      await new Promise<void>((resolve, reject) => {
        closing.close((error) => (error ? reject(error) : resolve()));
        closing.closeIdleConnections();
      });
    },
  };
}
