// /model-configs: Bifrost's model config endpoints (spec §2.5), replies shaped as the seed's PUT document.
import { graphql } from '../gql/index.js';
import { listMeta, pagingOf } from '../paging.js';
import { errorReply, messageReply, ok } from '../reply.js';
import { route } from '../route.js';
import { withOwnedBudgets, withRequiredText } from '../shapes.js';

graphql(`
  fragment ModelConfigFields on ModelConfig {
    id
    modelName
    provider
    scope
    scopeId
    scopeName
    calendarAligned
    budgets { ...BudgetFields ownerKind ownerId }
    budget { ...BudgetFields ownerKind ownerId }
    rateLimit { ...RateLimitFields }
    createdAt
    updatedAt
  }
`);

const ListModelConfigs = graphql(`
  query RestListModelConfigs($first: Int, $offset: Int, $search: String) {
    modelConfigs(first: $first, offset: $offset, search: $search) {
      totalCount
      edges { node { ...ModelConfigFields } }
    }
  }
`);

const GetModelConfig = graphql(`
  query RestGetModelConfig($id: ID!) {
    modelConfig(id: $id) { ...ModelConfigFields }
  }
`);

const CreateModelConfig = graphql(`
  mutation RestCreateModelConfig($input: CreateModelConfigInput!) {
    createModelConfig(input: $input) { ...ModelConfigFields }
  }
`);

const UpdateModelConfig = graphql(`
  mutation RestUpdateModelConfig($id: ID!, $input: UpdateModelConfigInput!) {
    updateModelConfig(id: $id, input: $input) { ...ModelConfigFields }
  }
`);

const DeleteModelConfig = graphql(`
  mutation RestDeleteModelConfig($id: ID!) {
    deleteModelConfig(id: $id)
  }
`);

/** The seed's model config: budgets with their owner back-reference, plus budget_id / rate_limit_id. */
const modelConfigJson = withOwnedBudgets;

export const modelConfigRoutes = [
  route({
    method: 'GET',
    path: '/model-configs',
    document: ListModelConfigs,
    variables: (request) => pagingOf(request).variables,
    reply: ({ model_configs }, request) => {
      const items = model_configs.edges.flatMap((edge) => (edge ? [modelConfigJson(edge.node)] : []));
      return ok({ model_configs: items, ...listMeta(pagingOf(request), items.length, model_configs.total_count) });
    },
  }),
  route({
    method: 'POST',
    path: '/model-configs',
    document: CreateModelConfig,
    variables: ({ body }) => ({ input: withRequiredText(body, 'model_name') }),
    reply: ({ create_model_config }) =>
      ok({ message: 'Model config created successfully', model_config: modelConfigJson(create_model_config) }),
  }),
  route({
    method: 'GET',
    path: '/model-configs/{mc_id}',
    document: GetModelConfig,
    variables: ({ params }) => ({ id: params.mc_id }),
    reply: ({ model_config }) =>
      model_config ? ok({ model_config: modelConfigJson(model_config) }) : errorReply(404, 'Model config not found'),
  }),
  route({
    method: 'PUT',
    path: '/model-configs/{mc_id}',
    document: UpdateModelConfig,
    variables: ({ params, body }) => ({ id: params.mc_id, input: body }),
    reply: ({ update_model_config }) =>
      ok({ message: 'Model config updated successfully', model_config: modelConfigJson(update_model_config) }),
  }),
  route({
    method: 'DELETE',
    path: '/model-configs/{mc_id}',
    document: DeleteModelConfig,
    variables: ({ params }) => ({ id: params.mc_id }),
    reply: () => messageReply('Model config deleted successfully'),
  }),
];
