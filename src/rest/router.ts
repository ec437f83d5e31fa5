// The REST layer as a Yoga plugin: requests under /api/governance are matched against the route
// table and executed as GraphQL operations through Yoga's own envelope (same context, auth and
// validation as /graphql), then answered in Bifrost's JSON.
import { type ExecutionResult, type GraphQLSchema, validate } from 'graphql';
import type { Plugin, YogaServerInstance } from 'graphql-yoga';
import { DomainError } from '../domain/errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { refusal } from '../graphql/auth-plugin.js';
import { originalOf } from '../graphql/errors.js';
import { toRestData, toVariables } from './convert.js';
import { errorToReply } from './errors.js';
import { errorReply, type RestReply } from './reply.js';
import type { Method, Route, RouteRequest, Snake } from './route.js';

export const API_PREFIX = '/api/governance';

export interface PathPattern {
  pattern: RegExp;
  names: string[];
  /** Literal paths win over parameterised ones (/virtual-keys/quota before /virtual-keys/{id}). */
  literalSegments: number;
}

interface CompiledRoute extends PathPattern {
  route: Route;
}

/** A route path (`/customers/{customer_id}`) as a matcher of request paths under API_PREFIX. */
export function pathPattern(path: string): PathPattern {
  const names: string[] = [];
  const segments = path.split('/').filter(Boolean);
  const source = segments
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return {
    pattern: new RegExp(`^${API_PREFIX}/${source}/?$`),
    names,
    literalSegments: segments.length - names.length,
  };
}

function compile(route: Route, schema: GraphQLSchema): CompiledRoute {
  const errors = validate(schema, route.document);
  if (errors.length > 0) throw new Error(`REST route ${route.method} ${route.path}: ${errors[0]!.message}`);
  return { route, ...pathPattern(route.path) };
}

async function readBody(request: Request): Promise<Record<string, unknown> | 'invalid'> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** A path segment as sent; malformed percent-encoding (`%E0%A4%A`) is the client's error, not a 500. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

type Envelope = ReturnType<YogaServerInstance<object, GraphQLContext>['getEnveloped']>;

async function respond(
  route: Route,
  request: RouteRequest,
  schema: GraphQLSchema,
  execute: Envelope['execute'],
  contextValue: unknown,
): Promise<RestReply> {
  let result: ExecutionResult<Record<string, unknown>>;
  try {
    const raw = route.variables?.(request) ?? {};
    result = (await execute({
      schema,
      document: route.document,
      variableValues: toVariables(schema, route.document, raw, route.keepNulls),
      contextValue,
    })) as ExecutionResult<Record<string, unknown>>;
  } catch (thrown) {
    // Refusals before any field runs: the route's own parsing (paging, credentials) and the auth plugin.
    const error = originalOf(thrown);
    if (!(error instanceof DomainError)) throw thrown;
    return domainErrorReply(error, route);
  }
  const [error] = result.errors ?? [];
  if (error) return errorToReply(error, route.badRequestPrefix);
  return route.reply(toRestData(schema, route.document, result.data!) as Snake<unknown>, request);
}

function domainErrorReply(error: DomainError, route: Route): RestReply {
  return errorToReply({ message: error.message, extensions: { code: error.code, field: error.field } }, route.badRequestPrefix);
}

/** The self-service endpoints answer errors as a bare `{"error": "<message>"}` (spec §6.4). */
function plainError(reply: RestReply): RestReply {
  if (reply.status < 400) return reply;
  const message = (reply.body as { error?: { message?: string } } | undefined)?.error?.message ?? 'error';
  return { status: reply.status, body: { error: message } };
}

export function useRestRoutes(routes: Route[], yoga: () => YogaServerInstance<object, GraphQLContext>): Plugin {
  let compiled: CompiledRoute[] | null = null;
  const table = (schema: GraphQLSchema) =>
    (compiled ??= routes.map((r) => compile(r, schema)).sort((a, b) => b.literalSegments - a.literalSegments));

  async function handle(request: Request, url: URL): Promise<RestReply> {
    const server = yoga();
    const { schema, execute, contextFactory } = server.getEnveloped({ request });
    const candidates = table(schema).filter((c) => c.pattern.test(url.pathname));
    const match = candidates.find((c) => c.route.method === (request.method as Method));
    if (!match) {
      return candidates.length > 0 ? errorReply(405, 'Method not allowed') : errorReply(404, 'Not found');
    }
    // Credentials before the body: a caller without them learns nothing about what it sent.
    const answer = (reply: RestReply) => (match.route.plainErrors ? plainError(reply) : reply);
    const contextValue = await contextFactory();
    const refused = refusal(contextValue.viewer, schema, match.route.document);
    if (refused) return answer(domainErrorReply(refused, match.route));
    const body = ['POST', 'PUT', 'PATCH'].includes(request.method) ? await readBody(request) : {};
    if (body === 'invalid') return errorReply(400, 'Invalid JSON');
    const values = match.pattern.exec(url.pathname)!.slice(1).map(decodeSegment);
    const bad = values.indexOf(null);
    if (bad >= 0) return errorReply(400, `Invalid ${match.names[bad]} parameter: malformed percent-encoding`, match.names[bad]);
    const routeRequest: RouteRequest = {
      params: Object.fromEntries(match.names.map((name, i) => [name, values[i]!])),
      query: url.searchParams,
      body,
      headers: request.headers,
    };
    return answer(await respond(match.route, routeRequest, schema, execute, contextValue));
  }

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(`${API_PREFIX}/`)) return;
      const toResponse = (reply: RestReply) =>
        reply.body === undefined
          ? new fetchAPI.Response(null, { status: reply.status })
          : fetchAPI.Response.json(reply.body, { status: reply.status });
      let response: Response;
      try {
        // Serialising is part of the attempt: an error thrown past this hook would reach the client
        // as the server adapter's plain-text stack trace.
        response = toResponse(await handle(request, url));
      } catch (error) {
        console.error('REST handler failed:', error);
        response = toResponse(errorReply(500, 'Internal server error'));
      }
      endResponse(response);
    },
  };
}
