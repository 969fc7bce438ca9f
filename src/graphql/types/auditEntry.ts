/** The audit log of uploads (src/api/audit.ts) as GraphQL: `Query.auditLog`, readable by admins only. */
import { apiText } from '../../i18n/api';
import { LocalizedError } from '../../i18n/localizedError';
import { readAudit } from '../../api/audit';
import type { AuditEntry } from '../../generated/prisma';
import { builder } from '../builder';
import { offsetPage, pageComplexity, toConnection } from '../paging';

const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry');

AuditEntryRef.implement({
  description: '审计记录: one upload, replacement or refusal, or a key created or revoked.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Its number, in the order written.' }),
    at: t.string({ description: 'When (ISO 8601).', resolve: (e) => e.at.toISOString() }),
    keyId: t.exposeInt('keyId', { nullable: true, description: 'The API key used, when a valid one was.' }),
    actor: t.exposeString('actor', { description: 'Who, in words: the key’s name and prefix, anonymous, or the local command line.' }),
    action: t.exposeString('action', { description: 'upload, keys.create or keys.revoke.' }),
    fileName: t.exposeString('fileName', { nullable: true, description: 'The file name as uploaded.' }),
    sha256: t.exposeString('sha256', { nullable: true, description: 'SHA-256 of the uploaded bytes.' }),
    status: t.exposeString('status', {
      description:
        'loaded, replaced, unchanged, failed, refused (outside the key’s scope or role), unauthorized (no valid key), created, revoked.',
    }),
    documentId: t.exposeInt('documentId', { nullable: true, description: 'The document loaded (or found unchanged).' }),
    replacedDocumentId: t.exposeInt('replacedDocumentId', { nullable: true, description: 'The document a corrected version superseded.' }),
    regionCode: t.exposeString('regionCode', { nullable: true, description: 'The document’s jurisdiction (GB/T 2260).' }),
    fiscalYear: t.exposeInt('fiscalYear', { nullable: true, description: 'The fiscal year the document evaluates.' }),
    counts: t.string({
      nullable: true,
      description: 'What was written, as JSON: projects, indicators, department evaluations …',
      resolve: (e) => (e.counts === null ? null : JSON.stringify(e.counts)),
    }),
    message: t.exposeString('message', { nullable: true, description: 'Why it was refused or failed, with line numbers.' }),
  }),
});

const AuditConnection = builder.connectionObject(
  { type: AuditEntryRef, name: 'AuditEntryConnection', description: 'A page of the audit log, newest first.' },
  { name: 'AuditEntryEdge', description: 'An audit entry in a page.' },
);

builder.queryFields((t) => ({
  auditLog: t.connection(
    {
      type: AuditEntryRef,
      description: 'The audit log of uploads and keys, newest first. Admin keys only: anyone else gets a FORBIDDEN error.',
      complexity: pageComplexity,
      resolve: async (_root, args, ctx) => {
        if (ctx.caller.role !== 'ADMIN') throw new LocalizedError(apiText.auditAdminOnly(), { extensions: { code: 'FORBIDDEN' } });
        const page = offsetPage(args);
        const result = await readAudit(ctx.db.primaryReader, page.offset, page.limit);
        return toConnection(page, result.rows, result.total, result.hasNextPage);
      },
    },
    AuditConnection,
  ),
}));
