/**
 * The prose lines between tables: the title of the next table, 单位名称 / 填报日期 lines, a
 * narrative report (项目自评结果) of the same project.
 */
import type { LineSpan } from '../../templates/parsed';
import type { Row } from './rows';
import { cleanProse, compact, findYear } from '../../tables/cellText';

export interface TableContext {
  title: string | null;
  titleLine: number | null;
  fiscalYear: number | null;
  unit: string | null;
  filledOn: string | null;
  /** "自评得分: 97" in a header line. */
  reportedScore: { text: string; line: number } | null;
  narrative: { text: string; lines: LineSpan } | null;
}

const YEAR_LINE = /^[(（]\d{4}年度?[)）]$/;

/** A title-like prose line: "2021年度…项目自评表", "部门（单位）整体绩效自评表". */
export function isTitleLine(row: Row): boolean {
  if (row.isTab || row.blank) return false;
  const k = compact(row.cells[0] ?? '');
  return k.length <= 80 && (k.endsWith('自评表') || k.includes('自评表(') || k.includes('自评表（') || k.endsWith('汇总表'));
}

/** The heading of a narrative report of one project: "2021 年度档案管理费用项目自评结果". */
export function isNarrativeTitle(row: Row): boolean {
  if (row.isTab || row.blank) return false;
  const k = compact(row.cells[0] ?? '');
  return k.length <= 80 && /项目自评(结果|报告)$/.test(k) && !k.includes('项目支出') && !k.includes('总结');
}

export function readContext(context: Row[]): TableContext {
  const rows = context.filter((r) => !r.blank);
  let titleIdx = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r && isTitleLine(r) && !compact(r.cells[0] ?? '').startsWith('附件')) {
      titleIdx = i;
      break;
    }
  }
  let title: string | null = null;
  let titleLine: number | null = null;
  let startIdx = titleIdx;
  if (titleIdx >= 0) {
    const t = rows[titleIdx] as Row;
    title = t.cells[0] ?? null;
    titleLine = t.line;
    // A title broken over two lines: "2021 年度劳动保障监察办案" + "(农民工工资清欠) 费项目自评表".
    const prev = rows[titleIdx - 1];
    if (prev && !prev.isTab) {
      const k = compact(prev.cells[0] ?? '');
      if (k.length <= 40 && k.includes('年度') && !/[：:。]/.test(k) && !k.includes('自评') && !YEAR_LINE.test(k)) {
        title = `${prev.cells[0] ?? ''}${title ?? ''}`;
        titleLine = prev.line;
        startIdx = titleIdx - 1;
      }
    }
    const next = rows[titleIdx + 1];
    if (next && !next.isTab && YEAR_LINE.test(compact(next.cells[0] ?? ''))) title = `${title ?? ''} ${next.cells[0] ?? ''}`;
  }
  let fiscalYear = title === null ? null : findYear(title);
  let unit: string | null = null;
  let filledOn: string | null = null;
  let reportedScore: TableContext['reportedScore'] = null;
  const after = titleIdx >= 0 ? rows.slice(titleIdx) : rows.slice(-8);
  for (const r of after) {
    if (r.isTab) continue;
    const s = r.cells[0] ?? '';
    const u = /单位名称[:：]\s*(.+)/.exec(s);
    if (u && u[1]) unit = u[1].replace(/\s+填报日期.*$/, '').trim() || null;
    const d = /填报日期[:：]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\S+)/.exec(s);
    if (d && d[1]) filledOn = d[1];
    const sc = /自评得分[:：]\s*(\d{1,3}(?:\.\d+)?)/.exec(s);
    if (sc && sc[1]) reportedScore = { text: sc[1], line: r.line };
    if (fiscalYear === null && YEAR_LINE.test(compact(s))) fiscalYear = findYear(s);
  }
  let narrative: TableContext['narrative'] = null;
  const end = startIdx >= 0 ? startIdx : rows.length;
  for (let i = end - 1; i >= 0; i--) {
    const r = rows[i];
    if (r && isNarrativeTitle(r)) {
      const body = rows.slice(i, end);
      const last = body[body.length - 1] as Row;
      narrative = { text: cleanProse(body.map((b) => b.cells.filter((c) => c !== '').join(' ')).join('\n')), lines: { start: r.line, end: last.line } };
      break;
    }
  }
  return { title, titleLine, fiscalYear, unit, filledOn, reportedScore, narrative };
}
