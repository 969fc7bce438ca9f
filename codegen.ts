// graphql-codegen: typed documents for the API contract's operations (../shared/contract) and the
// tests' own operations (test/operations), checked against the committed schema/schema.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['../shared/contract/*.graphql', 'test/operations/*.graphql'],
  generates: {
    'test/generated/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { avoidOptionals: false, enumsAsTypes: true, useTypeImports: true, skipTypename: true },
    },
  },
  silent: true,
};

export default config;
