// Environment → typed configuration, validated with clear errors (DESIGN.md runtime contract).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_MAX_BODY_BYTES } from './body-limit.js';
import { VIRTUAL_KEY_PREFIX } from './domain/virtual-key.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './graphql/query-limits.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS } from './shutdown.js';
import { DEFAULT_MAX_SUBSCRIPTIONS_PER_CREDENTIAL } from './usage/pubsub.js';
import { DEFAULT_MAX_OPERATIONS_PER_CONNECTION } from './ws.js';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

// z.coerce.boolean() would read "false" as true; only these spellings are accepted.
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
    .optional()
    .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1'));

// An empty secret counts as unset, never as "no auth". A token with the virtual-key prefix would be
// read as a virtual key on every request, so it could never authenticate.
const secret = z
  .string()
  .refine((token) => !token.startsWith(VIRTUAL_KEY_PREFIX), `must not start with ${VIRTUAL_KEY_PREFIX} (the prefix of virtual keys)`)
  .optional()
  .transform((token) => token || undefined);

/** An http(s) origin exactly as a browser sends it in Origin: lower case, no default port, no path. */
function isOrigin(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
}

// Comma-separated; the first entry that is not an origin stops the start-up.
const origins = z
  .string()
  .optional()
  .transform((list, ctx) => {
    const entries = (list ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    const invalid = entries.find((entry) => !isOrigin(entry));
    if (invalid === undefined) return entries;
    ctx.issues.push({
      code: 'custom',
      input: list,
      message: `${JSON.stringify(invalid)} is not an origin (scheme://host[:port], lower case, no path, as a browser sends it)`,
    });
    return z.NEVER;
  });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/governance.db'),
  // When unset a token is generated, never "no auth".
  ADMIN_TOKEN: secret,
  METRICS_TOKEN: secret,
  MAX_BODY_BYTES: count(DEFAULT_MAX_BODY_BYTES),
  GRAPHQL_MAX_DEPTH: count(DEFAULT_QUERY_LIMITS.maxDepth),
  GRAPHQL_MAX_COST: count(DEFAULT_QUERY_LIMITS.maxCost),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_QUERY_LIMITS.maxAliases),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_QUERY_LIMITS.maxDirectives),
  GRAPHQL_MAX_TOKENS: count(DEFAULT_QUERY_LIMITS.maxTokens),
  GRAPHQL_MAX_BATCH: count(DEFAULT_QUERY_LIMITS.maxBatch),
  GRAPHQL_INTROSPECTION: flag(true),
  SHUTDOWN_TIMEOUT_MS: count(DEFAULT_SHUTDOWN_TIMEOUT_MS),
  MAX_OPERATIONS_PER_CONNECTION: count(DEFAULT_MAX_OPERATIONS_PER_CONNECTION),
  MAX_SUBSCRIPTIONS_PER_CREDENTIAL: count(DEFAULT_MAX_SUBSCRIPTIONS_PER_CREDENTIAL),
  CORS_ORIGINS: origins,
});

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  adminToken: string;
  /** True when the token was generated at start-up (and must be printed once). */
  adminTokenGenerated: boolean;
  /** A second token that may read /metrics only (the admin token always may). */
  metricsToken?: string;
  /** Largest request body accepted on /graphql and /api/governance (413 above). */
  maxBodyBytes: number;
  queryLimits: QueryLimits;
  introspection: boolean;
  /** How long a stop waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  maxOperationsPerConnection: number;
  maxSubscriptionsPerCredential: number;
  /** Origins whose browser pages may read replies (CORS); empty: none. */
  corsOrigins: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    adminToken: e.ADMIN_TOKEN ?? randomBytes(24).toString('base64url'),
    adminTokenGenerated: e.ADMIN_TOKEN === undefined,
    metricsToken: e.METRICS_TOKEN,
    maxBodyBytes: e.MAX_BODY_BYTES,
    queryLimits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxBatch: e.GRAPHQL_MAX_BATCH,
    },
    introspection: e.GRAPHQL_INTROSPECTION,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    maxOperationsPerConnection: e.MAX_OPERATIONS_PER_CONNECTION,
    maxSubscriptionsPerCredential: e.MAX_SUBSCRIPTIONS_PER_CREDENTIAL,
    corsOrigins: e.CORS_ORIGINS,
  };
}
