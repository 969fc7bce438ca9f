/**
 * Errors about the request as a whole rather than its arguments: the database is away, the
 * server is busy, the operation ran past its deadline or loaded more than one answer may hold.
 * Each carries a machine-readable code and the HTTP status it is answered with.
 */
import type { GraphQLError } from 'graphql';
import { apiText } from '../i18n/api';
import { LocalizedError } from '../i18n/localizedError';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';
export const SERVER_BUSY = 'SERVER_BUSY';
export const RESULT_TOO_LARGE = 'RESULT_TOO_LARGE';
export const REQUEST_ABANDONED = 'REQUEST_ABANDONED';

export function databaseUnavailable(): GraphQLError {
  return new LocalizedError(apiText.databaseUnavailable(), {
    extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503 } },
  });
}

export function requestTimeout(ms: number): GraphQLError {
  return new LocalizedError(apiText.requestTimeout(ms), { extensions: { code: REQUEST_TIMEOUT, http: { status: 503 } } });
}

export function serverBusy(): GraphQLError {
  return new LocalizedError(apiText.serverBusy(), {
    extensions: { code: SERVER_BUSY, http: { status: 503 } },
  });
}

export function resultTooLarge(what: 'rows' | 'bytes', limit: number): GraphQLError {
  return new LocalizedError(apiText.resultTooLarge(what, limit), {
    extensions: { code: RESULT_TOO_LARGE, http: { status: 422 } },
  });
}

export function requestAbandoned(): GraphQLError {
  return new LocalizedError(apiText.requestAbandoned(), { extensions: { code: REQUEST_ABANDONED } });
}

/** The JSON body of an error answered outside GraphQL execution (the same shape as GraphQL's). */
export function errorBody(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
