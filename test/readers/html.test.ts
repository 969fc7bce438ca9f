/**
 * The HTML reader on small made-up pages: merged cells become spans on the grid (and the
 * canonical text keeps every row as wide as its table), a layout table gives its inner data
 * tables, breaks inside cells fold to one space, scripts/styles/navigation are dropped, entities
 * are decoded exactly once, and the page's encoding is honoured or detected.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import type { Block, ExtractedDocument, Table } from '../../src/tables/model';

const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (body: string, head = '<meta charset="utf-8">') =>
  `<!DOCTYPE html><html><head>${head}<title>标题</title></head><body>${body}</body></html>`;
const tables = (d: ExtractedDocument) =>
  d.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => b.table);
const paragraphs = (d: ExtractedDocument) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.text] : []));
const lineOf = (d: ExtractedDocument, n: number) => d.text.split('\n')[n - 1];

/** Every cell's text is on the line its position names. */
function expectLinesAgree(d: ExtractedDocument) {
  for (const t of tables(d))
    for (const row of t.rows) for (const c of row.cells) expect(lineOf(d, c.at.line)!.split('\t')[c.col]).toBe(c.text);
  for (const b of d.blocks) if (b.kind === 'paragraph') expect(lineOf(d, b.paragraph.at.line)).toBe(b.paragraph.text);
}

describe('HTML reader', () => {
  it('rowspan and colspan: spans on the grid, a merged cell written once in the canonical text', async () => {
    const d = await extractDocument(
      utf8(
        page(`<h1>2021年度项目支出绩效自评表</h1>
        <table>
          <tr><td>项目名称</td><td colspan="3">12333信息平台建设经费</td></tr>
          <tr><td rowspan="2">预算执行情况</td><td>预算数</td><td>执行数</td><td>执行率</td></tr>
          <tr><td>45</td><td>44.3</td><td>98.44%</td></tr>
        </table>`),
      ),
    );
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('utf-8');
    expect(paragraphs(d)).toEqual(['2021年度项目支出绩效自评表']);
    const [t] = tables(d) as [Table];
    expect(t.shape).toBe('grid');
    expect(t.rows[0]!.cells.map((c) => [c.text, c.col, c.colSpan])).toEqual([
      ['项目名称', 0, 1],
      ['12333信息平台建设经费', 1, 3],
    ]);
    expect(t.rows[1]!.cells[0]).toMatchObject({ text: '预算执行情况', row: 1, col: 0, rowSpan: 2, colSpan: 1 });
    expect(t.rows[2]!.cells.map((c) => [c.text, c.col])).toEqual([
      ['45', 1],
      ['44.3', 2],
      ['98.44%', 3],
    ]);
    expect(d.text).toBe(
      '2021年度项目支出绩效自评表\n\n项目名称\t12333信息平台建设经费\t\t\n预算执行情况\t预算数\t执行数\t执行率\n\t45\t44.3\t98.44%\n',
    );
    expect([t.lineStart, t.lineEnd]).toEqual([3, 5]);
    expectLinesAgree(d);
  });

  it('a layout table whose cells hold tables: the inner data tables, the text beside them as paragraphs', async () => {
    const d = await extractDocument(
      utf8(
        page(`<table><tr><td>
          <p>单位名称：黄石市人力资源和社会保障局</p>
          <table><tr><td>一级指标</td><td>二级指标</td></tr><tr><td>产出指标</td><td>数量指标</td></tr></table>
        </td><td>
          <table><tr><td>总分</td><td>98</td></tr></table>
        </td></tr></table>`),
      ),
    );
    expect(paragraphs(d)).toEqual(['单位名称：黄石市人力资源和社会保障局']);
    expect(tables(d).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ['一级指标', '二级指标'],
        ['产出指标', '数量指标'],
      ],
      [['总分', '98']],
    ]);
    expectLinesAgree(d);
  });

  it('a break inside a cell joins a Chinese text with no space and is one space elsewhere; scripts, styles and navigation are dropped', async () => {
    const d = await extractDocument(
      utf8(
        page(`<nav>首页 | 政务公开</nav><script>var x = "<td>不是表格</td>";</script><style>td { color: red }</style>
        <table><tr><td>偏差原因<br>分析</td><td><p>第一段。</p><p>第二段。</p></td><td>≥98%<br>100%</td><td>Phase<br> two</td><td>完成<br>
        100人</td></tr></table>
        <div>附件：自评表</div>`),
      ),
    );
    expect(tables(d)[0]!.rows[0]!.cells.map((c) => c.text)).toEqual([
      '偏差原因分析',
      '第一段。第二段。',
      '≥98% 100%',
      'Phase two',
      '完成 100人',
    ]);
    expect(paragraphs(d)).toEqual(['附件：自评表']);
    expect(d.text).not.toMatch(/首页|不是表格|color/);
  });

  it("Word's web page: a source line wrapped inside a Chinese text is no space (elsewhere it is); its spacer row and empty paragraphs are nothing", async () => {
    // As Word's 另存为网页 writes a table (gb2312, source lines wrapped at about 80 columns, <o:p>
    // in every paragraph, a row of empty cells for its column widths).
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center><b><span style='font-size:16.0pt;font-family:宋体'>项目支出绩效
自评表<span lang=EN-US><o:p></o:p></span></span></b></p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>
 <tr style='mso-yfti-irow:0'>
  <td width=83 style='width:62.0pt'><p class=MsoNormal><span style='font-family:宋体'>三级指标<span
  lang=EN-US><o:p></o:p></span></span></p></td>
  <td width=200><p class=MsoNormal><span style='font-family:宋体'>城镇新增就业人数达到年度
  目标任务要求</span><span style='font-family:宋体'>，</span><span
  style='font-family:宋体'>
  稳定就业</span></p><p class=MsoNormal><span style='font-family:宋体'>第二段</span></p></td>
  <td width=83><p class=MsoNormal><span lang=EN-US>Phase
  two</span></p></td>
  <td width=83><p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p></td>
 </tr>
 <![if !supportMisalignedColumns]>
 <tr height=0>
  <td width=83 style='border:none'></td>
  <td width=200 style='border:none'></td>
  <td width=83 style='border:none'></td>
  <td width=83 style='border:none'></td>
 </tr>
 <![endif]>
</table></div></body></html>`;
    const d = await extractDocument(iconv.encode(html, 'gbk'));
    expect(paragraphs(d)).toEqual(['项目支出绩效自评表']);
    expect(tables(d)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['三级指标', '城镇新增就业人数达到年度目标任务要求，稳定就业第二段', 'Phase two', ''],
    ]);
    expectLinesAgree(d);
    // Another writer breaks its source lines at a space of the text (LibreOffice): the space stays.
    const plain = await extractDocument(utf8(page('<table><tr><td>遵守鉴定纪律\n进一步保障基金安全</td></tr></table>')));
    expect(tables(plain)[0]!.rows[0]!.cells[0]!.text).toBe('遵守鉴定纪律 进一步保障基金安全');
  });

  it("Word's web page of a document with tracked changes and comments: what was deleted and the comments are not read", async () => {
    // As Word saves them: a change as <del>/<ins> with its author and date, a comment as its mark
    // in the text ([U1], shown where a browser does not support annotations) and its text listed at
    // the end of the page.
    const d = await extractDocument(
      utf8(
        page(`<table class=MsoNormalTable border=1>
 <tr><td><p class=MsoNormal><span style='font-family:宋体'>全年预算数</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US><del cite="mailto:张三" datetime="2023-03-01T10:00">860</del><ins cite="mailto:张三" datetime="2023-03-01T10:00">880</ins></span></p></td></tr>
 <tr><td><p class=MsoNormal><span style='font-family:宋体'>全年执行数</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US>870</span><![if !supportAnnotations]><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[U1]</a><![endif]><span class=MsoCommentReference><span style='font-size:9.0pt'>&nbsp;</span></span></p></td></tr>
</table>
<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width="33%"><![endif]>
<div style='mso-element:comment'><![if !supportAnnotations]><div id="_com_1" class=msocomtxt><![endif]>
<p class=MsoCommentText><span class=MsoCommentReference>[U1]</span>请核实执行数</p>
<![if !supportAnnotations]></div><![endif]></div></div>`),
      ),
    );
    expect(tables(d).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ['全年预算数', '880'],
        ['全年执行数', '870'],
      ],
    ]);
    expect(paragraphs(d)).toEqual([]);
  });

  it('entities are decoded exactly once, and decoded markup is text, never markup', async () => {
    const d = await extractDocument(
      utf8(page('<table><tr><td>&amp;lt;10万元</td><td>&lt;img src=x&gt;</td><td>≥95%&nbsp;</td><td>A&amp;B</td></tr></table>')),
    );
    expect(tables(d)[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['&lt;10万元', '<img src=x>', '≥95%', 'A&B']);
  });

  it('checkboxes: a ticked one is ☑, an unticked one ☐', async () => {
    const d = await extractDocument(
      utf8(
        page(
          '<table><tr><td>项目类别</td><td>1、部门预算项目 <input type="checkbox" checked> 2、市直专项 <input type="checkbox"></td></tr></table>',
        ),
      ),
    );
    expect(tables(d)[0]!.rows[0]!.cells[1]!.text).toBe('1、部门预算项目 ☑ 2、市直专项 ☐');
  });

  it('a page in GBK as its meta charset says, and one in GB18030 that says nothing', async () => {
    const body = '<table><tr><td>项目名称</td><td>就业补助资金</td></tr></table>';
    const declared = await extractDocument(
      iconv.encode(page(body, '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'), 'gbk'),
    );
    expect(declared.encoding).toBe('gb18030');
    expect(declared.text).toBe('项目名称\t就业补助资金\n');
    const undeclared = await extractDocument(iconv.encode(page(body, ''), 'gb18030'));
    expect(undeclared.format).toBe('html');
    expect(undeclared.encoding).toBe('gb18030');
    expect(undeclared.text).toBe('项目名称\t就业补助资金\n');
  });

  it('a page in UTF-16 with its byte-order mark', async () => {
    const bytes = iconv.encode(page('<p>部门整体支出绩效自评表</p>'), 'utf-16le', { addBOM: true });
    const d = await extractDocument(bytes);
    expect([d.format, d.encoding, d.text]).toEqual(['html', 'utf-16le', '部门整体支出绩效自评表\n']);
  });

  it('a page nested absurdly deep is refused before it is parsed', async () => {
    const deep = page(`${'<div>'.repeat(200_000)}项目${'</div>'.repeat(200_000)}`);
    await expect(extractDocument(utf8(deep))).rejects.toThrow(/nested more than 5000 elements deep/);
    const table = page(`${'<div>'.repeat(1000)}<table><tr><td>项目</td><td>1</td></tr></table>${'</div>'.repeat(1000)}`);
    expect((await extractDocument(utf8(table))).text).toBe('项目\t1\n');
  });

  it('a table whose merged cells would make millions of places is refused (12 KiB of rowspan="0" cells: 500 × 25,000)', async () => {
    const row = `<tr>${'<td rowspan="0">x</td>'.repeat(50)}</tr>`;
    await expect(extractDocument(utf8(page(`<table>${row.repeat(500)}</table>`)))).rejects.toThrow(
      /^a table of 500 rows and 25000 columns, more places than any form has \(cells merged over many rows push the cells of the rows below right/,
    );
    // Wide, but no wider than a form: read.
    const wide = await extractDocument(utf8(page(`<table>${row.repeat(20)}</table>`)));
    expect(wide.blocks).toHaveLength(1);
    expect((wide.blocks[0] as { table: Table }).table.rows).toHaveLength(20);
  });
});
