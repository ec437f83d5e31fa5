// RoutingRule: object type with its ordered targets; queries (by id, filtered list, the rules a
// request would try) and mutations.
import { createRoutingRuleSchema, type RoutingTarget, updateRoutingRuleSchema } from '../../domain/routing-rule.js';
import {
  createRoutingRule,
  deleteRoutingRule,
  routingRuleListQuery,
  routingRuleRowToRule,
  routingRulesByIds,
  routingRulesForRequest,
  routingTargetsByRules,
  updateRoutingRule,
} from '../../store/routing-rules.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { offsetArg, paginate } from '../pagination.js';

const RoutingTargetRef = builder.objectRef<RoutingTarget>('RoutingTarget').implement({
  description: 'Where a matching request goes. Empty provider or model keeps the request\'s own value.',
  fields: (t) => ({
    provider: t.exposeString('provider', { nullable: true }),
    model: t.exposeString('model', { nullable: true }),
    keyId: t.exposeID('keyId', { nullable: true, description: 'Pins one provider key (its uuid key_id).' }),
    weight: t.exposeFloat('weight', { description: 'Share of matching requests; a rule\'s weights sum to 1.' }),
  }),
});

export const RoutingRuleRef = builder.loadableObject('RoutingRule', {
  description: 'A CEL condition that rewrites the provider/model of matching requests (spec §7.1).',
  load: (ids: string[], ctx) => routingRulesByIds(ctx.db, ids),
  sort: (rule) => rule.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    enabled: t.exposeBoolean('enabled'),
    chainRule: t.exposeBoolean('chainRule', {
      description: 'After this rule matches, evaluation continues with the rewritten provider/model.',
    }),
    celExpression: t.exposeString('celExpression', { description: 'Empty or "true" matches every request.' }),
    targets: t.loadableGroup({
      type: RoutingTargetRef,
      load: (ruleIds: string[], ctx) => routingTargetsByRules(ctx.db, ruleIds),
      group: (target) => target.ruleId,
      resolve: (rule) => rule.id,
    }),
    fallbacks: t.exposeStringList('fallbacks', {
      description: 'Entries of the form provider/model; they replace the request\'s fallbacks.',
    }),
    scope: t.exposeString('scope', { description: 'global, team, customer or virtual_key.' }),
    scopeId: t.exposeID('scopeId', { nullable: true, description: 'Null for global rules.' }),
    priority: t.exposeInt('priority', { description: 'Lower is evaluated first within a scope.' }),
    query: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The UI query-builder tree the expression was built from.',
      resolve: (rule) => rule.query,
    }),
    configHash: t.exposeString('configHash', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (rule) => rule.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (rule) => rule.updatedAt }),
  }),
});

const RoutingTargetInput = builder.inputType('RoutingTargetInput', {
  fields: (t) => ({
    provider: t.string(),
    model: t.string(),
    keyId: t.id({ description: 'Needs provider.' }),
    weight: t.float({ required: true, description: '> 0; the weights of a rule sum to 1 (±0.001).' }),
  }),
});

const CreateRoutingRuleInput = builder.inputType('CreateRoutingRuleInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    enabled: t.boolean({ description: 'Default true.' }),
    chainRule: t.boolean({ description: 'Default false.' }),
    celExpression: t.string({ description: 'Default "" (always matches).' }),
    targets: t.field({ type: [RoutingTargetInput], required: true, description: 'At least one.' }),
    fallbacks: t.stringList(),
    scope: t.string({ description: 'global (default), team, customer or virtual_key.' }),
    scopeId: t.id({ description: 'Required unless the scope is global; dropped for global.' }),
    priority: t.int({ description: 'Default 0; lower is evaluated first.' }),
    query: t.field({ type: 'JSON' }),
  }),
});

const UpdateRoutingRuleInput = builder.inputType('UpdateRoutingRuleInput', {
  description:
    'Partial update: absent or null fields are unchanged, name "" and scope "" are ignored, targets ' +
    'replace all targets. A global rule drops its scopeId; any other scope needs one.',
  fields: (t) => ({
    name: t.string(),
    description: t.string(),
    enabled: t.boolean(),
    chainRule: t.boolean(),
    celExpression: t.string(),
    targets: t.field({ type: [RoutingTargetInput] }),
    fallbacks: t.stringList(),
    scope: t.string(),
    scopeId: t.id(),
    priority: t.int(),
    query: t.field({ type: 'JSON' }),
  }),
});

builder.queryFields((t) => ({
  routingRule: t.field({
    type: RoutingRuleRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  routingRules: t.connection({
    type: RoutingRuleRef,
    description: 'Rules in creation order.',
    args: {
      offset: offsetArg(t.arg),
      scope: t.arg.string(),
      scopeId: t.arg.id(),
      enabled: t.arg.boolean(),
      search: t.arg.string({ description: 'Case-insensitive substring of the name.' }),
    },
    resolve: (_root, args, ctx) =>
      paginate(
        args,
        () =>
          routingRuleListQuery(ctx.db, {
            scope: args.scope,
            scopeId: args.scopeId?.toString(),
            enabled: args.enabled,
            search: args.search,
          }),
        routingRuleRowToRule,
      ),
  }),
  routingRulesForRequest: t.field({
    type: [RoutingRuleRef],
    description:
      'The enabled rules a request with these ids would try, in evaluation order: virtual key, team, ' +
      'customer, then global rules, each by priority ascending.',
    args: { virtualKeyId: t.arg.id(), teamId: t.arg.id(), customerId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      routingRulesForRequest(ctx.db, {
        virtualKeyId: args.virtualKeyId?.toString(),
        teamId: args.teamId?.toString(),
        customerId: args.customerId?.toString(),
      }),
  }),
}));

builder.mutationFields((t) => ({
  createRoutingRule: t.field({
    type: RoutingRuleRef,
    args: { input: t.arg({ type: CreateRoutingRuleInput, required: true }) },
    validate: { schema: createRoutingRuleSchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createRoutingRule(db, createRoutingRuleSchema.parse(args).input, now)),
  }),
  updateRoutingRule: t.field({
    type: RoutingRuleRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateRoutingRuleInput, required: true }) },
    validate: { schema: updateRoutingRuleSchema },
    resolve: (_root, args, ctx) => {
      const { id, input } = updateRoutingRuleSchema.parse(args);
      return write(ctx, (db, now) => updateRoutingRule(db, id, input, now));
    },
  }),
  deleteRoutingRule: t.id({
    description: 'Deletes the rule and its targets.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deleteRoutingRule(db, String(args.id))),
  }),
}));
