// /providers: provider governance (spec §2.6, seed for PUT: flat provider/budget/rate_limit), adding
// a custom provider and listing a provider's redacted keys (§9.1).
import { graphql } from '../gql/index.js';
import { errorReply, messageReply, ok } from '../reply.js';
import { route } from '../route.js';

graphql(`
  fragment ProviderGovernanceFields on Provider {
    name
    budget { ...BudgetFields }
    rateLimit { ...RateLimitFields }
  }
`);

const ListProviderGovernance = graphql(`
  query RestListProviderGovernance {
    providersWithGovernance { ...ProviderGovernanceFields }
  }
`);

const CreateProvider = graphql(`
  mutation RestCreateProvider($provider: String!) {
    createProvider(name: $provider) { ...ProviderGovernanceFields }
  }
`);

const UpdateProviderGovernance = graphql(`
  mutation RestUpdateProviderGovernance($provider: String!, $input: GovernanceInput!) {
    updateProviderGovernance(provider: $provider, input: $input) { ...ProviderGovernanceFields }
  }
`);

const DeleteProviderGovernance = graphql(`
  mutation RestDeleteProviderGovernance($provider: String!) {
    deleteProviderGovernance(provider: $provider) { name }
  }
`);

const ListProviderKeys = graphql(`
  query RestListProviderKeys($provider: String!) {
    provider(name: $provider) { keys { ...ProviderKeyFields } }
  }
`);

interface Governed {
  name: string;
  budget?: object | null;
  rate_limit?: object | null;
}

/** `{provider, budget?, rate_limit?}`: the limits a provider lacks are left out, as Bifrost omits them. */
function governanceJson({ name, budget, rate_limit }: Governed) {
  return { provider: name, ...(budget && { budget }), ...(rate_limit && { rate_limit }) };
}

export const providerRoutes = [
  route({
    method: 'GET',
    path: '/providers',
    document: ListProviderGovernance,
    reply: ({ providers_with_governance }) =>
      ok({ providers: providers_with_governance.map(governanceJson), count: providers_with_governance.length }),
  }),
  route({
    method: 'POST',
    path: '/providers',
    document: CreateProvider,
    // A missing name becomes "" so the domain answers "provider name is required".
    variables: ({ body }) => ({ provider: body.provider ?? '' }),
    reply: ({ create_provider }) => ok({ message: 'Provider created successfully', ...governanceJson(create_provider) }),
  }),
  route({
    method: 'PUT',
    path: '/providers/{provider_name}',
    document: UpdateProviderGovernance,
    variables: ({ params, body }) => ({ provider: params.provider_name, input: body }),
    reply: ({ update_provider_governance }) =>
      ok({ message: 'Provider governance updated successfully', ...governanceJson(update_provider_governance) }),
  }),
  route({
    method: 'DELETE',
    path: '/providers/{provider_name}',
    document: DeleteProviderGovernance,
    variables: ({ params }) => ({ provider: params.provider_name }),
    reply: () => messageReply('Provider governance deleted successfully'),
  }),
  route({
    method: 'GET',
    path: '/providers/{provider_name}/keys',
    document: ListProviderKeys,
    variables: ({ params }) => ({ provider: params.provider_name }),
    reply: ({ provider }) =>
      provider ? ok({ keys: provider.keys, count: provider.keys.length }) : errorReply(404, 'Provider not found'),
  }),
];
