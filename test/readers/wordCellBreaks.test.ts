/**
 * .doc tables whose cells hold line breaks (LibreOffice's .doc of HTML forms with <br> in cells,
 * test/fixtures/office/word-breaks/): word-extractor writes a break inside a cell as a line break,
 * like a row's end, and the rows it split lost their cells to paragraphs. A row's lines are joined
 * up to the tab that ends it (src/readers/word.ts, docLines); text after a row end is not.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { canonicalDocument } from '../../src/readers/canonical';
import { splitGluedRows } from '../../src/readers/docRowEnds';
import { docLines, docTextBlocks } from '../../src/readers/word';
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
  it('joins a row broken over lines up to the tab that ends it, its cell read as the .docx reads it', () => {
    const body =
      '绩效指标\t一级指标\t三级指标\t得分\t\t\t产出\n指标\n(70分)\t人数\t10\t\t\t\t合格率\t9\t\t\t效益\n指标\t满意度\t10\t\t总分\t29\t\n';
    expect(docLines(body)[0]).toBe(
      '绩效指标\t一级指标\t三级指标\t得分\t\t\t产出\n指标\n(70分)\t人数\t10\t\t\t\t合格率\t9\t\t\t效益\n指标\t满意度\t10\t\t总分\t29\t',
    );
    const d = canonicalDocument('doc', null, docTextBlocks(body));
    expect(d.text).toContain('\t产出指标 (70分)\t人数\t10\n');
    expect(d.text).toContain('\t效益指标\t满意度\t10\n');
  });

  it('keeps text after a row end that a tab was left as (the paragraph before the next table) out of the table', () => {
    const body = '绩效指标\t得分\t\t\t合格率\t9\t\t\t满意度\t10\t\t\t时效\t8\t\t项目自评表(2022年度)\n项目名称\t就业补助资金\t\n';
    expect(docLines(body).slice(0, 2)).toEqual([
      '绩效指标\t得分\t\t\t合格率\t9\t\t\t满意度\t10\t\t\t时效\t8\t\t项目自评表(2022年度)',
      '项目名称\t就业补助资金\t',
    ]);
    expect(canonicalDocument('doc', null, docTextBlocks(body)).text).toContain('\n\n项目自评表(2022年度)\n\n项目名称\t就业补助资金');
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

  it("a score sheet (项目<br>决策<br>(20分)): its rows whole, where every break split one (a break before a row's first tab stays a paragraph: 一级)", async () => {
    const bytes = zlib.gunzipSync(fs.readFileSync(path.join(DIR, 'scoresheet-wrapped-cells.doc.gz')));
    const lines = (await extractDocument(new Uint8Array(bytes))).text.split('\n');
    expect(lines).toContain('指标\t二级指标\t三级指标\t自评分\t具体指标\t评价标准');
    expect(lines.filter((l) => l.split('\t').length === 6)).toHaveLength(22);
    expect(
      lines
        .find((l) => l.startsWith('项目决策'))
        ?.split('\t')
        .slice(0, 4),
    ).toEqual(['项目决策 (20分)', '项目目标 (4分)', '目标内容 (4分)', '4']);
  });

  it('splitGluedRows: a line of two glued rows is split at the width of the rows beside it, and only there', () => {
    const cells = ['一级指标', '二级指标', '三级指标', '', '项目决策', '项目目标', '4'];
    expect(splitGluedRows(cells)).toEqual([cells]);
    expect(splitGluedRows(cells, [3])).toEqual([cells.slice(0, 3), cells.slice(4)]);
    expect(splitGluedRows(cells, [4])).toEqual([cells]);
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
