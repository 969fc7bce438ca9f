/**
 * Word documents: a .docx (written with the `docx` package) keeps its merged cells through
 * mammoth as spans; paragraphs around tables keep their order. A .doc's text (word-extractor
 * gives cells ended by tabs) becomes rows.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { canonicalDocument } from '../../src/readers/canonical';
import { docTextBlocks } from '../../src/readers/word';
import type { Block, ExtractedDocument } from '../../src/tables/model';

const tables = (d: ExtractedDocument) =>
  d.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => b.table);
const td = (text: string, spans: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...spans });

describe('Word reader', () => {
  it('.docx: merged cells (gridSpan, vMerge) become spans; paragraphs in order', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('2021年度项目支出绩效自评表'),
            new Table({
              rows: [
                new TableRow({ children: [td('项目名称'), td('就业补助资金', { columnSpan: 3 })] }),
                new TableRow({ children: [td('预算执行情况', { rowSpan: 2 }), td('预算数'), td('执行数'), td('执行率')] }),
                new TableRow({ children: [td('45'), td('44.3'), td('98.44%')] }),
              ],
            }),
            new Paragraph('填报日期：2022年5月29日'),
          ],
        },
      ],
    });
    const d = await extractDocument(new Uint8Array(await Packer.toBuffer(document)));
    expect(d.format).toBe('docx');
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const [t] = tables(d);
    expect(t!.rows[0]!.cells[1]).toMatchObject({ text: '就业补助资金', col: 1, colSpan: 3 });
    expect(t!.rows[1]!.cells[0]).toMatchObject({ text: '预算执行情况', rowSpan: 2 });
    expect(d.text).toBe(
      '2021年度项目支出绩效自评表\n\n项目名称\t就业补助资金\t\t\n预算执行情况\t预算数\t执行数\t执行率\n\t45\t44.3\t98.44%\n\n填报日期：2022年5月29日\n',
    );
  });

  it('.docx: a row that starts right of the first column (w:gridBefore) keeps its cells in their columns, a merge down in its own', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ children: [td('绩效指标', { rowSpan: 3 }), td('一级指标'), td('三级指标'), td('指标值')] }),
                new TableRow({ children: [td('产出指标', { rowSpan: 2 }), td('培训人数'), td('1500人')] }),
                new TableRow({ children: [td('合格率'), td('98%')] }),
              ],
            }),
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
    // The third row as Word writes it where the merged 绩效指标 ends in the row above: no cell in the first column.
    const xml = await zip.file('word/document.xml')!.async('string');
    const continued = '<w:tr><w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc>';
    const third = xml.indexOf(continued, xml.indexOf(continued) + 1);
    expect(third).toBeGreaterThan(0);
    zip.file(
      'word/document.xml',
      `${xml.slice(0, third)}<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${xml.slice(third + continued.length)}`,
    );
    const d = await extractDocument(await zip.generateAsync({ type: 'uint8array' }));
    // (mammoth leaves gridBefore out: 产出指标's merge ended, 合格率 under 一级指标 and 98% under 三级指标.)
    expect(d.text).toBe('绩效指标\t一级指标\t三级指标\t指标值\n\t产出指标\t培训人数\t1500人\n\t\t合格率\t98%\n');
  });

  it('.docx as Word writes an edited cell: text over several runs, tracked changes (deleted text not read), content controls around cells and rows', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [new TableRow({ children: [td('全年执行数'), td('CELL')] }), new TableRow({ children: [td('执行率'), td('98%')] })],
            }),
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
    const xml = await zip.file('word/document.xml')!.async('string');
    const date = 'w:author="张三" w:date="2023-03-20T00:00:00Z"';
    const edited = xml
      // 44.3 typed over 45: the old figure deleted, the new one inserted, split over runs.
      .replace(
        /<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">CELL<\/w:t><\/w:r>/,
        `<w:del w:id="1" ${date}><w:r><w:delText>45</w:delText></w:r></w:del><w:ins w:id="2" ${date}><w:r><w:t>44</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>.3</w:t></w:r></w:ins>`,
      )
      // The second row's cells in content controls, the first row in one.
      .replace(/(<w:tr>.*?<\/w:tr>)(<w:tr>)(.*?)(<\/w:tr>)/s, (_, first: string, open: string, cells: string, close: string) =>
        [
          `<w:sdt><w:sdtPr><w:id w:val="3"/></w:sdtPr><w:sdtContent>${first}</w:sdtContent></w:sdt>`,
          open,
          cells.replace(
            /<w:tc>.*?<\/w:tc>/gs,
            (tc) => `<w:sdt><w:sdtPr><w:id w:val="4"/></w:sdtPr><w:sdtContent>${tc}</w:sdtContent></w:sdt>`,
          ),
          close,
        ].join(''),
      );
    expect(edited).toContain('<w:delText>45</w:delText>');
    expect(edited.match(/<w:sdt>/g)).toHaveLength(3);
    zip.file('word/document.xml', edited);
    const d = await extractDocument(await zip.generateAsync({ type: 'uint8array' }));
    expect(d.text).toBe('全年执行数\t44.3\n执行率\t98%\n');
  });

  it(".doc text: each row's cells stand between their edges, a cell merged across columns spanning them", () => {
    const body = '三级指标\t年初目标值\t实际完成值\t得分\t\n惠民服务\t10\t\n人数\t50人\t52人\t10\t\n';
    const row = (...edges: number[]) => ({ edges, merged: edges.slice(1).map(() => null) });
    const shapes = [row(0, 100, 200, 300, 400), row(0, 300, 400), row(0, 100, 205, 300, 400)];
    const d = canonicalDocument('doc', null, docTextBlocks(body, shapes));
    // 惠民服务 over the target and actual columns: its score under 得分; an edge 5 twips off is the same column.
    expect(d.text).toBe('三级指标\t年初目标值\t实际完成值\t得分\n惠民服务\t\t\t10\n人数\t50人\t52人\t10\n');
    expect(tables(d)[0]!.rows[1]!.cells[0]).toMatchObject({ col: 0, colSpan: 3 });
    // Shapes that are not one per row (or do not match a row's cells) are not used: cells one per column.
    expect(canonicalDocument('doc', null, docTextBlocks(body, shapes.slice(1))).text).toContain('\n惠民服务\t10\t\t\n');
    expect(canonicalDocument('doc', null, docTextBlocks(body, [shapes[0]!, row(0, 300), shapes[2]!])).text).toContain(
      '\n惠民服务\t10\t\t\n',
    );
  });

  it('.doc text: an empty cell merged into the one above it (or on its left) lengthens that cell, as a rowspan (colspan) does', () => {
    const body = '一级指标\t二级指标\t得分\t\n项目绩效\t项目产出\t15\t\n\t项目效益\t29\t\n总分\t\t44\t\n';
    const shapes = [
      { edges: [0, 100, 200, 300], merged: [null, null, null] },
      { edges: [0, 100, 200, 300], merged: [null, null, null] },
      { edges: [0, 100, 200, 300], merged: ['above' as const, null, null] },
      { edges: [0, 100, 200, 300], merged: [null, 'left' as const, null] },
    ];
    const d = canonicalDocument('doc', null, docTextBlocks(body, shapes));
    const cells = tables(d)[0]!.rows.map((r) => r.cells.map((c) => [c.text, c.rowSpan, c.colSpan]));
    expect(cells[1]![0]).toEqual(['项目绩效', 2, 1]);
    expect(cells[2]).toEqual([
      ['项目效益', 1, 1],
      ['29', 1, 1],
    ]);
    expect(cells[3]).toEqual([
      ['总分', 1, 2],
      ['44', 1, 1],
    ]);
  });

  it('.doc text: a line of tab-ended cells is a row, runs of them a table', () => {
    const body = '2021年度项目支出绩效自评表\n项目名称\t就业补助资金\t\n预算数\t45\t\n\n填报日期：2022年5月29日\n';
    const d = canonicalDocument('doc', null, docTextBlocks(body));
    expect(d.text).toBe('2021年度项目支出绩效自评表\n\n项目名称\t就业补助资金\n预算数\t45\n\n填报日期：2022年5月29日\n');
    expect(tables(d)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目名称', '就业补助资金'],
      ['预算数', '45'],
    ]);
  });
});
