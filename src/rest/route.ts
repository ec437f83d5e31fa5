// A REST route is a row: METHOD + path -> a typed GraphQL document, how the request becomes its
// variables, and how its (snake_cased) data becomes Bifrost's reply. Handlers never touch the store.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RestReply } from './reply.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteRequest {
  /** Path parameters by the names in the route's path, e.g. `{customer_id}`. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (an empty object when there is none). */
  body: Record<string, unknown>;
  headers: Headers;
}

type CamelToSnake<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${CamelToSnake<Tail>}`
  : S;

/** A GraphQL result type with its keys as Bifrost spells them. */
export type Snake<T> = T extends ReadonlyArray<infer Item>
  ? Array<Snake<Item>>
  : T extends object
    ? { [K in keyof T as K extends string ? CamelToSnake<K> : K]: Snake<T[K]> }
    : T;

export interface Route<TData = unknown, TVariables = unknown> {
  method: Method;
  /** Below /api/governance, with `{name}` parameters. */
  path: string;
  document: TypedDocumentNode<TData, TVariables>;
  /** Raw, request-shaped variables (snake_case bodies welcome); mapped onto the declared types. */
  variables?: (request: RouteRequest) => Record<string, unknown>;
  reply: (data: Snake<TData>, request: RouteRequest) => RestReply;
  /** Context Bifrost puts before validation messages, e.g. "Failed to update virtual key: ". */
  badRequestPrefix?: string;
  /** Errors as a bare `{"error": "<message>"}` (the self-service quota endpoint). */
  plainErrors?: boolean;
  /** Pass body nulls through as "clear" instead of dropping them as "absent" (pricing overrides). */
  keepNulls?: boolean;
}

/** Identity with inference: lets each row be typed by its own document. */
export function route<TData, TVariables>(definition: Route<TData, TVariables>): Route<TData, TVariables> {
  return definition;
}
