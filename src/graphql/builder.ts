/** The Pothos schema builder and its plugins; nothing else lives here. */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import { apiText } from '../i18n/api';
import CheckedArgsPlugin from './checkedArgs';
import { LocalizedError } from '../i18n/localizedError';
import type { Context } from './context';
import { decodeGlobalId, encodeGlobalId } from './globalId';

/** Limits on what one operation may ask for; a hostile query is refused before it runs. */
export const QUERY_LIMITS = { depth: 12, breadth: 400, complexity: 50_000 } as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Connection: { totalCount: number };
  Scalars: {
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [ComplexityPlugin, RelayPlugin, CheckedArgsPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    clientMutationId: 'omit',
    nodeTypeOptions: { description: 'An object with a global ID (Relay node).' },
    pageInfoTypeOptions: { description: 'Paging state of a connection (Relay).' },
    nodeQueryOptions: { description: 'Any object by its global ID (Relay).' },
    nodesQueryOptions: { description: 'Objects by their global IDs (Relay), in the order given.' },
    // A connection field's multiplier is its page size (`first`); its edges add no second one.
    edgesFieldOptions: { complexity: { field: 0, multiplier: 1 } },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: QUERY_LIMITS,
    complexityError: (kind, result) =>
      new LocalizedError(
        apiText.queryTooComplex(
          kind,
          result[kind.toLowerCase() as 'depth' | 'breadth' | 'complexity'],
          QUERY_LIMITS[kind.toLowerCase() as 'depth' | 'breadth' | 'complexity'],
        ),
        { extensions: { code: 'QUERY_TOO_COMPLEX', kind } },
      ),
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole list holds, across all pages.', resolve: (parent) => parent.totalCount }),
);

builder.queryType({ description: 'Budget-performance self-evaluations (预算绩效自评), as reported and as the rules compute them.' });
