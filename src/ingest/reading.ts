/**
 * A document's reading (读取): what an import decides from the bytes alone, before it asks the
 * database anything — the text extracted, the document's identity hash, and the document read,
 * resolved and scored (src/ingest/prepare.ts) down to the rows to write, or why it could not be.
 * No database and plain data only, so that it can run on another thread
 * (src/ingest/readingPool.ts) while the previous document is written.
 */
import crypto from 'node:crypto';
import { documentRows, type DocumentToWrite } from '../db/writes/documentRows';
import { extractDocument } from '../readers';
import type { ExtractedDocument } from '../tables/model';
import { documentIdentity } from './identity';
import { DocumentFormatError } from '../readers/formatError';
import type { LeftOutTable } from '../evaluation/partial';
import type { Unread } from '../templates/parsed';
import { contentHash, ImportError, prepareDocument, type PrepareOptions, type PreparedDocument } from './prepare';

export interface ImportCounts {
  projects: number;
  indicators: number;
  departmentEvaluations: number;
  goals: number;
  summaryTables: number;
  summaryRows: number;
  finalAccounts: number;
  organizations: number;
  discrepancies: number;
}

/**
 * A document read and prepared, as the writing thread needs it: what its report says, and its rows
 * to write (`rows.contentHash` is its identity) — not the object graph of its reading, which costs
 * more to pass between threads than to write.
 */
export interface ReadDocument extends Pick<PreparedDocument, 'fileName' | 'region' | 'fiscalYear' | 'organizations' | 'warnings' | 'unread' | 'partial'> {
  counts: ImportCounts;
  rows: DocumentToWrite;
}

export type Reading =
  /** Read and prepared. */
  | { ok: true; doc: ReadDocument }
  /**
   * Not loadable: the problems with their lines and what was read of its tables; `hash` is its
   * identity when its text could be extracted (a document already loaded is still `unchanged`).
   */
  | {
      ok: false;
      hash: string | null;
      errors: { line: number | null; message: string }[];
      partial: LeftOutTable[];
      /** Of a document read and refused: the lines not placed, and what was read and not kept. */
      unread?: Unread[];
      warnings?: Unread[];
    };

/** SHA-256 of a file's bytes: the identity of any document but a text file's (src/ingest/load.ts looks it up before reading). */
export function bytesHash(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** A document's identity: SHA-256 of its text for a text file (whatever its encoding), of its bytes for any other format. */
function documentHash(bytes: Uint8Array, extracted: ExtractedDocument): string {
  return extracted.format === 'text' ? contentHash(extracted.text) : bytesHash(bytes);
}

const formatProblem = (error: DocumentFormatError) => [{ line: error.line, message: error.message.replace(/^line \d+: /, '') }];

/** The text of a document and its identity, or why no text could be extracted. */
export type Extraction = { extracted: ExtractedDocument; hash: string } | Extract<Reading, { ok: false }>;

/** The first step of a reading: the text extracted and the identity hash (enough to tell a document already loaded). */
export async function extractWithHash(bytes: Uint8Array): Promise<Extraction> {
  try {
    const extracted = await extractDocument(bytes);
    return { extracted, hash: documentHash(bytes, extracted) };
  } catch (error) {
    if (error instanceof DocumentFormatError) return { ok: false, hash: null, errors: formatProblem(error), partial: [] };
    throw error;
  }
}

function countsOf(doc: PreparedDocument): ImportCounts {
  return {
    projects: doc.projects.length,
    indicators: doc.projects.reduce((s, p) => s + p.indicators.length, 0) + doc.departments.reduce((s, d) => s + d.indicators.length, 0),
    departmentEvaluations: doc.departments.length,
    goals: doc.departments.reduce((s, d) => s + d.goals.length, 0),
    summaryTables: doc.summaryTables.length,
    summaryRows: doc.summaryTables.reduce((s, t) => s + t.rows.length, 0),
    finalAccounts: doc.finalAccounts ? 1 : 0,
    organizations: doc.organizations.length,
    discrepancies:
      doc.projects.reduce((s, p) => s + p.discrepancies.length, 0) +
      doc.departments.reduce((s, d) => s + d.discrepancies.length, 0) +
      doc.summaryTables.reduce((s, t) => s + t.rows.reduce((r, row) => r + row.discrepancies.length, 0), 0),
  };
}

function readDocument(doc: PreparedDocument): ReadDocument {
  const { fileName, region, fiscalYear, organizations, warnings, unread, partial } = doc;
  return { fileName, region, fiscalYear, organizations, warnings, unread, partial, counts: countsOf(doc), rows: documentRows(doc, documentIdentity(doc)) };
}

/** The second step: the extracted text read, resolved, scored and made rows. */
export function prepareExtraction(fileName: string, extraction: Extraction, given: PrepareOptions = {}): Reading {
  if (!('extracted' in extraction)) return extraction;
  const { extracted, hash } = extraction;
  try {
    // Object.assign, not `{ ...prepared, contentHash }`: Node 20's V8 defines a property written after
    // a spread in an object literal on a slow path.
    return { ok: true, doc: readDocument(Object.assign({}, prepareDocument(fileName, extracted, given), { contentHash: hash })) };
  } catch (error) {
    if (error instanceof ImportError)
      return { ok: false, hash, errors: error.problems, partial: error.leftOut, unread: error.unread, warnings: error.warnings };
    if (error instanceof DocumentFormatError) return { ok: false, hash, errors: formatProblem(error), partial: [] };
    throw error;
  }
}

/** Reads one document, both steps; never throws for a bad document (any other error is a fault, thrown). */
export async function readAndPrepare(fileName: string, bytes: Uint8Array, given: PrepareOptions = {}): Promise<Reading> {
  return prepareExtraction(fileName, await extractWithHash(bytes), given);
}
