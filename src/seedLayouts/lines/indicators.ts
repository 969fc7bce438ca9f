/**
 * Indicator rows of line-broken tables (Hubei template: 一级指标 | 二级指标 | 三级指标 | 年初目标值 |
 * 实际完成值 | 得分). Cells are separated by single spaces or line breaks, values contain spaces
 * ("100 例", "≤60 日", "12 月底前") and names wrap. A row is read from the right: the score is the
 * last token (a bare number ≤ 100), before it the actual and the target value, each a
 * value-shaped run of tokens (number with optional comparator and unit tokens, or one short word
 * such as 明显提高 / 长期 / 满意); what is left is the indicator name.
 */
import type { Cell, ParsedIndicator } from '../../templates/parsed';
import { compact, isPageNumber, joinWrapped, matchLabel, type Issues, type SourceLine } from './text';

/** 一级指标 labels (merged cells, often printed one or two characters per line). */
export const LEVEL1_LABELS = ['产出指标', '效益指标', '满意度指标'] as const;

/** 二级指标 labels; they wrap too ("社会效益指\n标", "可持续性\n影响指标"). */
export const LEVEL2_LABELS = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '社会效益指标',
  '经济效益指标',
  '生态效益指标',
  '可持续影响指标',
  '可持续性影响指标',
  '满意度指标',
  '服务对象满意度指标',
  '社会公众或服务对象满意度指标',
] as const;

/** Level-2 labels that are also plausible indicator names; only taken as labels on their own lines. */
const SOFT_LEVEL2_LABELS = ['服务对象满意度', '社会公众满意度', '社会公众或服务对象满意度'] as const;

const ALL_STRONG: readonly string[] = [...new Set<string>([...LEVEL1_LABELS, ...LEVEL2_LABELS])];
const ALL_WITH_SOFT: readonly string[] = [...ALL_STRONG, ...SOFT_LEVEL2_LABELS];

/** Header fragments of the indicator block that may turn up between rows after a page break. */
const STRAY_HEADER = new Set(
  [
    '分)',
    '(80',
    '(80分)',
    '指标',
    '年度',
    '绩效',
    '目标',
    '得分',
    '一级',
    '一级指标',
    '二级指标',
    '三级指标',
    '二级指标三级指标',
    '年初目标',
    '值(A)',
    '年初目标值(A)',
    '实际完成值',
    '(B)',
    '实际完成值(B)',
    '实际完成值(B)得分',
  ].map(compact),
);

const HEADER_CHARS = new Set([...'年度绩效目标指标一二三级初值实际完成得分()（）AB/0123456789%分. ']);

/** True for a line of the indicator block's column header ("年度\n绩效\n目标\n（80\n分）\n一级\n指标 …"). */
export function isIndicatorHeaderLine(text: string): boolean {
  if (text.length > 40) return false;
  for (const ch of text) if (!HEADER_CHARS.has(ch)) return false;
  return true;
}

const COMP = '(?:[≥≤<>＞＜≦≧]=?|大于等于|小于等于|大于|小于|不低于|不高于|不少于|不超过|不多于|约)';
/** A number, optionally with comparator and attached short unit: "≥96%", "5万元", "2547.2077万", "53". */
const NUM_HEAD_RE = new RegExp(`^${COMP}?[+-]?\\d+(?:\\.\\d+)?(?:[%％‰]|[\\u4e00-\\u9fff]{1,4})?[>＞<＜]?$`);
const LONE_COMP_RE = new RegExp(`^${COMP}$`);
/** A unit token following a number ("例", "万元", "月底前"); units also wrap: "万" + "元". */
const UNIT_RE = /^(?:[%％‰]|[万亿千百元人次例份件个家日天月年底前内户笔场期项名台套所辆篇条批时分钟工作余以上下多平方米公里吨亩册本]{1,5})$/;
/** Number-like text that is not a well-formed number ("1,2.3万"): kept as text, with a warning. */
const MALFORMED_NUM_RE = /^[≥≤<>＞＜]?[\d][\d.,，]*[\u4e00-\u9fff%％]{0,4}$/;
/** A one-word qualitative value ("明显提高", "长期", "满意", "及时完成"). */
const QUALITATIVE_RE = /^[^\d\s，、。；：,;:（）()“”"]{1,8}$/;
const SCORE_RE = /^\d{1,3}(?:\.\d{1,2})?$/;

interface Tok {
  text: string;
  line: number;
  /** First token of a source line: joined to the previous token as wrapped text. */
  nl: boolean;
}

function tokensOf(line: SourceLine, first: boolean): Tok[] {
  const parts = line.text.split(/[\s\u3000]+/).filter((p) => p !== '');
  return parts.map((text, k) => ({ text, line: line.line, nl: k === 0 && !first }));
}

function joinToks(toks: readonly Tok[]): string {
  let s = '';
  for (const t of toks) s = s === '' ? t.text : t.nl ? joinWrapped(s, t.text) : `${s} ${t.text}`;
  return s;
}

function cellOf(toks: readonly Tok[]): Cell | null {
  const first = toks[0];
  if (!first) return null;
  return { text: joinToks(toks), line: first.line };
}

function isNumberHead(t: string): boolean {
  return NUM_HEAD_RE.test(t);
}

function isMalformedNumber(t: string): boolean {
  return !isNumberHead(t) && MALFORMED_NUM_RE.test(t);
}

/** Start index of the value cell ending just before `end`, or -1. */
function valueStart(toks: readonly Tok[], end: number): number {
  const j = end - 1;
  const last = toks[j];
  if (!last) return -1;
  let k = j;
  let units = 0;
  while (k >= 0 && units < 3 && UNIT_RE.test(toks[k]?.text ?? '')) {
    k--;
    units++;
  }
  const head = toks[k];
  if (head && (isNumberHead(head.text) || isMalformedNumber(head.text))) {
    const before = toks[k - 1];
    return before && LONE_COMP_RE.test(before.text) ? k - 1 : k;
  }
  if (QUALITATIVE_RE.test(last.text) && !LONE_COMP_RE.test(last.text)) return j;
  if (isMalformedNumber(last.text)) return j;
  return -1;
}

interface RowParse {
  name: string;
  target: Cell;
  actual: Cell;
  score: Cell;
  malformed: Cell[];
}

/** Reads a complete row from the right, or null if the tokens do not (yet) form one. */
function parseRow(toks: readonly Tok[]): RowParse | null {
  const n = toks.length;
  const scoreTok = toks[n - 1];
  if (!scoreTok || !SCORE_RE.test(scoreTok.text) || Number(scoreTok.text) > 100) return null;
  const aStart = valueStart(toks, n - 1);
  if (aStart <= 0) return null;
  const tStart = valueStart(toks, aStart);
  if (tStart <= 0) return null;
  const name = joinToks(toks.slice(0, tStart));
  if (name === '') return null;
  const target = cellOf(toks.slice(tStart, aStart));
  const actual = cellOf(toks.slice(aStart, n - 1));
  if (!target || !actual) return null;
  const malformed: Cell[] = [];
  for (const c of [target, actual]) {
    if (/\d/.test(c.text) && !c.text.split(/\s+/).some(isNumberHead) && !/^[≥≤<>＞＜]/.test(c.text)) {
      malformed.push(c);
    } else if (c.text.split(/\s+/).some(isMalformedNumber)) {
      malformed.push(c);
    }
  }
  return { name, target, actual, score: { text: scoreTok.text, line: scoreTok.line }, malformed };
}

export interface IndicatorBlock {
  indicators: ParsedIndicator[];
}

/**
 * Reads the indicator block of a table: an optional column header, then 一级/二级 labels and rows.
 * `lines` is the block only (from its header up to, not including, 总分 / the next goal).
 */
export function readIndicatorBlock(lines: readonly SourceLine[], issues: Issues, where: string): ParsedIndicator[] {
  const out: ParsedIndicator[] = [];
  let i = 0;
  // Column header: "年度 绩效 目标 （80 分） 一级 指标 二级指标 三级指标 年初目标 值（A) 实际完成值 (B) 得分".
  while (i < lines.length && isIndicatorHeaderLine(lines[i]?.text ?? '') && !isRowLike(lines[i]?.text ?? '')) i++;

  let level1: string | null = null;
  let level2: string | null = null;
  let softLevel2: string | null = null; // a soft label not yet followed by a row
  let pending: Tok[] = [];
  let pendingLines: SourceLine[] = [];

  const flushUnread = (reason: string): void => {
    for (const l of pendingLines) issues.unread.push({ line: l.line, text: l.text, reason: `${where}: ${reason}` });
    pending = [];
    pendingLines = [];
  };

  while (i < lines.length) {
    const cur = lines[i];
    if (!cur) break;
    const labels = pending.length === 0 ? ALL_WITH_SOFT : ALL_STRONG;
    const m = matchLabel(lines, i, labels);
    if (m) {
      if (pending.length > 0) flushUnread('incomplete indicator row (no target/actual/score before the next label)');
      const label = m.label;
      const isL1 = (LEVEL1_LABELS as readonly string[]).includes(label);
      const isL2 = (LEVEL2_LABELS as readonly string[]).includes(label) || !ALL_STRONG.includes(label);
      if (isL1 && (!isL2 || level1 !== label)) {
        level1 = label;
        level2 = null;
        softLevel2 = null;
      } else {
        level2 = label;
        softLevel2 = ALL_STRONG.includes(label) ? null : label;
      }
      i = m.endIndex + 1;
      if (m.rest !== '') {
        const restLine: SourceLine = { text: m.rest, line: lines[m.endIndex]?.line ?? cur.line };
        pending = tokensOf(restLine, true);
        pendingLines = [restLine];
        tryComplete();
      }
      continue;
    }
    if (pending.length === 0 && isPageNumber(cur.text)) {
      issues.warnings.push({ line: cur.line, text: cur.text, reason: `${where}: lone number between rows, taken as a page number` });
      i++;
      continue;
    }
    if (pending.length === 0 && STRAY_HEADER.has(compact(cur.text))) {
      issues.warnings.push({ line: cur.line, text: cur.text, reason: `${where}: stray column-header fragment (page break) skipped` });
      i++;
      continue;
    }
    pending.push(...tokensOf(cur, pending.length === 0));
    pendingLines.push(cur);
    i++;
    tryComplete();
    if (pendingLines.length > 12) flushUnread('no indicator row could be read from these lines');
  }
  if (pending.length > 0) flushUnread('incomplete indicator row at the end of the block (truncated?)');
  return out;

  function tryComplete(): void {
    let row = parseRow(pending);
    let name: string | null = row?.name ?? null;
    if (!row && softLevel2 !== null) {
      // "服务对象满意度" on its own line followed by values only: the label was the name.
      const withName: Tok[] = [{ text: softLevel2, line: pending[0]?.line ?? 0, nl: false }, ...pending.map((t, k) => (k === 0 ? { ...t, nl: false } : t))];
      row = parseRow(withName);
      if (row) {
        name = softLevel2;
        level2 = null;
      }
    }
    if (!row || name === null) return;
    const first = pendingLines[0];
    const last = pendingLines[pendingLines.length - 1];
    for (const c of row.malformed) {
      issues.warnings.push({ line: c.line, text: c.text, reason: `${where}: value is not a well-formed number, kept as text` });
    }
    out.push({
      level1,
      level2,
      name,
      description: null,
      scoringRule: null,
      target: row.target,
      actual: row.actual,
      weight: null,
      score: row.score,
      deviationNote: null,
      lines: { start: first?.line ?? row.score.line, end: last?.line ?? row.score.line },
    });
    softLevel2 = null;
    pending = [];
    pendingLines = [];
  }
}

/** A line that already holds a whole row ("… 100% 100% 5"): not a header line even if its characters are. */
function isRowLike(text: string): boolean {
  const toks = text.split(/\s+/);
  return toks.length >= 3 && SCORE_RE.test(toks[toks.length - 1] ?? '') && /\d/.test(toks[0] ?? '') && !/^\(|^（/.test(toks[0] ?? '');
}
