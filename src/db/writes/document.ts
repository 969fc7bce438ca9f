/**
 * Writing a document, in one transaction through the driver (src/db/transaction.ts): the document
 * (its whole text), its organizations, projects with indicators, department-wide evaluations with
 * goals, summary tables, final accounts and discrepancies — all of it or nothing, one multi-row
 * INSERT per table of the rows built where it was read (src/db/writes/documentRows.ts) — and the
 * rollup sums of its organizations. A corrected version removes the records of the version it
 * replaces, which stays on record, marked superseded. Every load bumps the data version.
 */
import { Prisma } from '../../generated/prisma';
import type { Database } from '../database';
import { bumpDataVersion } from '../dataVersion';
import { refreshRollupSums } from '../rollupSums';
import type { SqlWriter } from '../transaction';
import type { DocumentToWrite } from './documentRows';
import { insertTables } from './insertRows';
import { writeOrganizations } from './organizations';

/** An older row of the same content, superseded, that this load brings back (its row gives way to the new one). */
export interface Reinstated {
  id: number;
  supersededById: number | null;
}

/** What a load wrote: the new document, and the current version it replaced (null when none). */
export interface Written {
  documentId: number;
  previousId: number | null;
}

/**
 * The load transaction: finds the version the document replaces, writes the document and its
 * records, then runs `after` (the audit entry: both or neither) and returns what it returns.
 */
export async function writeDocument<T>(
  db: Database,
  doc: DocumentToWrite,
  reinstated: Reinstated | null,
  after: (tx: SqlWriter, written: Written) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const previousId = await previousVersion(tx, doc);
    if (reinstated) await giveWay(tx, reinstated, previousId);
    const organizationIds = await writeOrganizations(tx, doc.organizations);
    // The document's and its records' INSERTs take their rows apart alike whatever the rows, and
    // read no table (their foreign keys are checked apart): planned once on a connection, not for
    // each document, as the transaction has every other statement planned (src/db/transaction.ts)
    // — planning them, their rows a constant of the plan, was near half of the
    // database's work of a load. The statements around them read tables, planned for their values.
    await tx.$executeRaw`SET LOCAL plan_cache_mode = force_generic_plan`;
    // One statement for every table (insertTables): the document's row first, its records after.
    const [documentId] = await insertTables(
      tx,
      doc.tables,
      new Map([['Organization', doc.organizations.map((o) => organizationIds.get(o.fullName)!)]]),
    );
    await tx.$executeRaw`SET LOCAL plan_cache_mode = force_custom_plan`;
    if (previousId !== null) await supersede(tx, previousId, documentId!);
    await refreshRollupSums(tx, [...organizationIds.values()], doc.fiscalYear);
    await bumpDataVersion(tx);
    return after(tx, { documentId: documentId!, previousId });
  });
}

/**
 * The current document this one is a corrected version of (src/ingest/identity.ts): the latest of
 * its identity — of those, when it holds project tables, the latest that shares a project with it.
 */
async function previousVersion(tx: SqlWriter, doc: DocumentToWrite): Promise<number | null> {
  const [found] = await tx.$queryRaw<{ id: number }[]>`
    SELECT d.id FROM source_document d
    WHERE d.identity = ${doc.identity} AND d.superseded_by_id IS NULL
      AND (cardinality(${doc.projectNames}::text[]) = 0
        OR EXISTS (SELECT 1 FROM project_evaluation p WHERE p.document_id = d.id AND p.name = ANY(${doc.projectNames}::text[])))
    ORDER BY d.id DESC LIMIT 1`;
  return found?.id ?? null;
}

/**
 * A text is stored once (content_hash is unique): the old row of a version brought back, which
 * holds no records, gives way to the new one, and versions it had replaced point at the current one.
 */
async function giveWay(tx: SqlWriter, reinstated: Reinstated, previousId: number | null): Promise<void> {
  await tx.$executeRaw`UPDATE source_document SET superseded_by_id = ${previousId ?? reinstated.supersededById}::int
    WHERE superseded_by_id = ${reinstated.id}`;
  await tx.$executeRaw`DELETE FROM source_document WHERE id = ${reinstated.id}`;
}

/** The corrected version replaces the old one's records; the old document stays on record. */
async function supersede(tx: SqlWriter, previousId: number, documentId: number): Promise<void> {
  for (const table of ['project_evaluation', 'department_evaluation', 'summary_table', 'final_accounts', 'discrepancy'])
    await tx.$executeRaw`DELETE FROM ${Prisma.raw(table)} WHERE document_id = ${previousId}`;
  await tx.$executeRaw`UPDATE source_document SET superseded_by_id = ${documentId} WHERE id = ${previousId}`;
}
