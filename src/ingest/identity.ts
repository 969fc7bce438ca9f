/**
 * Which document a new one replaces — by what it is, never by what its file is called.
 *
 * A document's identity: what it holds (its kind), the fiscal year it evaluates, and the
 * organizations its records belong to, with their regions ("project-evaluations|2021|
 * 420200:黄石市人力资源和社会保障局,420200:黄石市社会保险事业局,…"). A current document of the same
 * identity and other content is an earlier version of it — provided, when it holds project tables,
 * that the two share a project: a department that publishes its project tables in several files
 * loads them side by side, and a corrected file replaces only its own earlier version.
 *
 * Which current document that is, is found in the load's transaction (src/db/writes/document.ts).
 * The identity string is also built in SQL for documents loaded before identities were stored
 * (prisma/migrations/20261202150000_api_keys_audit_identity): entries sorted by code point.
 */
import type { PreparedDocument } from './prepare';

export function documentIdentity(doc: Pick<PreparedDocument, 'kind' | 'fiscalYear' | 'organizations'>): string {
  const organizations = [...new Set(doc.organizations.map((o) => `${o.regionCode}:${o.fullName}`))];
  // Code-point order (what SQL's COLLATE "C" gives), not the locale's.
  organizations.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${doc.kind}|${doc.fiscalYear}|${organizations.join(',')}`;
}
