// SchemaBuilder set-up only: plugins, context and scalar typings, the root types. No object types here.
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import type { JsonObject } from '../domain/entities.js';
import type { GraphQLContext } from './context.js';
import { validationErrorOf } from './errors.js';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Connection: { totalCount: () => Promise<number> };
  Scalars: {
    DateTime: { Input: string; Output: string };
    JSON: { Input: JsonObject; Output: JsonObject };
    SafeInt: { Input: number; Output: number };
  };
}>({
  plugins: [ZodPlugin, DataloaderPlugin, RelayPlugin],
  defaultFieldNullability: false,
  zod: { validationError: validationErrorOf },
  relay: { clientMutationId: 'omit', cursorType: 'String' },
});

builder.queryType({});
builder.mutationType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items matching the filters, across all pages.',
    // Counted only when selected, so paging costs no extra statement unless asked.
    resolve: (connection) => connection.totalCount(),
  }),
);
