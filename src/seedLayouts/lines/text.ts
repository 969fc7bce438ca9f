/**
 * Low-level text helpers of the line-broken reader (one cell per line, 002-style documents):
 * source lines with their 1-based numbers, joining of wrapped text, label matching across line
 * breaks, ticked-option parsing. Everything here is linear in its input; no backtracking regexes.
 */
import type { Cell, LineSpan, Unread } from '../../templates/parsed';
import { compact as compactWhitespace, findYear, splitLines, tickedOption } from '../../tables/cellText';

/** A non-empty, trimmed line of the source with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Where a reader records what it saw but could not (fully) interpret. */
export interface Issues {
  warnings: Unread[];
  unread: Unread[];
}

export function newIssues(): Issues {
  return { warnings: [], unread: [] };
}

const TRIM_RE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

export function trimText(s: string): string {
  return s.replace(TRIM_RE, '');
}

/** Splits a document into trimmed non-empty lines, keeping the original 1-based line numbers. */
export function toSourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const raw = splitLines(text);
  for (let i = 0; i < raw.length; i++) {
    const t = trimText(raw[i] ?? '');
    if (t !== '') out.push({ text: t, line: i + 1 });
  }
  return out;
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;
const ALNUM_RE = /[A-Za-z0-9]/;
const DIGIT_RE = /[0-9]/;

/**
 * Joins a wrapped continuation onto text. Chinese wraps anywhere, so pieces are glued without a
 * space, except where the printed text would have one: between two ASCII words/numbers, and
 * between a number and a Chinese unit ("25.29 万" + "人", "2547.2077" + "万元", "26" + "日").
 */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return spaceBetween(a.charAt(a.length - 1), b.charAt(0)) ? `${a} ${b}` : a + b;
}

/** Whether a wrap between the characters x and y was a space in the printed text (see joinWrapped). */
function spaceBetween(x: string, y: string): boolean {
  return (ALNUM_RE.test(x) && ALNUM_RE.test(y)) || (DIGIT_RE.test(x) && CJK_RE.test(y)) || (CJK_RE.test(x) && DIGIT_RE.test(y));
}

/**
 * Texts joined one after another as joinWrapped joins two, with the offset where each starts. The
 * last character written is kept beside the text, not asked of it: a text built by concatenation,
 * asked for its last character, is flattened by V8 each time — quadratic in its length (a pipe
 * table of 10,000 rows read in 17 s).
 */
function joinAll(texts: readonly string[]): { text: string; starts: number[] } {
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let last = '';
  for (const t of texts) {
    if (last !== '' && t !== '' && spaceBetween(last, t.charAt(0))) {
      parts.push(' ');
      length += 1;
    }
    starts.push(length);
    parts.push(t);
    length += t.length;
    if (t !== '') last = t.charAt(t.length - 1);
  }
  return { text: parts.join(''), starts };
}

/** Text of several lines joined as wrapped text, with a map back to line numbers. */
export interface JoinedText {
  text: string;
  /** starts[k]: offset in text where piece k begins. */
  starts: number[];
  lines: number[];
}

export function joinSource(lines: readonly SourceLine[]): JoinedText {
  const { text, starts } = joinAll(lines.map((l) => l.text));
  return { text, starts, lines: lines.map((l) => l.line) };
}

/** The source line of an offset in a joined text. */
export function lineAtOffset(j: JoinedText, offset: number): number {
  let lo = 0;
  let hi = j.starts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((j.starts[mid] ?? 0) <= offset) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return j.lines[best] ?? 0;
}

/** A cell from a slice [from, to) of a joined text; null when the slice is blank. */
export function cellFromJoined(j: JoinedText, from: number, to: number): Cell | null {
  const raw = j.text.slice(from, to);
  const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length;
  const text = trimText(raw);
  if (text === '') return null;
  return { text, line: lineAtOffset(j, from + lead) };
}

export function spanOf(lines: readonly SourceLine[]): LineSpan {
  const first = lines[0];
  const last = lines[lines.length - 1];
  return { start: first?.line ?? 0, end: last?.line ?? 0 };
}

/** Wrapped lines joined to one text (for free-text cells: goal text, deviation analysis …). */
export function joinText(lines: readonly SourceLine[]): string {
  return joinAll(lines.map((l) => l.text)).text;
}

const FOLD: Record<string, string> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '　': ' ',
};

/** Folds full-width punctuation that the templates print either way. */
export function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

export function foldText(s: string): string {
  return s.replace(FOLDED, foldChar);
}

/** Text with all whitespace removed and punctuation folded, for comparing names and labels. */
export function compact(s: string): string {
  return compactWhitespace(foldText(s));
}

export interface LabelMatch {
  label: string;
  /** Index (into the lines array) of the line where the label ends. */
  endIndex: number;
  /** The rest of that line after the label, trimmed ('' if the label ends the line). */
  rest: string;
}

const WS = /[\s\u3000\u00a0]/;

/**
 * Matches a label written across one or more lines starting at lines[i] (labels of merged cells
 * wrap anywhere: "偏差大或目\n标未完成原\n因分析", "满\n意\n度\n指\n标"). Whitespace is ignored and
 * full-width punctuation folded. The label must end at a token boundary (end of line, a space, or
 * a colon). Labels are tried longest first.
 */
export function matchLabel(
  lines: readonly SourceLine[],
  i: number,
  labels: readonly string[],
  maxLines = 8,
): LabelMatch | null {
  const first = lines[i]?.text;
  if (first === undefined) return null;
  // Only the labels that start with the line's first character can match.
  for (const { label, want } of preparedLabels(labels).get(foldChar(first.charAt(0))) ?? []) {
    const m = matchOne(lines, i, label, want, maxLines);
    if (m) return m;
  }
  return null;
}

/** A label list's labels, compacted, longest first, by their first character. */
type PreparedLabels = Map<string, { label: string; want: string }[]>;

/** By the list (most callers pass a constant array), else by its labels. */
const PREPARED_LISTS = new WeakMap<readonly string[], PreparedLabels>();
const PREPARED = new Map<string, PreparedLabels>();

function preparedLabels(labels: readonly string[]): PreparedLabels {
  const byList = PREPARED_LISTS.get(labels);
  if (byList) return byList;
  const key = labels.join('\u0001');
  let p = PREPARED.get(key);
  if (!p) {
    p = new Map();
    const sorted = labels
      .map((label) => ({ label, want: compact(label) }))
      .filter((x) => x.want !== '')
      .sort((a, b) => b.want.length - a.want.length);
    for (const x of sorted) {
      const list = p.get(x.want.charAt(0));
      if (list) list.push(x);
      else p.set(x.want.charAt(0), [x]);
    }
    if (PREPARED.size < 256) PREPARED.set(key, p);
  }
  PREPARED_LISTS.set(labels, p);
  return p;
}

function matchOne(lines: readonly SourceLine[], i: number, label: string, want: string, maxLines: number): LabelMatch | null {
  let p = 0;
  let li = i;
  let ci = 0;
  let s = lines[li]?.text;
  if (s === undefined) return null;
  while (p < want.length) {
    if (ci >= s.length) {
      li++;
      if (li >= lines.length || li - i >= maxLines) return null;
      s = lines[li]?.text ?? '';
      ci = 0;
      continue;
    }
    const ch = s.charAt(ci);
    if (WS.test(ch)) {
      ci++;
      continue;
    }
    if (foldChar(ch) !== want.charAt(p)) return null;
    p++;
    ci++;
  }
  const restRaw = s.slice(ci);
  const next = restRaw.charAt(0);
  if (restRaw !== '' && !WS.test(next) && !'：:（('.includes(next)) return null;
  return { label, endIndex: li, rest: trimText(restRaw.replace(/^[：:]/, '')) };
}

/** Index of the first line in [from, to) where one of the labels starts, or -1. */
export function findLabel(
  lines: readonly SourceLine[],
  labels: readonly string[],
  from: number,
  to: number = lines.length,
): number {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    if (matchLabel(lines, i, labels)) return i;
  }
  return -1;
}

const TICK_RE = /[√✓✔☑■▣]/g;

/**
 * The ticked option of a checkbox list ("1、一般公共预算 √ 2、政府性基金预算项目 □"), via the
 * shared tickedOption, and how many options are ticked (more than one deserves a warning).
 */
export function tickedOptions(text: string): { option: string | null; ticked: number } {
  return { option: tickedOption(text), ticked: text.match(TICK_RE)?.length ?? 0 };
}

/** Levenshtein distance, capped: returns cap+1 as soon as the distance must exceed cap. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

/** A lone page number between rows (1–3 digits on a line of its own). */
export function isPageNumber(text: string): boolean {
  return /^\d{1,3}$/.test(text);
}

/** Fiscal year from a title like "2023 年度…" or "2023年…". */
export function yearOf(text: string): number | null {
  return findYear(text);
}
