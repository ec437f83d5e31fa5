// /business-units: the newest upstream shape (spec §2.9): bare objects, 201 on create, 204 on delete,
// its own paging (`total`, limit default 50), and governance set apart (seed).
import { ValidationError } from '../../domain/errors.js';
import { graphql } from '../gql/index.js';
import { errorReply, ok } from '../reply.js';
import { type RouteRequest, route } from '../route.js';
import { withLimitIds, withOwnerRef, withRequiredText } from '../shapes.js';

graphql(`
  fragment BusinessUnitFields on BusinessUnit {
    id
    name
    description
    sourceId
    profile
    config
    claims
    budget { ...BudgetFields ownerKind ownerId }
    rateLimit { ...RateLimitFields }
    configHash
    createdByUserId
    createdAt
    updatedAt
  }
`);

const ListBusinessUnits = graphql(`
  query RestListBusinessUnits($first: Int, $offset: Int, $search: String) {
    businessUnits(first: $first, offset: $offset, search: $search) {
      totalCount
      edges { node { ...BusinessUnitFields } }
    }
  }
`);

const GetBusinessUnit = graphql(`
  query RestGetBusinessUnit($id: ID!) {
    businessUnit(id: $id) { ...BusinessUnitFields }
  }
`);

const CreateBusinessUnit = graphql(`
  mutation RestCreateBusinessUnit($input: CreateBusinessUnitInput!) {
    createBusinessUnit(input: $input) { ...BusinessUnitFields }
  }
`);

const UpdateBusinessUnit = graphql(`
  mutation RestUpdateBusinessUnit($id: ID!, $input: UpdateBusinessUnitInput!) {
    updateBusinessUnit(id: $id, input: $input) { ...BusinessUnitFields }
  }
`);

const UpdateBusinessUnitGovernance = graphql(`
  mutation RestUpdateBusinessUnitGovernance($id: ID!, $input: GovernanceInput!) {
    updateBusinessUnitGovernance(id: $id, input: $input) { ...BusinessUnitFields }
  }
`);

const DeleteBusinessUnit = graphql(`
  mutation RestDeleteBusinessUnit($id: ID!) {
    deleteBusinessUnit(id: $id)
  }
`);

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 100;
const BAD_PAGING = 'limit and offset must be non-negative integers';

/** Upstream's business unit paging: one message for any bad value, and a limit of 0 is bad too. */
function unitPaging({ query }: RouteRequest) {
  const parse = (name: 'limit' | 'offset', fallback: number, min: number) => {
    const text = query.get(name);
    if (text === null) return fallback;
    if (!/^\d+$/.test(text.trim()) || Number(text) < min) throw new ValidationError(BAD_PAGING, name);
    return Number(text);
  };
  return {
    first: Math.min(parse('limit', DEFAULT_LIMIT, 1), MAX_LIMIT),
    offset: parse('offset', 0, 0),
    search: query.get('search') || null,
  };
}

type UnitJson = Parameters<typeof withLimitIds>[0] & { budget?: Parameters<typeof withOwnerRef>[0] | null };

function unitJson<T extends UnitJson>(unit: T) {
  return withLimitIds({ ...unit, budget: unit.budget ? withOwnerRef(unit.budget) : null });
}

/** PUT and PATCH are the same partial update. */
const update = (method: 'PUT' | 'PATCH') =>
  route({
    method,
    path: '/business-units/{id}',
    document: UpdateBusinessUnit,
    variables: ({ params, body }) => ({ id: params.id, input: body }),
    reply: ({ update_business_unit }) => ok(unitJson(update_business_unit)),
  });

export const businessUnitRoutes = [
  route({
    method: 'GET',
    path: '/business-units',
    document: ListBusinessUnits,
    variables: unitPaging,
    reply: ({ business_units }, request) => {
      const items = business_units.edges.flatMap((edge) => (edge ? [unitJson(edge.node)] : []));
      const { first, offset } = unitPaging(request);
      return ok({ business_units: items, total: business_units.total_count, count: items.length, limit: first, offset });
    },
  }),
  route({
    method: 'POST',
    path: '/business-units',
    document: CreateBusinessUnit,
    variables: ({ body }) => ({ input: withRequiredText(body, 'name') }),
    reply: ({ create_business_unit }) => ok(unitJson(create_business_unit), 201),
  }),
  route({
    method: 'GET',
    path: '/business-units/{id}',
    document: GetBusinessUnit,
    variables: ({ params }) => ({ id: params.id }),
    reply: ({ business_unit }) => (business_unit ? ok(unitJson(business_unit)) : errorReply(404, 'Business unit not found')),
  }),
  update('PUT'),
  update('PATCH'),
  route({
    method: 'DELETE',
    path: '/business-units/{id}',
    document: DeleteBusinessUnit,
    variables: ({ params }) => ({ id: params.id }),
    reply: () => ({ status: 204 }),
  }),
  route({
    method: 'PUT',
    path: '/business-units/{id}/governance',
    document: UpdateBusinessUnitGovernance,
    variables: ({ params, body }) => ({ id: params.id, input: body }),
    reply: ({ update_business_unit_governance }) =>
      ok({
        message: 'Business unit governance updated successfully',
        business_unit: unitJson(update_business_unit_governance),
      }),
  }),
];
