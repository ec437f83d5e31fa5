// Usage in GraphQL: recording completed requests (batch), admission checks with optional
// reservations, and a virtual key's self-service quota.
import { z } from 'zod';
import { credentialScope } from '../../auth.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../domain/errors.js';
import { admissionRequestSchema, DECISIONS, usageBatchSchema } from '../../domain/usage.js';
import { budgetsByOwners, rateLimitsByOwners } from '../../store/limits.js';
import { virtualKeyCredential } from '../../store/virtual-keys.js';
import type { AdmissionResult, BlockedBy, Remaining } from '../../usage/admission.js';
import type { RecordResult, RejectedEvent } from '../../usage/recorder.js';
import { builder } from '../builder.js';
import { BudgetRef, OwnerKindEnum, RateLimitRef } from './limits.js';

const DecisionEnum = builder.enumType('AdmissionDecision', {
  description: 'The governance decision for a request (spec §5.3 strings, upper-cased).',
  values: Object.fromEntries(DECISIONS.map((d) => [d.toUpperCase(), { value: d }])) as Record<
    Uppercase<(typeof DECISIONS)[number]>,
    { value: (typeof DECISIONS)[number] }
  >,
});

const UsageEventInput = builder.inputType('UsageEventInput', {
  description:
    'One completed request. The idempotency key makes re-sending safe: it is counted once. Keys belong to the ' +
    'reporting credential and stand for one event: reusing one for a different event refuses the batch (CONFLICT).',
  fields: (t) => ({
    idempotencyKey: t.string({ required: true }),
    virtualKey: t.string({ description: 'The virtual key value (sk-bf-…) or its id.' }),
    provider: t.string({ required: true }),
    model: t.string({ required: true }),
    requestType: t.string({ required: true, description: 'chat_completion, embedding, … (stream variants allowed).' }),
    inputTokens: t.field({ type: 'SafeInt', required: true }),
    outputTokens: t.field({ type: 'SafeInt', required: true }),
    cost: t.float({ required: true, description: 'USD as the gateway priced it; a matching pricing override reprices the tokens.' }),
    timestamp: t.field({ type: 'DateTime' }),
    reservationId: t.string({ description: 'The reservation from checkAdmission to settle.' }),
    providerKeyId: t.string({ description: 'The provider key used (key_id), for key-scoped pricing overrides.' }),
  }),
});

const RejectedUsageEventRef = builder.objectRef<RejectedEvent>('RejectedUsageEvent').implement({
  description: 'An event of the batch that was not charged (the others were). Its idempotency key stays unused: corrected, it may be sent again.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Its position in `events`, from 0.' }),
    idempotencyKey: t.exposeString('idempotencyKey'),
    field: t.exposeString('field', { description: 'The input field at fault, e.g. `events.3.virtualKey`.' }),
    message: t.exposeString('message'),
  }),
});

const RecordUsageResult = builder.objectRef<RecordResult>('RecordUsageResult').implement({
  fields: (t) => ({
    accepted: t.exposeInt('accepted', { description: 'Events charged by this call.' }),
    duplicates: t.exposeInt('duplicates', { description: 'Events whose idempotency key was already recorded.' }),
    rejected: t.expose('rejected', {
      type: [RejectedUsageEventRef],
      description: 'Events not charged because they name something that does not exist (a deleted virtual key), in batch order.',
    }),
  }),
});

const AdmissionInput = builder.inputType('AdmissionInput', {
  fields: (t) => ({
    virtualKey: t.string({ description: 'The virtual key value (sk-bf-…) or its id; absent = no key.' }),
    provider: t.string({ required: true }),
    model: t.string({ required: true }),
    requestType: t.string(),
    estimatedTokens: t.field({ type: 'SafeInt' }),
    estimatedCost: t.float(),
    reserve: t.boolean({ description: 'Hold the estimate on every counter until settled or expired (5 min).' }),
  }),
});

const BlockedByRef = builder.objectRef<BlockedBy>('BlockedBy').implement({
  description: 'The object that blocked a request.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'budget, rate_limit, virtual_key or provider_config.' }),
    id: t.exposeID('id'),
    ownerKind: t.field({ type: OwnerKindEnum, nullable: true, resolve: (b) => b.ownerKind }),
    ownerId: t.exposeID('ownerId', { nullable: true }),
  }),
});

const RemainingRef = builder.objectRef<Remaining>('Remaining').implement({
  description: 'Headroom left after reserved amounts, the least across the applicable counters.',
  fields: (t) => ({
    budget: t.exposeFloat('budget', { nullable: true, description: 'USD.' }),
    tokens: t.field({ type: 'SafeInt', nullable: true, resolve: (r) => r.tokens }),
    requests: t.field({ type: 'SafeInt', nullable: true, resolve: (r) => r.requests }),
  }),
});

const AdmissionResultRef = builder.objectRef<AdmissionResult>('AdmissionResult').implement({
  fields: (t) => ({
    allowed: t.exposeBoolean('allowed'),
    decision: t.field({ type: DecisionEnum, resolve: (r) => r.decision }),
    statusCode: t.exposeInt('statusCode', { description: 'What the gateway should answer: 200, 402, 403 or 429.' }),
    reason: t.exposeString('reason'),
    blockedBy: t.field({ type: BlockedByRef, nullable: true, resolve: (r) => r.blockedBy }),
    remaining: t.field({ type: RemainingRef, resolve: (r) => r.remaining }),
    retryAfterSeconds: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'Until the blocking rate-limit window ends; up to 100 years, past 32-bit Int.',
      resolve: (r) => r.retryAfterSeconds,
    }),
    reservationId: t.exposeString('reservationId', { nullable: true }),
  }),
});

interface Quota {
  virtualKeyId: string;
  virtualKeyName: string;
  isActive: boolean;
}

const QuotaRef = builder.objectRef<Quota>('VirtualKeyQuota').implement({
  description: "A virtual key's own budgets and rate limit with live usage (no key value, no parents).",
  fields: (t) => ({
    virtualKeyName: t.exposeString('virtualKeyName'),
    isActive: t.exposeBoolean('isActive'),
    budgets: t.field({
      type: [BudgetRef],
      resolve: (q, _args, ctx) => budgetsByOwners(ctx.db, 'virtual_key', [q.virtualKeyId], ctx.clock.now()),
    }),
    rateLimit: t.field({
      type: RateLimitRef,
      nullable: true,
      resolve: async (q, _args, ctx) => (await rateLimitsByOwners(ctx.db, 'virtual_key', [q.virtualKeyId], ctx.clock.now()))[0] ?? null,
    }),
  }),
});

const checkAdmissionSchema = z.object({ input: admissionRequestSchema });

builder.mutationFields((t) => ({
  recordUsage: t.field({
    type: RecordUsageResult,
    description:
      'Charges a batch of completed requests in one transaction; acknowledged means durable. An event naming a ' +
      'deleted virtual key is reported in `rejected` and the others are charged; malformed input (BAD_USER_INPUT) or an ' +
      'idempotency key reused for another event (CONFLICT, field events.N.idempotencyKey) refuses the whole batch.',
    args: { events: t.arg({ type: [UsageEventInput], required: true }) },
    validate: { schema: usageBatchSchema },
    resolve: (_root, args, ctx) => ctx.usage.record(usageBatchSchema.parse(args).events, credentialScope(ctx.viewer)),
  }),
  checkAdmission: t.field({
    type: AdmissionResultRef,
    description: 'May this request go? With reserve, holds the estimate atomically (a mutation, since it may write).',
    args: { input: t.arg({ type: AdmissionInput, required: true }) },
    validate: { schema: checkAdmissionSchema },
    resolve: (_root, args, ctx) => ctx.usage.check(checkAdmissionSchema.parse(args).input),
  }),
}));

builder.queryFields((t) => ({
  virtualKeyQuota: t.field({
    type: QuotaRef,
    nullable: true,
    description:
      'Self-service quota: a virtual key may call this with its own value as bearer token (value may then be ' +
      'omitted); the admin token may read any key. Null for an unknown key.',
    args: { value: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const own = ctx.viewer.kind === 'virtualKey' ? ctx.viewer.value : null;
      const value = args.value ?? own;
      if (!value) throw new ValidationError('value is required with the admin token', 'value');
      if (own && value !== own) throw new ForbiddenError('a virtual key may only read its own quota');
      const vk = await virtualKeyCredential(ctx.db, value);
      // A virtual key presenting itself must exist (as on REST); the admin just reads nothing. An
      // inactive key still reads its quota, which says so (spec §6.4).
      if (!vk && own) throw new UnauthenticatedError('invalid virtual key');
      return vk ? { virtualKeyId: vk.id, virtualKeyName: vk.name, isActive: vk.isActive } : null;
    },
  }),
}));
