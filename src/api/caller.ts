/**
 * Who is calling: no key, a stored API key (src/api/keys.ts), or a local client of this server
 * (the key it wrote into its lock file for the commands on this machine, src/db/lock.ts), or a
 * command writing to the database itself when no server holds it.
 */
import type { ApiKeyRole } from '../generated/prisma';
import type { KeyInfo } from './keys';

export type Caller =
  | { kind: 'anonymous'; role: null; presentedPrefix: string | null }
  | { kind: 'key'; role: ApiKeyRole; key: KeyInfo }
  | { kind: 'local'; role: 'ADMIN' }
  /** The import or keys command writing to the database itself (no server holds it). */
  | { kind: 'cli'; role: 'ADMIN'; who: string };

export const ANONYMOUS: Caller = { kind: 'anonymous', role: null, presentedPrefix: null };

/** The caller in words, for the audit log: the key's name and prefix, never its secret. */
export function actorOf(caller: Caller): string {
  if (caller.kind === 'key') return `${caller.key.name} (key ${caller.key.id}, jx_${caller.key.prefix})`;
  if (caller.kind === 'local') return 'local command line (the server’s lock-file key)';
  if (caller.kind === 'cli') return `command line, directly on the database (${caller.who})`;
  if (caller.presentedPrefix === 'malformed') return 'anonymous (a malformed key)';
  return caller.presentedPrefix ? `anonymous (unknown or revoked key jx_${caller.presentedPrefix})` : 'anonymous (no key)';
}

export function keyIdOf(caller: Caller): number | null {
  return caller.kind === 'key' ? caller.key.id : null;
}
