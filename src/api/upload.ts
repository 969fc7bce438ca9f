/**
 * `POST /api/documents`: documents uploaded as multipart/form-data (field `file`, several allowed),
 * each loaded by importDocument in its own transaction, one upload at a time (the server is the
 * one writer), and answered with the importer's reports — what `npm run import -- --json` prints:
 *
 *   200 { reports }         every document loaded, replaced or unchanged
 *   422 { error, reports }  some failed (nothing of those was written; the others were loaded)
 *   403 { error, reports }  some lie outside the uploader's scope (nothing of those was written)
 *   401 / 403 { error }     no valid key / a key that may not upload: nothing read
 *   413 { error }           a file over the size limit, or too many files
 *   400 { error }           not multipart/form-data with a `file` field, a `region` that names no region or a `year` that is none
 *
 * A text field `region` (a GB/T 2260 code or a region's name) names the region of the documents
 * that name none of their own (`npm run import -- --region`); a text field `year` (`2022`) the fiscal
 * year of those that name none in any title (`--year`). What a document says of itself wins.
 *
 * Every outcome, refusals included, is written to the audit log (src/api/audit.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import multer from 'multer';
import type { Logger } from 'pino';
import type { Database } from '../db/database';
import { languageOf, say } from '../http/language';
import { apiText } from '../i18n/api';
import { importerText } from '../i18n/importer';
import type { Language, Text } from '../i18n/language';
import { MAX_YEAR, MIN_YEAR, parseFiscalYear } from '../domain/fiscalYear';
import type { PrepareOptions } from '../ingest/prepare';
import { statisticsAfterLoads } from '../db/statistics';
import { failedReport, importDocument, wroteRecords, type ImportReport } from '../ingest/load';
import { createReadingPool, type ReadingPool } from '../ingest/readingPool';
import { regionNamed } from '../ingest/resolve';
import { writeAudit } from './audit';
import { callerOf } from './auth';
import type { Caller } from './caller';
import { loadedDocumentRefusal, scopeRefusal } from './scope';

export const MAX_FILES_PER_UPLOAD = 100;

/** Runs tasks one after another: documents are loaded one at a time, whoever sends them. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * An uploaded document is read on a thread of its own, started when one comes and stopped a minute
 * after the last: the server goes on answering while a large document is read, and a reading that
 * would never end, or that runs out of memory, is stopped there and refused (src/ingest/readingPool.ts)
 * where it would have stopped the server.
 */
const UPLOAD_READING_IDLE_MS = 60_000;

export interface UploadOptions {
  /** Largest document, in MiB. */
  limitMb: number;
  /** One ANALYZE once this many ms pass after the last upload that wrote documents (src/db/statistics.ts). */
  statisticsQuietMs: number;
  /** How long one document may take to read, ms (default: the reading pool's). */
  readTimeLimitMs?: number;
  /** The module its reading thread runs (default: src/ingest/readingWorker.ts). */
  readingWorker?: URL;
}

/** The upload route; `close` ends the statistics refresh it schedules and its reading thread. */
export function uploadRouter(
  db: Database,
  logger: Logger,
  { limitMb, statisticsQuietMs, readTimeLimitMs, readingWorker }: UploadOptions,
): { router: express.Router; close(): Promise<void> } {
  const router = express.Router();
  const enqueue = serialQueue();
  const reading = createReadingPool({
    threads: 1,
    timeLimitMs: readTimeLimitMs,
    idleTimeoutMs: UPLOAD_READING_IDLE_MS,
    worker: readingWorker,
  });
  const statistics = statisticsAfterLoads(db, logger, enqueue, statisticsQuietMs);
  const parse = multer({
    // On disk until loaded, one at a time: memory holds one document, not a whole upload.
    storage: multer.diskStorage({ destination: path.join(os.tmpdir(), 'jixiao-uploads') }),
    limits: { fileSize: Math.floor(limitMb * 1024 * 1024), files: MAX_FILES_PER_UPLOAD, fields: 10, parts: MAX_FILES_PER_UPLOAD + 10 },
    defParamCharset: 'utf8',
  }).array('file', MAX_FILES_PER_UPLOAD);

  // The audit log keeps the English words; the caller reads its own language.
  const refuse = async (res: Response, caller: Caller, status: number, auditStatus: string, error: Text) => {
    await writeAudit(db.prisma, { caller, action: 'upload', status: auditStatus, message: error.en });
    res.status(status).json({ error: say(res, error) });
  };

  router.post('/documents', async (req: Request, res: Response) => {
    const caller = callerOf(res);
    if (caller.role === null) return refuse(res, caller, 401, 'unauthorized', apiText.uploadKeyRequired());
    if (caller.role === 'READER') return refuse(res, caller, 403, 'refused', apiText.readOnlyKey());

    try {
      await new Promise<void>((resolve, reject) => parse(req, res, (error: unknown) => (error ? reject(error) : resolve())));
    } catch (error) {
      if (error instanceof multer.MulterError) {
        const tooLarge = error.code === 'LIMIT_FILE_SIZE' || error.code === 'LIMIT_FILE_COUNT' || error.code === 'LIMIT_PART_COUNT';
        const message =
          error.code === 'LIMIT_FILE_SIZE'
            ? apiText.fileTooLarge(limitMb)
            : error.code === 'LIMIT_FILE_COUNT'
              ? apiText.tooManyFiles(MAX_FILES_PER_UPLOAD)
              : apiText.badMultipartField(error.message, error.field);
        return refuse(res, caller, tooLarge ? 413 : 400, 'refused', message);
      }
      return refuse(res, caller, 400, 'refused', apiText.unreadableUpload((error as Error).message));
    }
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    const fields = (req.body as Record<string, unknown> | undefined) ?? {};
    // A field left blank names nothing; one that names no region or year refuses the upload.
    const read = <T>(field: unknown, parse: (text: string) => T | null) =>
      typeof field === 'string' && field.trim() !== '' ? parse(field) : undefined;
    const region = read(fields.region, regionNamed);
    const fiscalYear = read(fields.year, parseFiscalYear);
    const badField =
      region === null
        ? importerText.badRegion(String(fields.region))
        : fiscalYear === null
          ? importerText.badYear(String(fields.year), MIN_YEAR, MAX_YEAR)
          : null;
    if (badField) {
      await Promise.all(files.map((f) => fs.promises.rm(f.path, { force: true })));
      return refuse(res, caller, 400, 'refused', badField);
    }
    if (files.length === 0) return refuse(res, caller, 400, 'refused', apiText.noDocument());

    const reports: ImportReport[] = [];
    try {
      for (const file of files) {
        const report = await enqueue(async () =>
          loadOne(db, reading, logger, caller, file.originalname, await fs.promises.readFile(file.path), languageOf(res), {
            region: region ?? undefined,
            fiscalYear: fiscalYear ?? undefined,
          }),
        );
        reports.push(report);
      }
    } finally {
      await Promise.all(files.map((f) => fs.promises.rm(f.path, { force: true })));
    }
    const wrote = reports.some(wroteRecords);
    if (wrote) statistics.loaded();
    // With a replica serving the reads, answer once it has replayed the loads: whoever uploaded then reads what they loaded.
    if (wrote && !(await db.awaitReplica()))
      logger.warn({ replica: db.replica }, 'the replica has not replayed the upload yet; reads show it once it has');
    const refused = reports.filter((r) => r.status === 'refused').length;
    const failed = reports.filter((r) => r.status === 'failed').length;
    if (refused > 0) res.status(403).json({ error: say(res, apiText.outsideScope(refused, reports.length)), reports });
    else if (failed > 0) res.status(422).json({ error: say(res, apiText.documentsFailed(failed, reports.length)), reports });
    else res.json({ reports });
  });
  return {
    router,
    close: () => {
      statistics.close();
      return reading.close();
    },
  };
}

/** Loads one document; a refusal of the caller's scope is reported in the request's language. */
async function loadOne(
  db: Database,
  reading: ReadingPool,
  logger: Logger,
  caller: Caller,
  fileName: string,
  bytes: Buffer,
  language: Language,
  given: PrepareOptions,
): Promise<ImportReport> {
  let report: ImportReport;
  try {
    report = await importDocument(db, fileName, bytes, {
      ...given,
      read: reading.read,
      authorize: async (doc) => (await scopeRefusal(db.prisma, caller, doc))?.[language] ?? null,
      onWritten: (tx, written) => writeAudit(tx, { caller, action: 'upload', status: written.status, bytes, report: written }),
    });
  } catch (error) {
    // The database refused it (its transaction rolled back), or its reading failed on a fault of
    // the reader's own (not of the file: that is a report): this document failed, nothing written.
    logger.error({ err: error, fileName }, 'upload failed, nothing written');
    report = failedReport(fileName, importerText.notWritten((error as Error).message)[language]);
  }
  // The same bytes again are answered `unchanged`, nothing written: that answer, too, only within the key's scope.
  if (report.status === 'unchanged' && report.documentId !== null) {
    const refusal = await loadedDocumentRefusal(db.prisma, caller, report.documentId);
    if (refusal) report = { ...report, status: 'refused', documentId: null, errors: [{ line: null, message: refusal[language] }] };
  }
  if (report.status !== 'loaded' && report.status !== 'replaced')
    await writeAudit(db.prisma, { caller, action: 'upload', status: report.status, bytes, report });
  logger.info(
    { fileName, status: report.status, documentId: report.documentId, replaced: report.replacedDocumentId ?? null },
    'document uploaded',
  );
  return report;
}
