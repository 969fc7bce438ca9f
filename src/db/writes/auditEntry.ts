/** Writing an entry of the audit log (src/api/audit.ts), in the caller's transaction or on its own. */
import type { Prisma, PrismaClient } from '../../generated/prisma';

export async function insertAuditEntry(
  db: PrismaClient | Prisma.TransactionClient,
  entry: Prisma.AuditEntryUncheckedCreateInput,
): Promise<void> {
  await db.auditEntry.create({ data: entry });
}
