/**
 * How GraphQL errors reach the client. A database that is away is one DATABASE_UNAVAILABLE error
 * with HTTP 503 (no partial data, no host, no connection string); a request abandoned at its
 * deadline or over its row budget is its one error (also when PostgreSQL's statement_timeout, the
 * same deadline, ended a statement first); anything unexpected is "Internal server
 * error" — with the library's message and stack only when NODE_ENV=development. Messages are in
 * the request's language (`ctx.language`); their codes are the same in every language.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { apiText } from '../i18n/api';
import { graphqlJsText } from '../i18n/graphqlJs';
import type { Text } from '../i18n/language';
import { textOf } from '../i18n/localizedError';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/availability';
import { StatementsCancelledError } from '../db/cancellation';
import { statementEnd } from '../db/statementEnd';
import type { Context } from './context';
import {
  DATABASE_UNAVAILABLE,
  databaseUnavailable,
  REQUEST_ABANDONED,
  REQUEST_TIMEOUT,
  requestTimeout,
  RESULT_TOO_LARGE,
} from './requestErrors';

/** Codes that stand for the whole request: when present, the answer is that one error. */
const REQUEST_LEVEL: Record<string, number> = {
  [DATABASE_UNAVAILABLE]: 503,
  [REQUEST_TIMEOUT]: 503,
  [RESULT_TOO_LARGE]: 422,
  [REQUEST_ABANDONED]: 503,
  // Refused by the depth/complexity limits before anything ran.
  QUERY_TOO_COMPLEX: 400,
};

export interface ErrorPolicyOptions {
  logger: Logger;
  development: boolean;
  /** The request deadline, which is also the connections' statement_timeout (ms). */
  requestTimeoutMs: number;
  /** Told when a request failed because the database is away. */
  onDatabaseUnavailable: () => void;
}

/**
 * Each formatted error's message in every language, for the errors that have one: formatError
 * cannot see the request, so the answer is put in its language when it is sent (below).
 */
const TEXTS = new WeakMap<GraphQLFormattedError, Text>();

function withText(formatted: GraphQLFormattedError, text: Text | undefined): GraphQLFormattedError {
  if (text) TEXTS.set(formatted, text);
  return formatted;
}

export function formatErrorFor(options: ErrorPolicyOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      options.onDatabaseUnavailable();
      const e = databaseUnavailable();
      return withText({ message: e.message, extensions: { code: DATABASE_UNAVAILABLE } }, textOf(e));
    }
    // PostgreSQL's statement_timeout (the request deadline) ended a statement before the
    // deadline's own timer ran, as happens on a busy machine: the request ran out of time.
    const ended = statementEnd(original);
    if (ended === 'timeout') {
      const e = requestTimeout(options.requestTimeoutMs);
      return withText({ message: e.message, extensions: { code: REQUEST_TIMEOUT } }, textOf(e));
    }
    // Its statement cancelled because the request was abandoned (its answer, if any, is already sent).
    if (original instanceof StatementsCancelledError || ended === 'cancel') {
      const text = apiText.requestAbandoned();
      return withText({ message: text.zh, extensions: { code: REQUEST_ABANDONED } }, text);
    }
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      options.logger.error({ err: original }, 'unexpected error while resolving');
      if (!options.development) {
        const text = apiText.internalError();
        return withText({ message: text.zh, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, text);
      }
    }
    // graphql-js's own messages (parse, validation, variables) in Chinese too, where its catalogue knows them.
    return withText(formatted, textOf(error) ?? graphqlJsText(formatted.message));
  };
}

/**
 * Puts the errors in the request's language, then collapses an answer to its request-level error,
 * with that error's HTTP status.
 */
export const requestLevelErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const errors = (response.body.singleResult.errors ?? []).map((e) => {
          const text = TEXTS.get(e);
          return text ? { ...e, message: text[contextValue.language] } : e;
        });
        if (errors.length > 0) response.body.singleResult.errors = errors;
        const first = errors.find((e) => typeof e.extensions?.code === 'string' && e.extensions.code in REQUEST_LEVEL);
        if (!first) return;
        response.http.status = REQUEST_LEVEL[first.extensions!.code as string];
        if (response.http.status === 503) response.http.headers.set('retry-after', '1');
        response.body.singleResult = { errors: [{ message: first.message, extensions: first.extensions }] };
      },
    };
  },
};
