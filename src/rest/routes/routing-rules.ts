// /routing-rules: Bifrost's routing-rule endpoints (spec §2.7, §7.1).
import { graphql } from '../gql/index.js';
import { listMeta, pagingOf } from '../paging.js';
import { errorReply, messageReply, ok } from '../reply.js';
import { route } from '../route.js';
import { withRequiredText } from '../shapes.js';

const RoutingRuleFields = graphql(`
  fragment RoutingRuleFields on RoutingRule {
    id
    name
    description
    enabled
    chainRule
    celExpression
    targets { provider model keyId weight }
    fallbacks
    scope
    scopeId
    priority
    query
    configHash
    createdAt
    updatedAt
  }
`);

const ListRoutingRules = graphql(`
  query RestListRoutingRules($first: Int, $offset: Int, $search: String, $scope: String, $scopeId: ID) {
    routingRules(first: $first, offset: $offset, search: $search, scope: $scope, scopeId: $scopeId) {
      totalCount
      edges { node { ...RoutingRuleFields } }
    }
  }
`);

const GetRoutingRule = graphql(`
  query RestGetRoutingRule($id: ID!) {
    routingRule(id: $id) { ...RoutingRuleFields }
  }
`);

const CreateRoutingRule = graphql(`
  mutation RestCreateRoutingRule($input: CreateRoutingRuleInput!) {
    createRoutingRule(input: $input) { ...RoutingRuleFields }
  }
`);

const UpdateRoutingRule = graphql(`
  mutation RestUpdateRoutingRule($id: ID!, $input: UpdateRoutingRuleInput!) {
    updateRoutingRule(id: $id, input: $input) { ...RoutingRuleFields }
  }
`);

const DeleteRoutingRule = graphql(`
  mutation RestDeleteRoutingRule($id: ID!) {
    deleteRoutingRule(id: $id)
  }
`);

/**
 * A target without `weight` decodes to weight 0 in Bifrost, so it answers "each target weight must
 * be positive" rather than a missing-field error; other shapes are left for GraphQL to reject.
 */
function withTargetWeights(targets: unknown): unknown {
  if (!Array.isArray(targets)) return targets;
  return targets.map((target: unknown) =>
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...target, weight: (target as { weight?: unknown }).weight ?? 0 }
      : target,
  );
}

export const routingRuleRoutes = [
  route({
    method: 'GET',
    path: '/routing-rules',
    document: ListRoutingRules,
    // from_memory is accepted and ignored: rules are read from the database either way (spec §0).
    variables: (request) => ({
      ...pagingOf(request).variables,
      scope: request.query.get('scope') || null,
      scopeId: request.query.get('scope_id') || null,
    }),
    reply: ({ routing_rules }, request) => {
      const rules = routing_rules.edges.flatMap((edge) => (edge ? [edge.node] : []));
      return ok({ rules, ...listMeta(pagingOf(request), rules.length, routing_rules.total_count) });
    },
  }),
  route({
    method: 'POST',
    path: '/routing-rules',
    document: CreateRoutingRule,
    // Missing name and targets reach the domain as Bifrost's zero values, so its messages answer.
    variables: ({ body }) => ({
      input: { ...withRequiredText(body, 'name'), targets: withTargetWeights(body.targets ?? []) },
    }),
    reply: ({ create_routing_rule }) => ok({ message: 'Routing rule created successfully', rule: create_routing_rule }),
  }),
  route({
    method: 'GET',
    path: '/routing-rules/{rule_id}',
    document: GetRoutingRule,
    variables: ({ params }) => ({ id: params.rule_id }),
    reply: ({ routing_rule }) => (routing_rule ? ok({ rule: routing_rule }) : errorReply(404, 'Routing rule not found')),
  }),
  route({
    method: 'PUT',
    path: '/routing-rules/{rule_id}',
    document: UpdateRoutingRule,
    variables: ({ params, body }) => ({
      id: params.rule_id,
      input: body.targets == null ? body : { ...body, targets: withTargetWeights(body.targets) },
    }),
    reply: ({ update_routing_rule }) => ok({ message: 'Routing rule updated successfully', rule: update_routing_rule }),
  }),
  route({
    method: 'DELETE',
    path: '/routing-rules/{rule_id}',
    document: DeleteRoutingRule,
    variables: ({ params }) => ({ id: params.rule_id }),
    reply: () => messageReply('Routing rule deleted successfully'),
  }),
];
