// /teams: Bifrost's team endpoints (spec §2.2, §3.4); teams carry their virtual keys (seed).
import { graphql } from '../gql/index.js';
import { listMeta, pagingOf } from '../paging.js';
import { errorReply, messageReply, ok } from '../reply.js';
import { route } from '../route.js';
import { teamJson, withRequiredText } from '../shapes.js';

const ListTeams = graphql(`
  query RestListTeams($first: Int, $offset: Int, $search: String, $customerId: ID) {
    teams(first: $first, offset: $offset, search: $search, customerId: $customerId) {
      totalCount
      edges { node { ...TeamFields } }
    }
  }
`);

const GetTeam = graphql(`
  query RestGetTeam($id: ID!) {
    team(id: $id) { ...TeamFields }
  }
`);

const CreateTeam = graphql(`
  mutation RestCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { ...TeamFields }
  }
`);

const UpdateTeam = graphql(`
  mutation RestUpdateTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) { ...TeamFields }
  }
`);

const DeleteTeam = graphql(`
  mutation RestDeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`);

export const teamRoutes = [
  route({
    method: 'GET',
    path: '/teams',
    document: ListTeams,
    // from_memory is accepted and ignored; unlike upstream's in-memory map, the list is always an array.
    variables: (request) => ({ ...pagingOf(request).variables, customerId: request.query.get('customer_id') || null }),
    reply: ({ teams }, request) => {
      const items = teams.edges.flatMap((edge) => (edge ? [teamJson(edge.node)] : []));
      return ok({ teams: items, ...listMeta(pagingOf(request), items.length, teams.total_count) });
    },
  }),
  route({
    method: 'POST',
    path: '/teams',
    document: CreateTeam,
    variables: ({ body }) => ({ input: withRequiredText(body, 'name') }),
    reply: ({ create_team }) => ok({ message: 'Team created successfully', team: teamJson(create_team) }),
  }),
  route({
    method: 'GET',
    path: '/teams/{team_id}',
    document: GetTeam,
    variables: ({ params }) => ({ id: params.team_id }),
    reply: ({ team }) => (team ? ok({ team: teamJson(team) }) : errorReply(404, 'Team not found')),
  }),
  route({
    method: 'PUT',
    path: '/teams/{team_id}',
    document: UpdateTeam,
    // customer_id "" detaches, absent (or null) keeps: the update input's own semantics (spec §3.4).
    variables: ({ params, body }) => ({ id: params.team_id, input: body }),
    reply: ({ update_team }) => ok({ message: 'Team updated successfully', team: teamJson(update_team) }),
  }),
  route({
    method: 'DELETE',
    path: '/teams/{team_id}',
    document: DeleteTeam,
    variables: ({ params }) => ({ id: params.team_id }),
    reply: () => messageReply('Team deleted successfully'),
  }),
];
