// Customer: object type with its budget, rate limit, teams and virtual keys; queries and mutations.
import { createCustomerSchema, updateCustomerSchema } from '../../domain/customer.js';
import {
  createCustomer,
  customerListQuery,
  customerRowToCustomer,
  customersByIds,
  deleteCustomer,
  updateCustomer,
} from '../../store/customers.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { offsetArg, paginate } from '../pagination.js';
import { BudgetInputRef, RateLimitInputRef, rateLimitField, singleBudgetField } from './limits.js';

export const CustomerRef = builder.loadableObject('Customer', {
  description: 'A customer: the top of the ownership hierarchy below business units.',
  load: (ids: string[], ctx) => customersByIds(ctx.db, ids),
  sort: (customer) => customer.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    calendarAligned: t.exposeBoolean('calendarAligned', {
      description: 'Budgets of this customer follow UTC calendar periods (d, w, M, Y).',
    }),
    configHash: t.exposeString('configHash', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
    budget: t.field(singleBudgetField('customer', (c: { id: string }) => c.id)),
    rateLimit: t.field(rateLimitField('customer', (c: { id: string }) => c.id)),
  }),
});

const CreateCustomerInput = builder.inputType('CreateCustomerInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    businessUnitId: t.id({ description: 'Business unit this customer belongs to.' }),
    calendarAligned: t.boolean(),
    budget: t.field({ type: BudgetInputRef }),
    rateLimit: t.field({ type: RateLimitInputRef }),
  }),
});

const UpdateCustomerInput = builder.inputType('UpdateCustomerInput', {
  description: 'Partial update: absent fields are unchanged; businessUnitId null detaches.',
  fields: (t) => ({
    name: t.string(),
    businessUnitId: t.id(),
    calendarAligned: t.boolean(),
    budget: t.field({ type: BudgetInputRef }),
    rateLimit: t.field({ type: RateLimitInputRef }),
  }),
});

builder.queryFields((t) => ({
  customer: t.field({
    type: CustomerRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  customers: t.connection({
    type: CustomerRef,
    args: {
      offset: offsetArg(t.arg),
      search: t.arg.string({ description: 'Case-insensitive substring of the name.' }),
      businessUnitId: t.arg.id(),
    },
    resolve: (_root, args, ctx) =>
      paginate(
        args,
        () => customerListQuery(ctx.db, { search: args.search, businessUnitId: args.businessUnitId?.toString() }),
        customerRowToCustomer,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createCustomer: t.field({
    type: CustomerRef,
    args: { input: t.arg({ type: CreateCustomerInput, required: true }) },
    validate: { schema: createCustomerSchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createCustomer(db, createCustomerSchema.parse(args).input, now)),
  }),
  updateCustomer: t.field({
    type: CustomerRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateCustomerInput, required: true }) },
    validate: { schema: updateCustomerSchema },
    resolve: (_root, args, ctx) => {
      const { id, input } = updateCustomerSchema.parse(args);
      return write(ctx, (db, now) => updateCustomer(db, id, input, now));
    },
  }),
  deleteCustomer: t.id({
    description: 'Deletes the customer with its budget and rate limit; its teams and virtual keys are detached.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deleteCustomer(db, String(args.id))),
  }),
}));
