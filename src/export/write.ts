/**
 * Writing exported rows as a workbook (exceljs): XLSX with typed numbers (rates as fractions
 * formatted as percentages), or CSV — UTF-8 with a byte-order mark so that Excel reads the Chinese,
 * CRLF rows, RFC 4180 quoting (fast-csv, under exceljs). Two header rows: the Chinese column names
 * (表头), then each column's field path in the GraphQL answer.
 */
import type { Column } from './definitions';

export type Format = 'csv' | 'xlsx';

const GRADE_NAMES: Record<string, string> = { EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' };

/** The value at a dotted path, e.g. `rollup.executionRate`; null where any step is missing. */
export function valueAt(row: Record<string, unknown>, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) {
    if (value === null || value === undefined) return null;
    value = (value as Record<string, unknown>)[part];
  }
  return value ?? null;
}

function cellValue(row: Record<string, unknown>, column: Column): string | number | null {
  const value = valueAt(row, column.field);
  if (value === null) return null;
  if (column.kind === 'grade') return GRADE_NAMES[String(value)] ?? String(value);
  if (typeof value === 'number') return value;
  return String(value);
}

const NUMBER_FORMATS: Partial<Record<Column['kind'], string>> = { rate: '0.00%', number: '#,##0.00##', integer: '0' };

export async function writeRows(format: Format, title: string, columns: Column[], rows: Record<string, unknown>[]): Promise<Buffer> {
  // Loaded on the first export (issue 16): whoever imports the server's modules does not load exceljs.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao 绩效';
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow(columns.map((c) => c.header));
  sheet.addRow(columns.map((c) => c.field));
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(row, c)));
  if (format === 'csv') {
    const buffer = await workbook.csv.writeBuffer({
      formatterOptions: { writeBOM: true, rowDelimiter: '\r\n', alwaysWriteHeaders: false },
    });
    return Buffer.from(buffer as ArrayBuffer);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    const numFmt = NUMBER_FORMATS[column.kind];
    if (numFmt) sheetColumn.eachCell((cell, rowNumber) => rowNumber > 2 && (cell.numFmt = numFmt));
    sheetColumn.width = column.kind === 'text' ? 24 : 14;
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
