// ProviderKey: a provider's API key with its EnvVar-valued secrets and extras, always redacted on
// the way out (spec §6.2); Provider.keys; create / update / delete mutations under a provider.
import {
  createProviderKeySchema,
  type EnvVar,
  PROVIDER_KEY_EXTRA_FIELDS,
  type ProviderKey,
  redactEnvVar,
  updateProviderKeySchema,
} from '../../domain/provider-key.js';
import {
  createProviderKey,
  deleteProviderKey,
  providerKeysByKeyIds,
  providerKeysByProviders,
  updateProviderKey,
} from '../../store/provider-keys.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { groupBy } from './group-by.js';
import { ProviderRef } from './provider.js';

const EnvVarRef = builder.objectRef<EnvVar>('EnvVar').implement({
  description:
    'A value given literally or as a reference to the gateway environment (envVar "env.NAME", fromEnv true). ' +
    'A reference never shows its value; literal secrets show only their first and last 4 characters.',
  fields: (t) => ({
    value: t.exposeString('value'),
    envVar: t.exposeString('envVar'),
    fromEnv: t.exposeBoolean('fromEnv'),
  }),
});

const EnvVarInputRef = builder.inputType('EnvVarInput', {
  description:
    'fromEnv true needs envVar "env.NAME". Sending back the masked form a response showed keeps the stored secret.',
  fields: (t) => ({
    value: t.string(),
    envVar: t.string(),
    fromEnv: t.boolean(),
  }),
});

export const ProviderKeyRef = builder.loadableObject('ProviderKey', {
  description: 'An API key of a provider. Secrets (value, client secrets, credentials, access keys) are redacted.',
  load: (keyIds: string[], ctx) => providerKeysByKeyIds(ctx.db, keyIds),
  sort: (key) => key.keyId,
  // Every EnvVar field resolves through redactEnvVar: the one way stored key material reaches a response.
  fields: (t) => ({
    id: t.exposeInt('id'),
    keyId: t.exposeID('keyId', { description: 'The uuid provider configs (keyIds) and routing targets refer to.' }),
    name: t.exposeString('name'),
    provider: t.exposeString('provider'),
    providerId: t.exposeInt('providerId'),
    value: t.field({ type: EnvVarRef, resolve: (key) => redactEnvVar('value', key.value) }),
    models: t.exposeStringList('models'),
    weight: t.exposeFloat('weight'),
    enabled: t.exposeBoolean('enabled'),
    useForBatchApi: t.exposeBoolean('useForBatchApi'),
    configHash: t.exposeString('configHash', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (key) => key.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (key) => key.updatedAt }),
    ...Object.fromEntries(
      PROVIDER_KEY_EXTRA_FIELDS.map((field) => [
        field,
        t.field({
          type: EnvVarRef,
          nullable: true,
          resolve: (key) => {
            const envVar = key[field];
            return envVar && redactEnvVar(field, envVar);
          },
        }),
      ]),
    ),
  }),
});

builder.objectField(ProviderRef, 'keys', (t) =>
  t.loadableGroup({
    type: ProviderKeyRef,
    description: 'The API keys of this provider (redacted).',
    load: (ids: number[], ctx) => providerKeysByProviders(ctx.db, ids),
    group: groupBy((key: ProviderKey) => key.providerId),
    resolve: (provider) => provider.id,
  }),
);

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Fields shared by the create and update inputs; `required` marks what create needs. */
function keyInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, required: boolean) {
  return {
    name: t.string({ required }),
    value: t.field({ type: EnvVarInputRef, required, description: 'The API key itself.' }),
    models: t.stringList({ description: 'Models this key serves; [] = all.' }),
    weight: t.float({ description: 'Load-balancing weight among the provider\'s keys (default 1).' }),
    enabled: t.boolean({ description: 'Default true.' }),
    useForBatchApi: t.boolean({ description: 'Default false.' }),
    ...Object.fromEntries(PROVIDER_KEY_EXTRA_FIELDS.map((field) => [field, t.field({ type: EnvVarInputRef })])),
  };
}

const CreateProviderKeyInput = builder.inputType('CreateProviderKeyInput', {
  fields: (t) => keyInputFields(t, true),
});

const UpdateProviderKeyInput = builder.inputType('UpdateProviderKeyInput', {
  description:
    'Partial update: absent fields are unchanged; null clears an extra (name, value and flags cannot be cleared).',
  fields: (t) => keyInputFields(t, false),
});

builder.mutationFields((t) => ({
  createProviderKey: t.field({
    type: ProviderKeyRef,
    description: 'Adds a key to a provider (NOT_FOUND for an unknown provider name).',
    args: {
      provider: t.arg.string({ required: true }),
      input: t.arg({ type: CreateProviderKeyInput, required: true }),
    },
    validate: { schema: createProviderKeySchema },
    resolve: (_root, args, ctx) => {
      const { provider, input } = createProviderKeySchema.parse(args);
      return write(ctx, (db, now) => createProviderKey(db, provider, input, now));
    },
  }),
  updateProviderKey: t.field({
    type: ProviderKeyRef,
    args: { keyId: t.arg.id({ required: true }), input: t.arg({ type: UpdateProviderKeyInput, required: true }) },
    validate: { schema: updateProviderKeySchema },
    resolve: (_root, args, ctx) => {
      const { keyId, input } = updateProviderKeySchema.parse(args);
      return write(ctx, (db, now) => updateProviderKey(db, keyId, input, now));
    },
  }),
  deleteProviderKey: t.id({
    description: 'Deletes the key; provider configs that listed it no longer can use it. Returns the keyId.',
    args: { keyId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deleteProviderKey(db, String(args.keyId))),
  }),
}));
