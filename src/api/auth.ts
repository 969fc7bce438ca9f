/**
 * Authentication: reads `Authorization: Bearer <key>` and puts the caller in `res.locals.caller`.
 * A request without a key is anonymous (reading is open unless JIXIAO_READ_ACCESS=key); a key that
 * is unknown or revoked is anonymous too, remembered by its prefix for the audit log.
 */
import crypto from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { noteApiKeyUsed } from '../db/writes/apiKeys';
import type { PrismaClient } from '../generated/prisma';
import { ANONYMOUS, type Caller } from './caller';
import { findKey, hashKey, presentedPrefix } from './keys';

export interface Authenticator {
  middleware(req: Request, res: Response, next: NextFunction): void;
  /** The key local clients read from the lock file; valid while this process runs. */
  localKey: string;
}

export function callerOf(res: Response): Caller {
  return (res.locals.caller as Caller | undefined) ?? ANONYMOUS;
}

export function createAuthenticator(prisma: PrismaClient): Authenticator {
  const localKey = `jx_local_${crypto.randomBytes(32).toString('base64url')}`;
  const localHash = Buffer.from(hashKey(localKey), 'hex');
  const identify = async (header: string | undefined): Promise<Caller> => {
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (!presented) return ANONYMOUS;
    if (crypto.timingSafeEqual(Buffer.from(hashKey(presented), 'hex'), localHash)) return { kind: 'local', role: 'ADMIN' };
    const key = await findKey(prisma, presented);
    if (!key) return { kind: 'anonymous', role: null, presentedPrefix: presentedPrefix(presented) ?? 'malformed' };
    // When it was last used, to the minute: not a write per request.
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) await noteApiKeyUsed(prisma, key.id);
    return { kind: 'key', role: key.role, key };
  };
  return {
    localKey,
    middleware(req, res, next) {
      identify(req.get('authorization')).then(
        (caller) => {
          res.locals.caller = caller;
          next();
        },
        (error: unknown) => next(error),
      );
    },
  };
}
