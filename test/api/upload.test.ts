/**
 * Writing through HTTP: POST /api/documents with API keys of each role and scope, what is written
 * (rows counted in the database) and what the audit log says — through GET /api/audit and the
 * GraphQL `auditLog` field, which only admins may read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/api/keys';
import type { Database } from '../../src/db/database';
import type { ImportReport } from '../../src/ingest/load';
import { emptyDatabase, seedFiles, seedText, tableCounts } from '../support/database';
import { ENGLISH, startServer, type TestServer } from '../support/server';

let db: Database;
let server: TestServer;
const keys = {} as Record<'admin' | 'reader' | 'huangshi' | 'shiyan' | 'hubei', string>;

const fileOf = (prefix: string) => seedFiles().find((f) => f.startsWith(prefix))!;

interface UploadAnswer {
  status: number;
  body: { error?: string; reports?: ImportReport[] };
}

/** Uploads, asking for the answers in English (the assertions read English). */
async function upload(
  key: string | null,
  files: { name: string; text: string }[],
  url = server.url,
  language: Record<string, string> = ENGLISH,
): Promise<UploadAnswer> {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.text]), f.name);
  const response = await fetch(`${url}/api/documents`, {
    method: 'POST',
    headers: { ...language, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

interface AuditRow {
  keyId: number | null;
  actor: string;
  action: string;
  fileName: string | null;
  sha256: string | null;
  status: string;
  documentId: number | null;
  replacedDocumentId: number | null;
  counts: Record<string, number> | null;
  message: string | null;
}

/** The newest audit entries, read as an admin through the API. */
async function auditLog(first = 1): Promise<AuditRow[]> {
  const response = await fetch(`${server.url}/api/audit?first=${first}`, { headers: { authorization: `Bearer ${keys.admin}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { entries: AuditRow[] }).entries;
}

async function graphql(key: string | null, query: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] },
  };
}

beforeAll(async () => {
  db = await emptyDatabase();
  server = await startServer(db);
  keys.admin = (await createKey(db.prisma, { role: 'ADMIN', name: 'admin' })).key;
  keys.reader = (await createKey(db.prisma, { role: 'READER', name: 'reader' })).key;
  keys.huangshi = (await createKey(db.prisma, { role: 'UPLOADER', regionCode: '420200', name: '黄石 uploader' })).key;
  keys.shiyan = (await createKey(db.prisma, { role: 'UPLOADER', regionCode: '420300', name: '十堰 uploader' })).key;
  keys.hubei = (await createKey(db.prisma, { role: 'UPLOADER', regionCode: '420000', name: '湖北 uploader' })).key;
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('who may upload', () => {
  it('no key: 401, nothing written, the refusal in the audit log', async () => {
    const before = await tableCounts(db.prisma);
    const answer = await upload(null, [{ name: fileOf('000_'), text: seedText('000_') }]);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatch(/API key is required/);
    const inChinese = await upload(null, [{ name: fileOf('000_'), text: seedText('000_') }], server.url, {});
    expect(inChinese.body.error).toBe('上传文档需要 API 密钥：请以“Authorization: Bearer <key>”发送。');
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect((await auditLog())[0]).toMatchObject({ action: 'upload', status: 'unauthorized', keyId: null, actor: 'anonymous (no key)' });
  });

  it('a key that does not exist: 401, named by its prefix in the audit log', async () => {
    const before = await tableCounts(db.prisma);
    const forged = `jx_0badc0de_${'A'.repeat(43)}`;
    const answer = await upload(forged, [{ name: fileOf('000_'), text: seedText('000_') }]);
    expect(answer.status).toBe(401);
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect((await auditLog())[0]).toMatchObject({ status: 'unauthorized', actor: expect.stringContaining('jx_0badc0de') });
  });

  it('a reader key: 403, nothing written, logged', async () => {
    const before = await tableCounts(db.prisma);
    const answer = await upload(keys.reader, [{ name: fileOf('000_'), text: seedText('000_') }]);
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatch(/read only/);
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect((await auditLog())[0]).toMatchObject({ status: 'refused', actor: expect.stringContaining('reader') });
  });

  it('an uploader of another region: 403 with the reason, nothing written, the file and its SHA-256 logged', async () => {
    const before = await tableCounts(db.prisma);
    const answer = await upload(keys.shiyan, [{ name: fileOf('000_'), text: seedText('000_') }]);
    expect(answer.status).toBe(403);
    expect(answer.body.reports).toEqual([
      expect.objectContaining({
        fileName: fileOf('000_'),
        status: 'refused',
        documentId: null,
        region: { code: '420200', name: '黄石市' },
        errors: [{ line: null, message: expect.stringMatching(/黄石市 \(420200\).*十堰市 \(420300\)/) }],
      }),
    ]);
    expect(await tableCounts(db.prisma)).toEqual(before);
    const [entry] = await auditLog();
    expect(entry).toMatchObject({
      status: 'refused',
      fileName: fileOf('000_'),
      documentId: null,
      message: expect.stringContaining('十堰市'),
    });
    expect(entry!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry!.keyId).not.toBeNull();
    // In Chinese unless English is asked for: the answer and the document's reason.
    const inChinese = await upload(keys.shiyan, [{ name: fileOf('000_'), text: seedText('000_') }], server.url, {});
    expect(inChinese.status).toBe(403);
    expect(inChinese.body.error).toBe('1 个文档中有 1 个超出此密钥的范围：其中任何内容都未写入');
    expect(inChinese.body.reports![0]!.errors[0]!.message).toMatch(
      /^文档属于 黄石市 \(420200\)；密钥“.*”只能载入 十堰市 \(420300\) 及其下级地区的文档$/,
    );
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it('the uploader of the region: loaded, and logged with who, the counts and the document', async () => {
    const answer = await upload(keys.huangshi, [{ name: fileOf('000_'), text: seedText('000_') }]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const [report] = answer.body.reports!;
    expect(report).toMatchObject({ status: 'loaded', region: { code: '420200' }, counts: { projects: 20, indicators: 151 } });
    expect(await db.prisma.projectEvaluation.count({ where: { documentId: report!.documentId! } })).toBe(20);
    expect((await auditLog())[0]).toMatchObject({
      status: 'loaded',
      actor: expect.stringContaining('黄石 uploader'),
      fileName: fileOf('000_'),
      documentId: report!.documentId,
      counts: expect.objectContaining({ projects: 20, indicators: 151 }),
    });
  });

  it('the same bytes again from an uploader of another region: refused, not answered unchanged', async () => {
    const answer = await upload(keys.shiyan, [{ name: 'again.txt', text: seedText('000_') }]);
    expect(answer.status).toBe(403);
    expect(answer.body.reports![0]).toMatchObject({ status: 'refused', documentId: null });
    const own = await upload(keys.huangshi, [{ name: 'again.txt', text: seedText('000_') }]);
    expect(own.status).toBe(200);
    expect(own.body.reports![0]).toMatchObject({ status: 'unchanged' });
  });

  it('an uploader of the province may load a city beneath it (the region closure)', async () => {
    const answer = await upload(keys.hubei, [{ name: fileOf('003_'), text: seedText('003_') }]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.reports![0]).toMatchObject({ status: 'loaded', region: { code: '420300' } });
  });

  it('a province uploader may not load another province', async () => {
    const answer = await upload(keys.hubei, [{ name: fileOf('001_'), text: seedText('001_') }]);
    expect(answer.status).toBe(403);
    expect(answer.body.reports![0]).toMatchObject({ status: 'refused', region: { code: '410721' } });
  });

  it('an uploader scoped to an organization loads that organization’s documents only', async () => {
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: '黄石市人力资源和社会保障局' } });
    const { key } = await createKey(db.prisma, { role: 'UPLOADER', organizationId: org.id });
    const corrected = seedText('000_').replace('\t45\t44.3\t98.44%\t20\t', '\t46\t44.3\t96.30%\t20\t');
    const own = await upload(key, [{ name: 'corrected.txt', text: corrected }]);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.reports![0]).toMatchObject({ status: 'replaced' });
    const other = await upload(key, [{ name: fileOf('002_'), text: seedText('002_') }]);
    expect(other.status).toBe(403);
    expect(other.body.reports![0]!.errors[0]!.message).toContain('黄石市人力资源和社会保障局');
  });

  it('a prefix of decimal digits only is revoked as a prefix, not taken for an id', async () => {
    const { info } = await createKey(db.prisma, { role: 'UPLOADER', regionCode: '421222' });
    // One prefix in about 43 is all decimal digits (8 hex digits): give this key such a prefix.
    await db.prisma.apiKey.update({ where: { id: info.id }, data: { prefix: '12345678' } });
    const revoke = await fetch(`${server.url}/api/keys/12345678`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${keys.admin}` },
    });
    expect(revoke.status).toBe(200);
    expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { id: info.id } })).revokedAt).not.toBeNull();
  });

  it('a revoked key is refused afterwards', async () => {
    const { key, info } = await createKey(db.prisma, { role: 'UPLOADER', regionCode: '421222' });
    const revoke = await fetch(`${server.url}/api/keys/${info.prefix}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${keys.admin}` },
    });
    expect(revoke.status).toBe(200);
    const before = await tableCounts(db.prisma);
    const answer = await upload(key, [{ name: fileOf('002_'), text: seedText('002_') }]);
    expect(answer.status).toBe(401);
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect((await auditLog())[0]).toMatchObject({ status: 'unauthorized', actor: expect.stringContaining(`jx_${info.prefix}`) });
  });

  it('GET /api/me says who a key is, and 401 without a valid one', async () => {
    const me = (key: string | null) => fetch(`${server.url}/api/me`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    expect((await me(null)).status).toBe(401);
    expect(await (await me(keys.huangshi)).json()).toEqual({
      role: 'UPLOADER',
      name: '黄石 uploader',
      regionCode: '420200',
      organizationId: null,
    });
  });

  it('keys are managed by admins only', async () => {
    for (const key of [null, keys.reader, keys.huangshi]) {
      const response = await fetch(`${server.url}/api/keys`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
      expect(response.status).toBe(key ? 403 : 401);
    }
    const listed = await fetch(`${server.url}/api/keys`, { headers: { authorization: `Bearer ${keys.admin}` } });
    const body = (await listed.json()) as { keys: { prefix: string; hash?: string }[] };
    expect(body.keys.length).toBeGreaterThanOrEqual(5);
    expect(body.keys[0]).not.toHaveProperty('hash');
    // Only a hash of the key is stored.
    const stored = await db.prisma.apiKey.findMany();
    for (const key of Object.values(keys)) expect(JSON.stringify(stored)).not.toContain(key.slice(12));
  });
});

describe('what an upload answers', () => {
  it('several files: each its own report; 422 when one failed, the others loaded', async () => {
    const cut = seedText('002_').split('\n').slice(0, 40).join('\n');
    const answer = await upload(keys.admin, [
      { name: fileOf('002_'), text: seedText('002_') },
      { name: 'cut.txt', text: cut },
      { name: fileOf('003_'), text: seedText('003_') },
    ]);
    expect(answer.status).toBe(422);
    expect(answer.body.reports!.map((r) => [r.fileName, r.status])).toEqual([
      [fileOf('002_'), 'loaded'],
      ['cut.txt', 'failed'],
      [fileOf('003_'), 'unchanged'],
    ]);
    expect(answer.body.reports![1]!.errors.length).toBeGreaterThan(0);
    expect((await auditLog(3)).map((e) => [e.fileName, e.status])).toEqual([
      [fileOf('003_'), 'unchanged'],
      ['cut.txt', 'failed'],
      [fileOf('002_'), 'loaded'],
    ]);
  });

  it('a file name in Chinese arrives as written', async () => {
    const answer = await upload(keys.admin, [{ name: '新乡县2021年自评.txt', text: seedText('001_') }]);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.reports![0]).toMatchObject({ fileName: '新乡县2021年自评.txt', status: 'loaded' });
  });

  /** The Qingshen page (test/fixtures/documents) changed by `edit`, uploaded with one text field. */
  async function sendWithField(field: string, value: string, edit: (page: string) => string, fileName: string) {
    const page = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'documents', 'sichuan-qingshen-wage-expenditure.txt'), 'utf8');
    const form = new FormData();
    form.append(field, value);
    form.append('file', new Blob([edit(page)]), fileName);
    const response = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { ...ENGLISH, authorization: `Bearer ${keys.admin}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
  }

  it('a region field names the region of a document that names none; one that names no region: 400', async () => {
    const send = (region: string) => sendWithField('region', region, (page) => page.replaceAll('青神县', ''), 'placeless.txt');
    const bad = await send('nowhere');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('--region takes a GB/T 2260 code');
    const named = await send('青神县');
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    expect(named.body.reports![0]).toMatchObject({ status: 'loaded', region: { code: '511425', name: '青神县' } });
  });

  it('a year field names the fiscal year of a document that names none; one that is no year: 400', async () => {
    const send = (year: string) => sendWithField('year', year, (page) => page.replace('(2023年度)', ''), 'yearless.txt');
    const bad = await send('二〇二三');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('--year takes a four-digit fiscal year');
    const named = await send('2023');
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    expect(named.body.reports![0]).toMatchObject({ status: 'loaded', fiscalYear: 2023, region: { code: '511425' } });
  });

  it('no file: 400; another field: 400', async () => {
    const empty = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.admin}` },
      body: new FormData(),
    });
    expect(empty.status).toBe(400);
    const form = new FormData();
    form.append('document', new Blob(['x']), 'x.txt');
    const other = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { ...ENGLISH, authorization: `Bearer ${keys.admin}` },
      body: form,
    });
    expect(other.status).toBe(400);
    expect(((await other.json()) as { error: string }).error).toContain('"file"');
  });

  it('a file over the limit: 413 as JSON, logged', async () => {
    const small = await startServer(db, { access: { uploadLimitMb: 0.01 } });
    try {
      const answer = await upload(keys.admin, [{ name: fileOf('000_'), text: seedText('000_') }], small.url);
      expect(answer.status).toBe(413);
      expect(answer.body.error).toMatch(/larger than the limit of 0\.01 MiB/);
      expect((await auditLog())[0]).toMatchObject({ status: 'refused', message: expect.stringContaining('larger than the limit') });
    } finally {
      await small.close();
    }
  });

  it('a document that takes longer than the read time limit: 422 with the limit, nothing written, logged; the server goes on', async () => {
    // 1 ms (JIXIAO_READ_TIMEOUT_MS=1): no document reads so fast; it runs from when the reading thread begins.
    const hasty = await startServer(db, { access: { readTimeLimitMs: 1 } });
    try {
      const before = await tableCounts(db.prisma);
      const answer = await upload(keys.admin, [{ name: 'slow.txt', text: `${seedText('000_')}\n说明：再次上传。\n` }], hasty.url);
      expect(answer.status, JSON.stringify(answer.body)).toBe(422);
      expect(answer.body.reports![0]).toMatchObject({
        fileName: 'slow.txt',
        status: 'failed',
        documentId: null,
        errors: [
          {
            line: null,
            message: 'reading stopped after 0.001 s, the time limit of one document (JIXIAO_READ_TIMEOUT_MS); nothing of it was loaded',
          },
        ],
      });
      expect(await tableCounts(db.prisma)).toEqual(before);
      expect((await auditLog())[0]).toMatchObject({ fileName: 'slow.txt', status: 'failed' });
      expect((await hasty.post({ query: '{ fiscalYears }' })).status).toBe(200);
      // A file already loaded is answered by its bytes' hash, before any reading.
      const again = await upload(keys.admin, [{ name: fileOf('003_'), text: seedText('003_') }], hasty.url);
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect(again.body.reports![0]).toMatchObject({ status: 'unchanged', errors: [] });
    } finally {
      await hasty.close();
    }
  });

  it('a document whose reading never ends: the server answers queries meanwhile, and the upload fails at the time limit', async () => {
    // The reading thread runs a worker that loops on `loop…` files (test/support/misbehavingReadingWorker.ts).
    const walled = await startServer(db, {
      access: { readTimeLimitMs: 30_000, readingWorker: new URL('../support/misbehavingReadingWorker.ts', import.meta.url) },
    });
    try {
      let answered = false;
      const pending = upload(keys.admin, [{ name: 'loop.txt', text: `${seedText('000_')}\n说明：永不结束。\n` }], walled.url).finally(
        () => {
          answered = true;
        },
      );
      for (let i = 0; i < 3; i++) {
        const query = await walled.post({ query: '{ fiscalYears }' });
        expect(query.status).toBe(200);
        expect(((await query.json()) as { data: { fiscalYears: number[] } }).data.fiscalYears).toContain(2021);
      }
      expect(answered).toBe(false);
      const answer = await pending;
      expect(answer.status).toBe(422);
      expect(answer.body.reports![0]!.errors[0]!.message).toMatch(/^reading stopped after 30 s, the time limit of one document/);
    } finally {
      await walled.close();
    }
  });
});

describe('the audit log through GraphQL', () => {
  const query =
    '{ auditLog(first: 2) { totalCount edges { node { actor action fileName sha256 status counts } } pageInfo { hasNextPage } } }';

  it('admins read it, newest first', async () => {
    const { body } = await graphql(keys.admin, query);
    expect(body.errors).toBeUndefined();
    const log = body.data!.auditLog as { totalCount: number; edges: { node: { status: string } }[]; pageInfo: { hasNextPage: boolean } };
    expect(log.totalCount).toBeGreaterThan(10);
    expect(log.edges).toHaveLength(2);
    expect(log.pageInfo.hasNextPage).toBe(true);
  });

  it('anyone else gets FORBIDDEN', async () => {
    for (const key of [null, keys.reader, keys.huangshi]) {
      const { body } = await graphql(key, query);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('GET /api/audit: admins only', async () => {
    expect((await fetch(`${server.url}/api/audit`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/audit`, { headers: { authorization: `Bearer ${keys.huangshi}` } })).status).toBe(403);
  });
});

describe('reading with a key (JIXIAO_READ_ACCESS=key)', () => {
  it('GraphQL needs a key of any role; without one, 401', async () => {
    const closed = await startServer(db, { access: { readAccess: 'key' } });
    try {
      const post = (key: string | null) =>
        fetch(`${closed.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
          body: JSON.stringify({ query: '{ fiscalYears }' }),
        });
      expect((await post(null)).status).toBe(401);
      const read = await post(keys.reader);
      expect(read.status).toBe(200);
      expect(((await read.json()) as { data: { fiscalYears: number[] } }).data.fiscalYears).toContain(2021);
      // Open reading is the default.
      expect((await graphql(null, '{ fiscalYears }')).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});
