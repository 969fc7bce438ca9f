/**
 * GET /api/export/{projects,rollups,rankings,discrepancies,indicators}?…&format=csv|xlsx — the
 * dashboard's tables as files (导出). Each runs the GraphQL operation of src/export/definitions.ts
 * through the schema itself, as the caller, paging through every row up to EXPORT_ROW_LIMIT, so
 * filters, validation and figures are those of the API. Bad parameters or an error the API
 * answers (unknown region, impossible year) are JSON 400 with the message.
 */
import express, { type Request, type Response } from 'express';
import { graphql, GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { callerOf } from '../api/auth';
import type { Database } from '../db/database';
import { createContext } from '../graphql/context';
import { languageOf, say } from '../http/language';
import { apiText } from '../i18n/api';
import type { Language, Text } from '../i18n/language';
import { messageIn } from '../i18n/localizedError';
import { schema } from '../graphql/schema';
import { EXPORTS, type ExportDefinition } from './definitions';
import { ExportParamError } from './params';
import { writeRows, type Format } from './write';

/** Most rows one export may hold; a larger one is refused with a request to narrow the filters. */
export const EXPORT_ROW_LIMIT = 20_000;

const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** An error the GraphQL layer answered about the request itself (not a fault of the server), in the request's language. */
class ExportQueryError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

async function collectRows(db: Database, res: Response, definition: ExportDefinition, req: Request): Promise<Record<string, unknown>[]> {
  const plan = definition.plan(req.query);
  const rows: Record<string, unknown>[] = [];
  let after: string | null = null;
  do {
    const result = await graphql({
      schema,
      source: plan.source,
      variableValues: { ...plan.variables, ...(after ? { after } : {}) },
      contextValue: createContext(db, callerOf(res), undefined, languageOf(res)),
    });
    if (result.errors?.length) {
      const fault = result.errors.find((e) => e.originalError && !(e.originalError instanceof GraphQLError));
      if (fault) throw fault.originalError;
      const inEach = (language: Language) => result.errors!.map((e) => messageIn(e, language)).join('; ');
      throw new ExportQueryError({ zh: inEach('zh'), en: inEach('en') });
    }
    const page = plan.page(result.data as Record<string, unknown>);
    rows.push(...page.rows);
    if (rows.length > EXPORT_ROW_LIMIT) throw new ExportQueryError(apiText.exportTooLarge(EXPORT_ROW_LIMIT));
    after = page.next;
  } while (after);
  return rows;
}

export function exportRouter(db: Database, logger: Logger): express.Router {
  const router = express.Router();
  router.get('/:kind', async (req: Request<{ kind: string }>, res: Response) => {
    const definition = Object.hasOwn(EXPORTS, req.params.kind) ? EXPORTS[req.params.kind] : undefined;
    if (!definition) {
      res.status(404).json({ error: say(res, apiText.noExport(req.params.kind, Object.keys(EXPORTS).join(', '))) });
      return;
    }
    const format = (typeof req.query.format === 'string' ? req.query.format : 'csv').toLowerCase();
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(400).json({ error: say(res, apiText.badFormat(String(req.query.format))) });
      return;
    }
    try {
      const rows = await collectRows(db, res, definition, req);
      const body = await writeRows(format, definition.title, definition.columns, rows);
      const name = `${req.params.kind}.${format}`;
      if (res.locals.etag) res.setHeader('ETag', res.locals.etag as string);
      res
        .status(200)
        .type(CONTENT_TYPES[format])
        .setHeader(
          'content-disposition',
          `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${definition.title}.${format}`)}`,
        )
        .setHeader('x-export-rows', String(rows.length))
        .send(body);
    } catch (error) {
      if (error instanceof ExportParamError || error instanceof ExportQueryError) {
        res.status(400).json({ error: say(res, error.text) });
        return;
      }
      logger.error({ err: error }, 'export failed');
      res.status(500).json({ error: say(res, apiText.exportFailed()) });
    }
  });
  return router;
}
