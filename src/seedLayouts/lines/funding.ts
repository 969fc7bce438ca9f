/**
 * The budget-execution block (预算执行情况) of line-broken tables: a column header
 * (预算数（A) 执行数 (B) 执行率 (B/A) 得分（20 分*执行率）（20 分）) and one row per funding line,
 * its label wrapped over lines ("年度财政资\n金总额") and its figures on one line ("5 5 100.00 20").
 */
import type { Cell, FundingLine } from '../../templates/parsed';
import { compact, matchLabel, type Issues, type SourceLine } from './text';

export type FundingKind = 'total' | 'current' | 'carryOver' | 'other';

const FUNDING_LABELS: Record<string, FundingKind> = {
  年度财政资金总额: 'total',
  年度资金总额: 'total',
  部门整体支出总额: 'total',
  部门预算总额: 'total',
  '其中：当年财政拨款': 'current',
  当年财政拨款: 'current',
  上年结转资金: 'carryOver',
  其他资金: 'other',
};

const HEADER_CHARS = new Set([...'预算执行情况（）()万元数AB/率得分*0123456789.年初全分值其中： ']);

const WEIGHT_RE = /^[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/;
const NUMERIC_TOKEN_RE = /\d/;
const WELL_FORMED_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%％]?$/;

export interface FundingBlock {
  budgetWeight: Cell | null;
  rows: Partial<Record<FundingKind, FundingLine>>;
}

function isFigureLine(text: string): boolean {
  const toks = text.split(/\s+/).filter((t) => t !== '');
  return toks.length > 0 && toks.every((t) => NUMERIC_TOKEN_RE.test(t) || t === '-' || t === '—' || t === '/');
}

/** Reads the block; `lines` runs from the 预算执行情况 label up to the indicator block. */
export function readFundingBlock(lines: readonly SourceLine[], issues: Issues, where: string): FundingBlock {
  const block: FundingBlock = { budgetWeight: null, rows: {} };
  let i = 0;
  while (i < lines.length) {
    const cur = lines[i];
    if (!cur) break;
    if (WEIGHT_RE.test(cur.text)) {
      block.budgetWeight = { text: cur.text, line: cur.line };
      i++;
      continue;
    }
    const m = matchLabel(lines, i, Object.keys(FUNDING_LABELS));
    if (m) {
      const kind = FUNDING_LABELS[m.label] ?? 'total';
      const figures: Cell[] = [];
      const pushFigures = (text: string, line: number): void => {
        for (const t of text.split(/\s+/)) if (t !== '') figures.push({ text: t, line });
      };
      if (m.rest !== '') pushFigures(m.rest, lines[m.endIndex]?.line ?? cur.line);
      let j = m.endIndex + 1;
      while (figures.length < 4 && j < lines.length && isFigureLine(lines[j]?.text ?? '') && !WEIGHT_RE.test(lines[j]?.text ?? '')) {
        const l = lines[j];
        if (l) pushFigures(l.text, l.line);
        j++;
      }
      block.rows[kind] = fundingLine(figures, issues, where, lines[m.endIndex] ?? cur, m.label);
      i = j;
      continue;
    }
    if (isHeaderLine(cur.text)) {
      i++;
      continue;
    }
    issues.unread.push({ line: cur.line, text: cur.text, reason: `${where}: line in the budget-execution block not understood` });
    i++;
  }
  return block;
}

function isHeaderLine(text: string): boolean {
  if (text.length > 60) return false;
  for (const ch of text) if (!HEADER_CHARS.has(ch)) return false;
  return true;
}

function fundingLine(figures: Cell[], issues: Issues, where: string, at: SourceLine, label: string): FundingLine {
  for (const f of figures) {
    if (!WELL_FORMED_RE.test(f.text) && !/^[-—/]$/.test(f.text)) {
      issues.warnings.push({ line: f.line, text: f.text, reason: `${where}: ${label}: figure is not a well-formed number, kept as text` });
    }
  }
  const line: FundingLine = { initialBudget: null, budget: null, executed: null, executionRate: null, weight: null, score: null };
  if (figures.length === 4) {
    [line.budget, line.executed, line.executionRate, line.score] = figures as [Cell, Cell, Cell, Cell];
  } else if (figures.length > 4) {
    issues.unread.push({
      line: at.line,
      text: figures.map((f) => f.text).join(' '),
      reason: `${where}: ${label}: ${figures.length} figures where the template has 4 (预算数, 执行数, 执行率, 得分); first 4 used`,
    });
    [line.budget, line.executed, line.executionRate, line.score] = figures.slice(0, 4) as [Cell, Cell, Cell, Cell];
  } else {
    issues.warnings.push({
      line: figures[0]?.line ?? at.line,
      text: figures.map((f) => f.text).join(' ') || compact(at.text),
      reason: `${where}: ${label}: ${figures.length} of 4 figures (预算数, 执行数, 执行率, 得分); missing column(s) left empty`,
    });
    line.budget = figures[0] ?? null;
    line.executed = figures[1] ?? null;
    line.executionRate = figures[2] ?? null;
  }
  return line;
}
