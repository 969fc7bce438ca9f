/**
 * Query-string parameters of the export endpoints (导出), read into GraphQL variables. Only the
 * shape is checked here (integers, numbers, booleans, lists); what the values mean — an unknown
 * region, an impossible year, a grade that does not exist — is judged by the GraphQL layer itself.
 */
import type { Request } from 'express';
import { apiText } from '../i18n/api';
import { DEFAULT_LANGUAGE, type Text } from '../i18n/language';

/** A parameter that cannot be read; answered as JSON 400 with its message, in the request's language. */
export class ExportParamError extends Error {
  constructor(readonly text: Text) {
    super(text[DEFAULT_LANGUAGE]);
  }
}

export type Query = Request['query'];

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ExportParamError(apiText.paramOnce(name));
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function text(query: Query, name: string): string | undefined {
  return single(query, name);
}

export function required(query: Query, name: string): string {
  const value = single(query, name);
  if (value === undefined) throw new ExportParamError(apiText.paramRequired(name));
  return value;
}

export function integer(query: Query, name: string): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new ExportParamError(apiText.paramWholeNumber(name, value));
  return Number(value);
}

export function requiredInteger(query: Query, name: string): number {
  const value = integer(query, name);
  if (value === undefined) throw new ExportParamError(apiText.paramRequired(name));
  return value;
}

export function decimal(query: Query, name: string): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new ExportParamError(apiText.paramNumber(name, value));
  return parsed;
}

export function boolean(query: Query, name: string): boolean | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ExportParamError(apiText.paramBoolean(name, value));
}

/** A comma-separated list, e.g. codes=420200,420300. */
export function list(query: Query, name: string): string[] | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
