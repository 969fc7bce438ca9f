/**
 * Errors about the request as a whole rather than its arguments: the database is away, the
 * server is busy, the operation ran past its deadline or loaded more than one answer may hold.
 * Each carries a machine-readable code and the HTTP status it is answered with.
 */
import { GraphQLError } from 'graphql';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';
export const SERVER_BUSY = 'SERVER_BUSY';
export const RESULT_TOO_LARGE = 'RESULT_TOO_LARGE';
export const REQUEST_ABANDONED = 'REQUEST_ABANDONED';

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The database is unavailable; try again shortly.', {
    extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503 } },
  });
}

export function requestTimeout(ms: number): GraphQLError {
  return new GraphQLError(
    `The operation took longer than the limit of ${ms} ms and was stopped; ask for less (smaller pages, fewer fields).`,
    {
      extensions: { code: REQUEST_TIMEOUT, http: { status: 503 } },
    },
  );
}

export function serverBusy(): GraphQLError {
  return new GraphQLError('The server is busy with other requests; try again shortly.', {
    extensions: { code: SERVER_BUSY, http: { status: 503 } },
  });
}

export function resultTooLarge(what: string, limit: number): GraphQLError {
  return new GraphQLError(`The answer would hold more than ${limit} ${what}; ask for less (smaller pages, fewer nested lists).`, {
    extensions: { code: RESULT_TOO_LARGE, http: { status: 422 } },
  });
}

export function requestAbandoned(): GraphQLError {
  return new GraphQLError('The request was abandoned.', { extensions: { code: REQUEST_ABANDONED } });
}

/** The JSON body of an error answered outside GraphQL execution (the same shape as GraphQL's). */
export function errorBody(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
