/**
 * Reported values (年初目标值 / 年度指标值 / 实际完成值): free text as written in the documents,
 * turned into a number with a unit and a comparator, a qualitative judgement, or kept as text with
 * the reason it could not be read. The raw text is always kept.
 *
 * Sources: seeds/README.md ("Values are free text: `8万`, `≥95%`, `≤2.5%`, `3000人次>`,
 * `大于98%`, `98%>`, `达标`, `及时`, `未设定`, `已完成`, `按月拨付`"); scoring.md §2 (units) and §3
 * (judgement words).
 *
 * Units: indicator values are expressed in base units — persons (人), 元, 次, … — so `4.97万人` is
 * 49,700 人 and `<10 万 元` is 100,000 元. Percentages become fractions with unit "%" (98% → 0.98).
 * Table cells that hold money are a different matter: they are in 万元, see `parseMoneyWan`.
 */
import { agrees } from '../templates/consistency';
import { decimalsWritten } from './numbers';
import { remembered } from './remembered';

/**
 * How a reported number relates to the quantity: a floor (GE/GT), a ceiling (LE/LT), an exact
 * figure (EQ) or an approximate one (ABOUT: 约, 近, 余).
 */
export type Comparator = 'GE' | 'GT' | 'LE' | 'LT' | 'EQ' | 'ABOUT';

/** Qualitative judgement (scoring.md §3): 达成预期指标 / 部分达成 / 未达成. */
export type Judgement = 'ACHIEVED' | 'PARTLY' | 'NOT_ACHIEVED';

export interface NumericValue {
  kind: 'NUMBER';
  raw: string;
  /** In the base unit: persons, 元, 次…; percentages as fractions (98% → 0.98). */
  value: number;
  /** "%" for rates; the written unit otherwise (人, 人次, 元, 元/人, 日, 分…); null when none. */
  unit: string | null;
  comparator: Comparator;
  /** A bracketed remark after the value, e.g. "新目标" in "98% (新目标)". */
  note: string | null;
}

export interface QualitativeValue {
  kind: 'QUALITATIVE';
  raw: string;
  judgement: Judgement;
}

export interface TextValue {
  kind: 'TEXT';
  raw: string;
  /** Why the text was not read as a number or a judgement. */
  reason: string;
}

export type ReportedValue = NumericValue | QualitativeValue | TextValue;

/**
 * Result of reading one table cell (amount, rate, score). `decimals` is the precision written in
 * the cell, in the unit of `value` (a rate "98.44%" → 0.9844 has 4), so that comparisons can be
 * made at the document's precision.
 */
export type CellResult =
  | { status: 'OK'; raw: string; value: number; decimals: number }
  | { status: 'EMPTY'; raw: string; value: null }
  | { status: 'INVALID'; raw: string; value: null; reason: string };

const LATEX_REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/\\geq?/g, '≥'],
  [/\\leq?/g, '≤'],
  [/\\gt/g, '>'],
  [/\\lt/g, '<'],
  [/\\%/g, '%'],
  [/\$/g, ''],
];

/**
 * Canonical form for parsing: full-width characters folded (NFKC: `９８％` → `98%`), LaTeX left by
 * PDF extraction undone (`$\geq 95\%$` in 000), `>=`/`≧` unified, all whitespace removed
 * (`<10 万 元` in 001).
 */
export const normalizeValueText = remembered((text: string): string => {
  let s = text.normalize('NFKC');
  for (const [pattern, replacement] of LATEX_REPLACEMENTS) s = s.replace(pattern, replacement);
  return s
    .replace(/>=|≧|⩾/g, '≥')
    .replace(/<=|≦|⩽/g, '≤')
    .replace(/\s+/g, '');
});

const EMPTY_MARKS = /^[-—–－一…·.]*$/;

/** Prefix words and signs, longest first so that 不低于 wins over 低于. */
const PREFIX_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['大于等于', 'GE'],
  ['小于等于', 'LE'],
  ['不低于', 'GE'],
  ['不少于', 'GE'],
  ['不小于', 'GE'],
  ['未低于', 'GE'],
  ['不超过', 'LE'],
  ['未超过', 'LE'],
  ['不高于', 'LE'],
  ['不大于', 'LE'],
  ['不多于', 'LE'],
  ['达到', 'GE'],
  ['大于', 'GT'],
  ['高于', 'GT'],
  ['超过', 'GT'],
  ['多于', 'GT'],
  ['小于', 'LT'],
  ['低于', 'LT'],
  ['少于', 'LT'],
  ['大约', 'ABOUT'],
  ['接近', 'ABOUT'],
  ['约', 'ABOUT'],
  ['近', 'ABOUT'],
  ['≥', 'GE'],
  ['≤', 'LE'],
  ['>', 'GT'],
  ['<', 'LT'],
  ['=', 'EQ'],
];

/**
 * Suffix words and signs. A trailing `>` means "at least" (000: `3000人次>`, `98%>`, `91%>`), a
 * trailing `<` "at most".
 */
const SUFFIX_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['及以上', 'GE'],
  ['以上', 'GE'],
  ['及以下', 'LE'],
  ['以下', 'LE'],
  ['以内', 'LE'],
  ['之内', 'LE'],
  ['内', 'LE'],
  ['>', 'GE'],
  ['<', 'LE'],
  ['≥', 'GE'],
  ['≤', 'LE'],
];

const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** `12 月底前`, `2021年9月底前`, `8月31日前`: a deadline, not a comparable quantity. */
const DATE_BOUND = /(\d+年)?\d+(月|日|号|季度)(底|末|初|中旬|上旬|下旬|\d+日)?(前|之前|以前)$|\d+年(底|末)/;

/** number, optional 余/多, optional 万/亿, optional 余/多, optional unit. */
const NUMERIC = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(余|多)?(万|亿)?(余|多)?([^\d]*)$/;
const UNIT = /^(%|‰|[\p{Script=Han}A-Za-z]+(?:\/[\p{Script=Han}A-Za-z]+)?)$/u;

/** scoring.md §3: judgement words. Checked as substrings: any of these decides. */
const NOT_ACHIEVED_PHRASES = ['未完成', '未开展', '未达标', '未达到', '未实现', '未达成', '没有完成', '未按时', '未及时'];
const PARTLY_PHRASES = ['部分完成', '基本完成', '部分达成', '基本达成', '部分达标', '基本达标', '部分实现', '基本实现', '基本符合'];
/**
 * Words that state the target was met (scoring.md §3 and the seeds: 达标, 及时, 已完成, 保障,
 * 提高, 符合, 良好 …; 001: 合规, 健全, 真实, 规范, 合理, 科学, 完整, 相关, 确保, 增加, 提升 …).
 * The whole text must be one of these, optionally after an adverb such as 已/明显/按时.
 */
const ACHIEVED_WORDS = new Set([
  '达标',
  '及时',
  '完成',
  '保障',
  '提高',
  '提升',
  '符合',
  '符合标准',
  '良好',
  '合规',
  '健全',
  '真实',
  '规范',
  '合理',
  '科学',
  '完整',
  '相关',
  '确保',
  '促进',
  '增加',
  '增强',
  '加强',
  '长期',
  '长期执行',
  '及时公开',
  '按时发放',
  '按月拨付',
  '继续推进',
  '更好发挥',
  '达到',
  '实现',
  '满意',
  '较好',
  '优秀',
  '通过',
  '达成',
  '全覆盖',
  '无故障',
  '全年无故障',
  '无差错',
  '安全',
  '稳定',
  '有效',
]);
const ACHIEVED_ADVERBS = /^(已经|已|均已|均|全部|全面|明显|显著|按时|按期|如期|持续|进一步|有效|不断)/;

function judgementOf(s: string): Judgement | null {
  const text = s.replace(/[。，,.、;；!！]/g, '');
  if (NOT_ACHIEVED_PHRASES.some((p) => text.includes(p))) return 'NOT_ACHIEVED';
  if (PARTLY_PHRASES.some((p) => text.includes(p))) return 'PARTLY';
  let stem = text.replace(/(了|的)$/, '');
  if (ACHIEVED_WORDS.has(stem)) return 'ACHIEVED';
  for (let i = 0; i < 3 && ACHIEVED_ADVERBS.test(stem); i += 1) {
    stem = stem.replace(ACHIEVED_ADVERBS, '');
    if (ACHIEVED_WORDS.has(stem)) return 'ACHIEVED';
  }
  return null;
}

function stripPrefix(s: string): { rest: string; comparator: Comparator | null } {
  for (const [word, comparator] of PREFIX_COMPARATORS) {
    if (s.startsWith(word)) return { rest: s.slice(word.length), comparator };
  }
  return { rest: s, comparator: null };
}

function stripSuffix(s: string): { rest: string; comparator: Comparator | null } {
  for (const [word, comparator] of SUFFIX_COMPARATORS) {
    if (s.endsWith(word)) return { rest: s.slice(0, -word.length), comparator };
  }
  return { rest: s, comparator: null };
}

function stripNote(s: string): { rest: string; note: string | null } {
  const match = /^(.+?)\(([^()]*)\)$/.exec(s);
  return match ? { rest: match[1] ?? s, note: match[2] ?? null } : { rest: s, note: null };
}

function sameSide(a: Comparator, b: Comparator): boolean {
  const floor = (c: Comparator) => c === 'GE' || c === 'GT';
  const ceiling = (c: Comparator) => c === 'LE' || c === 'LT';
  return (floor(a) && floor(b)) || (ceiling(a) && ceiling(b));
}

type NumericParse = { ok: true; value: NumericValue } | { ok: false; reason: string };

function parseNumeric(raw: string, s: string): NumericParse {
  const { rest: withoutNote, note } = stripNote(s);
  const prefix = stripPrefix(withoutNote);
  const suffix = stripSuffix(prefix.rest);
  if (prefix.comparator && suffix.comparator && !sameSide(prefix.comparator, suffix.comparator)) {
    return { ok: false, reason: 'conflicting comparators before and after the number' };
  }
  const match = NUMERIC.exec(suffix.rest);
  if (!match) {
    if (/\d[,，]\d{1,2}(?!\d)/.test(suffix.rest)) {
      return { ok: false, reason: 'malformed number (a decimal comma, or separators not in groups of three: "10,0%")' };
    }
    if (/\d[,，]|[,，]\.?\d/.test(suffix.rest) || /\d\.\d*\./.test(suffix.rest)) {
      return { ok: false, reason: 'malformed number (separators not in groups of three)' };
    }
    return { ok: false, reason: 'not a number with a known comparator and unit' };
  }
  const [, numeral = '', about1, multiplier, about2, unitText = ''] = match;
  let value = Number(numeral.replace(/,/g, ''));
  if (multiplier) value *= MULTIPLIERS[multiplier] ?? 1;
  let unit: string | null = unitText === '' ? null : unitText;
  if (unit !== null && !UNIT.test(unit)) {
    return { ok: false, reason: `unreadable unit "${unit}"` };
  }
  if (unit === '%') value /= 100;
  if (unit === '‰') {
    value /= 1000;
    unit = '%';
  }
  const comparator: Comparator = prefix.comparator ?? suffix.comparator ?? (about1 || about2 ? 'ABOUT' : 'EQ');
  return { ok: true, value: { kind: 'NUMBER', raw, value, unit, comparator, note } };
}

/**
 * Reads a reported value: `8万` → 80,000; `4.97万人` → 49,700 人; `≥95%` → GE 0.95 "%";
 * `3000人次>` → GE 3000 人次; `1200余人次` → ABOUT 1200 人次; `<10 万 元` → LT 100,000 元;
 * `达标` → ACHIEVED; `12 月底前` → text (a deadline); `1,2.3万` → text (malformed).
 */
export const parseReportedValue = remembered((text: string): ReportedValue => {
  const raw = text;
  const s = normalizeValueText(text);
  if (EMPTY_MARKS.test(s)) return { kind: 'TEXT', raw, reason: 'empty' };
  if (s === '未设定' || s === '无') return { kind: 'TEXT', raw, reason: `no value set (${s})` };
  if (DATE_BOUND.test(s)) {
    return { kind: 'TEXT', raw, reason: 'a date or deadline, not a comparable quantity' };
  }
  const numeric = parseNumeric(raw, s);
  if (numeric.ok) return numeric.value;
  const judgement = judgementOf(s);
  if (judgement) return { kind: 'QUALITATIVE', raw, judgement };
  if (/\d/.test(s)) return { kind: 'TEXT', raw, reason: numeric.reason };
  return { kind: 'TEXT', raw, reason: 'not a recognised judgement word' };
});

function cellNumber(raw: string, s: string): { value: number; decimals: number } | null {
  const match = /^([-+]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(s);
  if (!match) return null;
  const numeral = (match[2] ?? '').replace(/,/g, '');
  const value = Number(numeral) * (match[1] === '-' ? -1 : 1);
  return Number.isFinite(value) ? { value, decimals: decimalsWritten(numeral) } : null;
}

function emptyOrInvalid(raw: string, s: string, reason: string): CellResult {
  return EMPTY_MARKS.test(s) ? { status: 'EMPTY', raw, value: null } : { status: 'INVALID', raw, value: null, reason };
}

/**
 * An amount cell in 万元 (seeds/README: "Amounts are in 万元 unless a cell says otherwise"):
 * `45`, `140万元`, `10萬`, `1,693.24` → as written; `2亿元` → 20,000; `5000元` → 0.5; `-`/`—`/empty → EMPTY.
 * A currency sign before the figure is no part of it (`¥1,234.56`, `-¥5.00`: a spreadsheet's
 * currency format, as displayed). `decimals` may be negative: `2亿元` is precise to 10⁴ 万元.
 */
export const parseMoneyWan = remembered((text: string): CellResult => {
  const s = normalizeValueText(text);
  const match = /^(.*?)(亿元|亿|億元|億|万元|万|萬元|萬|元)?$/.exec(s);
  // (NFKC has made the full-width ￥ a ¥.)
  const body = (match?.[1] ?? s).replace(/^([-+]?)¥(?=[-+]?\d)/, '$1');
  // (A page republished in traditional characters writes 萬 and 億.)
  const unit = match?.[2]?.replace('億', '亿').replace('萬', '万');
  const n = cellNumber(text, body);
  if (!n) return emptyOrInvalid(text, s, `not an amount: "${text.trim()}"`);
  if (unit === '亿元' || unit === '亿') return { status: 'OK', raw: text, value: n.value * 1e4, decimals: n.decimals - 4 };
  if (unit === '元') return { status: 'OK', raw: text, value: n.value / 1e4, decimals: n.decimals + 4 };
  return { status: 'OK', raw: text, value: n.value, decimals: n.decimals };
});

/**
 * A rate cell (执行率, 得分率) as a fraction: `98.44%` → 0.9844. A bare number in a rate column is
 * a percentage written without its sign (000: `77.64`, `58.61`; 001: `79.4`, `100`), so `100.00` → 1.
 */
export const parseRateCell = remembered((text: string): CellResult => {
  const s = normalizeValueText(text);
  const body = s.endsWith('%') ? s.slice(0, -1) : s;
  const n = cellNumber(text, body);
  if (!n) return emptyOrInvalid(text, s, `not a rate: "${text.trim()}"`);
  return { status: 'OK', raw: text, value: n.value / 100, decimals: n.decimals + 2 };
});

/**
 * An execution rate (执行率) read beside its amounts: a bare number is a percentage (parseRateCell)
 * unless the amounts say it is the fraction 执行数/预算数 itself — `1` where both amounts are 1.56
 * is 100%, not 1% — to the decimals written, at least to the percent (1 is 0.995 … 1.005; 0.989 is
 * 0.9885 … 0.9895, as a spreadsheet shows a fraction formatted 0.000), and not as a percentage.
 */
export function parseExecutionRate(text: string, budget: number | null, executed: number | null): CellResult {
  const r = parseRateCell(text);
  if (r.status !== 'OK' || normalizeValueText(text).endsWith('%') || budget === null || executed === null || !(budget > 0)) return r;
  const ratio = executed / budget;
  const fraction = r.value * 100;
  // (parseRateCell's decimals are those of the percentage: two more than written.)
  const decimals = Math.max(r.decimals - 2, 2);
  return agrees(ratio, fraction, decimals) && !agrees(ratio, r.value, r.decimals) ? { ...r, value: fraction, decimals } : r;
}

/** A score cell: `100分` → 100, `20.00` → 20, `(18分)` → 18, `92分` → 92. */
export const parseScoreCell = remembered((text: string): CellResult => {
  const s = normalizeValueText(text).replace(/^\((.*)\)$/, '$1');
  const body = s.endsWith('分') ? s.slice(0, -1) : s;
  const n = cellNumber(text, body);
  if (!n) return emptyOrInvalid(text, s, `not a score: "${text.trim()}"`);
  return { status: 'OK', raw: text, value: n.value, decimals: n.decimals };
});

/** A parsed value written back compactly for messages: GE 0.95 "%" → "≥95%", ABOUT 1200 人次 → "≈1200人次". */
export function describeValue(v: ReportedValue): string {
  if (v.kind !== 'NUMBER') return v.raw.trim();
  const sign: Record<Comparator, string> = { GE: '≥', GT: '>', LE: '≤', LT: '<', EQ: '', ABOUT: '≈' };
  const amount = v.unit === '%' ? `${+(v.value * 100).toFixed(6)}%` : `${+v.value.toFixed(6)}${v.unit ?? ''}`;
  return `${sign[v.comparator]}${amount}`;
}
