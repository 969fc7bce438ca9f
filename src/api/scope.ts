/**
 * What an uploader may load, decided from the prepared document before anything is written: an
 * uploader scoped to a region may load documents whose jurisdiction and every organization lie in
 * that region or beneath it (the region closure table); one scoped to an organization, documents
 * whose top-level organizations are that organization or its sub-units. Admins may load anything;
 * readers nothing. A document already loaded (the same bytes again) is judged by what it holds.
 */
import type { PrismaClient } from '../generated/prisma';
import { apiText } from '../i18n/api';
import type { Text } from '../i18n/language';
import type { PreparedDocument } from '../ingest/prepare';
import type { Caller } from './caller';

/** Why this caller may not load this document (in every language), or null when it may. */
export async function scopeRefusal(
  prisma: PrismaClient,
  caller: Caller,
  doc: Pick<PreparedDocument, 'region' | 'organizations'>,
): Promise<Text | null> {
  if (caller.role === 'ADMIN') return null;
  if (caller.kind !== 'key' || caller.role !== 'UPLOADER') return apiText.uploaderOrAdminOnly();
  const key = caller.key;
  const where = `${doc.region.name} (${doc.region.code})`;
  if (key.regionCode) {
    const codes = [...new Set([doc.region.code, ...doc.organizations.map((o) => o.regionCode)])];
    const inside = await prisma.regionClosure.findMany({
      where: { ancestorCode: key.regionCode, descendantCode: { in: codes } },
      select: { descendantCode: true },
    });
    const outside = codes.filter((c) => !inside.some((r) => r.descendantCode === c));
    if (outside.length === 0) return null;
    const scope = await prisma.region.findUnique({ where: { code: key.regionCode }, select: { name: true } });
    return apiText.outsideRegion(
      where,
      outside.length > 1 || outside[0] !== doc.region.code ? outside.join(', ') : null,
      key.name,
      `${scope?.name ?? key.regionCode} (${key.regionCode})`,
    );
  }
  const org = await prisma.organization.findUnique({
    where: { id: key.organizationId! },
    select: { id: true, name: true, regionCode: true },
  });
  if (!org) return apiText.scopeGone(key.name);
  const roots = doc.organizations.filter((o) => o.parentName === null);
  for (const root of roots) {
    if (root.regionCode === org.regionCode && root.fullName === org.name) continue;
    // A sub-unit loaded on its own: its place in the organization tree as stored.
    if (await isBeneath(prisma, root.regionCode, root.fullName, org.id)) continue;
    return apiText.outsideOrganization(root.fullName, where, key.name, org.name);
  }
  return null;
}

async function isBeneath(prisma: PrismaClient, regionCode: string, name: string, ancestorId: number): Promise<boolean> {
  const found = await prisma.organization.findUnique({ where: { regionCode_name: { regionCode, name } }, select: { id: true } });
  return found !== null && isBeneathId(prisma, found.id, ancestorId);
}

/** Whether an organization is the ancestor or beneath it in the organization tree as stored. */
async function isBeneathId(prisma: PrismaClient, organizationId: number, ancestorId: number): Promise<boolean> {
  let current = await prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true, parentId: true } });
  for (let depth = 0; current && depth < 10; depth += 1) {
    if (current.id === ancestorId) return true;
    if (current.parentId === null) return false;
    current = await prisma.organization.findUnique({ where: { id: current.parentId }, select: { id: true, parentId: true } });
  }
  return false;
}

/** Why this caller may not see a document already loaded reported back to it (in every language), or null when it may. */
export async function loadedDocumentRefusal(prisma: PrismaClient, caller: Caller, documentId: number): Promise<Text | null> {
  if (caller.role === 'ADMIN') return null;
  if (caller.kind !== 'key' || caller.role !== 'UPLOADER') return apiText.uploaderOrAdminOnly();
  const key = caller.key;
  const [records, document] = await Promise.all([
    prisma.$queryRaw<{ region_code: string; organization_id: number }[]>`
      SELECT region_code, organization_id FROM project_evaluation WHERE document_id = ${documentId}
      UNION SELECT region_code, organization_id FROM department_evaluation WHERE document_id = ${documentId}
      UNION SELECT o.region_code, o.id FROM summary_table t JOIN organization o ON o.id = t.organization_id WHERE t.document_id = ${documentId}
      UNION SELECT o.region_code, o.id FROM final_accounts f JOIN organization o ON o.id = f.organization_id WHERE f.document_id = ${documentId}`,
    prisma.sourceDocument.findUnique({ where: { id: documentId }, select: { regionCode: true } }),
  ]);
  const refusal = apiText.loadedOutsideScope(key.name);
  if (key.regionCode) {
    const codes = [...new Set([...(document?.regionCode ? [document.regionCode] : []), ...records.map((r) => r.region_code)])];
    const inside = await prisma.regionClosure.count({ where: { ancestorCode: key.regionCode, descendantCode: { in: codes } } });
    return inside === codes.length ? null : refusal;
  }
  for (const organizationId of new Set(records.map((r) => r.organization_id))) {
    if (!(await isBeneathId(prisma, organizationId, key.organizationId!))) return refusal;
  }
  return records.length > 0 ? null : refusal;
}
