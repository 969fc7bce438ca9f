/**
 * Limits on the GraphQL document itself, checked before Apollo validates it (validation of
 * thousands of repeated fields is itself the expensive part — OverlappingFieldsCanBeMerged
 * compares them pairwise): at most MAX_TOKENS tokens (graphql-js parse option, also given to
 * Apollo), MAX_FIELDS field selections, MAX_ALIASES aliases, and one response key at most
 * MAX_REPEATS times in one selection set. Also refused here, as BAD_USER_INPUT: NUL characters in
 * the query or its variables, and operations other than queries (the API is read-only).
 *
 * Clients send the same few documents again and again: a document found within the limits is
 * remembered (by its text, operation name and method), and is not parsed and walked again.
 */
import { GraphQLError, Kind, parse, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { apiText } from '../i18n/api';
import type { Text } from '../i18n/language';
import { LocalizedError } from '../i18n/localizedError';
import { badInput } from './errors';

export const DOCUMENT_LIMITS = { maxTokens: 3_000, maxFields: 1_000, maxAliases: 40, maxRepeats: 3 } as const;

export interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

function tooLarge(text: Text): GraphQLError {
  return new LocalizedError(text, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

/** Whether a value (variables, as parsed from JSON or a query string) holds a NUL character anywhere. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

function selectedOperation(document: DocumentNode, operationName: unknown): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (typeof operationName === 'string') return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * Documents found within the limits, keyed by `documentKey`: at most 8 MiB of their text (a
 * document is at most the 256 KB of a request body), least recently used forgotten first.
 */
const PASSED = new LRUCache<string, true>({ maxSize: 8 * 1024 * 1024, sizeCalculation: (_passed, key) => key.length });

/** What a document's verdict depends on; NUL-free parts, so NUL separates them unambiguously. */
function documentKey(query: string, operationName: unknown, method: string): string {
  return `${method}\u0000${typeof operationName === 'string' ? `=${operationName}` : '-'}\u0000${query}`;
}

/**
 * The first limit a request breaks, as the error it is answered with; null when it breaks none
 * (or when its query is no string or does not parse: Apollo answers those in its own words).
 */
export function checkDocument(params: GraphQLParams, method: string): GraphQLError | null {
  if (typeof params.query !== 'string') return null;
  if (
    params.query.includes('\u0000') ||
    containsNul(params.variables) ||
    (typeof params.operationName === 'string' && params.operationName.includes('\u0000'))
  ) {
    return badInput(apiText.nulCharacters());
  }
  const key = documentKey(params.query, params.operationName, method);
  if (PASSED.has(key)) return null;
  const problem = checkText(params.query, params.operationName, method);
  if (!problem) PASSED.set(key, true);
  return problem;
}

/** The first limit a NUL-free document breaks. */
function checkText(query: string, operationName: unknown, method: string): GraphQLError | null {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: DOCUMENT_LIMITS.maxTokens, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && /contains more th(?:an|at) \d+ tokens/.test(error.message)) {
      return tooLarge(apiText.queryTooLarge(DOCUMENT_LIMITS.maxTokens));
    }
    return null;
  }
  const operation = selectedOperation(document, operationName);
  if (operation && operation.operation !== 'query') {
    return badInput(apiText.notAQuery(operation.operation, method === 'GET' && operation.operation === 'mutation'));
  }
  let fields = 0;
  let aliases = 0;
  let nul = false;
  let problem: GraphQLError | null = null;
  visit(document, {
    StringValue(node) {
      // Written as an escape (\u0000) in the query text: found only once parsed.
      if (node.value.includes('\u0000')) nul = true;
    },
    SelectionSet(node) {
      const keys = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (keys.get(key) ?? 0) + 1;
        keys.set(key, count);
        if (count > DOCUMENT_LIMITS.maxRepeats && !problem) {
          problem = tooLarge(apiText.repeatedField(key, count, DOCUMENT_LIMITS.maxRepeats));
        }
      }
    },
    Field(node) {
      fields += 1;
      if (node.alias) aliases += 1;
    },
  });
  if (nul) return badInput(apiText.nulCharacters());
  if (problem) return problem;
  if (fields > DOCUMENT_LIMITS.maxFields) return tooLarge(apiText.tooManyFields(fields, DOCUMENT_LIMITS.maxFields));
  if (aliases > DOCUMENT_LIMITS.maxAliases) return tooLarge(apiText.tooManyAliases(aliases, DOCUMENT_LIMITS.maxAliases));
  return null;
}
