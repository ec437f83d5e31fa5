// BusinessUnit: the level above customers, with its budget, rate limit and member customers;
// queries, mutations, and the Customer.businessUnit field.
import type { Customer } from '../../domain/entities.js';
import {
  createBusinessUnitSchema,
  updateBusinessUnitGovernanceSchema,
  updateBusinessUnitSchema,
} from '../../domain/business-unit.js';
import {
  businessUnitListQuery,
  businessUnitRowToBusinessUnit,
  businessUnitsByIds,
  createBusinessUnit,
  deleteBusinessUnit,
  updateBusinessUnit,
  updateBusinessUnitGovernance,
} from '../../store/business-units.js';
import { customersByBusinessUnits } from '../../store/customers.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { offsetArg, paginate } from '../pagination.js';
import { CustomerRef } from './customer.js';
import { groupBy } from './group-by.js';
import { rateLimitField, singleBudgetField } from './limits.js';
import { GovernanceInputRef } from './provider-governance.js';

export const BusinessUnitRef = builder.loadableObject('BusinessUnit', {
  description: 'A group of customers (its members) with an optional budget and rate limit of its own.',
  load: (ids: string[], ctx) => businessUnitsByIds(ctx.db, ids),
  sort: (unit) => unit.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'Unique.' }),
    description: t.exposeString('description'),
    sourceId: t.exposeString('sourceId', { nullable: true, description: 'External (e.g. SCIM) id.' }),
    profile: t.field({ type: 'JSON', nullable: true, resolve: (u) => u.profile }),
    config: t.field({ type: 'JSON', nullable: true, resolve: (u) => u.config }),
    claims: t.field({ type: 'JSON', nullable: true, resolve: (u) => u.claims }),
    configHash: t.exposeString('configHash', { nullable: true }),
    createdByUserId: t.exposeString('createdByUserId', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (u) => u.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (u) => u.updatedAt }),
    budget: t.field(singleBudgetField('business_unit', (u: { id: string }) => u.id)),
    rateLimit: t.field(rateLimitField('business_unit', (u: { id: string }) => u.id)),
    customers: t.loadableGroup({
      type: CustomerRef,
      description: 'The members: customers attached to this business unit, oldest first.',
      load: (ids: string[], ctx) => customersByBusinessUnits(ctx.db, ids),
      // Only customers of the requested units are loaded, so the unit id is set.
      group: groupBy((customer: Customer) => customer.businessUnitId!),
      resolve: (u) => u.id,
    }),
  }),
});

builder.objectField(CustomerRef, 'businessUnit', (t) =>
  t.field({
    type: BusinessUnitRef,
    nullable: true,
    description: 'The business unit this customer is a member of.',
    resolve: (customer) => customer.businessUnitId,
  }),
);

const editableFields = {
  description: 'Absent = unchanged; null = "".',
  customerId: 'Attaches this customer to the business unit (moving it from any other).',
};

const CreateBusinessUnitInput = builder.inputType('CreateBusinessUnitInput', {
  fields: (t) => ({
    id: t.id({ description: 'Client-chosen id (CONFLICT if taken); generated when absent or "".' }),
    name: t.string({ required: true, description: 'Trimmed; unique.' }),
    description: t.string(),
    sourceId: t.string(),
    profile: t.field({ type: 'JSON' }),
    config: t.field({ type: 'JSON' }),
    claims: t.field({ type: 'JSON' }),
    customerId: t.id({ description: editableFields.customerId }),
  }),
});

const UpdateBusinessUnitInput = builder.inputType('UpdateBusinessUnitInput', {
  description: 'Partial update: absent fields are unchanged, null clears.',
  fields: (t) => ({
    name: t.string({ description: 'Trimmed; unique. null = unchanged.' }),
    description: t.string({ description: editableFields.description }),
    sourceId: t.string(),
    profile: t.field({ type: 'JSON' }),
    config: t.field({ type: 'JSON' }),
    claims: t.field({ type: 'JSON' }),
    customerId: t.id({ description: `${editableFields.customerId} null = no change.` }),
  }),
});

builder.queryFields((t) => ({
  businessUnit: t.field({
    type: BusinessUnitRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  businessUnits: t.connection({
    type: BusinessUnitRef,
    args: {
      offset: offsetArg(t.arg),
      search: t.arg.string({ description: 'Case-insensitive substring of the name.' }),
    },
    resolve: (_root, args, ctx) =>
      paginate(args, () => businessUnitListQuery(ctx.db, { search: args.search }), businessUnitRowToBusinessUnit),
  }),
}));

builder.mutationFields((t) => ({
  createBusinessUnit: t.field({
    type: BusinessUnitRef,
    description: 'CONFLICT when the name (or the client-chosen id) is taken.',
    args: { input: t.arg({ type: CreateBusinessUnitInput, required: true }) },
    validate: { schema: createBusinessUnitSchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createBusinessUnit(db, createBusinessUnitSchema.parse(args).input, now)),
  }),
  updateBusinessUnit: t.field({
    type: BusinessUnitRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateBusinessUnitInput, required: true }) },
    validate: { schema: updateBusinessUnitSchema },
    resolve: (_root, args, ctx) => {
      const { id, input } = updateBusinessUnitSchema.parse(args);
      return write(ctx, (db, now) => updateBusinessUnit(db, id, input, now));
    },
  }),
  updateBusinessUnitGovernance: t.field({
    type: BusinessUnitRef,
    description: 'Sets the budget and rate limit of a business unit; {} for either removes it.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: GovernanceInputRef, required: true }) },
    validate: { schema: updateBusinessUnitGovernanceSchema },
    resolve: (_root, args, ctx) => {
      const { id, input } = updateBusinessUnitGovernanceSchema.parse(args);
      return write(ctx, (db, now) => updateBusinessUnitGovernance(db, id, input, now));
    },
  }),
  deleteBusinessUnit: t.id({
    description: 'Deletes the business unit with its budget and rate limit; CONFLICT while customers are attached.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deleteBusinessUnit(db, String(args.id))),
  }),
}));
