// Typed documents generated from the checked-in schema.graphql: one set for the REST route table
// (src/rest), one for the tests and benchmarks.
import type { CodegenConfig } from '@graphql-codegen/cli';

const preset = {
  preset: 'client' as const,
  config: {
    scalars: { DateTime: 'string', JSON: 'Record<string, unknown>', SafeInt: 'number' },
    enumsAsTypes: true,
    useTypeImports: true,
  },
  presetConfig: { fragmentMasking: false },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // NodeNext resolution needs explicit .js extensions in the generated imports.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/rest/gql/': { ...preset, documents: ['src/rest/**/*.ts', '!src/rest/gql/**'] },
    'test/gql/': { ...preset, documents: ['test/**/*.ts', 'bench/**/*.ts', '!test/gql/**'] },
  },
};

export default config;
