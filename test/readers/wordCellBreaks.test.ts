/**
 * .doc tables whose cells hold line breaks (LibreOffice's .doc of HTML forms with <br> in cells,
 * test/fixtures/office/word-breaks/) and rows with merged cells. word-extractor as published
 * writes a break inside a cell as a line break, like a row's end, and misses the row ends of rows
 * whose properties Word keeps apart (sprmPHugePapx); as patched here
 * (patches/word-extractor+1.0.4.patch) every row ends its line and a cell's breaks are U+2028 /
 * U+2029, joined within the cell (src/readers/word.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { canonicalDocument } from '../../src/readers/canonical';
import { docTextBlocks } from '../../src/readers/word';
import { prepareDocument } from '../../src/ingest/prepare';
import { regionNamed } from '../../src/ingest/resolve';

const DIR = path.join(__dirname, '../fixtures/office/word-breaks');
const read = async (name: string, region?: string) => {
  const extracted = await extractDocument(new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(DIR, `${name}.gz`)))));
  return { extracted, prepared: prepareDocument(name, extracted, { region: region ? (regionNamed(region) ?? undefined) : undefined }) };
};
const figures = (indicators: { name: string; target: unknown; actual: unknown; score: unknown }[]) =>
  indicators.map((i) => [i.name, i.target, i.actual, i.score].map((x) => (x && typeof x === 'object' && 'text' in x ? x.text : x)));

describe('.doc: line breaks inside table cells', () => {
  it("a cell's paragraph and line breaks (U+2029, U+2028) stay in the cell, joined as the .docx reader joins them", () => {
    const body =
      '项目支出绩效自评表\n绩效指标\t一级指标\t三级指标\t得分\t\n\t产出\u2029指标\u2029(70分)\t人数\t10\t\n\t效益\u2028指标\t满意度\t10\t\n总分\t29\t\n';
    const d = canonicalDocument('doc', null, docTextBlocks(body));
    expect(d.text).toContain('\n\t产出指标 (70分)\t人数\t10\n');
    expect(d.text).toContain('\n\t效益指标\t满意度\t10\n');
    expect(d.text.startsWith('项目支出绩效自评表\n\n绩效指标\t')).toBe(true);
  });

  it('word-extractor as patched: a row whose properties are kept apart (sprmPHugePapx) ends its line; a break in a cell does not', async () => {
    const { default: WordExtractor } = await import('word-extractor');
    const body = async (file: string) =>
      (await new WordExtractor().extract(zlib.gunzipSync(fs.readFileSync(path.join(DIR, file))))).getBody({ filterUnicode: false });
    // The indicator block's rows, 绩效指标 merged down them: each on its line, ended by its last cell's tab.
    const lines = (await body('../beijing-project.doc.gz')).split('\n');
    const head = lines.findIndex((l) => l.startsWith('绩效指标\t一级指标\t'));
    expect(lines[head]).toBe('绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值(A)\t全年实际值(B)\t得分计算方法\t未完成原因分析\t');
    expect(lines[head + 1]).toBe('\t产出指标(50分)\t数量指标\t指标1：补贴性职业技能培训人数\t10\t3457人次\t3514人次\t—\t无\t');
    expect(lines[head + 2]!.split('\t')).toHaveLength(10);
    const broken = await body('zhongjiang-cellbreak.doc.gz');
    expect(broken).toMatch(/产出[\u2028\u2029]指标[\u2028\u2029]\(70分\)\t/);
    expect(
      broken
        .split('\n')
        .filter((l) => l.includes('\t'))
        .every((l) => l.endsWith('\t')),
    ).toBe(true);
  });

  it('a tab typed in a cell is a space in it, not the end of a cell', async () => {
    const extracted = await extractDocument(zlib.gunzipSync(fs.readFileSync(path.join(DIR, 'tab-in-cell.doc.gz'))));
    expect(extracted.text).toBe('项目 名称\t就业\tx\n');
  });

  it('a project form (产出<br>指标<br>(70分)): every indicator read, as from its .docx', async () => {
    const { prepared } = await read('zhongjiang-cellbreak.doc');
    expect(prepared.partial).toEqual([]);
    expect(prepared.projects).toHaveLength(1);
    const ind = figures(prepared.projects[0]!.parsed.indicators);
    expect(ind).toHaveLength(9);
    expect(ind[0]).toEqual(['安装坡面水标尺', '≥266米', '≥266米', '10']);
  });

  it('a department form (年初<br>预算数, 效益指标<br>(30分)): its funding and indicators read', async () => {
    const { prepared } = await read('dept-wrapped-cells.doc', '431102');
    expect(prepared.partial).toEqual([]);
    const [dept] = prepared.departments;
    expect(dept).toMatchObject({ budget: 4753.66, executed: 3824.26 });
    expect(dept!.parsed.indicators).toHaveLength(13);
  });

  it('a score sheet (项目<br>决策<br>(20分)): its rows whole, where every break split one, the first cell of a row too (一级<br>指标)', async () => {
    const bytes = zlib.gunzipSync(fs.readFileSync(path.join(DIR, 'scoresheet-wrapped-cells.doc.gz')));
    const lines = (await extractDocument(new Uint8Array(bytes))).text.split('\n');
    expect(lines).toContain('一级指标\t二级指标\t三级指标\t自评分\t具体指标\t评价标准');
    expect(lines).not.toContain('一级');
    expect(lines.filter((l) => l.split('\t').length === 6)).toHaveLength(22);
    expect(
      lines
        .find((l) => l.startsWith('项目决策'))
        ?.split('\t')
        .slice(0, 4),
    ).toEqual(['项目决策 (20分)', '项目目标 (4分)', '目标内容 (4分)', '4']);
  });
});

describe('.doc: text as written', () => {
  it('keeps dashes and quotes (word-extractor turns them into ASCII by default)', async () => {
    const extracted = await extractDocument(zlib.gunzipSync(fs.readFileSync(path.join(DIR, 'dash-in-cell.doc.gz'))));
    const cells = extracted.blocks.flatMap((b) => (b.kind === 'table' ? b.table.rows.flatMap((r) => r.cells.map((c) => c.text)) : []));
    expect(cells).toContain('扶贫临时救助标准——一户年最高5300元');
    expect(cells.some((c) => c.includes('--'))).toBe(false);
  });
});
