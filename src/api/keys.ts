/**
 * API keys: `jx_<prefix>_<secret>`, 32 random bytes of secret. Only the SHA-256 of the whole key
 * is stored, with its prefix (its public part, by which it is found, listed and revoked); a
 * presented key is compared with the stored hash in constant time. Shared by the keys command
 * (src/cli/keys.ts), the admin endpoints (src/api/keysRoute.ts) and authentication (src/api/auth.ts).
 */
import crypto from 'node:crypto';
import { KEY_INFO as SELECT, type KeyInfo } from '../db/rows/apiKey';
import { insertApiKey, revokeApiKey } from '../db/writes/apiKeys';
import type { ApiKeyRole, PrismaClient } from '../generated/prisma';
import { keysText } from '../i18n/keys';
import { DEFAULT_LANGUAGE, type Text } from '../i18n/language';

export type { KeyInfo };

const KEY_PATTERN = /^jx_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

export function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key (not stored): its prefix and the whole key. */
export function generateKey(): { prefix: string; key: string } {
  const prefix = crypto.randomBytes(4).toString('hex');
  return { prefix, key: `jx_${prefix}_${crypto.randomBytes(32).toString('base64url')}` };
}

/** Whether a presented key is the one with this hash, in time independent of where they differ. */
export function keyMatches(presented: string, hash: string): boolean {
  const a = Buffer.from(hashKey(presented), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** A refusal, in every language: the command prints it in its own, the admin endpoints in the request's. */
export class KeyError extends Error {
  override name = 'KeyError';
  constructor(readonly text: Text) {
    super(text[DEFAULT_LANGUAGE]);
  }
}

export interface NewKey {
  role: ApiKeyRole;
  name?: string;
  regionCode?: string;
  organizationId?: number;
}

/** Creates a key; the returned `key` is the only time it is ever shown. */
export async function createKey(prisma: PrismaClient, input: NewKey): Promise<{ key: string; info: KeyInfo }> {
  if (input.role === 'UPLOADER' && !input.regionCode === !input.organizationId) throw new KeyError(keysText.uploaderNeedsOneScope());
  if (input.role !== 'UPLOADER' && (input.regionCode || input.organizationId))
    throw new KeyError(keysText.noScopeForRole(input.role.toLowerCase()));
  let scopeName = input.role.toLowerCase();
  if (input.regionCode) {
    const region = await prisma.region.findUnique({ where: { code: input.regionCode } });
    if (!region) throw new KeyError(keysText.unknownRegion(input.regionCode));
    scopeName = `uploader ${region.name}`;
  }
  if (input.organizationId) {
    const org = await prisma.organization.findUnique({ where: { id: input.organizationId } });
    if (!org) throw new KeyError(keysText.unknownOrganization(input.organizationId));
    scopeName = `uploader ${org.name}`;
  }
  const { prefix, key } = generateKey();
  const info = await insertApiKey(prisma, {
    prefix,
    hash: hashKey(key),
    name: input.name?.trim() || scopeName,
    role: input.role,
    regionCode: input.regionCode ?? null,
    organizationId: input.organizationId ?? null,
  });
  return { key, info };
}

export function listKeys(prisma: PrismaClient): Promise<KeyInfo[]> {
  return prisma.apiKey.findMany({ select: SELECT, orderBy: { id: 'asc' } });
}

/** Revokes a key by its prefix (8 hex digits, or the whole key) or its id; revoking a revoked key changes nothing. */
export async function revokeKey(prisma: PrismaClient, idOrPrefix: string): Promise<KeyInfo> {
  // A prefix is 8 hex digits (it may be all decimal digits: `12345678` is a prefix, not an id).
  const prefix = /^(?:jx_)?([0-9a-f]{8})(?:_|$)/.exec(idOrPrefix)?.[1];
  const where = prefix
    ? { prefix }
    : /^\d+$/.test(idOrPrefix)
      ? { id: Number(idOrPrefix) }
      : { prefix: idOrPrefix.replace(/^jx_/, '').slice(0, 8) };
  const found = await prisma.apiKey.findUnique({ where, select: SELECT });
  if (!found) throw new KeyError(keysText.noKey(idOrPrefix));
  if (found.revokedAt) return found;
  return revokeApiKey(prisma, found.id);
}

/** The key a client presented, when it exists and is not revoked; null otherwise. */
export async function findKey(prisma: PrismaClient, presented: string): Promise<KeyInfo | null> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return null;
  const row = await prisma.apiKey.findUnique({ where: { prefix: match[1]! }, select: { ...SELECT, hash: true } });
  if (!row || !keyMatches(presented, row.hash) || row.revokedAt) return null;
  const { hash: _hash, ...info } = row;
  return info;
}

/** The prefix of what looks like a key, to name it in the audit log without its secret. */
export function presentedPrefix(presented: string): string | null {
  return /^jx_([0-9a-f]{8})_/.exec(presented)?.[1] ?? null;
}
