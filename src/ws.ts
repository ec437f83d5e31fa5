// GraphQL over WebSocket (graphql-transport-ws) on the HTTP server's /graphql path. Operations run
// through Yoga's envelope, so they get the same schema, plugins, auth and context as HTTP.
// Auth happens at connection_init: `{"authorization": "Bearer <token>"}` or the upgrade header;
// no token closes with 4401, a wrong one with 4403. An existing, active virtual key may connect (to
// watch itself); any other key value closes with 4403.
import type { IncomingMessage, Server } from 'node:http';
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError } from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import { viewerFromHeaders } from './auth.js';
import { LimitExceededError } from './domain/errors.js';
import type { GraphQLContext, Viewer } from './graphql/context.js';
import { isExpectedError, maskError, UNEXPECTED_ERROR_MESSAGE } from './graphql/errors.js';
import { type SocketExtra, serveGraphQLOverWebSocket } from './ws-transport.js';

// A type alias (not an interface) so it satisfies graphql-ws's Record constraint.
type ConnectionExtra = SocketExtra & { viewer?: Viewer };

type Envelope = ReturnType<YogaServerInstance<object, GraphQLContext>['getEnveloped']>;
interface RootValue {
  execute: Envelope['execute'];
  subscribe: Envelope['subscribe'];
}

/**
 * Runs an operation, turning a refusal thrown before execution (the auth plugin) into a GraphQL
 * error result: thrown, graphql-ws would treat it as an internal error and drop the connection.
 */
async function asResult<T>(run: () => T | Promise<T>): Promise<T | ExecutionResult> {
  try {
    return await run();
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    return { errors: [asGraphQLError(error)] };
  }
}

export interface WebSocketEndpoint {
  /** Completes every subscription and closes every socket (1001), then stops accepting. */
  dispose(): Promise<void>;
  /** Open sockets (for metrics and leak tests). */
  connections(): number;
}

function credentialOf(params: Record<string, unknown> | undefined, request: IncomingMessage): Headers {
  const authorization = params?.authorization ?? params?.Authorization ?? request.headers.authorization;
  return new Headers(typeof authorization === 'string' ? { authorization } : {});
}

export interface WebSocketOptions {
  adminToken: string;
  /** Whether a virtual key value names an existing, active key. */
  isActiveVirtualKey: (value: string) => Promise<boolean>;
  maxMessageBytes: number;
  /** Operations one socket may have in flight (its subscriptions, mostly); more are refused. */
  maxOperationsPerConnection: number;
}

export const DEFAULT_MAX_OPERATIONS_PER_CONNECTION = 100;

const asGraphQLError = (error: unknown) => maskError(error, UNEXPECTED_ERROR_MESSAGE) as GraphQLError;

export function attachWebSocketEndpoint(
  server: Server,
  yoga: YogaServerInstance<object, GraphQLContext>,
  { adminToken, isActiveVirtualKey, maxMessageBytes, maxOperationsPerConnection }: WebSocketOptions,
): WebSocketEndpoint {
  // ws would buffer messages up to 100 MiB; one larger than the HTTP body limit closes the socket (1009).
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: maxMessageBytes, handleProtocols });
  const graphqlWs = makeServer<Record<string, unknown>, ConnectionExtra>({
    async onConnect(ctx) {
      const viewer = viewerFromHeaders(credentialOf(ctx.connectionParams, ctx.extra.request), adminToken);
      if (viewer.kind === 'anonymous' || (viewer.kind === 'virtualKey' && !(await isActiveVirtualKey(viewer.value)))) {
        const missing = viewer.kind === 'anonymous' && viewer.reason === 'missing';
        const [code, reason] = missing ? [CloseCode.Unauthorized, 'Unauthorized'] : [CloseCode.Forbidden, 'Forbidden'];
        ctx.extra.socket.close(code, reason);
        return false;
      }
      ctx.extra.viewer = viewer;
      return true;
    },
    async onSubscribe(ctx, _id, payload) {
      // graphql-ws has registered this operation already.
      if (Object.keys(ctx.subscriptions).length > maxOperationsPerConnection) {
        const message = `this connection already has ${maxOperationsPerConnection} operations in flight, the most allowed at once`;
        return [asGraphQLError(new LimitExceededError(message))];
      }
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
        viewer: ctx.extra.viewer,
        params: payload,
      });
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (error) {
        // A syntax error (or a query over the token limit) answers this operation, as validation
        // errors do; thrown, it would close the whole connection.
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
      const args: ExecutionArgs & { rootValue: RootValue } = {
        schema,
        operationName: payload.operationName,
        document,
        variableValues: payload.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe },
      };
      const errors = validate(args.schema, args.document);
      return errors.length > 0 ? errors : args;
    },
    execute: (args) => asResult(() => (args.rootValue as RootValue).execute(args)),
    subscribe: (args) => asResult(() => (args.rootValue as RootValue).subscribe(args)),
  });
  const endpoint = serveGraphQLOverWebSocket(wss, graphqlWs, (extra) => extra);
  return {
    dispose: () => endpoint.dispose(),
    connections: () => wss.clients.size,
  };
}
