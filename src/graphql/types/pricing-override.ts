// PricingOverride: object type with its provider; queries (by id, filtered list) and mutations.
import { createPricingOverrideSchema, updatePricingOverrideSchema } from '../../domain/pricing-override.js';
import {
  createPricingOverride,
  deletePricingOverride,
  pricingOverrideListQuery,
  pricingOverrideRowToOverride,
  pricingOverridesByIds,
  updatePricingOverride,
} from '../../store/pricing-overrides.js';
import { providersByNames } from '../../store/providers.js';
import { builder } from '../builder.js';
import { write } from '../mutation-support.js';
import { offsetArg, paginate } from '../pagination.js';
import { ProviderRef } from './provider.js';

export const PricingOverrideRef = builder.loadableObject('PricingOverride', {
  description: 'Replaces catalog prices for matching models within a scope (spec §7.2).',
  load: (ids: string[], ctx) => pricingOverridesByIds(ctx.db, ids),
  sort: (override) => override.id,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    scopeKind: t.exposeString('scopeKind', {
      description: 'global, provider, provider_key, virtual_key, virtual_key_provider or virtual_key_provider_key.',
    }),
    virtualKeyId: t.exposeID('virtualKeyId', { nullable: true }),
    providerId: t.exposeString('providerId', { nullable: true, description: 'Provider name, e.g. openai.' }),
    provider: t.loadable({
      type: ProviderRef,
      nullable: true,
      load: (names: string[], ctx) => providersByNames(ctx.db, names),
      // The ref also admits bare ids, but load only ever yields Provider objects.
      sort: (provider) => (typeof provider === 'number' ? String(provider) : provider.name),
      resolve: (override) => override.providerId,
    }),
    providerKeyId: t.exposeID('providerKeyId', { nullable: true, description: 'The provider key\'s uuid key_id.' }),
    matchType: t.exposeString('matchType', { description: 'exact or wildcard.' }),
    pattern: t.exposeString('pattern', { description: 'A model name, or a prefix ending in a single * for wildcard.' }),
    requestTypes: t.exposeStringList('requestTypes'),
    patch: t.field({
      type: 'JSON',
      description: 'Prices in USD per unit keyed by pricing field, e.g. input_cost_per_token.',
      resolve: (override) => override.patch,
    }),
    pricingPatch: t.exposeString('pricingPatch', { description: 'The patch as stored (JSON text).' }),
    configHash: t.exposeString('configHash', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (override) => override.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (override) => override.updatedAt }),
  }),
});

const CreatePricingOverrideInput = builder.inputType('CreatePricingOverrideInput', {
  description: 'The ids a scope needs: provider → providerId, provider_key → providerKeyId, virtual_key → ' +
    'virtualKeyId, virtual_key_provider → virtualKeyId + providerId, virtual_key_provider_key → ' +
    'virtualKeyId + providerKeyId; any other id must be absent. Blank ids count as absent.',
  fields: (t) => ({
    name: t.string({ required: true }),
    scopeKind: t.string({ required: true }),
    virtualKeyId: t.id(),
    providerId: t.string({ description: 'Provider name, e.g. openai.' }),
    providerKeyId: t.id(),
    matchType: t.string({ required: true, description: 'exact or wildcard.' }),
    pattern: t.string({ required: true }),
    requestTypes: t.stringList({
      required: true,
      description:
        'At least one of chat_completion, text_completion, responses, embedding, rerank, speech, ' +
        'transcription, image_generation, image_variation, image_edit, video_generation, video_remix.',
    }),
    patch: t.field({ type: 'JSON', description: 'Non-negative prices in USD per unit; null entries are dropped.' }),
  }),
});

const UpdatePricingOverrideInput = builder.inputType('UpdatePricingOverrideInput', {
  description:
    'Partial update: absent or null fields are unchanged, except the three ids, where null clears. ' +
    'Changing scopeKind clears every id not re-sent. requestTypes and patch replace the stored values whole.',
  fields: (t) => ({
    name: t.string(),
    scopeKind: t.string(),
    virtualKeyId: t.id(),
    providerId: t.string(),
    providerKeyId: t.id(),
    matchType: t.string(),
    pattern: t.string(),
    requestTypes: t.stringList(),
    patch: t.field({ type: 'JSON' }),
  }),
});

builder.queryFields((t) => ({
  pricingOverride: t.field({
    type: PricingOverrideRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
  pricingOverrides: t.connection({
    type: PricingOverrideRef,
    description: 'Overrides in creation order.',
    args: {
      offset: offsetArg(t.arg),
      scopeKind: t.arg.string(),
      virtualKeyId: t.arg.id(),
      providerId: t.arg.string(),
      providerKeyId: t.arg.id(),
      search: t.arg.string({ description: 'Case-insensitive substring of the name.' }),
    },
    resolve: (_root, args, ctx) =>
      paginate(
        args,
        () =>
          pricingOverrideListQuery(ctx.db, {
            scopeKind: args.scopeKind,
            virtualKeyId: args.virtualKeyId?.toString(),
            providerId: args.providerId,
            providerKeyId: args.providerKeyId?.toString(),
            search: args.search,
          }),
        pricingOverrideRowToOverride,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createPricingOverride: t.field({
    type: PricingOverrideRef,
    args: { input: t.arg({ type: CreatePricingOverrideInput, required: true }) },
    validate: { schema: createPricingOverrideSchema },
    resolve: (_root, args, ctx) =>
      write(ctx, (db, now) => createPricingOverride(db, createPricingOverrideSchema.parse(args).input, now)),
  }),
  updatePricingOverride: t.field({
    type: PricingOverrideRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdatePricingOverrideInput, required: true }) },
    validate: { schema: updatePricingOverrideSchema },
    resolve: (_root, args, ctx) => {
      const { id, input } = updatePricingOverrideSchema.parse(args);
      return write(ctx, (db, now) => updatePricingOverride(db, id, input, now));
    },
  }),
  deletePricingOverride: t.id({
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => write(ctx, (db) => deletePricingOverride(db, String(args.id))),
  }),
}));
