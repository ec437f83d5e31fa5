import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { CreateProviderKeyInput } from '../gql/graphql.js';
import { makeTestApp, type TestApp } from '../helpers/app.js';

// Fragments are registered with codegen by these calls; the documents below spread them.
graphql(`
  fragment PkEnvVar on EnvVar { value envVar fromEnv }
`);

graphql(`
  fragment PkFields on ProviderKey {
    id
    keyId
    name
    provider
    providerId
    value { ...PkEnvVar }
    models
    weight
    enabled
    useForBatchApi
    configHash
    azureEndpoint { ...PkEnvVar }
    azureApiVersion { ...PkEnvVar }
    azureClientId { ...PkEnvVar }
    azureClientSecret { ...PkEnvVar }
    azureTenantId { ...PkEnvVar }
    vertexProjectId { ...PkEnvVar }
    vertexProjectNumber { ...PkEnvVar }
    vertexRegion { ...PkEnvVar }
    vertexAuthCredentials { ...PkEnvVar }
    bedrockAccessKey { ...PkEnvVar }
    bedrockSecretKey { ...PkEnvVar }
    bedrockSessionToken { ...PkEnvVar }
    bedrockRegion { ...PkEnvVar }
    bedrockArn { ...PkEnvVar }
  }
`);

const CreateKey = graphql(`
  mutation PkCreate($provider: String!, $input: CreateProviderKeyInput!) {
    createProviderKey(provider: $provider, input: $input) { ...PkFields }
  }
`);

const UpdateKey = graphql(`
  mutation PkUpdate($keyId: ID!, $input: UpdateProviderKeyInput!) {
    updateProviderKey(keyId: $keyId, input: $input) { ...PkFields }
  }
`);

const DeleteKey = graphql(`
  mutation PkDelete($keyId: ID!) {
    deleteProviderKey(keyId: $keyId)
  }
`);

const ProviderKeys = graphql(`
  query PkProviderKeys($name: String!) {
    provider(name: $name) { name keys { ...PkFields } }
  }
`);

const CreateCustomer = graphql(`
  mutation PkCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { id }
  }
`);

const CreateTeam = graphql(`
  mutation PkCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { id }
  }
`);

const CreateVirtualKey = graphql(`
  mutation PkCreateVirtualKey($input: CreateVirtualKeyInput!) {
    createVirtualKey(input: $input) { id providerConfigs { keys { keyId } } }
  }
`);

const VirtualKeyConfigKeys = graphql(`
  query PkVirtualKeyConfigKeys($id: ID!) {
    virtualKey(id: $id) { providerConfigs { provider keys { keyId } } }
  }
`);

const NestedKeys = graphql(`
  query PkNested($id: ID!) {
    customer(id: $id) {
      teams {
        virtualKeys {
          providerConfigs {
            keys { ...PkFields }
          }
        }
      }
    }
  }
`);

// Distinctive middles: a leak of any of them would show up in a JSON search.
const SECRETS = {
  openai: 'sk-openai-SECRETMIDDLE-0001',
  azure: 'azure-key-SECRETMIDDLE-0002',
  azureClientSecret: 'azure-client-SECRETMIDDLE-0003',
  vertexAuthCredentials: '{"private_key":"SECRETMIDDLE-0004"}',
  bedrockAccessKey: 'AKIA-SECRETMIDDLE-0005',
  bedrockSecretKey: 'aws-secret-SECRETMIDDLE-0006',
  bedrockSessionToken: 'session-SECRETMIDDLE-0007',
  fromEnv: 'resolved-env-SECRETMIDDLE-0008',
};

const NOT_A_REFERENCE = 'env_var must reference an environment variable as env.NAME when from_env is true, got ';

const mask = (secret: string) => `${secret.slice(0, 4)}${'*'.repeat(24)}${secret.slice(-4)}`;

describe('provider keys', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await makeTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const create = async (provider: string, input: CreateProviderKeyInput) =>
    (await t.gqlOk(CreateKey, { provider, input })).createProviderKey;
  const storedRow = (keyId: string) =>
    t.database.db.selectFrom('provider_keys').selectAll().where('key_id', '=', keyId).executeTakeFirstOrThrow();
  const storedValue = async (keyId: string) => JSON.parse((await storedRow(keyId)).value);

  it('creates a key with a generated key id, defaults and a redacted value', async () => {
    const key = await create('openai', { name: 'main', value: { value: SECRETS.openai } });
    expect(key).toMatchObject({
      name: 'main',
      provider: 'openai',
      value: { value: mask(SECRETS.openai), envVar: '', fromEnv: false },
      models: [],
      weight: 1,
      enabled: true,
      useForBatchApi: false,
      configHash: null,
      azureEndpoint: null,
      bedrockSecretKey: null,
    });
    expect(key.keyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await storedValue(key.keyId)).toEqual({ value: SECRETS.openai, env_var: '', from_env: false });
    const listed = await t.gqlOk(ProviderKeys, { name: 'openai' });
    expect(listed.provider?.keys).toEqual([key]);
    expect((await t.gqlOk(ProviderKeys, { name: 'anthropic' })).provider?.keys).toEqual([]);
  });

  it('shows environment references without value and non-secret extras as stored', async () => {
    const key = await create('azure', {
      name: 'az',
      value: { envVar: 'env.AZURE_KEY', fromEnv: true, value: SECRETS.fromEnv },
      models: ['gpt-4o'],
      weight: 0.5,
      useForBatchApi: true,
      azureEndpoint: { value: 'https://example.openai.azure.com' },
      azureApiVersion: { envVar: 'env.AZURE_VERSION', fromEnv: true },
      azureClientSecret: { value: 'short' },
    });
    expect(key).toMatchObject({
      value: { value: '', envVar: 'env.AZURE_KEY', fromEnv: true },
      models: ['gpt-4o'],
      weight: 0.5,
      useForBatchApi: true,
      azureEndpoint: { value: 'https://example.openai.azure.com', envVar: '', fromEnv: false },
      azureApiVersion: { value: '', envVar: 'env.AZURE_VERSION', fromEnv: true },
      azureClientSecret: { value: '*****', envVar: '', fromEnv: false },
    });
  });

  it.each([
    [{ name: ' ', value: { value: 'x' } }, 'input.name', 'key name is required'],
    [{ name: 'k', value: {} }, 'input.value.value', 'key value is required'],
    [{ name: 'k', value: { fromEnv: true, envVar: 'OPENAI_KEY' } }, 'input.value.envVar', `${NOT_A_REFERENCE}"OPENAI_KEY"`],
    [{ name: 'k', value: { value: 'x' }, bedrockRegion: { fromEnv: true } }, 'input.bedrockRegion.envVar', `${NOT_A_REFERENCE}""`],
    [{ name: 'k', value: { value: 'x' }, weight: -1 }, 'input.weight', 'key weight cannot be negative'],
  ])('rejects %j naming %s', async (input, field, message) => {
    const result = await t.gql(CreateKey, { provider: 'openai', input });
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await t.database.db.selectFrom('provider_keys').selectAll().execute()).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown provider and CONFLICT for a duplicate name', async () => {
    const unknown = await t.gql(CreateKey, { provider: 'notaprovider', input: { name: 'k', value: { value: 'x' } } });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Provider not found', extensions: { code: 'NOT_FOUND' } });
    await create('openai', { name: 'k', value: { value: 'x' } });
    const duplicate = await t.gql(CreateKey, { provider: 'openai', input: { name: 'k', value: { value: 'y' } } });
    expect(duplicate.errors?.[0]).toMatchObject({ message: "Key 'k' already exists for provider 'openai'", extensions: { code: 'CONFLICT' } });
    expect(await create('anthropic', { name: 'k', value: { value: 'z' } })).toMatchObject({ name: 'k', provider: 'anthropic' });
  });

  describe('update', () => {
    it('keeps stored secrets when their redacted form is sent back', async () => {
      const key = await create('bedrock', {
        name: 'b',
        value: { value: SECRETS.openai },
        bedrockSecretKey: { value: SECRETS.bedrockSecretKey },
        bedrockAccessKey: { fromEnv: true, envVar: 'env.AWS_ACCESS', value: SECRETS.bedrockAccessKey },
      });
      const { updateProviderKey } = await t.gqlOk(UpdateKey, {
        keyId: key.keyId,
        input: { name: 'renamed', value: key.value, bedrockSecretKey: key.bedrockSecretKey, bedrockAccessKey: key.bedrockAccessKey },
      });
      expect(updateProviderKey).toMatchObject({ ...key, name: 'renamed' });
      const row = await storedRow(key.keyId);
      expect(JSON.parse(row.value).value).toBe(SECRETS.openai);
      expect(JSON.parse(row.bedrock_secret_key!).value).toBe(SECRETS.bedrockSecretKey);
      expect(JSON.parse(row.bedrock_access_key!)).toEqual({ value: SECRETS.bedrockAccessKey, env_var: 'env.AWS_ACCESS', from_env: true });
    });

    it('replaces a secret with a new one, clears extras with null, leaves absent fields', async () => {
      const key = await create('azure', {
        name: 'a',
        value: { value: SECRETS.azure },
        azureClientSecret: { value: SECRETS.azureClientSecret },
        azureTenantId: { value: 'tenant' },
        models: ['gpt-4o'],
      });
      const { updateProviderKey } = await t.gqlOk(UpdateKey, {
        keyId: key.keyId,
        input: { value: { value: 'new-secret-value-1234' }, azureClientSecret: null, enabled: false, models: ['*'] },
      });
      expect(updateProviderKey).toMatchObject({
        name: 'a',
        value: { value: mask('new-secret-value-1234') },
        azureClientSecret: null,
        azureTenantId: { value: 'tenant' },
        enabled: false,
        models: ['*'],
      });
      expect((await storedValue(key.keyId)).value).toBe('new-secret-value-1234');
      const switched = await t.gqlOk(UpdateKey, { keyId: key.keyId, input: { value: { fromEnv: true, envVar: 'env.AZ' } } });
      expect(switched.updateProviderKey.value).toEqual({ value: '', envVar: 'env.AZ', fromEnv: true });
    });

    it('answers NOT_FOUND for unknown keys and CONFLICT when renaming onto another key', async () => {
      const missing = await t.gql(UpdateKey, { keyId: 'nope', input: { name: 'x' } });
      expect(missing.errors?.[0]).toMatchObject({ message: 'Provider key not found', extensions: { code: 'NOT_FOUND' } });
      const a = await create('openai', { name: 'a', value: { value: 'x' } });
      await create('openai', { name: 'b', value: { value: 'y' } });
      const clash = await t.gql(UpdateKey, { keyId: a.keyId, input: { name: 'b' } });
      expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
  });

  it('deletes a key; provider configs that listed it lose it', async () => {
    const a = await create('openai', { name: 'a', value: { value: 'x' } });
    const b = await create('openai', { name: 'b', value: { value: 'y' } });
    const { createVirtualKey } = await t.gqlOk(CreateVirtualKey, {
      input: { name: 'v', providerConfigs: [{ provider: 'openai', keyIds: [a.keyId, b.keyId] }] },
    });
    expect(createVirtualKey.providerConfigs[0]?.keys).toHaveLength(2);
    expect((await t.gqlOk(DeleteKey, { keyId: a.keyId })).deleteProviderKey).toBe(a.keyId);
    const after = await t.gqlOk(VirtualKeyConfigKeys, { id: createVirtualKey.id });
    expect(after.virtualKey?.providerConfigs).toEqual([{ provider: 'openai', keys: [{ keyId: b.keyId }] }]);
    expect((await t.gql(DeleteKey, { keyId: a.keyId })).errors?.[0]).toMatchObject({
      message: 'Provider key not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('never returns a stored secret, in nested virtual key configs or under the provider', async () => {
    const openai = await create('openai', { name: 'o', value: { value: SECRETS.openai } });
    await create('openai', { name: 'env', value: { fromEnv: true, envVar: 'env.OPENAI', value: SECRETS.fromEnv } });
    await create('azure', {
      name: 'az',
      value: { value: SECRETS.azure },
      azureClientSecret: { value: SECRETS.azureClientSecret },
      azureEndpoint: { value: 'https://example.openai.azure.com' },
    });
    await create('vertex', { name: 'vx', value: { value: 'v' }, vertexAuthCredentials: { value: SECRETS.vertexAuthCredentials } });
    await create('bedrock', {
      name: 'br',
      value: { value: 'b' },
      bedrockAccessKey: { value: SECRETS.bedrockAccessKey },
      bedrockSecretKey: { value: SECRETS.bedrockSecretKey },
      bedrockSessionToken: { fromEnv: true, envVar: 'env.AWS_SESSION', value: SECRETS.bedrockSessionToken },
    });
    const customerId = (await t.gqlOk(CreateCustomer, { input: { name: 'Acme' } })).createCustomer.id;
    const teamId = (await t.gqlOk(CreateTeam, { input: { name: 'T', customerId } })).createTeam.id;
    await t.gqlOk(CreateVirtualKey, {
      input: {
        name: 'v',
        teamId,
        providerConfigs: [
          { provider: 'openai', keyIds: [openai.keyId] },
          { provider: 'azure', keyIds: ['*'] },
          { provider: 'vertex', keyIds: ['*'] },
          { provider: 'bedrock', keyIds: ['*'] },
        ],
      },
    });
    t.clock.advance(1000);
    await t.gqlOk(CreateVirtualKey, { input: { name: 'w', teamId, providerConfigs: [{ provider: 'openai', keyIds: ['*'] }] } });

    const nested = await t.gql(NestedKeys, { id: customerId });
    expect(nested.errors).toBeUndefined();
    const configs = nested.data!.customer!.teams[0]!.virtualKeys.flatMap((key) => key.providerConfigs);
    expect(configs.map((config) => config.keys.length)).toEqual([1, 1, 1, 1, 2]);
    const providers = await Promise.all(
      ['openai', 'azure', 'vertex', 'bedrock'].map((name) => t.gql(ProviderKeys, { name })),
    );
    for (const json of [JSON.stringify(nested), ...providers.map((result) => JSON.stringify(result))]) {
      expect(json).not.toContain('SECRETMIDDLE');
      for (const secret of Object.values(SECRETS)) expect(json).not.toContain(secret);
    }
    expect(providers[2]?.data?.provider?.keys[0]?.vertexAuthCredentials?.value).toBe(mask(SECRETS.vertexAuthCredentials));
    expect(providers[1]?.data?.provider?.keys[0]?.azureEndpoint?.value).toBe('https://example.openai.azure.com');
  });
});
