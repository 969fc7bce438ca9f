/** Renders a layout as an Excel .xlsx (exceljs): one sheet, an empty row between blocks, table cells bordered (empty ones too), merged cells merged. */
import { placed, type Layout } from './layout';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function renderXlsx(layout: Layout, sheetName = '自评表'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  let row = 1;
  for (const b of layout.blocks) {
    if (b.kind === 'paragraph') {
      sheet.getCell(row, 1).value = b.text;
      row += 2;
      continue;
    }
    for (const { cell, row: r, col } of placed(b.rows)) {
      const target = sheet.getCell(row + r, col + 1);
      if (cell.text !== '') target.value = cell.text;
      target.border = BORDER;
      if (cell.rowSpan > 1 || cell.colSpan > 1) sheet.mergeCells(row + r, col + 1, row + r + cell.rowSpan - 1, col + cell.colSpan);
    }
    row += b.rows.length + 1;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
