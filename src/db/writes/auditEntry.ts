/** Writing an entry of the audit log (src/api/audit.ts), in the caller's transaction or on its own. */
import type { Prisma } from '../../generated/prisma';
import type { SqlWriter } from '../transaction';
import { insertTables } from './insertRows';
import { tableRows } from './tableRows';

/** The entry is stamped here, in UTC as Prisma stamps timestamps (the column's default would take the server's time zone). */
export async function insertAuditEntry(db: SqlWriter, entry: Omit<Prisma.AuditEntryUncheckedCreateInput, 'id' | 'at'>): Promise<void> {
  await insertTables(db, [tableRows('AuditEntry', [{ ...entry, at: new Date() }])]);
}
