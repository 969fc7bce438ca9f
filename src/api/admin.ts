/**
 * `GET /api/me`: who the presented key is (any caller; 401 without a valid key) — what the import
 * command asks before it sends anything.
 *
 * Admin endpoints: the keys (`GET/POST /api/keys`, `DELETE /api/keys/:idOrPrefix`) — what
 * `npm run keys` uses while a server holds the database — and the audit log (`GET /api/audit`).
 * Admin keys and the server's local clients only: 401 without a valid key, 403 with another.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Database } from '../db/database';
import { ApiKeyRole } from '../generated/prisma';
import { decodeCursor, encodeCursor } from '../graphql/errors';
import { apiText } from '../i18n/api';
import { messageIn } from '../i18n/localizedError';
import { languageOf, say } from '../http/language';
import { readAudit, writeAudit } from './audit';
import { callerOf } from './auth';
import { createKey, KeyError, listKeys, revokeKey } from './keys';

function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  const caller = callerOf(res);
  if (caller.role === null) res.status(401).json({ error: say(res, apiText.adminKeyRequired()) });
  else if (caller.role !== 'ADMIN') res.status(403).json({ error: say(res, apiText.adminOnly()) });
  else next();
}

export function adminRouter(db: Database): express.Router {
  const router = express.Router();
  router.get('/me', (_req, res) => {
    const caller = callerOf(res);
    if (caller.role === null) res.status(401).json({ error: say(res, apiText.noValidKey()) });
    else if (caller.kind === 'key')
      res.json({ role: caller.role, name: caller.key.name, regionCode: caller.key.regionCode, organizationId: caller.key.organizationId });
    else res.json({ role: caller.role, name: 'local command line' });
  });
  router.use(['/keys', '/audit'], requireAdmin);

  router.get('/keys', async (_req, res) => {
    res.json({ keys: await listKeys(db.prisma) });
  });

  router.post('/keys', express.json({ limit: '16kb' }), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const role = String(body.role ?? '').toUpperCase();
    const problem = !(role in ApiKeyRole)
      ? apiText.badRole(Object.keys(ApiKeyRole).join(', ').toLowerCase())
      : body.regionCode != null && !/^\d{6}$/.test(String(body.regionCode))
        ? apiText.badRegionCodeField()
        : body.organizationId != null && !Number.isInteger(body.organizationId)
          ? apiText.badOrganizationIdField()
          : body.name != null && typeof body.name !== 'string'
            ? apiText.badNameField()
            : null;
    if (problem) {
      res.status(400).json({ error: say(res, problem) });
      return;
    }
    try {
      const created = await createKey(db.prisma, {
        role: role as ApiKeyRole,
        name: (body.name as string | undefined) ?? undefined,
        regionCode: (body.regionCode as string | undefined) ?? undefined,
        organizationId: (body.organizationId as number | undefined) ?? undefined,
      });
      await writeAudit(db.prisma, {
        caller: callerOf(res),
        action: 'keys.create',
        status: 'created',
        message: `key ${created.info.id} (jx_${created.info.prefix}) "${created.info.name}", ${created.info.role}`,
      });
      res.status(201).json(created);
    } catch (error) {
      if (!(error instanceof KeyError)) throw error;
      res.status(400).json({ error: say(res, error.text) });
    }
  });

  router.delete('/keys/:idOrPrefix', async (req, res) => {
    try {
      const info = await revokeKey(db.prisma, req.params.idOrPrefix!);
      await writeAudit(db.prisma, {
        caller: callerOf(res),
        action: 'keys.revoke',
        status: 'revoked',
        message: `key ${info.id} (jx_${info.prefix}) "${info.name}"`,
      });
      res.json({ key: info });
    } catch (error) {
      if (!(error instanceof KeyError)) throw error;
      res.status(404).json({ error: say(res, error.text) });
    }
  });

  router.get('/audit', async (req, res) => {
    const first = Math.min(Math.max(Number(req.query.first ?? 20) || 20, 1), 100);
    let offset: number;
    try {
      offset = decodeCursor(typeof req.query.after === 'string' ? req.query.after : null);
    } catch (error) {
      res.status(400).json({ error: messageIn(error as Error, languageOf(res)) });
      return;
    }
    const page = await readAudit(db.primaryReader, offset, first);
    res.json({
      totalCount: page.total,
      entries: page.rows,
      endCursor: page.rows.length > 0 ? encodeCursor(offset + page.rows.length - 1) : null,
      hasNextPage: page.hasNextPage,
    });
  });
  return router;
}
