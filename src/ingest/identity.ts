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
 * The identity string is also built in SQL for documents loaded before identities were stored
 * (prisma/migrations/20261202150000_api_keys_audit_identity): entries sorted by code point.
 */
import type { PrismaClient } from '../generated/prisma';
import type { PreparedDocument } from './prepare';

export function documentIdentity(doc: Pick<PreparedDocument, 'kind' | 'fiscalYear' | 'organizations'>): string {
  const organizations = [...new Set(doc.organizations.map((o) => `${o.regionCode}:${o.fullName}`))];
  // Code-point order (what SQL's COLLATE "C" gives), not the locale's.
  organizations.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${doc.kind}|${doc.fiscalYear}|${organizations.join(',')}`;
}

/** The current document this one is a corrected version of, or null. */
export async function findPreviousVersion(prisma: PrismaClient, doc: PreparedDocument): Promise<{ id: number } | null> {
  const candidates = await prisma.sourceDocument.findMany({
    where: { identity: documentIdentity(doc), supersededById: null },
    select: { id: true },
    orderBy: { id: 'desc' },
  });
  if (candidates.length === 0 || doc.projects.length === 0) return candidates[0] ?? null;
  const shared = await prisma.projectEvaluation.findFirst({
    where: { documentId: { in: candidates.map((c) => c.id) }, name: { in: doc.projects.map((p) => p.parsed.name) } },
    select: { documentId: true },
    orderBy: { documentId: 'desc' },
  });
  return shared ? { id: shared.documentId } : null;
}
