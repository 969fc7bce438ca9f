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

  it('.doc text: a line of tab-ended cells is a row, runs of them a table', () => {
    const body = '2021年度项目支出绩效自评表\n项目名称\t就业补助资金\t\n预算数\t45\t\n\n填报日期：2022年5月29日\n';
    const d = canonicalDocument('doc', null, docTextBlocks(body));
    expect(d.text).toBe('2021年度项目支出绩效自评表\n\n项目名称\t就业补助资金\n预算数\t45\n\n填报日期：2022年5月29日\n');
    expect(tables(d)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目名称', '就业补助资金'],
      ['预算数', '45'],
    ]);
  });
  it('.doc text: rows whose row ends were lost (one line, an empty cell after each row) are split into their rows', () => {
    // As word-extractor gives LibreOffice's .doc tables with vertically merged cells: a row's end a tab, not a line break.
    const body =
      '项目资金\t\t预算数\t执行数\t\n' +
      '绩效指标\t一级指标\t二级指标\t得分\t\t\t产出指标\t数量指标\t10\t\t\t\t质量指标\t8\t\n' +
      '合计\t18\t\t总分\t90\t\t下一张表\n';
    const d = canonicalDocument('doc', null, docTextBlocks(body));
    const filled = (r: { cells: { text: string }[] }) => r.cells.map((c) => c.text).filter((t) => t !== '');
    expect(tables(d).map((t) => t.rows.map(filled))).toEqual([
      [
        // Too short to hold two rows: one row, as before.
        ['项目资金', '预算数', '执行数'],
        ['绩效指标', '一级指标', '二级指标', '得分'],
        ['产出指标', '数量指标', '10'],
        ['质量指标', '8'],
        ['合计', '18'],
        ['总分', '90'],
      ],
    ]);
    expect(d.text).toContain('\t\t质量指标\t8');
    // What follows the last row end, on a line that no row end closes, is the paragraph after the table.
    expect(d.text.endsWith('\n\n下一张表\n')).toBe(true);
  });
});
