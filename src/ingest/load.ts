/**
 * Importing a document: read, prepared (src/ingest/prepare.ts), then written in one transaction
 * by src/db/writes/document.ts — all of it or nothing — with a report of what was read.
 *
 * Identity: a document is its content (SHA-256 of a text file's text, of any other file's bytes),
 * so loading the same file again changes nothing.
 * A document of the same identity (src/ingest/identity.ts: kind, fiscal year, organizations, a
 * project in common — not its file name) but other content is a corrected version: it is loaded, the
 * old version's records are removed, and the old document stays on record, marked superseded.
 */
import { withDatabaseRetry } from '../db/availability';
import type { Database } from '../db/database';
import { documentReplacedBy, documentWithContent } from '../db/queries/document';
import type { SqlWriter } from '../db/transaction';
import { writeDocument } from '../db/writes/document';
import type { Unread } from '../templates/parsed';
import type { LeftOutTable } from '../evaluation/partial';
import type { PrepareOptions } from './prepare';
import {
  bytesHash,
  extractWithHash,
  prepareExtraction,
  readAndPrepare,
  type ImportCounts,
  type ReadDocument,
  type Reading,
} from './reading';

export interface ImportReport {
  fileName: string;
  /** loaded: new; replaced: a corrected version of a document already loaded; unchanged: already loaded; checked: dry run; failed: nothing written; refused: outside the uploader's scope, nothing written. */
  status: 'loaded' | 'replaced' | 'unchanged' | 'checked' | 'failed' | 'refused';
  documentId: number | null;
  /** The document a replacement superseded. */
  replacedDocumentId?: number | null;
  region: { code: string; name: string } | null;
  fiscalYear: number | null;
  counts: ImportCounts;
  warnings: Unread[];
  unread: Unread[];
  /**
   * Tables found but not loaded (cut off, unreadable rows, bad figures), each with what was read
   * of it, its lines and reasons; the rest loaded. A failed document carries them too: then every
   * table was left out, and this is what was read of it (it was partly read, nothing written).
   */
  partial: LeftOutTable[];
  errors: { line: number | null; message: string }[];
}

export const NO_COUNTS: ImportCounts = {
  projects: 0,
  indicators: 0,
  departmentEvaluations: 0,
  goals: 0,
  summaryTables: 0,
  summaryRows: 0,
  finalAccounts: 0,
  organizations: 0,
  discrepancies: 0,
};

/** The fields of a report of which nothing was read (new arrays each time: a report is the caller's). */
function nothingRead() {
  return { documentId: null, region: null, fiscalYear: null, counts: NO_COUNTS, warnings: [], unread: [], partial: [] };
}

/** The report of a document that failed as a whole: nothing of it was written. */
/** Whether the document's records were written (loaded, or a corrected version replaced the one before). */
export function wroteRecords(report: Pick<ImportReport, 'status'>): boolean {
  return report.status === 'loaded' || report.status === 'replaced';
}

export function failedReport(fileName: string, message: string, line: number | null = null): ImportReport {
  return { ...nothingRead(), fileName, status: 'failed', errors: [{ line, message }] };
}

/** `region` and `fiscalYear` (PrepareOptions): what a document that does not say them is told. */
export interface ImportOptions extends PrepareOptions {
  dryRun?: boolean;
  /** Decides from the document read, before anything is written, whether it may be loaded: a reason to refuse, or null. */
  authorize?: (doc: ReadDocument) => Promise<string | null>;
  /** Runs inside the document's transaction once it is written (the audit entry: both or neither). */
  onWritten?: (tx: SqlWriter, report: ImportReport) => Promise<void>;
  /**
   * The document's reading, already under way (src/ingest/readingPool.ts: on another thread, while
   * the document before it is written); read here when absent. It must be of these bytes, region and year.
   */
  reading?: Promise<Reading>;
  /**
   * How to read the document when no reading is under way (an upload: on its reading thread;
   * in-process without it). Called only once the bytes' own hash (the identity of any file but a text
   * in an encoding other than UTF-8) is not a document loaded: the same file again is `unchanged`
   * without being read.
   */
  read?: (fileName: string, bytes: Uint8Array, given: PrepareOptions) => Promise<Reading>;
}

/** What the options tell a document that does not say it. */
function given(options: PrepareOptions): PrepareOptions {
  return { region: options.region, fiscalYear: options.fiscalYear };
}

/** What a document read says of itself, before anything is written. */
function readReport(fileName: string, doc: ReadDocument): Omit<ImportReport, 'status' | 'documentId'> {
  return {
    fileName,
    region: { code: doc.region.code, name: doc.region.name },
    fiscalYear: doc.fiscalYear,
    counts: doc.counts,
    warnings: doc.warnings,
    unread: doc.unread,
    partial: doc.partial,
    errors: [],
  };
}

/**
 * What a reading comes to before anything is written: the report that ends it ('failed', or
 * 'refused' by `authorize`), or the document to go on with and its report so far.
 */
async function judged(
  fileName: string,
  reading: Reading,
  authorize: ImportOptions['authorize'],
): Promise<{ ended: ImportReport } | { doc: ReadDocument; report: ReturnType<typeof readReport> }> {
  if (!reading.ok) {
    const { errors, partial, unread = [], warnings = [] } = reading;
    return { ended: { ...nothingRead(), fileName, status: 'failed', errors, partial, unread, warnings } };
  }
  const report = readReport(fileName, reading.doc);
  const refusal = authorize ? await authorize(reading.doc) : null;
  if (refusal !== null) return { ended: { ...report, status: 'refused', documentId: null, errors: [{ line: null, message: refusal }] } };
  return { doc: reading.doc, report };
}

/**
 * A dry run: reads and checks one document — 'checked', or 'failed' / 'refused' with why — and
 * needs no database. What is loaded already changes nothing of it (a dry run never says
 * 'unchanged'), so the importer's dry run opens none (src/cli/importRun.ts).
 */
export async function checkDocument(
  fileName: string,
  bytes: Uint8Array,
  options: Pick<ImportOptions, 'region' | 'fiscalYear' | 'authorize' | 'reading' | 'read'> = {},
): Promise<ImportReport> {
  const reading = options.reading ?? (options.read ?? readAndPrepare)(fileName, bytes, given(options));
  const verdict = await judged(fileName, await reading, options.authorize);
  return 'ended' in verdict ? verdict.ended : { ...verdict.report, status: 'checked', documentId: null };
}

/** Imports one document (a dry run: checkDocument); never throws for a bad document — the report says what went wrong. */
export async function importDocument(
  db: Database,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  if (options.dryRun) return checkDocument(fileName, bytes, options);
  const lookUp = (hash: string | null) => (hash === null ? null : withDatabaseRetry(() => documentWithContent(db.primaryReader, hash)));
  // The same text as a version a later one replaced is a going back to it: loaded again below.
  const unchanged = (existing: Awaited<ReturnType<typeof lookUp>>): ImportReport | null =>
    existing && existing.supersededById === null
      ? { ...nothingRead(), fileName, status: 'unchanged', documentId: existing.id, fiscalYear: existing.fiscalYear, errors: [] }
      : null;
  // A reading under way is awaited whole; one made elsewhere (`read`) is made once the bytes' own
  // hash is not a document loaded; one made here once the text's identity is not, so that a
  // document already loaded costs only its extraction.
  let reading: Reading;
  let existing: Awaited<ReturnType<typeof lookUp>>;
  let elsewhere = options.reading;
  if (!elsewhere && options.read) {
    const same = unchanged(await lookUp(bytesHash(bytes)));
    if (same) return same;
    elsewhere = options.read(fileName, bytes, given(options));
  }
  if (elsewhere) {
    reading = await elsewhere;
    existing = await lookUp(reading.ok ? reading.doc.rows.contentHash : reading.hash);
    const same = unchanged(existing);
    if (same) return same;
  } else {
    const extraction = await extractWithHash(bytes);
    existing = await lookUp(extraction.hash);
    const same = unchanged(existing);
    if (same) return same;
    reading = prepareExtraction(fileName, extraction, given(options));
  }
  const verdict = await judged(fileName, reading, options.authorize);
  if ('ended' in verdict) return verdict.ended;
  const { doc, report } = verdict;
  const reinstated = existing?.supersededById == null ? null : existing;
  // The database may restart or fail over mid-import: the lookups and the transaction are tried
  // again (bounded), after checking that an attempt whose connection broke did not commit.
  return withDatabaseRetry(async (attempt) => {
    if (attempt > 1) {
      const committed = await documentWithContent(db.primaryReader, doc.rows.contentHash);
      if (committed && committed.supersededById === null) {
        const replaced = await documentReplacedBy(db.primaryReader, committed.id);
        return { ...report, status: replaced ? 'replaced' : 'loaded', documentId: committed.id, replacedDocumentId: replaced };
      }
    }
    return writeDocument(db, doc.rows, reinstated, async (tx, { documentId, previousId }) => {
      const written: ImportReport = {
        ...report,
        status: previousId === null ? 'loaded' : 'replaced',
        documentId,
        replacedDocumentId: previousId,
      };
      await options.onWritten?.(tx, written);
      return written;
    });
  });
}
