/**
 * Bad input through importDocument: every case is refused (or warned about) with a clear message
 * and, where a line is to blame, its line number; nothing crashes and nothing of a refused
 * document is in the database afterwards. A document with one incomplete table (cut off, a cell
 * missing) is not refused: that table is reported in `partial` with its lines and reasons, and
 * the complete tables beside it load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { prepareDocument } from '../../src/ingest/prepare';
import { readTextBlocks } from '../../src/readers/text';
import { emptyDatabase, SEED_DIR, seedText, tableCounts } from '../support/database';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A seed with line n (1-based) changed. */
function editLine(prefix: string, n: number, edit: (line: string) => string): string {
  const lines = seedText(prefix).split('\n');
  const changed = edit(lines[n - 1]!);
  if (changed === lines[n - 1]) throw new Error(`line ${n} of ${prefix} unchanged by the edit`);
  lines[n - 1] = changed;
  return lines.join('\n');
}

let db: Database;

beforeAll(async () => {
  db = await emptyDatabase();
  // One document already loaded, so "nothing written" is checked against a database with data.
  const loaded = await importDocument(db, '003_d47b5030e5ff90bc.txt', utf8(seedText('003_')));
  expect(loaded.status).toBe('loaded');
});
afterAll(async () => {
  await db?.close();
});

/** Imports, expects a refusal that writes nothing, returns the report. */
async function refused(fileName: string, bytes: Uint8Array): Promise<ImportReport> {
  const before = await tableCounts(db.prisma);
  const report = await importDocument(db, fileName, bytes);
  expect(report.status).toBe('failed');
  expect(report.documentId).toBeNull();
  expect(report.counts.projects).toBe(0);
  expect(report.errors.length).toBeGreaterThan(0);
  for (const e of report.errors) expect(e.message.length).toBeGreaterThan(10);
  expect(await tableCounts(db.prisma)).toEqual(before);
  expect(await db.prisma.sourceDocument.count({ where: { fileName } })).toBe(0);
  return report;
}

/** Imports, expects the document loaded without its incomplete tables, returns the report. */
async function partlyLoaded(fileName: string, bytes: Uint8Array): Promise<ImportReport> {
  const report = await importDocument(db, fileName, bytes);
  // Loaded beside, or in place of, an earlier version of the same evaluation (identity: organizations and year).
  expect(['loaded', 'replaced']).toContain(report.status);
  expect(report.documentId).not.toBeNull();
  expect(report.errors).toEqual([]);
  expect(report.partial.length).toBeGreaterThan(0);
  for (const r of report.partial) {
    expect(r.lineStart).toBeLessThanOrEqual(r.lineEnd);
    for (const p of r.problems) expect(p.message.length).toBeGreaterThan(10);
  }
  const projects = await db.prisma.projectEvaluation.count({ where: { documentId: report.documentId! } });
  expect(projects).toBe(report.counts.projects);
  return report;
}

/** The problems of the tables left out. */
const partialProblems = (r: ImportReport) => r.partial.flatMap((p) => p.problems);

describe('not a document', () => {
  it('an empty file', async () => {
    const r = await refused('empty.txt', new Uint8Array());
    expect(r.errors[0]?.message).toMatch(/empty document/);
  });

  it('a file of blank lines', async () => {
    const r = await refused('blank.txt', utf8('\n \n\t\r\n\u3000\n'));
    expect(r.errors[0]?.message).toMatch(/empty document/);
  });

  it('a PNG', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const r = await refused('image.png', png);
    expect(r.errors[0]?.message).toMatch(/not UTF-8 text|binary/);
  });

  it('NUL bytes', async () => {
    expect((await refused('zeros.bin', new Uint8Array(4096))).errors[0]?.message).toMatch(/NUL|binary/);
  });

  it('a seed with NUL bytes inside', async () => {
    const text = seedText('000_');
    const r = await refused('nul.txt', utf8(`${text.slice(0, 2000)}\0\0\0${text.slice(2000)}`));
    expect(r.errors[0]?.message).toMatch(/NUL|binary/);
  });

  it('random bytes', async () => {
    let seed = 12345;
    const random = new Uint8Array(8192).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 16;
    });
    expect((await refused('random.bin', random)).errors[0]?.message).toMatch(/not UTF-8 text|binary/);
  });

  it('random control characters that are valid UTF-8', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => [1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 27, 127][i % 13]!);
    expect((await refused('controls.bin', bytes)).errors[0]?.message).toMatch(/binary|not .*text|no .*table|empty/);
  });

  it('a seed in UTF-16 without a byte-order mark is told by its NUL bytes: the same text, so the document already loaded', async () => {
    const text = seedText('003_');
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const before = await tableCounts(db.prisma);
    expect(await importDocument(db, 'utf16.txt', bytes)).toMatchObject({ status: 'unchanged', errors: [] });
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it('UTF-8 prose that is not an evaluation (the seeds README)', async () => {
    const readme = fs.readFileSync(path.join(SEED_DIR, 'README.md'));
    const r = await refused('README.md', readme);
    expect(r.errors.map((e) => e.message).join('\n')).toMatch(/no (recognisable )?self-evaluation table/);
  });

  it('UTF-8 prose that names a place but holds no table', async () => {
    const r = await refused('letter.txt', utf8('关于黄石市人力资源和社会保障局2021年度工作的说明\n\n本年度各项工作顺利完成。\n'));
    expect(r.errors.map((e) => e.message).join('\n')).toMatch(/no (recognisable )?self-evaluation table/);
  });
});

describe('damaged tables', () => {
  it('000 cut in the middle of the first project table: "no 总分 row" at the last line', async () => {
    const cut = seedText('000_').split('\n').slice(0, 24).join('\n');
    const r = await refused('000-cut.txt', utf8(cut));
    expect(r.errors).toContainEqual({ line: 24, message: expect.stringMatching(/12333信息平台建设经费.*总分.*truncated/) });
  });

  it('000 cut in the middle of a later table: the 19 complete tables load, the cut one is reported with its lines', async () => {
    // 专家津贴 (lines 290–314, title to 总分) loses its last rows (310–312: two indicators and 总分); the tables after it stay.
    const lines = seedText('000_').split('\n');
    const cut = [...lines.slice(0, 309), ...lines.slice(312)].join('\n');
    const r = await partlyLoaded('000-cut-late.txt', utf8(cut));
    expect(r.counts.projects).toBe(19);
    expect(r.partial).toEqual([expect.objectContaining({ kind: 'project', name: '专家津贴', lineStart: 290 })]);
    expect(r.partial[0]!.lineEnd).toBeGreaterThanOrEqual(309);
    expect(partialProblems(r)).toContainEqual({ line: expect.any(Number), message: expect.stringMatching(/专家津贴.*truncated/) });
  });

  it('000 cut off inside a later table: the tables before it load, the cut one is reported', async () => {
    const cut = seedText('000_').split('\n').slice(0, 309).join('\n'); // inside 专家津贴, among its indicators
    const r = await partlyLoaded('000-cut-end.txt', utf8(cut));
    expect(r.counts.projects).toBe(10);
    expect(r.partial).toEqual([expect.objectContaining({ kind: 'project', name: '专家津贴', lineStart: 290, lineEnd: 309 })]);
  });

  it('every cut inside the first table is refused with a line number (reading only)', () => {
    const lines = seedText('000_').split('\n');
    for (let end = 11; end <= 26; end++) {
      let problems: { line: number | null; message: string }[] = [];
      try {
        const text = lines.slice(0, end).join('\n');
        prepareDocument('cut.txt', { format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
      } catch (error) {
        problems = (error as { problems: typeof problems }).problems;
      }
      expect(problems.length, `cut after line ${end}`).toBeGreaterThan(0);
      expect(
        problems.some((p) => p.line !== null && p.line <= end),
        `cut after line ${end}`,
      ).toBe(true);
    }
  });

  it('002 (line-broken) cut inside 工伤病残等级鉴定费', async () => {
    const cut = seedText('002_').split('\n').slice(0, 2186).join('\n');
    const r = await partlyLoaded('002-cut.txt', utf8(cut));
    expect(r.partial.map((p) => p.name)).toEqual([expect.stringMatching(/工伤病残等级鉴定费/)]);
    expect(partialProblems(r).some((e) => e.line !== null && /工伤病残等级鉴定费/.test(e.message))).toBe(true);
  });

  it('000 with the 执行数 cell of a budget row deleted (rate 98.44% shifts into it)', async () => {
    const text = editLine('000_', 18, (l) => l.replace('\t44.3\t', '\t'));
    const r = await partlyLoaded('000-no-executed.txt', utf8(text));
    expect(r.counts.projects).toBe(19);
    expect(partialProblems(r)).toContainEqual({ line: 18, message: expect.any(String) });
  });

  it('000 with the 执行数 cell deleted where the rate is a bare number (77.64 would pass as an amount)', async () => {
    const text = editLine('000_', 328, (l) => l.replace('\t19.4\t', '\t'));
    const r = await partlyLoaded('000-no-executed-bare.txt', utf8(text));
    expect(r.counts.projects).toBe(19);
    expect(partialProblems(r)).toContainEqual({ line: 328, message: expect.stringMatching(/missing|column|cell/) });
  });

  it('000 with the 执行数 column deleted from a whole budget block (header and row)', async () => {
    const lines = seedText('000_').split('\n');
    expect(lines[15]).toContain('\t执行数(B)');
    lines[15] = lines[15]!.replace('\t执行数(B)', '');
    lines[17] = lines[17]!.replace('\t44.3\t', '\t');
    const r = await partlyLoaded('000-no-executed-column.txt', utf8(lines.join('\n')));
    expect(r.counts.projects).toBe(19);
    expect(partialProblems(r)).toContainEqual({
      line: 18,
      message: expect.stringMatching(/no executed \(执行数\) cell: a missing column/),
    });
  });

  it('000 with the 得分 cell of a budget row deleted', async () => {
    const text = editLine('000_', 18, (l) => l.replace('\t98.44%\t20\t', '\t98.44%\t'));
    const r = await partlyLoaded('000-no-score.txt', utf8(text));
    expect(r.counts.projects).toBe(19);
    expect(partialProblems(r)).toContainEqual({ line: 18, message: expect.stringMatching(/得分/) });
  });
});

describe('numbers that are not numbers', () => {
  const cases: [string, string, number, (l: string) => string][] = [
    ['000 budget (预算数)', '000_', 18, (l) => l.replace('\t45\t', '\t1,2.3万\t')],
    ['000 executed (执行数)', '000_', 18, (l) => l.replace('\t44.3\t', '\t1,2.3万\t')],
    ['001 summary row budget', '001_', 499, (l) => l.replace('\t4.54\t', '\t1,2.3万\t')],
    ['001 department budget (部门预算总额)', '001_', 692, (l) => l.replace('1687.40', '1,2.3万')],
    ['002 line-broken budget row', '002_', 2142, (l) => l.replace('5 5 100.00 20', '1,2.3万 5 100.00 20')],
    ['002 final accounts (收入合计)', '002_', 146, (l) => l.replace('2820.06', '1,2.3')],
    ['003 basic expenditure (基本支出总额)', '003_', 10, (l) => l.replace('7593.94', '7,59.3万')],
  ];
  for (const [what, prefix, line, edit] of cases) {
    it(`${what}: an error naming line ${line}`, async () => {
      const r = await refused(`bad-number-${prefix}${line}.txt`, utf8(editLine(prefix, line, edit)));
      expect(r.errors).toContainEqual({ line, message: expect.stringMatching(/1,2\.3|7,59\.3/) });
    });
  }

  it('an amount too large to store is an error, not a crash', async () => {
    const text = editLine('000_', 18, (l) => l.replace('\t45\t', '\t99999999999999\t'));
    const r = await refused('huge.txt', utf8(text));
    expect(r.errors).toContainEqual({ line: 18, message: expect.stringMatching(/99999999999999/) });
  });

  it('an indicator value too large to store is an error, not a crash', async () => {
    const text = editLine('000_', 20, (l) => l.replace('\t8万\t', '\t9999999999999999万\t'));
    const r = await refused('huge-target.txt', utf8(text));
    expect(r.errors).toContainEqual({ line: 20, message: expect.stringMatching(/9999999999999999万/) });
  });

  it('a budget so small that the execution rate cannot be stored is an error, not a crash', async () => {
    const text = editLine('000_', 18, (l) => l.replace('\t45\t', '\t0.00001\t'));
    const r = await refused('tiny.txt', utf8(text));
    expect(r.errors).toContainEqual({ line: 18, message: expect.stringMatching(/执行率|rate/) });
  });
});

describe('jurisdiction', () => {
  it('003 with every place name made up: unknown jurisdiction, naming the 单位名称 line', async () => {
    const text = seedText('003_').replaceAll('十堰', '青岚');
    expect(text).not.toMatch(/十堰|湖北/);
    const r = await refused('003-nowhere.txt', utf8(text));
    expect(r.errors).toEqual([{ line: 9, message: expect.stringMatching(/^unknown jurisdiction/) }]);
  });
});
