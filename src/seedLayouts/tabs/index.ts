/**
 * Reader for self-evaluation documents whose tables come as tab-separated rows (format
 * 'tabular'): project tables, per-unit summary tables, department-wide tables, scoring notes.
 *
 * The document is scanned once, top to bottom. Prose between tables is kept as the context of
 * the next table (its title, 单位名称, 填报日期, a narrative report of the same project). Each
 * table reader consumes rows until the next table, title or note; lines inside a table that it
 * cannot interpret are reported in `unread`, with their line number.
 */
import { DocumentFormatError } from '../../readers/formatError';
import type { ParsedDocument } from '../../templates/parsed';
import { isNarrativeTitle, isTitleLine, readContext } from './context';
import { isDepartmentStart, isDepartmentUnitRow, readDepartmentTable } from './department';
import { isProjectStart, readProjectTable } from './project';
import { isRuleRow, labelOf, makeSink, toRows, type Row } from './rows';
import { checkTables } from '../tableChecks';
import { proseTotalScore } from './proseScore';
import { checkTabularStructure, isContentsRow } from './structure';
import { isSummaryStart, readSummaryTable } from './summary';
import { binaryReason, cleanProse, compact, findYear } from '../../tables/cellText';


const NOTE_START = /^(备注|注)\s*[:：]/;
const NUMBERED = /^\s*[-*]?\s*\d{1,2}\s*[.、．)]/;
const HEADER_LINE = /^(单位名称|填报日期|填报单位|项目单位)\s*[（(]?[^:：]{0,6}[:：]/;

function isNoteStart(row: Row): boolean {
  return !row.blank && NOTE_START.test((row.cells.find((c) => c !== '') ?? '').trim());
}

/** Reads a 备注/注 block: the note line and the numbered items after it. */
function readNote(rows: Row[], start: number): { text: string; start: number; end: number; next: number } {
  const first = rows[start] as Row;
  const parts: string[] = [first.cells.filter((c) => c !== '').join(' ')];
  let end = first.line;
  let i = start + 1;
  for (; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (r.blank) continue;
    const t = r.cells.filter((c) => c !== '').join(' ');
    if (!NUMBERED.test(t)) break;
    parts.push(t);
    end = r.line;
  }
  return { text: cleanProse(parts.join('\n')), start: first.line, end, next: i };
}

/**
 * Reads a tab-separated self-evaluation document, its tables checked (src/seedLayouts/tableChecks.ts).
 * @throws DocumentFormatError for input that is not such a document (empty, binary, no table).
 */
export function readTabularDocument(text: string): ParsedDocument {
  const doc = readTabularTables(text);
  checkTables(doc);
  return doc;
}

/** The same reading without the table checks (warnings only), for a reader that may not keep it (src/ingest/readDocument.ts). */
export function readTabularTables(text: string): ParsedDocument {
  if (typeof text !== 'string') throw new DocumentFormatError('input is not text');
  if (text.trim() === '') throw new DocumentFormatError('empty document: no text to read');
  const bin = binaryReason(text);
  if (bin !== null) throw new DocumentFormatError(bin);
  const rows = toRows(text);
  if (!rows.some((r) => r.isTab)) {
    throw new DocumentFormatError('no tab-separated table rows found (not a tabular self-evaluation document)');
  }
  const doc: ParsedDocument = {
    format: 'tabular',
    fiscalYear: null,
    projects: [],
    summaryTables: [],
    departmentEvaluations: [],
    finalAccounts: null,
    notes: [],
    warnings: [],
    unread: [],
  };
  const sink = makeSink(doc.warnings, doc.unread);

  const isBoundary = (i: number): boolean => {
    const r = rows[i];
    if (r === undefined || r.blank) return false;
    if (r.isTab) return isProjectStart(r) || isSummaryStart(rows, i) || isDepartmentUnitRow(rows, i) || isNoteStart(r);
    const first = r.cells[0] ?? '';
    return isTitleLine(r) || isNarrativeTitle(r) || isNoteStart(r) || HEADER_LINE.test(first.trim());
  };

  let context: Row[] = [];
  let i = 0;
  while (i < rows.length) {
    const r = rows[i] as Row;
    let next = i + 1;
    if (r.blank) {
      context.push(r);
    } else if (isNoteStart(r)) {
      const note = readNote(rows, i);
      addNote(doc, note.text, note.start, note.end);
      next = note.next;
      context = [];
    } else if (isProjectStart(r)) {
      const res = readProjectTable(rows, i, readContext(context), sink, isBoundary);
      doc.projects.push(res.project);
      next = res.next;
      context = [];
    } else if (isSummaryStart(rows, i)) {
      const title = [...context].reverse().find((c) => !c.isTab && compact(c.cells[0] ?? '').endsWith('汇总表'));
      const res = readSummaryTable(rows, i, title ?? null, sink, isBoundary);
      doc.summaryTables.push(res.table);
      next = res.next;
      context = [];
    } else if (isDepartmentStart(rows, i)) {
      const res = readDepartmentTable(rows, i, readContext(context), sink, isBoundary);
      doc.departmentEvaluations.push(res.evaluation);
      next = res.next;
      context = [];
    } else {
      // A table row that starts no table and belongs to none: its table's first row is damaged or gone.
      if (r.isTab && !isRuleRow(r) && !isContentsRow(r))
        sink.unread(r.line, r.raw, 'table row outside any table read (its table has no 项目名称 / 单位名称 row it could be read from)');
      context.push(r);
    }
    i = Math.max(next, i + 1);
  }

  if (doc.projects.length + doc.summaryTables.length + doc.departmentEvaluations.length === 0) {
    throw new DocumentFormatError('no recognisable self-evaluation table (项目名称 / 汇总表 / 部门整体自评表 rows) found');
  }
  for (const d of doc.departmentEvaluations)
    if (d.reportedTotalScore === null) d.reportedTotalScore = reportedInProse(doc, rows, d.lines.end);
  doc.fiscalYear = documentYear(doc, rows);
  for (const p of doc.projects) if (p.fiscalYear === null) p.fiscalYear = doc.fiscalYear;
  for (const d of doc.departmentEvaluations) if (d.fiscalYear === null) d.fiscalYear = doc.fiscalYear;
  const tables = [...doc.projects, ...doc.summaryTables, ...doc.departmentEvaluations].map((t) => t.lines);
  checkTabularStructure(rows, tables, sink);
  return doc;
}

/**
 * A total score stated in the report after a table (up to the next table), for a table without a
 * 总分 row: "自评表综合得分评价得分 94.99 分" in 001's 整体自评总结报告.
 */
function reportedInProse(doc: ParsedDocument, rows: Row[], tableEnd: number) {
  const starts = [...doc.projects, ...doc.summaryTables, ...doc.departmentEvaluations].map((t) => t.lines.start);
  const next = Math.min(rows.length + 1, ...starts.filter((s) => s > tableEnd));
  const prose = rows.slice(tableEnd, next - 1).filter((r) => !r.isTab && !r.blank);
  return proseTotalScore(prose.map((r) => ({ line: r.line, text: r.cells[0] ?? '' })));
}

function addNote(doc: ParsedDocument, text: string, start: number, end: number): void {
  const key = compact(text).replace(/^(备注|注)[:：]/, '');
  if (key === '') return;
  for (const n of doc.notes) {
    const other = compact(n.text).replace(/^(备注|注)[:：]/, '');
    if (other.includes(key)) return; // the same footnote repeated under another table
  }
  doc.notes.push({ text, lines: { start, end } });
}

/** The most frequent year among table titles; else the first "NNNN年度" in the document. */
function documentYear(doc: ParsedDocument, rows: Row[]): number | null {
  const counts = new Map<number, number>();
  for (const t of [...doc.projects, ...doc.departmentEvaluations]) {
    if (t.fiscalYear !== null) counts.set(t.fiscalYear, (counts.get(t.fiscalYear) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestN = 0;
  for (const [y, n] of counts) {
    if (n > bestN) {
      best = y;
      bestN = n;
    }
  }
  if (best !== null) return best;
  for (const r of rows) {
    const k = labelOf(r);
    if (k.includes('年度')) {
      const y = findYear(k);
      if (y !== null) return y;
    }
  }
  return null;
}
