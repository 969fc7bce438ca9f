/** The audit_entry table (审计日志): its row and select list. */
import type { AuditEntry } from '../../generated/prisma';
import { columnsOf, type Row } from './row';

export type AuditEntryRow = Row<AuditEntry>;

export const auditColumns = columnsOf('AuditEntry', 'a');
