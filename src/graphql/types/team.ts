// Team: object type with its customer, budget and rate limit (virtual keys are added by
// virtual-key.ts); Customer.teams; queries and mutations.
import { createTeamSchema, type Team, updateTeamSchema } from '../../domain/team.js';
import {
  createTeam,
  deleteTeam,
  teamListQuery,
  teamRowToTeam,
  teamsByCustomers,
  teamsByIds,
  updateTeam,
} from '../../store/teams.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { offsetArg, paginate } from '../pagination.js';
import { groupedLoader } from '../request-loaders.js';
import { CustomerRef } from './customer.js';
import { BudgetInputRef, RateLimitInputRef, rateLimitField, singleBudgetField } from './limits.js';

export const TeamRef = builder.loadableObject('Team', {
  description: 'A team, optionally under a customer; virtual keys can be attached to it.',
  load: (ids: string[], ctx) => teamsByIds(ctx.db, ids),
  sort: (team) => team.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    customerId: t.exposeID('customerId', { nullable: true }),
    customer: t.field({ type: CustomerRef, nullable: true, resolve: (team) => team.customerId }),
    profile: t.field({ type: 'JSON', nullable: true, resolve: (team) => team.profile }),
    config: t.field({ type: 'JSON', nullable: true, resolve: (team) => team.config }),
    claims: t.field({ type: 'JSON', nullable: true, resolve: (team) => team.claims }),
    calendarAligned: t.exposeBoolean('calendarAligned', {
      description: 'The budget of this team follows UTC calendar periods (d, w, M, Y).',
    }),
    configHash: t.exposeString('configHash', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (team) => team.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (team) => team.updatedAt }),
    budget: t.field(singleBudgetField('team', (team: { id: string }) => team.id)),
    rateLimit: t.field(rateLimitField('team', (team: { id: string }) => team.id)),
  }),
});

const teamsOf = groupedLoader(
  (ids: readonly string[], ctx) => teamsByCustomers(ctx.db, ids),
  (team: Team) => team.customerId,
);

builder.objectField(CustomerRef, 'teams', (t) =>
  t.field({
    type: [TeamRef],
    description: 'Teams under this customer, oldest first.',
    resolve: (customer, _args, ctx) => teamsOf(ctx).load(customer.id),
  }),
);

const CreateTeamInput = builder.inputType('CreateTeamInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    customerId: t.id({ description: 'Customer this team belongs to.' }),
    profile: t.field({ type: 'JSON' }),
    config: t.field({ type: 'JSON' }),
    claims: t.field({ type: 'JSON' }),
    calendarAligned: t.boolean(),
    budget: t.field({ type: BudgetInputRef }),
    rateLimit: t.field({ type: RateLimitInputRef }),
  }),
});

const UpdateTeamInput = builder.inputType('UpdateTeamInput', {
  description:
    'Partial update: absent fields are unchanged; customerId null or "" detaches; ' +
    'profile, config, claims null clear. ' +
    'The rate limit is replaced whole.',
  fields: (t) => ({
    name: t.string(),
    customerId: t.id(),
    profile: t.field({ type: 'JSON' }),
    config: t.field({ type: 'JSON' }),
    claims: t.field({ type: 'JSON' }),
    calendarAligned: t.boolean(),
    budget: t.field({ type: BudgetInputRef }),
    rateLimit: t.field({ type: RateLimitInputRef }),
  }),
});

builder.queryFields((t) => ({
  team: t.field({
    type: TeamRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  teams: t.connection({
    type: TeamRef,
    args: {
      offset: offsetArg(t.arg),
      customerId: t.arg.id(),
      search: t.arg.string({ description: 'Case-insensitive substring of the name.' }),
    },
    resolve: (_root, args, ctx) =>
      paginate(
        args,
        () => teamListQuery(ctx.db, { customerId: args.customerId?.toString(), search: args.search }),
        teamRowToTeam,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createTeam: t.field({
    type: TeamRef,
    args: { input: t.arg({ type: CreateTeamInput, required: true }) },
    validate: { schema: createTeamSchema },
    resolve: (_root, args, ctx) => write(ctx, (db, now) => createTeam(db, createTeamSchema.parse(args).input, now)),
  }),
  updateTeam: t.field({
    type: TeamRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateTeamInput, required: true }) },
    validate: { schema: updateTeamSchema },
    resolve: (_root, args, ctx) => {
      const { id, input } = updateTeamSchema.parse(args);
      return write(ctx, (db, now) => updateTeam(db, id, input, now));
    },
  }),
  deleteTeam: t.id({
    description: 'Deletes the team with its budget and rate limit; its virtual keys are detached.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deleteTeam(db, String(args.id))),
  }),
}));
