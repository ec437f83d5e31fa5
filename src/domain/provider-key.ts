// Provider keys (spec §1.7, §6.2, §9.1): the entity with its EnvVar-valued secrets and extras, the
// input schemas, and redaction: no response ever carries a stored secret.
import { z } from 'zod';
import { cappedList } from './list-limits.js';
import { MAX_WEIGHT } from './number-limits.js';
import { line, MAX_SECRET_LENGTH, requiredName, text } from './text-limits.js';

/** A value given literally or by reference to the gateway's environment (`env.NAME`). */
export interface EnvVar {
  value: string;
  envVar: string;
  fromEnv: boolean;
}

/** Provider-specific settings, in the order of the upstream schema. */
export const PROVIDER_KEY_EXTRA_FIELDS = [
  'azureEndpoint', 'azureApiVersion', 'azureClientId', 'azureClientSecret', 'azureTenantId',
  'vertexProjectId', 'vertexProjectNumber', 'vertexRegion', 'vertexAuthCredentials',
  'bedrockAccessKey', 'bedrockSecretKey', 'bedrockSessionToken', 'bedrockRegion', 'bedrockArn',
] as const;
export type ProviderKeyExtraField = (typeof PROVIDER_KEY_EXTRA_FIELDS)[number];
export type EnvVarField = 'value' | ProviderKeyExtraField;

/** Fields whose literal values are masked in responses (spec §6.2). */
export const SECRET_FIELDS: ReadonlySet<EnvVarField> = new Set<EnvVarField>([
  'value', 'azureClientSecret', 'vertexAuthCredentials', 'bedrockAccessKey', 'bedrockSecretKey', 'bedrockSessionToken',
]);

export type ProviderKeyExtras = { [K in ProviderKeyExtraField]: EnvVar | null };

export interface ProviderKey extends ProviderKeyExtras {
  id: number;
  /** The uuid that `keyIds` and routing targets refer to. */
  keyId: string;
  name: string;
  providerId: number;
  provider: string;
  value: EnvVar;
  models: string[];
  weight: number;
  enabled: boolean;
  useForBatchApi: boolean;
  configHash: string | null;
  createdAt: string;
  updatedAt: string;
}

const MASK_MIDDLE = '*'.repeat(24);

/** First and last 4 characters around 24 `*`; short secrets are all `*`. */
export function maskSecret(secret: string): string {
  if (secret.length <= 8) return '*'.repeat(secret.length);
  return `${secret.slice(0, 4)}${MASK_MIDDLE}${secret.slice(-4)}`;
}

/**
 * What a response shows of an EnvVar: a reference never reveals its resolved value, and a literal
 * secret is masked. Non-secret literals (endpoints, regions, …) are shown as stored.
 */
export function redactEnvVar(field: EnvVarField, envVar: EnvVar): EnvVar {
  if (envVar.fromEnv) return { value: '', envVar: envVar.envVar, fromEnv: true };
  return SECRET_FIELDS.has(field) ? { ...envVar, value: maskSecret(envVar.value) } : envVar;
}

const sameEnvVar = (a: EnvVar, b: EnvVar) => a.value === b.value && a.envVar === b.envVar && a.fromEnv === b.fromEnv;

/**
 * The EnvVar to store when a client sends `submitted` for a field holding `stored`: sending back
 * the redacted form a response showed keeps the real secret (spec §6.2).
 */
export function mergeSubmittedEnvVar(field: EnvVarField, stored: EnvVar | null, submitted: EnvVar): EnvVar {
  return stored && sameEnvVar(redactEnvVar(field, stored), submitted) ? stored : submitted;
}

const ENV_REFERENCE = /^env\.[A-Za-z_][A-Za-z0-9_]*$/;

export const envVarInputSchema = z
  .object({
    value: text('value', MAX_SECRET_LENGTH).nullish(),
    envVar: line('env_var').nullish(),
    fromEnv: z.boolean().nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.fromEnv && !ENV_REFERENCE.test(input.envVar ?? '')) {
      ctx.addIssue({
        code: 'custom',
        message:
          'env_var must reference an environment variable as env.NAME when from_env is true, ' +
          `got "${input.envVar ?? ''}"`,
        path: ['envVar'],
      });
    }
  })
  .transform(
    (input): EnvVar => ({ value: input.value ?? '', envVar: input.envVar ?? '', fromEnv: input.fromEnv ?? false }),
  );

/** The key's own secret: a literal must be non-empty. */
const keyValueSchema = envVarInputSchema.superRefine((envVar, ctx) => {
  if (!envVar.fromEnv && envVar.value === '') {
    ctx.addIssue({ code: 'custom', message: 'key value is required', path: ['value'] });
  }
});

const extraFields = Object.fromEntries(
  PROVIDER_KEY_EXTRA_FIELDS.map((field) => [field, envVarInputSchema.nullish()]),
) as {
  [K in ProviderKeyExtraField]: z.ZodOptional<z.ZodNullable<typeof envVarInputSchema>>;
};

const keyName = requiredName('key name is required');
const weight = z.number().min(0, 'key weight cannot be negative').max(MAX_WEIGHT, `key weight must be at most ${MAX_WEIGHT}`);

export const createProviderKeySchema = z.object({
  provider: z.string(),
  input: z.object({
    name: keyName,
    value: keyValueSchema,
    models: cappedList(line('models'), 'models').nullish(),
    weight: weight.nullish(),
    enabled: z.boolean().nullish(),
    useForBatchApi: z.boolean().nullish(),
    ...extraFields,
  }),
});

export const updateProviderKeySchema = z.object({
  keyId: z.string(),
  input: z.object({
    name: keyName.nullish(),
    value: keyValueSchema.nullish(),
    models: cappedList(line('models'), 'models').nullish(),
    weight: weight.nullish(),
    enabled: z.boolean().nullish(),
    useForBatchApi: z.boolean().nullish(),
    ...extraFields,
  }),
});

export type CreateProviderKeyInput = z.infer<typeof createProviderKeySchema>['input'];
export type UpdateProviderKeyInput = z.infer<typeof updateProviderKeySchema>['input'];
