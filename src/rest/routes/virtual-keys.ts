// /virtual-keys: Bifrost's virtual key endpoints (spec §2.1, §3.3); the self-service
// /virtual-keys/quota lives with the usage routes.
import { graphql } from '../gql/index.js';
import { listMeta, pagingOf } from '../paging.js';
import { errorReply, messageReply, ok } from '../reply.js';
import { type RouteRequest, route } from '../route.js';
import { ownedVirtualKeyJson, withRequiredText } from '../shapes.js';

const ListVirtualKeys = graphql(`
  query RestListVirtualKeys($first: Int, $offset: Int, $search: String, $customerId: ID, $teamId: ID) {
    virtualKeys(first: $first, offset: $offset, search: $search, customerId: $customerId, teamId: $teamId) {
      totalCount
      edges { node { ...VirtualKeyListFields } }
    }
  }
`);

const GetVirtualKey = graphql(`
  query RestGetVirtualKey($id: ID!) {
    virtualKey(id: $id) { ...VirtualKeyDetailFields }
  }
`);

const CreateVirtualKey = graphql(`
  mutation RestCreateVirtualKey($input: CreateVirtualKeyInput!) {
    createVirtualKey(input: $input) { ...VirtualKeyDetailFields }
  }
`);

const UpdateVirtualKey = graphql(`
  mutation RestUpdateVirtualKey($id: ID!, $input: UpdateVirtualKeyInput!) {
    updateVirtualKey(id: $id, input: $input) { ...VirtualKeyDetailFields }
  }
`);

const DeleteVirtualKey = graphql(`
  mutation RestDeleteVirtualKey($id: ID!) {
    deleteVirtualKey(id: $id)
  }
`);

/**
 * Bifrost's PUT decides the parents from the body alone (spec §3.3): the parent sent is kept and
 * the other one cleared, and a body naming neither detaches the key from both. GraphQL keeps an
 * absent parent, so the parent a body leaves out is sent as "" (detach).
 */
function updateInput({ body }: RouteRequest): Record<string, unknown> {
  return { ...body, team_id: body.team_id ?? '', customer_id: body.customer_id ?? '' };
}

export const virtualKeyRoutes = [
  route({
    method: 'GET',
    path: '/virtual-keys',
    document: ListVirtualKeys,
    // from_memory is accepted and ignored: keys are read from the database either way (spec §0).
    variables: (request) => ({
      ...pagingOf(request).variables,
      customerId: request.query.get('customer_id') || null,
      teamId: request.query.get('team_id') || null,
    }),
    reply: ({ virtual_keys }, request) => {
      const items = virtual_keys.edges.flatMap((edge) => (edge ? [ownedVirtualKeyJson(edge.node)] : []));
      return ok({ virtual_keys: items, ...listMeta(pagingOf(request), items.length, virtual_keys.total_count) });
    },
  }),
  route({
    method: 'POST',
    path: '/virtual-keys',
    document: CreateVirtualKey,
    variables: ({ body }) => ({ input: withRequiredText(body, 'name') }),
    reply: ({ create_virtual_key }) =>
      ok({ message: 'Virtual key created successfully', virtual_key: ownedVirtualKeyJson(create_virtual_key) }),
  }),
  route({
    method: 'GET',
    path: '/virtual-keys/{vk_id}',
    document: GetVirtualKey,
    variables: ({ params }) => ({ id: params.vk_id }),
    reply: ({ virtual_key }) =>
      virtual_key ? ok({ virtual_key: ownedVirtualKeyJson(virtual_key) }) : errorReply(404, 'Virtual key not found'),
  }),
  route({
    method: 'PUT',
    path: '/virtual-keys/{vk_id}',
    document: UpdateVirtualKey,
    // `value` and `id` in the body are not fields of the update input, so they are dropped (ignored).
    variables: (request) => ({ id: request.params.vk_id, input: updateInput(request) }),
    reply: ({ update_virtual_key }) =>
      ok({ message: 'Virtual key updated successfully', virtual_key: ownedVirtualKeyJson(update_virtual_key) }),
    badRequestPrefix: 'Failed to update virtual key: ',
  }),
  route({
    method: 'DELETE',
    path: '/virtual-keys/{vk_id}',
    document: DeleteVirtualKey,
    variables: ({ params }) => ({ id: params.vk_id }),
    reply: () => messageReply('Virtual key deleted successfully'),
  }),
];
