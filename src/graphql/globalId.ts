/**
 * Relay global IDs: base64 of `Type:id`. A malformed one — not base64, no type, a type that has no
 * node, an id that is not that type's key (a six-digit code for a Region, a positive integer for
 * the others) — is a BAD_USER_INPUT error naming it, not an internal error.
 */
import { apiText } from '../i18n/api';
import { badInput } from './errors';

/** Node types and the shape of their keys. */
const NODE_KEYS: Record<string, RegExp> = {
  Region: /^\d{6}$/,
  ProjectEvaluation: /^[1-9]\d{0,8}$/,
  Organization: /^[1-9]\d{0,8}$/,
  DepartmentEvaluation: /^[1-9]\d{0,8}$/,
  SourceDocument: /^[1-9]\d{0,8}$/,
};

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const invalid = () => badInput(apiText.invalidId(globalId.slice(0, 100)), { argument: 'id' });
  if (!/^[A-Za-z0-9+/]{1,200}={0,2}$/.test(globalId)) throw invalid();
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  const key = Object.hasOwn(NODE_KEYS, typename) ? NODE_KEYS[typename] : undefined;
  if (colon < 1 || !key || !key.test(id)) throw invalid();
  return { typename, id };
}
