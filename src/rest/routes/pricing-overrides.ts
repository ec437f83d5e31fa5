// /pricing-overrides: Bifrost's pricing-override endpoints (spec §2.8, §7.2).
import { graphql } from '../gql/index.js';
import { listMeta, pagingOf } from '../paging.js';
import { errorReply, messageReply, ok } from '../reply.js';
import { route } from '../route.js';
import { withRequiredText } from '../shapes.js';

const PricingOverrideFields = graphql(`
  fragment PricingOverrideFields on PricingOverride {
    id
    name
    scopeKind
    virtualKeyId
    providerId
    providerKeyId
    matchType
    pattern
    requestTypes
    pricingPatch
    patch
    configHash
    createdAt
    updatedAt
  }
`);

const ListPricingOverrides = graphql(`
  query RestListPricingOverrides(
    $first: Int
    $offset: Int
    $search: String
    $scopeKind: String
    $virtualKeyId: ID
    $providerId: String
    $providerKeyId: ID
  ) {
    pricingOverrides(
      first: $first
      offset: $offset
      search: $search
      scopeKind: $scopeKind
      virtualKeyId: $virtualKeyId
      providerId: $providerId
      providerKeyId: $providerKeyId
    ) {
      totalCount
      edges { node { ...PricingOverrideFields } }
    }
  }
`);

const GetPricingOverride = graphql(`
  query RestGetPricingOverride($id: ID!) {
    pricingOverride(id: $id) { ...PricingOverrideFields }
  }
`);

const CreatePricingOverride = graphql(`
  mutation RestCreatePricingOverride($input: CreatePricingOverrideInput!) {
    createPricingOverride(input: $input) { ...PricingOverrideFields }
  }
`);

const UpdatePricingOverride = graphql(`
  mutation RestUpdatePricingOverride($id: ID!, $input: UpdatePricingOverrideInput!) {
    updatePricingOverride(id: $id, input: $input) { ...PricingOverrideFields }
  }
`);

const DeletePricingOverride = graphql(`
  mutation RestDeletePricingOverride($id: ID!) {
    deletePricingOverride(id: $id)
  }
`);

export const pricingOverrideRoutes = [
  route({
    method: 'GET',
    path: '/pricing-overrides',
    document: ListPricingOverrides,
    variables: (request) => ({
      ...pagingOf(request).variables,
      scopeKind: request.query.get('scope_kind') || null,
      virtualKeyId: request.query.get('virtual_key_id') || null,
      providerId: request.query.get('provider_id') || null,
      providerKeyId: request.query.get('provider_key_id') || null,
    }),
    reply: ({ pricing_overrides }, request) => {
      const items = pricing_overrides.edges.flatMap((edge) => (edge ? [edge.node] : []));
      return ok({
        pricing_overrides: items,
        ...listMeta(pagingOf(request), items.length, pricing_overrides.total_count),
      });
    },
  }),
  route({
    method: 'POST',
    path: '/pricing-overrides',
    document: CreatePricingOverride,
    // Missing required fields reach the domain as Bifrost's zero values ("" and an empty list), so
    // its messages answer ("name is required", ...) in its order.
    variables: ({ body }) => ({
      input: {
        ...withRequiredText(body, 'name', 'scope_kind', 'match_type', 'pattern'),
        request_types: body.request_types ?? [],
      },
    }),
    reply: ({ create_pricing_override }) =>
      ok({ message: 'Pricing override created successfully', pricing_override: create_pricing_override }, 201),
  }),
  route({
    method: 'GET',
    path: '/pricing-overrides/{id}',
    document: GetPricingOverride,
    variables: ({ params }) => ({ id: params.id }),
    reply: ({ pricing_override }) =>
      pricing_override ? ok({ pricing_override }) : errorReply(404, 'Pricing override not found'),
  }),
  route({
    method: 'PUT',
    path: '/pricing-overrides/{id}',
    document: UpdatePricingOverride,
    variables: ({ params, body }) => ({ id: params.id, input: body }),
    reply: ({ update_pricing_override }) =>
      ok({ message: 'Pricing override updated successfully', pricing_override: update_pricing_override }),
    // The id fields are the one place where null clears and absent keeps (spec §7.2); every other
    // field treats null as absent in the update schema itself.
    keepNulls: true,
  }),
  route({
    method: 'DELETE',
    path: '/pricing-overrides/{id}',
    document: DeletePricingOverride,
    variables: ({ params }) => ({ id: params.id }),
    reply: () => messageReply('Pricing override deleted successfully'),
  }),
];
