/**
 * Cells of a flattened table cut apart by their shapes. The text between two labels holds one or
 * more rows of known columns; where the flattening kept a space between cells (`≥50个 50 8 8`)
 * every word is a cell, where it glued them (`安装坡面水标尺10≥266米≥266米10`) a cell may end only
 * where text meets a number or inside a run of digits (`20100%100%20`). Every way of cutting the
 * text into whole rows whose cells fit their columns is tried: the cut is kept only when exactly
 * one fits, else the text is left for the template reader to report — never guessed.
 */
import { wordsOf, type FlatChar } from './flatPieces';

/** A cell as cut: its text and the line of its first character. */
export interface FlatCell {
  text: string;
  line: number;
  /** The rest of its row as one cell: its cells could not be told apart (see certainRows). */
  uncut?: boolean;
  /** The label a garbled cell stands for (TableCell.label). */
  label?: string;
}

/** What a column holds, for telling whether a cut cell fits it. */
export type Shape = 'name' | 'value' | 'money' | 'rate' | 'score' | 'comparator' | 'unit' | 'text';

export interface RowSchema {
  shapes: Shape[];
  /** How many columns at the end a row may leave off (a blank 偏差原因 cell). */
  mayOmitLast: number;
  /** A check on a whole row (a score not above its weight, an execution rate that is B/A …). */
  check?: (cells: string[]) => boolean;
  /** The text is one row (a funding row, a total row), not several. */
  single?: boolean;
}

const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** An amount with the table's unit written after it (`10萬`, `20万元`, in a table of 万元): see amountFigure. */
const AMOUNT_IN_WAN = /^(?:0|[1-9]\d*)(?:\.\d+)?(?:万元|万|萬元|萬)$/u;

/** The figure of an amount cell, without the 万元 unit written after it (`10萬` → `10`). */
export function amountFigure(text: string): string {
  return text.replace(/(?:万元|万|萬元|萬)$/u, '');
}
/** Columns of bare figures: no unit of measure follows their number. */
const FIGURE_SHAPES: readonly Shape[] = ['money', 'rate', 'score'];
const COMPARATOR = /^[≥≤=<>＝≧≦]$/u;
/** A value as indicator cells write it: `≥95%`, `266米`, `20万元`, `98%以上`. */
const VALUE = /^[≥≤=<>＝≧≦]?(?:0|[1-9]\d*)(?:\.\d+)?(?:%|‰|[\p{Script=Han}A-Za-z]{1,3})?(?:以上|以下|左右)?$/u;

/** A clause's end (`决策部署;符合…`, `明确细化,可衡量`): a note or an evaluation text holds one, an indicator's name none. */
const SENTENCE_END = /[;；。,，]/u;
/** A comma, which the first name of a text may hold (see cutRows). */
const OPENING_NAME_COMMA = /[,，]/gu;
/** A date as a target or actual writes it: `2021年12月完成`, `11月底前`, `2022年6月30日前完成`. */
const DATE =
  /^(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:(?:3[01]|[12]\d|0?[1-9])日)?(?:底|初|中旬|下旬)?(?:前|以前|之前)?(?:完成)?$|^(?:19|20)\d{2}年(?:底|内)?(?:前|以前|之前)?(?:完成)?$/u;

/**
 * A comparison spelled out before a figure (`超上年2%`, `小于5%`, `高于80%`): the words belong to the
 * value, which a cut where text meets the figure would split — a glued name never ends with them.
 */
const COMPARISON_BEFORE = /(?:超过?|超上年|高于|低于|大于|小于|不低于|不高于|不少于|不多于|不超过|达到|较上年|比上年)$/u;

/** A text written twice right before a figure (`…水平保障保障88`): a target and an actual met as written, never inside a name. */
const TWICE_BEFORE_FIGURE = /(\p{L}{2,})\1\d/u;

function hasDigit(s: string): boolean {
  return /\d/.test(s);
}

export function fitsShape(shape: Shape, text: string, spaced: boolean): boolean {
  const t = text.trim();
  if (t === '') return false;
  // A dash or slash is a cell left blank (— / -), in any column but the name.
  if (/^[—–\-/／]+$/u.test(t)) return shape !== 'name';
  switch (shape) {
    case 'money':
      return NUMBER.test(t) || AMOUNT_IN_WAN.test(t);
    case 'rate':
      // Glued, a rate without its % may be a fraction (1, 0.98): the row's check says whether the amounts agree.
      return /^(?:0|[1-9]\d*)(?:\.\d+)?%$/.test(t) || (spaced && NUMBER.test(t)) || /^[01](?:\.\d+)?$/.test(t);
    case 'score':
      return NUMBER.test(t) && Number(t) <= 100;
    case 'comparator':
      return COMPARATOR.test(t) || t === '定性' || t === '定量';
    case 'unit':
      return !hasDigit(t) && t.length <= 4;
    case 'name': {
      const letters = t.match(/\p{L}/gu)?.length ?? 0;
      // Glued, a name holds no two figures in a row (`发生数0起0起市民…` is a name and two values). It
      // may end in digits (`生活质量1`): a cut that takes them for the next cell must be the only one.
      return (
        letters >= 2 &&
        !VALUE.test(t) &&
        (spaced ||
          (!/[%≥≤=<>]$/u.test(t) &&
            !twoFigures().test(t) &&
            !TWICE_BEFORE_FIGURE.test(t) &&
            !SENTENCE_END.test(t) &&
            !COMPARISON_BEFORE.test(t)))
      );
    }
    case 'value':
      return spaced || VALUE.test(t.replace(/\s+/gu, '')) || DATE.test(t) || (!hasDigit(t) && /\p{L}/u.test(t));
    case 'text':
      return spaced || (!hasDigit(t) && (/\p{L}/u.test(t) || /^[…—\-/.。]+$/u.test(t)));
  }
}

/**
 * Where a glued text may be cut: where a number starts or ends, between two digits, and after a
 * unit of measure that follows a number (`0起` | `市民满意度调查`). Two texts glued together are
 * never cut: `补助标准符合标准符合` may be 补助标准 | 符合标准 | 符合 as well as 补助 | 标准符合 | 标准符合.
 */
/**
 * Whether a glued cell has grown past anything its column holds, so that no longer cell fits
 * either: figures are short; a text holds no digits; a name after another row holds no digits
 * (`10水标尺宽度` is 10 | 水标尺宽度; the first name of a stretch may: `5000吨稻谷…`), and no name holds
 * a compared or percent figure or two figures in a row (`…标尺10≥266米≥266米10水标尺宽度` is a row
 * and a name).
 */
function pastFitting(shape: Shape, text: string, afterRow: boolean): boolean {
  switch (shape) {
    case 'money':
    case 'rate':
    case 'score':
    case 'comparator':
    case 'unit':
      return text.length > 16;
    case 'value':
      return hasDigit(text) && text.length > 24;
    case 'text':
      return hasDigit(text);
    case 'name':
      return (
        (afterRow && hasDigit(text)) ||
        SENTENCE_END.test(text) ||
        /[%≥≤=<>＝≧≦]/u.test(text) ||
        twoFigures().test(text) ||
        TWICE_BEFORE_FIGURE.test(text)
      );
  }
}

function cuttable(chars: FlatChar[], i: number, afterUnit: Set<number>): boolean {
  if (i <= 0 || i >= chars.length) return true;
  const numeric = (ch: string) => /[\d.%‰]/.test(ch);
  const opens = (ch: string) => /[≥≤=<>＝≧≦]/u.test(ch);
  const a = chars[i - 1]!.ch;
  const b = chars[i]!.ch;
  if (/[%‰]/.test(b)) return false; // a percent sign belongs to its number
  return numeric(a) || numeric(b) || opens(b) || afterUnit.has(i);
}

export interface Cut {
  rows: FlatCell[][];
  /** How many ways fit (2 means two or more). */
  ways: number;
  /** Where two ways or more fit (and not too many): what they all agree on, row by row (see certainRows). */
  certain: CertainRow[];
}

/**
 * Cuts `chars` into whole rows of the schema. `spaced`: cells are the words between spaces;
 * otherwise glued (see above).
 */
export function cutRows(chars: FlatChar[], schema: RowSchema, spaced: boolean): Cut {
  // Units: words (spaced) or characters (glued); a cell is one word, or characters between two cuts.
  let units: { text: string; line: number }[];
  if (spaced) units = wordsOf(chars);
  else {
    chars = trimChars(chars);
    units = chars.map((c) => ({ text: c.ch, line: c.line }));
  }
  const n = units.length;
  /** Whether a digit stands before position i (spaces passed over). */
  const afterNumber = (i: number) => {
    let k = i - 1;
    while (k >= 0 && /\s/u.test(units[k]!.text)) k--;
    return k >= 0 && /\d/.test(units[k]!.text);
  };
  // A text written twice (`显著提升显著提升`) is cut into its two halves, each a whole cell.
  const twice = spaced ? [] : doubledRuns(chars);
  const afterUnit = spaced ? new Set<number>() : new Set([...unitCuts(chars), ...twice.flatMap((d) => [d.start, d.middle])]);
  const halves = (s: number, e: number) =>
    twice.every(
      (d) => (e !== d.middle || s === d.start) && (s !== d.middle || e === d.end) && !(s > d.start && s < d.middle && e > d.middle),
    );
  // A cut just before spaces is the cut after them (`…安全性\n` | `100%`).
  const canEnd = (e: number): boolean => {
    if (spaced || cuttable(chars, e, afterUnit)) return true;
    let k = e;
    while (k < n && /\s/u.test(units[k]!.text)) k++;
    return k > e && cuttable(chars, k, afterUnit);
  };
  /** Whether position i (a cut before unit i) falls between two digits of one run. */
  const inDigits = (i: number) => i > 0 && i < n && /[\d.]/.test(units[i - 1]!.text) && /[\d.]/.test(units[i]!.text);
  const whole = units.map((u) => u.text).join('');
  const cellText = (s: number, e: number) =>
    spaced
      ? units
          .slice(s, e)
          .map((u) => u.text)
          .join(' ')
      : whole.slice(s, e).trim();

  const width = schema.shapes.length;
  // The text's first name follows a label (a level, a numbering cell), never a note: a comma in it
  // is the name's own (`病害减少,防治病虫害使用的化学农药量较上年减少`) when it holds no figure (a
  // name that swallowed a row would) and no text column stands between figures (指标评价内容 between
  // 分值 and 得分: a clause at a text's start may be that text, a level word of the texts before it).
  // After a row, a comma still ends that row's note.
  const openingName =
    !spaced &&
    schema.shapes[0] === 'name' &&
    !schema.shapes.some((sh, k) => sh === 'text' && schema.shapes.slice(k + 1).some((x) => FIGURE_SHAPES.includes(x)));

  /**
   * Every row that fits from `pos`: each time one ends, `onRow(cells, next)` with where the next
   * starts; `stop` ends the search.
   */
  const rowsAt = (pos: number, onRow: (cells: PlacedCell[], next: number) => void, stop: () => boolean): void => {
    const cells: PlacedCell[] = [];
    const cell = (s: number, col: number): void => {
      if (stop()) return;
      // A cell starts at its first character that is not a space (a line break between two cells is no cut of its own).
      while (s < n && /\s/u.test(units[s]!.text)) s++;
      // The row may end here when the columns left are ones it may omit.
      if (col > 0 && col >= width - schema.mayOmitLast && (!schema.check || schema.check(cells.map((c) => c.text)))) onRow([...cells], s);
      if (col === width || s === n) return;
      // Spaced, a cell is a word, or a number and its unit (`3835 人`).
      // A name of words wrapped in its box (`支持服务贸易、服务外 包企业数量 3 3 10`): see wrappedNameEnd.
      // (Only where a row ends with a figure: a note closing the row before may be the name's first words.)
      const wrapped = spaced && schema.shapes[col] === 'name' && schema.shapes.at(-1) !== 'text' ? wrappedNameEnd(units, s) : null;
      const maxEnd = spaced ? Math.min(n, Math.max(s + 2, wrapped ?? 0)) : n;
      for (let e = s + 1; e <= maxEnd && !stop(); e++) {
        if (!canEnd(e) || /\s/u.test(units[e - 1]!.text) || !halves(s, e)) continue;
        if (spaced && e > s + 1 && e !== wrapped && !(e === s + 2 && /\d$/.test(units[s]!.text) && UNITS.includes(units[s + 1]!.text)))
          continue;
        const text = cellText(s, e);
        const shape = schema.shapes[col]!;
        // Longer cells will not fit either: the cell ends before here.
        const probe = openingName && s === 0 && shape === 'name' && !hasDigit(text) ? text.replace(OPENING_NAME_COMMA, '') : text;
        if (!spaced && pastFitting(shape, probe, s > 0)) break;
        if (!fitsShape(shape, probe, spaced)) continue;
        // A target or actual value is cut off from a figure beside it only where a 分值 or 得分 precedes it
        // (`1020万元` after the name is 10 | 20万元); it is never cut inside its own digits (`≥2` | `66米`).
        // No cell starts with the unit of the number before it (`0起市民…` is 0起 | 市民…).
        // (Between two columns of bare figures — 分值 | 指标评价内容 | 得分 — a text column's cell may start with such a word: `5` | `项目符合…`.)
        const betweenFigures =
          shape === 'text' &&
          col > 0 &&
          FIGURE_SHAPES.includes(schema.shapes[col - 1]!) &&
          FIGURE_SHAPES.includes(schema.shapes[col + 1] ?? 'text');
        if (!spaced && afterNumber(s) && UNITS.some((u) => text.startsWith(u)) && !betweenFigures) continue;

        // (A lone 0 ends where the next digit starts: `00` is 0 | 0.)
        const afterZero = cells.at(-1)?.text === '0';
        if (
          !spaced &&
          shape === 'value' &&
          ((e < n && inDigits(e) && text !== '0') ||
            (inDigits(s) &&
              schema.shapes[col - 1] !== 'score' &&
              !afterZero &&
              !nameDigitsMayEnd(cells.at(-1), schema.shapes[col - 1], text, whole.slice(e))))
        )
          continue;
        // A bare number glued to the name may be the name's own end (`生活质量1` | `提高`): not taken for a value.
        if (!spaced && shape === 'value' && col > 0 && schema.shapes[col - 1] === 'name' && NUMBER.test(text)) continue;
        cells.push({ text, line: units[s]!.line, start: s, end: e });
        cell(e, col + 1);
        cells.pop();
      }
    };
    cell(pos, 0);
  };

  const memo = new Map<number, Parses>();
  // Every way of cutting the text from `pos` into whole rows, up to MAX_PARSES (`more`: there are more).
  const fromRow = (pos: number): Parses => {
    if (pos === n) return { parses: [[]], more: false };
    const known = memo.get(pos);
    if (known) return known;
    const parses: PlacedCell[][][] = [];
    let more = false;
    const full = () => more || parses.length >= MAX_PARSES;
    rowsAt(
      pos,
      (cells, next) => {
        const rest = schema.single && next < n ? { parses: [], more: false } : fromRow(next);
        for (const tail of rest.parses) {
          if (full()) break;
          parses.push([cells, ...tail]);
        }
        if (rest.more) more = true;
      },
      full,
    );
    const result = { parses, more };
    memo.set(pos, result);
    return result;
  };

  /** Where a row may start after another: not inside a run of digits, not at the unit of the number before it. */
  const rowMayStart = (s: number) => s === n || (!inDigits(s) && !(afterNumber(s) && UNITS.some((u) => whole.startsWith(u, s))));
  /** The rows every way of cutting the text from `pos` agrees on (none when no way, or too many, fit). */
  const agreed = (pos: number): CertainRow[] | null => {
    const { parses, more } = fromRow(pos);
    if (more || parses.length === 0) return null;
    return parses.length === 1 ? parses[0]!.map((row) => ({ cells: strip(row) })) : certainRows(parses, units, cellText, n);
  };
  /**
   * Where no way fits the whole text (a row further on is garbled or cut off): its first rows while
   * exactly one row fits where each starts (and the next may start after it), then what every way
   * agrees on from there; the rest is a name before its figures (see nameBeforeFigures) or uncut.
   */
  const fromStart = (): CertainRow[] => {
    const out: CertainRow[] = [];
    let pos = 0;
    while (pos < n) {
      const rest = agreed(pos);
      if (rest) return [...out, ...rest];
      const rows: { cells: PlacedCell[]; next: number }[] = [];
      rowsAt(
        pos,
        (cells, next) => rowMayStart(next) && rows.push({ cells, next }),
        () => rows.length >= 2,
      );
      if (rows.length !== 1) break;
      out.push({ cells: strip(rows[0]!.cells) });
      pos = rows[0]!.next;
    }
    if (pos >= n) return out;
    const named = spaced ? null : nameBeforeFigures(units.slice(pos));
    if (!named && !spaced) {
      const before = rowsBeforeLastNamed(pos);
      if (before) return [...out, ...before];
    }
    const text = cellText(pos, n);
    const after = named ? null : rowsAfterUncut(pos);
    if (after) return [...out, { cells: [{ text: cellText(pos, after.at), line: units[pos]!.line, uncut: true }] }, ...after.rows];
    return [...out, { cells: named ?? [{ text, line: units[pos]!.line, uncut: true }] }];
  };
  /**
   * The rows after a stretch that cuts no way (a row whose texts wrapped or were garbled): from the
   * first place after it where a name follows a figure (a row's end) and the rest of the text cuts
   * one way only, its rows; the stretch before is left uncut. Null when there is no such place.
   */
  const rowsAfterUncut = (pos: number): { at: number; rows: CertainRow[] } | null => {
    for (let at = pos + 1; at < n; at++) {
      if (/\s/u.test(units[at]!.text) || !/^\p{Script=Han}/u.test(units[at]!.text) || !afterFigure(at) || !rowMayStart(at)) continue;
      const { parses, more } = fromRow(at);
      if (!more && parses.length === 1) return { at, rows: parses[0]!.map((row) => ({ cells: strip(row) })) };
    }
    return null;
  };
  /** Whether a figure's end stands before unit i (spaces passed over). */
  const afterFigure = (i: number) => {
    let k = i - 1;
    while (k >= 0 && /\s/u.test(units[k]!.text)) k--;
    return k >= 0 && /[\d%‰]$/u.test(units[k]!.text);
  };
  /**
   * The text from `pos` as whole rows and, last, a name glued to a run of digits (see
   * nameBeforeFigures: `…执行率100%100%…比例00`): the last row's name starts where the last text
   * after a figure starts (a row's name follows the figures of the row before it), and the text
   * before it is kept when it cuts one way only. Null otherwise.
   */
  const rowsBeforeLastNamed = (pos: number): CertainRow[] | null => {
    let end = n;
    while (end > pos && /[\d\s…—\-/.]/u.test(units[end - 1]!.text)) end--;
    let k = end;
    while (k > pos && !/[\d%‰]/u.test(units[k - 1]!.text)) k--;
    if (k <= pos || k >= end || !/\p{Script=Han}/u.test(units[k]!.text) || !rowMayStart(k)) return null;
    const last = nameBeforeFigures(units.slice(k));
    if (!last) return null;
    const head = cutRows(chars.slice(pos, k), schema, false);
    return head.ways === 1 ? [...head.rows.map((cells) => ({ cells })), { cells: last }] : null;
  };

  if (n === 0) return { rows: [], ways: 0, certain: [] };
  const { parses, more } = fromRow(0);
  return {
    rows: (parses[0] ?? []).map(strip),
    ways: parses.length > 1 || more ? 2 : parses.length,
    certain:
      more || parses.length === 1 ? [] : parses.length > 1 ? certainRows(parses, units, cellText, n) : schema.single ? [] : fromStart(),
  };
}

/**
 * Where a name wrapped over words ends, spaced (a PDF's text box broke the cell's line: `支持服务贸易、
 * 服务外 包企业数量 3 3 10`): after the run of words without a digit that starts at `s`, when the word
 * after it is a figure (its target a number: `3`, `≥95%`, `20万元`). Null when the run is one word,
 * or text follows it — a text target (`经费支出合规性 严格执行相关制度规定 …`) may start anywhere in it.
 */
function wrappedNameEnd(units: { text: string }[], s: number): number | null {
  let e = s;
  while (e < units.length && !/\d/.test(units[e]!.text) && /\p{L}/u.test(units[e]!.text)) e++;
  if (e - s < 2 || e >= units.length || !/^[≥≤=<>＝≧≦]?\d/u.test(units[e]!.text)) return null;
  return e;
}

const strip = (row: PlacedCell[]): FlatCell[] => row.map((c) => ({ text: c.text, line: c.line }));

/**
 * A row that is a name glued to a run of digits and nothing else (`补贴渔船数6620`): its name ends
 * where the digits start — no cut of a value starts inside a run of digits, so neither does the
 * name's end — and the digits are its figures, however they are cut (66 | 20, 6 | 620 …): the name,
 * and the digits uncut. Null for any other text.
 */
function nameBeforeFigures(units: { text: string; line: number }[]): FlatCell[] | null {
  // (Rows left unfilled after it, `……`, are no figures of it: they stay with the digits, uncut.)
  let end = units.length;
  while (end > 0 && /^[\s…—\-/.]$/u.test(units[end - 1]!.text)) end--;
  let k = end;
  while (k > 0 && /\d/.test(units[k - 1]!.text)) k--;
  const digits = end - k;
  const figures = units.slice(k);
  while (k > 0 && /\s/u.test(units[k - 1]!.text)) k--;
  const name = units
    .slice(0, k)
    .map((u) => u.text)
    .join('')
    .trim();
  // (A text written twice before the digits is a target and an actual met as written, not the name's end: `…及时性及时及时1010`;
  // a percent or compared figure is a value, never in a name: `…管理率超上年2%达成目标值55` is a row, its cells glued.)
  if (
    digits < 2 ||
    k === 0 ||
    !/\p{Script=Han}/u.test(units[k - 1]!.text) ||
    !fitsShape('name', name + figures[0]!.text, false) ||
    pastFitting('name', name, false)
  )
    return null;
  return [
    { text: name, line: units[0]!.line },
    {
      text: figures
        .map((u) => u.text)
        .join('')
        .trim(),
      line: figures[0]!.line,
      uncut: true,
    },
  ];
}

/** How many ways of cutting a text are looked at: past that many, none of its cells is taken as certain. */
const MAX_PARSES = 64;

/** A cell as cut, with its place among the text's units (from `start`, before `end`). */
interface PlacedCell extends FlatCell {
  start: number;
  end: number;
}

interface Parses {
  /** Each way of cutting: its rows of cells. */
  parses: PlacedCell[][][];
  /** More ways than MAX_PARSES fit. */
  more: boolean;
}

/**
 * What every way of cutting agrees on, where more than one fits: the text between two places where
 * every way starts a row is one row in every way — kept whole when every way cuts it alike, else
 * its name alone when every way gives it the same first cell (`补贴渔船数` of `补贴渔船数6620`: 66 | 20
 * or 6 | 620 …), its other cells left uncut; text no way agrees on is left as it stands.
 */
function certainRows(
  parses: PlacedCell[][][],
  units: { text: string; line: number }[],
  cellText: (s: number, e: number) => string,
  n: number,
): CertainRow[] {
  const startsOf = (parse: PlacedCell[][]) => new Set(parse.map((row) => row[0]!.start));
  const common = [...startsOf(parses[0]!)].filter((s) => parses.every((p) => startsOf(p).has(s))).sort((a, b) => a - b);
  const out: CertainRow[] = [];
  const textCell = (s: number, e: number): FlatCell | null => {
    while (s < e && /\s/u.test(units[s]!.text)) s++;
    const text = s < e ? cellText(s, e).trim() : '';
    return text === '' ? null : { text, line: units[s]!.line };
  };
  common.forEach((s, k) => {
    const e = common[k + 1] ?? n;
    const rows = parses.map((p) => p.filter((row) => row[0]!.start >= s && row[0]!.start < e));
    const one = rows.every((r) => r.length === 1);
    const same = (a: PlacedCell, b: PlacedCell) => a.start === b.start && a.end === b.end;
    const first = rows[0]![0]!;
    if (one && rows.every((r) => r[0]!.length === first.length && r[0]!.every((c, j) => same(c, first[j]!))))
      out.push({ cells: first.map((c) => ({ text: c.text, line: c.line })) });
    else if (one && rows.every((r) => same(r[0]![0]!, first[0]!))) {
      const rest = textCell(first[0]!.end, e);
      out.push({ cells: [{ text: first[0]!.text, line: first[0]!.line }, ...(rest ? [{ ...rest, uncut: true }] : [])] });
    } else {
      const whole = textCell(s, e);
      if (whole) out.push({ cells: [{ ...whole, uncut: true }] });
    }
  });
  return out;
}

/**
 * A row as far as every way of cutting agrees: its cells; or its name and the rest of its text as
 * one cell, or its whole text as one cell (that cell `uncut`), to be reported.
 */
export interface CertainRow {
  cells: FlatCell[];
}

/**
 * Whether the digits a name ends with may be its own (`就业补助发放准确率4` | `100%`) although they
 * could open the value after it: when with them the value would be a percent above 100 (`4100%`),
 * both cuts are tried, so that the row is reported rather than read with a wrong target.
 */
function nameDigitsMayEnd(name: FlatCell | undefined, shape: Shape | undefined, value: string, after: string): boolean {
  if (!name || shape !== 'name') return false;
  const digits = /\d{1,2}$/.exec(name.text)?.[0];
  if (!digits || !/^\d/.test(value)) return false;
  // Without them the target is the actual beside it, as written (`开展次数9` | `13 次` | `13 次`).
  if (/\D$/.test(value) && after.trimStart().startsWith(value)) return true;
  const joined = /^(\d+(?:\.\d+)?)%/.exec(digits + value);
  return joined !== null && Number(joined[1]) > 100 && /^(?:0|[1-9]\d*)(?:\.\d+)?%/.test(value);
}

function trimChars(chars: FlatChar[]): FlatChar[] {
  let s = 0;
  let e = chars.length;
  while (s < e && /\s/u.test(chars[s]!.ch)) s++;
  while (e > s && /\s/u.test(chars[e - 1]!.ch)) e--;
  return chars.slice(s, e);
}

/** Units of measure written after a number, longest first. */
export const UNITS = [
  ...['平方米', '立方米', '公里', '千米', '厘米', '毫米', '万元', '亿元', '万人', '人次', '户次', '小时', '个月', '工作日'],
  ...[
    '起',
    '人',
    '次',
    '个',
    '米',
    '元',
    '吨',
    '天',
    '户',
    '家',
    '项',
    '篇',
    '份',
    '台',
    '套',
    '辆',
    '所',
    '座',
    '亩',
    '批',
    '场',
    '件',
    '条',
    '处',
    '名',
    '年',
    '月',
    '日',
    '期',
    '册',
    '本',
    '部',
    '间',
    '棵',
    '株',
    '头',
    '只',
    '张',
    '块',
    '盏',
  ],
];

/**
 * Cuts around a text written twice, glued, between figures, spaces or the ends (`10显著提升显著提升10`,
 * `…安全性\n高高`): a target met as written, 显著提升 | 显著提升 and 高 | 高 — where it starts, its middle, where it ends.
 */
function doubledRuns(chars: FlatChar[]): { start: number; middle: number; end: number }[] {
  const runs: { start: number; middle: number; end: number }[] = [];
  const letter = (i: number) => i >= 0 && i < chars.length && /\p{L}/u.test(chars[i]!.ch);
  for (let start = 0; start < chars.length; start++) {
    if (!letter(start) || letter(start - 1)) continue;
    let end = start;
    while (letter(end)) end++;
    const run = chars
      .slice(start, end)
      .map((c) => c.ch)
      .join('');
    const half = run.length / 2;
    if (run.length >= 2 && run.length % 2 === 0 && run.slice(0, half) === run.slice(half)) {
      runs.push({ start, middle: start + half, end });
    }
    start = end;
  }
  return runs;
}

/** Cuts after a unit of measure that opens the text after a number (`0起市民满意度调查` → `0起` | `市民…`). */
function unitCuts(chars: FlatChar[]): Set<number> {
  const cuts = new Set<number>();
  for (let i = 1; i < chars.length; i++) {
    if (!/\d/.test(chars[i - 1]!.ch)) continue;
    let k = i;
    while (k < chars.length && /\s/u.test(chars[k]!.ch)) k++;
    const rest = chars
      .slice(k, k + 3)
      .map((c) => c.ch)
      .join('');
    const unit = UNITS.find((u) => rest.startsWith(u));
    if (unit) cuts.add(k + unit.length);
  }
  return cuts;
}

let twoFiguresPattern: RegExp | null = null;
/** A number, its unit and another number: two cells, never one name. */
function twoFigures(): RegExp {
  twoFiguresPattern ??= new RegExp(`\\d\\s*(?:%|${UNITS.join('|')})\\s*[≥≤=<>]?\\d`, 'u');
  return twoFiguresPattern;
}
