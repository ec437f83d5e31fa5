// The provider key as Bifrost's JSON shows it (spec §1.7, seed): every field, secrets already
// redacted by the GraphQL type. Shared by the provider key list and provider configs' `keys`.
import { graphql } from './gql/index.js';

export const EnvVarFields = graphql(`
  fragment EnvVarFields on EnvVar {
    value
    envVar
    fromEnv
  }
`);

export const ProviderKeyFields = graphql(`
  fragment ProviderKeyFields on ProviderKey {
    id
    name
    providerId
    provider
    keyId
    value { ...EnvVarFields }
    models
    weight
    enabled
    useForBatchApi
    createdAt
    updatedAt
    configHash
    azureEndpoint { ...EnvVarFields }
    azureApiVersion { ...EnvVarFields }
    azureClientId { ...EnvVarFields }
    azureClientSecret { ...EnvVarFields }
    azureTenantId { ...EnvVarFields }
    vertexProjectId { ...EnvVarFields }
    vertexProjectNumber { ...EnvVarFields }
    vertexRegion { ...EnvVarFields }
    vertexAuthCredentials { ...EnvVarFields }
    bedrockAccessKey { ...EnvVarFields }
    bedrockSecretKey { ...EnvVarFields }
    bedrockSessionToken { ...EnvVarFields }
    bedrockRegion { ...EnvVarFields }
    bedrockArn { ...EnvVarFields }
  }
`);
