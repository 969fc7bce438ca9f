/**
 * The audit log: every upload, replacement and refusal — who (key id and name), when, which file
 * (name and SHA-256 of its bytes), the outcome, and what changed (counts, the replaced document).
 * A load and its entry are written in the same transaction (importDocument's onWritten); a
 * refusal or failure, which writes nothing else, gets an entry of its own.
 */
import crypto from 'node:crypto';
import type { SqlReader } from '../db/reader';
import { auditColumns, type AuditEntryRow } from '../db/rows/auditEntry';
import type { SqlWriter } from '../db/transaction';
import { insertAuditEntry } from '../db/writes/auditEntry';
import { wroteRecords, type ImportReport } from '../ingest/load';
import { actorOf, keyIdOf, type Caller } from './caller';

export interface AuditInput {
  caller: Caller;
  action: string;
  status: string;
  fileName?: string | null;
  bytes?: Uint8Array | null;
  report?: ImportReport;
  message?: string | null;
}

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export async function writeAudit(db: SqlWriter, input: AuditInput): Promise<void> {
  const r = input.report;
  const written = r !== undefined && wroteRecords(r);
  await insertAuditEntry(db, {
    keyId: keyIdOf(input.caller),
    actor: actorOf(input.caller),
    action: input.action,
    fileName: input.fileName ?? r?.fileName ?? null,
    sha256: input.bytes ? sha256(input.bytes) : null,
    status: input.status,
    documentId: r?.documentId ?? null,
    replacedDocumentId: r?.replacedDocumentId ?? null,
    regionCode: r?.region?.code ?? null,
    fiscalYear: r?.fiscalYear ?? null,
    counts: written ? { ...r.counts } : undefined,
    message:
      input.message ??
      (r && r.errors.length > 0 ? r.errors.map((e) => (e.line === null ? e.message : `line ${e.line}: ${e.message}`)).join('\n') : null),
  });
}

/**
 * A page of the log, newest first: read through a SqlReader (a GraphQL request's own reader, so
 * that it is cancelled with the request: src/db/cancellation.ts), entries as their row (src/db/rows/auditEntry.ts).
 */
export async function readAudit(reader: SqlReader, offset: number, limit: number) {
  const [rows, [count]] = await Promise.all([
    reader.$queryRaw<AuditEntryRow[]>`SELECT ${auditColumns} FROM audit_entry a ORDER BY a.id DESC OFFSET ${offset} LIMIT ${limit + 1}`,
    reader.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM audit_entry`,
  ]);
  return { rows: rows.slice(0, limit), total: count!.total, hasNextPage: rows.length > limit };
}
