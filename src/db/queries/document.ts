/** Source documents (来源文件) and what was read from them. */
import { Prisma } from '../../generated/prisma';
import type { SqlReader } from '../reader';
import { documentColumns, type DocumentRow, type SourceDocumentRow } from '../rows/sourceDocument';

type LoadedContent = Pick<SourceDocumentRow, 'id' | 'fiscalYear' | 'supersededById'>;

export async function documentsByIds(reader: SqlReader, ids: readonly number[]): Promise<DocumentRow[]> {
  return reader.$queryRaw`SELECT ${documentColumns} FROM source_document d WHERE d.id = ANY(${[...ids]}::int[])`;
}

export async function listDocuments(reader: SqlReader, includeSuperseded: boolean): Promise<DocumentRow[]> {
  return reader.$queryRaw`SELECT ${documentColumns} FROM source_document d
    WHERE ${includeSuperseded} OR d.superseded_by_id IS NULL ORDER BY d.id`;
}

/** The document of a content (its SHA-256, src/ingest/reading.ts), if one was loaded: what an import asks first. */
export async function documentWithContent(
  reader: SqlReader,
  contentHash: string,
): Promise<LoadedContent | null> {
  const [found] = await reader.$queryRaw<LoadedContent[]>`
    SELECT id, fiscal_year AS "fiscalYear", superseded_by_id AS "supersededById" FROM source_document WHERE content_hash = ${contentHash}`;
  return found ?? null;
}

/** The document a load replaced: the one it superseded, if any. */
export async function documentReplacedBy(reader: SqlReader, documentId: number): Promise<number | null> {
  const [found] = await reader.$queryRaw<{ id: number }[]>`SELECT id FROM source_document WHERE superseded_by_id = ${documentId} LIMIT 1`;
  return found?.id ?? null;
}

/** Lines `start..end` (1-based, inclusive) of each requested document, for citing a figure's source. */
export async function documentLines(
  reader: SqlReader,
  requests: readonly { documentId: number; start: number; end: number }[],
): Promise<string[]> {
  const rows = await reader.$queryRaw<{ i: number; text: string }[]>`
    SELECT r.i, array_to_string((string_to_array(d.text, E'\n'))[r.s:r.e], E'\n') AS text
    FROM unnest(${requests.map((r) => r.documentId)}::int[], ${requests.map((r) => r.start)}::int[],
                ${requests.map((r) => r.end)}::int[]) WITH ORDINALITY AS r(doc, s, e, i)
    JOIN source_document d ON d.id = r.doc`;
  const byIndex = new Map(rows.map((r) => [Number(r.i), r.text]));
  return requests.map((_, index) => byIndex.get(index + 1) ?? '');
}

/** Fiscal years with current documents in and beneath each region (an empty code list: anywhere). */
export async function fiscalYearsInRegions(reader: SqlReader, codes: readonly string[]): Promise<{ key: string; years: number[] }[]> {
  return reader.$queryRaw`
    SELECT c.ancestor_code::text AS key, array_agg(DISTINCT d.fiscal_year ORDER BY d.fiscal_year) AS years
    FROM region_closure c JOIN source_document d ON d.region_code = c.descendant_code
    WHERE c.ancestor_code = ANY(${[...codes]}::varchar[]) AND d.superseded_by_id IS NULL AND d.fiscal_year IS NOT NULL
    GROUP BY c.ancestor_code`;
}
