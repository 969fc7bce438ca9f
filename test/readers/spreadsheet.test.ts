/**
 * The spreadsheet reader on small made-up workbooks: every sheet in order, cells as displayed
 * (a fraction formatted 0.00% reads "98.50%"), merged ranges as spans, each cell's sheet and
 * address, a title row above a table as a paragraph, what a sheet hides left out — for .xlsx
 * (written by exceljs) and Excel 97–2003 .xls (written by SheetJS).
 */
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { parseMoneyWan } from '../../src/domain/reportedValue';
import type { Block, ExtractedDocument } from '../../src/tables/model';

const tables = (d: ExtractedDocument) =>
  d.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => b.table);

describe('spreadsheet reader', () => {
  it('.xlsx with two sheets: formatted values, merges as spans, sheet and cell positions', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('项目自评表');
    first.getCell('A1').value = '2021年度项目支出绩效自评表';
    first.getRow(3).values = ['项目名称', '12333信息平台建设经费'];
    first.mergeCells('B3:D3');
    first.getRow(4).values = ['预算执行情况', '预算数', '执行数', '执行率'];
    first.getRow(5).values = [null, 45, 44.3, 0.985];
    first.getCell('D5').numFmt = '0.00%';
    first.mergeCells('A4:A5');
    const second = wb.addWorksheet('汇总表');
    second.getRow(2).values = [null, '序号', '项目名称', '自评得分'];
    second.getRow(3).values = [null, 1, '就业补助资金', 96.5];
    const d = await extractDocument(new Uint8Array(await wb.xlsx.writeBuffer()));

    expect(d.format).toBe('xlsx');
    expect(d.blocks[0]).toEqual({
      kind: 'paragraph',
      paragraph: { text: '2021年度项目支出绩效自评表', at: { line: 1, sheet: '项目自评表', cell: 'A1' } },
    });
    const [a, b] = tables(d);
    expect(a!.sheet).toBe('项目自评表');
    expect(a!.rows.map((r) => r.cells.map((c) => [c.text, c.row, c.col, c.rowSpan, c.colSpan, c.at.cell]))).toEqual([
      [
        ['项目名称', 0, 0, 1, 1, 'A3'],
        ['12333信息平台建设经费', 0, 1, 1, 3, 'B3'],
      ],
      [
        ['预算执行情况', 1, 0, 2, 1, 'A4'],
        ['预算数', 1, 1, 1, 1, 'B4'],
        ['执行数', 1, 2, 1, 1, 'C4'],
        ['执行率', 1, 3, 1, 1, 'D4'],
      ],
      [
        ['45', 2, 1, 1, 1, 'B5'],
        ['44.3', 2, 2, 1, 1, 'C5'],
        ['98.50%', 2, 3, 1, 1, 'D5'],
      ],
    ]);
    expect(b!.sheet).toBe('汇总表');
    expect(b!.rows[1]!.cells.map((c) => [c.text, c.at.sheet, c.at.cell])).toEqual([
      ['1', '汇总表', 'B3'],
      ['就业补助资金', '汇总表', 'C3'],
      ['96.5', '汇总表', 'D3'],
    ]);
    expect(d.text).toBe(
      '2021年度项目支出绩效自评表\n\n项目名称\t12333信息平台建设经费\t\t\n预算执行情况\t预算数\t执行数\t执行率\n\t45\t44.3\t98.50%\n\n序号\t项目名称\t自评得分\n1\t就业补助资金\t96.5\n',
    );
    for (const t of [a!, b!])
      for (const row of t.rows) for (const c of row.cells) expect(d.text.split('\n')[c.at.line - 1]!.split('\t')[c.col]).toBe(c.text);
  });

  it('.xls (Excel 97–2003) with two sheets and a merge', async () => {
    const wb = XLSX.utils.book_new();
    const s1 = XLSX.utils.aoa_to_sheet([
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '全年话务总量', '8万'],
      [null, null, '15秒内接通率', '95%'],
    ]);
    s1['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }];
    XLSX.utils.book_append_sheet(wb, s1, '指标');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['总分', 98]]), '总分');
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const d = await extractDocument(bytes);
    expect(d.format).toBe('xls');
    const [a, b] = tables(d);
    expect(a!.rows[1]!.cells[0]).toMatchObject({ text: '产出指标', rowSpan: 2, at: { sheet: '指标', cell: 'A2' } });
    expect(b!.rows[0]!.cells.map((c) => [c.text, c.at.sheet])).toEqual([
      ['总分', '总分'],
      ['98', '总分'],
    ]);
    expect(d.text).toBe('一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t全年话务总量\t8万\n\t\t15秒内接通率\t95%\n\n总分\t98\n');
  });

  it('a sheet whose range reaches the last cell of the grid is read by the cells it holds', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('总分');
    sheet.getCell('A1').value = '总分';
    sheet.getCell('B1').value = 98;
    sheet.mergeCells('B1:Z1');
    sheet.getCell('XFD1048576').border = { top: { style: 'thin' } };
    const d = await extractDocument(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(d.blocks).toHaveLength(1);
    expect(tables(d)[0]!.rows[0]!.cells.map((c) => [c.text, c.colSpan])).toEqual([
      ['总分', 1],
      ['98', 25],
    ]);
  });

  /** A one-sheet workbook of these rows (by default one) with these merged ranges. */
  const withMerges = (merges: XLSX.Range[], rows: string[][] = [['项目名称', '就业补助资金']]) => {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = merges;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '自评表');
    return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  };

  it('a cell merged over the whole grid is refused with the places it would cover (it crashed: Set maximum size exceeded)', async () => {
    await expect(extractDocument(withMerges([{ s: { r: 0, c: 0 }, e: { r: 1048575, c: 16383 } }]))).rejects.toThrow(
      /^merged ranges covering 17179869184 places in all \(1 ranges\), more than the 2000000 places of the largest table read/,
    );
  });

  it('ranges merged over each other are refused before any is followed (1,000 over 2,000 rows of 1,000 columns: minutes before)', async () => {
    const overlapping = Array.from({ length: 1000 }, (_, i) => ({ s: { r: i, c: 0 }, e: { r: 1999, c: 999 } }));
    await expect(extractDocument(withMerges(overlapping))).rejects.toThrow(
      /^merged ranges covering 1500500000 places in all \(1000 ranges\)/,
    );
    // As many ranges side by side, each a row of 1,000 columns, are a table read whole.
    const apart = Array.from({ length: 1000 }, (_, i) => ({ s: { r: i + 1, c: 0 }, e: { r: i + 1, c: 999 } }));
    const rows = [['项目名称', '就业补助资金'], ...Array.from({ length: 1000 }, (_, i) => [`指标${i}`])];
    const read = tables(await extractDocument(withMerges(apart, rows)))[0]!.rows;
    expect(read).toHaveLength(1001);
    expect(read[1000]!.cells.map((c) => [c.text, c.colSpan])).toEqual([['指标999', 1000]]);
  });

  it('what a sheet hides is not read: a hidden sheet, a hidden row and column; a merge keeps the rows and columns shown', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('旧表', { state: 'hidden' }).getCell('A1').value = '旧的自评表';
    const sheet = wb.addWorksheet('自评表');
    sheet.getRow(1).values = ['项目名称', '就业补助资金', null, null];
    sheet.mergeCells('B1:D1');
    sheet.getRow(2).values = ['预算数', 999, 45, 44.3];
    sheet.getRow(3).values = ['旧行', 1, 1, 1];
    sheet.getRow(4).values = ['得分', null, 98, null];
    sheet.getRow(5).values = [null, null, null, '备注'];
    sheet.mergeCells('A4:A5');
    sheet.getColumn(2).hidden = true;
    sheet.getRow(3).hidden = true;
    sheet.getRow(4).hidden = true;
    const d = await extractDocument(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(tables(d).map((t) => t.sheet)).toEqual(['自评表']);
    expect(tables(d)[0]!.rows.map((r) => r.cells.map((c) => [c.text, c.row, c.col, c.rowSpan, c.colSpan, c.at.cell]))).toEqual([
      [
        ['项目名称', 0, 0, 1, 1, 'A1'],
        ['就业补助资金', 0, 1, 1, 2, 'B1'],
      ],
      [
        ['预算数', 1, 0, 1, 1, 'A2'],
        ['45', 1, 1, 1, 1, 'C2'],
        ['44.3', 1, 2, 1, 1, 'D2'],
      ],
      [
        // (A4:A5 with its first row hidden: shown in the row left.)
        ['得分', 2, 0, 1, 1, 'A4'],
        ['', 2, 1, 1, 1, 'C5'],
        ['备注', 2, 2, 1, 1, 'D5'],
      ],
    ]);
    expect(d.text).toBe('项目名称\t就业补助资金\t\n预算数\t45\t44.3\n得分\t\t备注\n');
  });

  it('figures as a sheet shows them: thousands separators, a float shown to its format, a formula’s cached value, rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('自评表');
    sheet.getRow(1).values = ['项目名称', { richText: [{ text: '就业', font: { bold: true } }, { text: '补助资金' }] }, null];
    sheet.getRow(2).values = ['预算数', '执行数', '执行率'];
    sheet.getRow(3).values = [12345.6, 12.300000000000001, { formula: 'B3/A3', result: 12.300000000000001 / 12345.6 }];
    sheet.getCell('A3').numFmt = '#,##0.00';
    sheet.getCell('B3').numFmt = '0.00';
    sheet.getCell('C3').numFmt = '0.00%';
    // A currency format shows its sign (read as no part of the amount: parseMoneyWan).
    sheet.getRow(4).values = [1234.56];
    sheet.getCell('A4').numFmt = '[$¥-804]#,##0.00';
    const d = await extractDocument(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(d.text).toBe('项目名称\t就业补助资金\t\n预算数\t执行数\t执行率\n12,345.60\t12.30\t0.10%\n¥1,234.56\t\t\n');
    expect(parseMoneyWan(tables(d)[0]!.rows[3]!.cells[0]!.text).value).toBe(1234.56);
  });
});

describe('comma-separated values (a sheet exported as CSV)', () => {
  it('are read as a sheet: quoted fields with commas, quotes and line breaks, positions A1 …, in GBK too', async () => {
    const csv = [
      '项目支出绩效自评表（2023年度）,,,',
      ',,,',
      '项目名称,就业补助资金,,',
      '全年预算数,全年执行数,执行率,说明',
      '"1,234.56",1216.04,98.50%,"含""以前年度""结转,',
      '另行说明"',
    ].join('\r\n');
    for (const bytes of [new TextEncoder().encode(`\uFEFF${csv}`), new Uint8Array(iconv.encode(csv, 'gbk'))]) {
      const d = await extractDocument(bytes);
      expect(d.format).toBe('csv');
      expect(tables(d).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
        [
          ['项目名称', '就业补助资金', '', ''],
          ['全年预算数', '全年执行数', '执行率', '说明'],
          // (A line break inside a cell folds as a sheet's does: a space beside a non-Chinese character.)
          ['1,234.56', '1216.04', '98.50%', '含"以前年度"结转, 另行说明'],
        ],
      ]);
      expect(tables(d)[0]!.rows[2]!.cells[0]!.at).toMatchObject({ sheet: 'CSV', cell: 'A5' });
    }
  });

  it('a text whose lines carry commas that do not line up is read as text (amounts with thousands separators, a flattened table)', async () => {
    const text = [
      '一、项目基本情况',
      '项目预算1,234.56万元,执行1,216.04万元,执行率98.5%。',
      '全年预算数 1,234.56 全年执行数 1,216.04',
      '二、绩效目标完成情况,详见附表',
    ].join('\n');
    expect((await extractDocument(new TextEncoder().encode(text))).format).toBe('text');
  });
});
