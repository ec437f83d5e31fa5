// Environment → typed configuration, validated with clear errors (DESIGN.md runtime contract).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('./data/governance.db'),
  // An empty ADMIN_TOKEN counts as unset (a token is then generated), never as "no auth".
  ADMIN_TOKEN: z
    .string()
    .optional()
    .transform((token) => token || undefined),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  adminToken: string;
  /** True when the token was generated at start-up (and must be printed once). */
  adminTokenGenerated: boolean;
  production: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const { PORT, HOST, DATABASE_PATH, ADMIN_TOKEN, NODE_ENV } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    databasePath: DATABASE_PATH,
    adminToken: ADMIN_TOKEN ?? randomBytes(24).toString('base64url'),
    adminTokenGenerated: ADMIN_TOKEN === undefined,
    production: NODE_ENV === 'production',
  };
}
