// Usage endpoints: recording (POST /usage), admission (POST /usage/check), both for gateways with
// the admin token, and Bifrost's self-service quota (GET /virtual-keys/quota, the key is the credential).
import { presentedVirtualKey } from '../../auth.js';
import { UnauthenticatedError } from '../../domain/errors.js';
import { graphql } from '../gql/index.js';
import { restFieldPath } from '../names.js';
import { errorReply, ok } from '../reply.js';
import { route } from '../route.js';

const RecordUsage = graphql(`
  mutation RestRecordUsage($events: [UsageEventInput!]!) {
    recordUsage(events: $events) { accepted duplicates rejected { index idempotencyKey field message } }
  }
`);

const CheckAdmission = graphql(`
  mutation RestCheckAdmission($input: AdmissionInput!) {
    checkAdmission(input: $input) {
      allowed
      decision
      statusCode
      reason
      blockedBy { kind id ownerKind ownerId }
      remaining { budget tokens requests }
      retryAfterSeconds
      reservationId
    }
  }
`);

const Quota = graphql(`
  query RestVirtualKeyQuota($value: String!) {
    virtualKeyQuota(value: $value) {
      virtualKeyName
      isActive
      budgets { ...BudgetFields }
      rateLimit { ...RateLimitFields }
    }
  }
`);

const lower = (value: string | null | undefined) => value?.toLowerCase() ?? null;

export const usageRoutes = [
  route({
    method: 'POST',
    path: '/usage',
    document: RecordUsage,
    variables: ({ body }) => ({ events: body.events }),
    reply: ({ record_usage: recorded }) =>
      ok({ ...recorded, rejected: recorded.rejected.map((event) => ({ ...event, field: restFieldPath(event.field) })) }),
  }),
  route({
    method: 'POST',
    path: '/usage/check',
    document: CheckAdmission,
    variables: ({ body }) => ({ input: body }),
    reply: ({ check_admission: answer }) =>
      ok({
        ...answer,
        // GraphQL enums are upper-case; Bifrost's decision strings are lower-case (spec §5.3).
        decision: lower(answer.decision),
        blocked_by: answer.blocked_by && { ...answer.blocked_by, owner_kind: lower(answer.blocked_by.owner_kind) },
      }),
  }),
  route({
    method: 'GET',
    path: '/virtual-keys/quota',
    document: Quota,
    plainErrors: true,
    variables: ({ headers }) => {
      const value = presentedVirtualKey(headers);
      if (!value) throw new UnauthenticatedError('virtual key is required (x-bf-vk, Authorization: Bearer sk-bf-… or x-api-key)');
      return { value };
    },
    reply: ({ virtual_key_quota: quota }) => (quota ? ok(quota) : errorReply(401, 'invalid virtual key')),
  }),
];
