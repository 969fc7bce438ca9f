/**
 * The PDF reader on small PDFs made with pdfkit: a bordered table's cells between its rules (empty
 * and merged cells kept), an unbordered one's by where its cells start, titles as paragraphs, page numbers in positions, a table running on to the next
 * page read as one (past a running header and footer too) — and a PDF with no text layer (a scan) refused with a clear reason.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/readers';
import { joinWrapped } from '../../src/readers/pdfLattice';
import { cjkFontFile, renderPdf, wrapText } from '../../src/synthetic/render/pdf';
import type { Block, ExtractedDocument } from '../../src/tables/model';

const tables = (d: ExtractedDocument) =>
  d.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table').map((b) => b.table);
const cell = (text: string) => ({ text, rowSpan: 1, colSpan: 1 });

async function pdfOf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('PDF reader', () => {
  it('a bordered table: rows by baseline, cells between the borders, empty cells kept; the title a paragraph', async () => {
    const bytes = await renderPdf({
      blocks: [
        { kind: 'paragraph', text: '2021年度项目支出绩效自评表' },
        {
          kind: 'table',
          rows: [
            ['预算执行情况 (万元)', '', '预算数 (A)', '执行数(B)', '执行率'].map(cell),
            ['', '年度财政资金总额', '45', '44.3', '98.44%'].map(cell),
            ['总分', '', '', '', '98'].map(cell),
          ],
        },
      ],
    });
    const d = await extractDocument(bytes);
    expect(d.format).toBe('pdf');
    expect(d.text).toBe(
      '2021年度项目支出绩效自评表\n\n预算执行情况 (万元)\t\t预算数 (A)\t执行数(B)\t执行率\n\t年度财政资金总额\t45\t44.3\t98.44%\n总分\t\t\t\t98\n',
    );
    const [t] = tables(d);
    expect(t!.shape).toBe('grid');
    expect(t!.page).toBe(1);
    // Every bordered cell is a cell, the empty ones too.
    expect(t!.rows[1]!.cells.map((c) => [c.text, c.col, c.at.page, c.at.line])).toEqual([
      ['', 0, 1, 4],
      ['年度财政资金总额', 1, 1, 4],
      ['45', 2, 1, 4],
      ['44.3', 3, 1, 4],
      ['98.44%', 4, 1, 4],
    ]);
  });

  it('a bordered cell wider than a column spans the columns inside its borders', async () => {
    const bytes = await renderPdf({
      blocks: [
        {
          kind: 'table',
          rows: [
            [cell('项目名称'), { text: '12333信息平台建设经费', rowSpan: 1, colSpan: 3 }],
            ['预算数', '执行数', '执行率', '得分'].map(cell),
          ],
        },
      ],
    });
    const d = await extractDocument(bytes);
    expect(tables(d)[0]!.rows[0]!.cells.map((c) => [c.text, c.col, c.colSpan])).toEqual([
      ['项目名称', 0, 1],
      ['12333信息平台建设经费', 1, 3],
    ]);
    expect(d.text).toBe('项目名称\t12333信息平台建设经费\t\t\n预算数\t执行数\t执行率\t得分\n');
  });

  it('a table longer than a page is one table, its cells on the pages they stand on', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`指标${i + 1}`, `${i + 1}人`, `${i + 2}人`].map(cell));
    const d = await extractDocument(await renderPdf({ blocks: [{ kind: 'table', rows }] }));
    const [t, ...more] = tables(d);
    expect(more).toEqual([]);
    expect(t!.rows).toHaveLength(80);
    expect(t!.rows[79]!.cells.map((c) => c.text)).toEqual(['指标80', '80人', '81人']);
    expect(t!.rows[0]!.cells[0]!.at.page).toBe(1);
    expect(t!.rows[79]!.cells[0]!.at.page).toBe(3);
  });

  it('text drawn with a CJK font by hand (not by the renderer) is read too', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      doc.text('项目名称', 50, 100, { lineBreak: false });
      doc.text('就业补助资金', 200, 100, { lineBreak: false });
      doc.text('主管部门', 50, 116, { lineBreak: false });
      doc.text('新乡县人力资源和社会保障局', 200, 116, { lineBreak: false });
    });
    expect((await extractDocument(bytes)).text).toBe('项目名称\t就业补助资金\n主管部门\t新乡县人力资源和社会保障局\n');
  });

  it('a landscape page made by rotating a portrait one (/Rotate 90) is read as it is shown', async () => {
    const bytes = await pdfOf(
      (doc) => {
        (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate = 90;
        // The content turned a quarter back, so that it stands upright once the page is rotated.
        doc.rotate(-90, { origin: [0, 0] }).translate(-842, 0);
        doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
        doc.text('项目名称', 50, 100, { lineBreak: false });
        doc.text('就业补助资金', 200, 100, { lineBreak: false });
        doc.text('主管部门', 50, 116, { lineBreak: false });
        doc.text('新乡县人力资源和社会保障局', 200, 116, { lineBreak: false });
      },
      { size: [595, 842] },
    );
    expect((await extractDocument(bytes)).text).toBe('项目名称\t就业补助资金\n主管部门\t新乡县人力资源和社会保障局\n');
  });

  /**
   * A ruled table as an office suite lays it out: borders drawn line by line (`rows` y's down the
   * page, `columns` x's; a border left out merges two cells), each cell's text at its own place.
   */
  function ruledTable(
    doc: PDFKit.PDFDocument,
    columns: number[],
    rows: number[],
    options: { noBorder?: (kind: 'v' | 'h', index: number, at: number) => boolean } = {},
  ) {
    doc.lineWidth(0.5);
    columns.forEach((x, c) => {
      for (let r = 0; r + 1 < rows.length; r++)
        if (!options.noBorder?.('v', c, r))
          doc
            .moveTo(x, rows[r]!)
            .lineTo(x, rows[r + 1]!)
            .stroke();
    });
    rows.forEach((y, r) => {
      for (let c = 0; c + 1 < columns.length; c++)
        if (!options.noBorder?.('h', r, c))
          doc
            .moveTo(columns[c]!, y)
            .lineTo(columns[c + 1]!, y)
            .stroke();
    });
  }

  it('a ruled table whose texts wrap inside their cells: one row per drawn row, a wrapped text one cell, a border left out a merge', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      doc.text('项目支出绩效自评表', 50, 40, { lineBreak: false });
      // Columns 50 | 110 | 170 | 230 | 290; rows 60 | 100 | 130 | 160. The first column's cell spans rows 2 and 3.
      ruledTable(doc, [50, 110, 170, 230, 290], [60, 100, 130, 160], { noBorder: (kind, i, at) => kind === 'h' && i === 2 && at === 0 });
      at('一级指标', 53, 64);
      at('三级指标', 113, 64);
      at('指标值', 173, 64);
      at('分值', 233, 64);
      at('产出指标', 53, 104);
      // A name wrapped over three lines, a target over two (Latin words: a space where they wrap).
      at('城镇新增', 113, 64 + 40);
      at('就业人数', 113, 76 + 40);
      at('Phase', 173, 104);
      at('two', 173, 116);
      at('15', 233, 110);
      at('群众满意', 113, 134);
      at('度', 113, 146);
      at('≥90%', 173, 140);
      at('10', 233, 140);
    });
    const d = await extractDocument(bytes);
    expect(d.text).toBe(
      '项目支出绩效自评表\n\n一级指标\t三级指标\t指标值\t分值\n产出指标\t城镇新增就业人数\tPhase two\t15\n\t群众满意度\t≥90%\t10\n',
    );
    const [t] = tables(d);
    expect(t!.rows[1]!.cells.map((c) => [c.text, c.col, c.rowSpan])).toEqual([
      ['产出指标', 0, 2],
      ['城镇新增就业人数', 1, 1],
      ['Phase two', 2, 1],
      ['15', 3, 1],
    ]);
  });

  it('borders drawn as thin filled rectangles, as Word exports them, rule a table too', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      for (const x of [50, 150, 250]) doc.rect(x, 60, 0.48, 60).fill('#000');
      for (const y of [60, 90, 120]) doc.rect(50, y, 200.48, 0.48).fill('#000');
      doc.fillColor('#000');
      doc.text('年度指标值', 53, 64, { lineBreak: false }).text('实际完成', 153, 64, { lineBreak: false });
      doc.text('值', 153, 76, { lineBreak: false });
      doc.text('≥95%', 53, 94, { lineBreak: false }).text('98%', 153, 94, { lineBreak: false });
    });
    expect((await extractDocument(bytes)).text).toBe('年度指标值\t实际完成值\n≥95%\t98%\n');
  });

  it("a row's text clipped to the row, as Calc prints a row too short for it: what the clip hides is not read, and the clip is no border", async () => {
    // Columns 50 | 150 | 250; rows 60 | 80 | 100. The first row's long name wraps onto a second line
    // that falls in the second row, where Calc's clip to the first row hides it from the print.
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      ruledTable(doc, [50, 150, 250], [60, 80, 100]);
      const row = (top: number, draw: () => void) => {
        doc.save();
        // A clip to the row, a rectangle half-way across the second column too: it draws nothing.
        doc.rect(50, top, 150, 20).clip();
        draw();
        doc.restore();
      };
      row(60, () => {
        doc.text('城镇新增就业', 53, 64, { lineBreak: false }).text('人数', 53, 82, { lineBreak: false });
        doc.text('100', 153, 64, { lineBreak: false });
      });
      row(80, () => doc.text('合格率', 53, 84, { lineBreak: false }).text('98%', 153, 84, { lineBreak: false }));
    });
    expect((await extractDocument(bytes)).text).toBe('城镇新增就业\t100\n合格率\t98%\n');
  });

  it('borders drawn inside a form XObject are placed by its matrix', async () => {
    // The table's rules in a form its matrix draws at half size from (50, 60) down the page; its texts on the page itself.
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const lines = [...[0, 200, 400].map((x) => `${x} 0 m ${x} 120 l S`), ...[0, 60, 120].map((y) => `0 ${y} m 400 ${y} l S`)];
      // (pdfkit's user space runs down the page: the form's /Matrix puts its y 0 at 120, its y 120 at 60.)
      const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [-1, -1, 401, 121], Matrix: [0.5, 0, 0, -0.5, 50, 120] });
      form.end(`1 w ${lines.join(' ')}`);
      (doc.page as unknown as { xobjects: Record<string, unknown> }).xobjects.Rules = form;
      doc.addContent('q /Rules Do Q');
      // (A text wrapped in its cell is one cell only where the rules are where they are drawn.)
      doc.text('年度指标值', 53, 64, { lineBreak: false }).text('实际完成', 153, 64, { lineBreak: false });
      doc.text('值', 153, 76, { lineBreak: false });
      doc.text('≥95%', 53, 94, { lineBreak: false }).text('98%', 153, 94, { lineBreak: false });
    });
    expect((await extractDocument(bytes)).text).toBe('年度指标值\t实际完成值\n≥95%\t98%\n');
  });

  it('office autospace between Chinese and a figure is no space; a space typed there is kept', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      ruledTable(doc, [50, 150, 250], [60, 80, 100]);
      const width = (s: string) => doc.widthOfString(s);
      // 0.21 of the size between 3103 and 人次 (LibreOffice's autospace); 0.3 between 1327 and 人.
      doc.text('≥3103', 53, 64, { lineBreak: false }).text('人次', 53 + width('≥3103') + 2.1, 64, { lineBreak: false });
      doc.text('≥1327', 153, 64, { lineBreak: false }).text('人', 153 + width('≥1327') + 3, 64, { lineBreak: false });
      doc.text('a', 53, 84, { lineBreak: false }).text('b', 153, 84, { lineBreak: false });
    });
    expect((await extractDocument(bytes)).text).toBe('≥3103人次\t≥1327 人\na\tb\n');
  });

  it('a row that a page break cuts in two is one row; the next row at the top of a page is its own', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      // Page 1: a header row and a row whose name runs to its border at the page's foot.
      ruledTable(doc, [50, 110, 170], [700, 720, 800]);
      at('三级指标', 53, 704);
      at('分值', 113, 704);
      at('创业担保贷', 53, 724);
      at('款贴息开展', 53, 736);
      at('6', 113, 724);
      // Page 2: the rest of that name (its 分值 cell empty), then a row of its own.
      doc.addPage();
      ruledTable(doc, [50, 110, 170], [40, 60, 80]);
      at('次数', 53, 44);
      at('群众满意度', 53, 64);
      at('10', 113, 64);
    });
    const d = await extractDocument(bytes);
    expect(d.text).toBe('三级指标\t分值\n创业担保贷款贴息开展次数\t6\n群众满意度\t10\n');
    expect(tables(d)).toHaveLength(1);
    expect(tables(d)[0]!.rows[2]!.cells[0]!.at.page).toBe(2);
  });

  it('a merged cell that a page break cuts in two is one cell, its text drawn again beyond the table dropped; a wider part runs on', async () => {
    // As Calc prints a form: the merged cell's text in the middle of the whole cell, on both pages,
    // cut off at the page's edge — so on page 1 it stands below the table, on page 2 inside it.
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      ruledTable(doc, [50, 110, 170, 230], [700, 720, 740]);
      at('一级指标', 53, 704);
      at('三级指标', 113, 704);
      at('分值', 173, 704);
      at('城镇新增', 113, 724);
      at('15', 173, 724);
      at('年度绩效指标', 53, 790);
      doc.addPage();
      // This part has a column more (its rows need it); the first column's cell spans both rows.
      ruledTable(doc, [50, 110, 170, 230, 290], [40, 60, 80], { noBorder: (kind, i, c) => kind === 'h' && i === 1 && c === 0 });
      at('年度绩效指标', 53, 36);
      at('再就业', 113, 44);
      at('10', 173, 44);
      at('无', 233, 44);
      at('满意度', 113, 64);
      at('5', 173, 64);
    });
    const d = await extractDocument(bytes);
    expect(d.blocks.map((b) => b.kind)).toEqual(['table']);
    const [t] = tables(d);
    expect(t!.rows.map((r) => r.cells.map((c) => [c.text, c.col, c.rowSpan]))).toEqual([
      [
        ['一级指标', 0, 1],
        ['三级指标', 1, 1],
        ['分值', 2, 1],
      ],
      [
        ['年度绩效指标', 0, 3],
        ['城镇新增', 1, 1],
        ['15', 2, 1],
      ],
      [
        ['再就业', 1, 1],
        ['10', 2, 1],
        ['无', 3, 1],
      ],
      [
        ['满意度', 1, 1],
        ['5', 2, 1],
        ['', 3, 1],
      ],
    ]);
  });

  it('a text run over its border, cut into runs where its font changes, stays in the cell it starts in', async () => {
    // As Calc prints a cell that does not wrap: its text runs on over the next cell (cut off where
    // that one has text), the digits in another font, so a run of it starts past the border.
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      ruledTable(doc, [50, 150, 250], [60, 80, 100]);
      const name = '创业担保贷款贴息任务完成率';
      // On one baseline, as a line is set whatever its fonts.
      const onLine = { lineBreak: false, baseline: 'alphabetic' } as const;
      doc.text(name, 53, 74, onLine);
      const end = 53 + doc.widthOfString(name);
      expect(end).toBeGreaterThan(153);
      doc.font('Helvetica').text('5', end, 74, onLine);
      doc.font('cjk').text('≥90%', 153, 74, onLine);
      doc.text('指标', 53, 84, { lineBreak: false }).text('100%', 153, 84, { lineBreak: false });
    });
    expect((await extractDocument(bytes)).text).toBe('创业担保贷款贴息任务完成率5\t≥90%\n指标\t100%\n');
  });

  it("the next cell's own text, where a clipped text ends, is its own: on its own font's baseline, or in the same font", async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      ruledTable(doc, [50, 150, 250], [60, 80, 100]);
      const name = '创业担保贷款贴息任务完成率';
      const end = 53 + doc.widthOfString(name);
      doc.text(name, 53, 74, { lineBreak: false, baseline: 'alphabetic' });
      // Another font, where the clipped name ends, on a baseline of its own.
      doc.font('Helvetica').text('90%', end, 74.7, { lineBreak: false, baseline: 'alphabetic' });
      // The same font on the same baseline, where the name ends.
      doc.font('cjk').text(name, 53, 94, { lineBreak: false, baseline: 'alphabetic' });
      doc.text('达标', end, 94, { lineBreak: false, baseline: 'alphabetic' });
    });
    expect((await extractDocument(bytes)).text).toBe(`创业担保贷款贴息任务完成率\t90%\n创业担保贷款贴息任务完成率\t达标\n`);
  });

  it('a merged figure is not carried over a page break onto an empty merged cell', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      // A goal's weight left empty over its two rows at the foot of page 1; the next goal's, 20, over two rows on page 2.
      ruledTable(doc, [50, 110, 170], [700, 720, 740], { noBorder: (kind, i, c) => kind === 'h' && i === 1 && c === 1 });
      at('目标一', 53, 704);
      at('指标一', 53, 724);
      doc.addPage();
      ruledTable(doc, [50, 110, 170], [40, 60, 80], { noBorder: (kind, i, c) => kind === 'h' && i === 1 && c === 1 });
      at('目标二', 53, 44);
      at('20', 113, 54);
      at('指标二', 53, 64);
    });
    const [t] = tables(await extractDocument(bytes));
    expect(t!.rows.map((r) => r.cells.map((c) => [c.text, c.col, c.rowSpan]))).toEqual([
      [
        ['目标一', 0, 1],
        ['', 1, 2],
      ],
      [['指标一', 0, 1]],
      [
        ['目标二', 0, 1],
        ['20', 1, 2],
      ],
      [['指标二', 0, 1]],
    ]);
  });

  /** A page as Calc prints a sheet by default: its name at the top (`Sheet1`), `Page n` at the foot, centred. */
  function runningTexts(doc: PDFKit.PDFDocument, n: number) {
    doc.text('Sheet1', 282, 40, { lineBreak: false });
    doc.text(`Page ${n}`, 282, 810, { lineBreak: false });
  }

  it('a ruled table running on to the next page between running header and footer is one table; the running texts are no cells of it', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      // Page 1: the title, then a header row and 33 rows down to the foot of the page.
      runningTexts(doc, 1);
      at('项目支出绩效自评表', 50, 75);
      const rows = Array.from({ length: 35 }, (_, r) => 100 + 20 * r);
      ruledTable(doc, [50, 150, 250], rows);
      at('三级指标', 53, 104);
      at('分值', 153, 104);
      for (let r = 1; r + 1 < rows.length; r++) {
        at(`指标${r}`, 53, rows[r]! + 4);
        at(`${r}`, 153, rows[r]! + 4);
      }
      // Page 2: three rows more, and a note of its own below them.
      doc.addPage();
      runningTexts(doc, 2);
      ruledTable(doc, [50, 150, 250], [60, 80, 100, 120]);
      for (const [k, y] of [60, 80, 100].entries()) {
        at(`指标${34 + k}`, 53, y + 4);
        at(`${34 + k}`, 153, y + 4);
      }
      at('注：分值为百分制。', 50, 140);
    });
    const d = await extractDocument(bytes);
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    const [t, ...more] = tables(d);
    expect(more).toEqual([]);
    expect(t!.rows).toHaveLength(37);
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['三级指标', '分值'],
      ...Array.from({ length: 36 }, (_, k) => [`指标${k + 1}`, `${k + 1}`]),
    ]);
    expect(t!.rows[36]!.cells[0]!.at.page).toBe(2);
    // The header is kept where it stands before the title; the header and footer between the parts,
    // and the page numbers, are not read; the note, not repeated, is.
    expect(d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.text] : []))).toEqual([
      'Sheet1',
      '项目支出绩效自评表',
      '注：分值为百分制。',
    ]);
  });

  it('a centred heading wrapped across the width of the page’s text is one paragraph; a short one and the line under it are two', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      // 40 characters of 10 points: the whole width of the table below (50–450); its last word on the next line, centred.
      at('雅安市名山区林业局二〇二四年度林业草原改革发展资金绩效评价评价评价评价评价评价', 50, 40);
      at('表', 245, 54);
      at('年度：2024年', 50, 70);
      ruledTable(doc, [50, 250, 450], [90, 110]);
      at('项目名称', 53, 94);
      at('林业草原改革发展资金', 253, 94);
      // A short centred heading and the year centred under it.
      at('项目支出绩效自评表', 205, 140);
      at('(2022年度)', 222, 154);
    });
    const d = await extractDocument(bytes);
    expect(d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.text] : []))).toEqual([
      '雅安市名山区林业局二〇二四年度林业草原改革发展资金绩效评价评价评价评价评价评价表',
      '年度：2024年',
      '项目支出绩效自评表',
      '(2022年度)',
    ]);
  });

  it('one form a page under the same title, between running header and footer: each its own table', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      const form = (name: string, budget: string) => {
        at('项目支出绩效自评表', 50, 75);
        ruledTable(doc, [50, 150, 250], [100, 120, 140]);
        at('项目名称', 53, 104);
        at(name, 153, 104);
        at('预算数', 53, 124);
        at(budget, 153, 124);
      };
      runningTexts(doc, 1);
      form('甲项目', '10');
      doc.addPage();
      runningTexts(doc, 2);
      form('乙项目', '20');
    });
    const d = await extractDocument(bytes);
    expect(tables(d).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ['项目名称', '甲项目'],
        ['预算数', '10'],
      ],
      [
        ['项目名称', '乙项目'],
        ['预算数', '20'],
      ],
    ]);
    expect(d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.text] : []))).toEqual([
      'Sheet1',
      '项目支出绩效自评表',
      'Sheet1',
      '项目支出绩效自评表',
    ]);
  });

  it('a page of its own has no running text to tell: its header and footer are read as they stand', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      runningTexts(doc, 1);
      ruledTable(doc, [50, 150, 250], [100, 120]);
      doc.text('预算数', 53, 104, { lineBreak: false }).text('10', 153, 104, { lineBreak: false });
    });
    expect((await extractDocument(bytes)).text).toBe('Sheet1\n\n预算数\t10\n\nPage 1\n');
  });

  it("the renderer's line breaks join back to the text the reader gives (wrapText, joinWrapped)", () => {
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 7 : 3.5), 0);
    const texts = [
      '通过实施创业担保贷款贴息，保障参保群众相关工作顺利开展，资金按规定及时足额拨付。',
      '指标1：补贴性职业技能培训人数 ≥3103 人次',
      'Phase two of the 12333 platform upgrade',
      '服务档案查询利用 收存离退休人员档案总量',
    ];
    // A figure is never broken: longer than its cell, it runs over the border.
    expect(wrapText('1234567890123456789', 40, width)).toEqual(['1234567890123456789']);
    for (const text of texts) {
      const lines = wrapText(text, 40, width);
      expect(lines.length).toBeGreaterThan(1);
      expect(joinWrapped(lines)).toBe(text);
      // Every line fits, but a word or figure longer than the room, which stands alone.
      for (const line of lines) expect(width(line) <= 40 || !/[ \u2e80-\u9fff]/.test(line.slice(1, -1))).toBe(true);
    }
  });

  it('a wrap between two signs joins with no space, as a Chinese text’s does; beside a letter or a digit it is a space', () => {
    expect(joinWrapped(['扶贫临时救助人数(按月平均)', '(≥**人)'])).toBe('扶贫临时救助人数(按月平均)(≥**人)');
    expect(joinWrapped(['(≥*', '*人)'])).toBe('(≥**人)');
    expect(joinWrapped(['(<**元/户·年)', '——一户年最高5300元'])).toBe('(<**元/户·年)——一户年最高5300元');
    expect(joinWrapped(['≥98%', '100%'])).toBe('≥98% 100%');
    expect(joinWrapped(['Phase two', 'of the platform'])).toBe('Phase two of the platform');
  });

  it('a paragraph wrapped over lines is one paragraph; an indented line starts the next', async () => {
    const bytes = await pdfOf((doc) => {
      doc.registerFont('cjk', cjkFontFile(), 'WenQuanYiMicroHei').font('cjk').fontSize(10);
      const at = (text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false });
      at('一、基本情况', 50, 50);
      at('全年财政资金预算为140万元，执行资金140万元，执行率100%，如期完', 50, 66);
      at('成各项绩效指标值，自评得分94.99分。', 50, 80);
      at('二、存在的问题：资金拨付进度偏慢。', 70, 94);
    });
    const paragraphs = (await extractDocument(bytes)).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.text] : []));
    expect(paragraphs).toEqual([
      '一、基本情况',
      '全年财政资金预算为140万元，执行资金140万元，执行率100%，如期完成各项绩效指标值，自评得分94.99分。',
      '二、存在的问题：资金拨付进度偏慢。',
    ]);
  });

  it('a scanned PDF (pages of images, no text layer) is refused', async () => {
    const bytes = await pdfOf((doc) => {
      doc.rect(50, 50, 400, 300).fill('#777');
      doc.addPage().rect(50, 50, 400, 300).fill('#999');
    });
    await expect(extractDocument(bytes)).rejects.toThrow(/no text layer: a scanned PDF cannot be read/);
  });

  it('a PDF that needs a password to open', async () => {
    const bytes = await pdfOf((doc) => doc.text('secret', 50, 50), { userPassword: 'secret', pdfVersion: '1.7' });
    await expect(extractDocument(bytes)).rejects.toThrow(/encrypted \(password-protected\) PDF cannot be read/);
  });

  it('a damaged PDF', async () => {
    await expect(extractDocument(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> garbage'))).rejects.toThrow(/PDF/);
  });
});
