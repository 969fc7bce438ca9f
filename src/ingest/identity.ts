/**
 * A document's identity, whatever its file is called: what it holds (its kind), the fiscal year
 * it evaluates, and the top-level organizations (主管部门) its records belong to, with their
 * regions. A document of the same identity and other content is a corrected version of it and
 * replaces it; two documents that merely share a file name never touch each other.
 *
 * The string is also built in SQL for documents loaded before identities were stored
 * (prisma/migrations/20261202150000_api_keys_audit_identity): entries sorted by code point.
 */
import type { PreparedDocument } from './prepare';

export function documentIdentity(doc: Pick<PreparedDocument, 'kind' | 'fiscalYear' | 'organizations'>): string {
  const roots = [...new Set(doc.organizations.filter((o) => o.parentName === null).map((o) => `${o.regionCode}:${o.fullName}`))];
  // Code-point order (what SQL's COLLATE "C" gives), not the locale's.
  roots.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${doc.kind}|${doc.fiscalYear}|${roots.join(',')}`;
}
