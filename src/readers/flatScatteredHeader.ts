/**
 * An indicator header a spreadsheet preview scattered among the cells of its first rows
 * (`一级指标 — 国家… 年度 实际 指标值 完成值 指标1:居民健康档案 38508人 … 二级指标 三级指标
 * 指标5:… 分值 得分 37442人 3 3 … 指标6:举办健康教育宣传咨询活动 12次 96次 1 1 …`): the merged level
 * cells (一级 / 二级 / 三级指标) lifted out of their place, the other column labels still in their
 * order, the first rows' cells between them.
 *
 * Every template's indicator header opens with its levels (opensWithLevels), so such a header is
 * read as the levels, then the other column labels in the order written. The cells scattered among
 * the labels — and after the last label up to the first row that opens with its number (指标6:) —
 * are no longer in their rows: each numbered part is a row of which only the name is certain (the
 * first cell after its number), its other cells displaced (reported, not read). Only a body whose
 * rows are numbered is read so: there a row opens at its number, whatever stood before it.
 */
import type { LabelSet } from '../templates/labels';
import { LEVEL_ROLES, opensWithLevels, type IndicatorRole } from '../templates/template';
import type { FlatCell } from './flatGluedRows';
import type { FlatChar, Piece } from './flatPieces';

/** How many text pieces may stand among the labels of a scattered header. */
const MAX_DISPLACED = 6;

/** A template's numbering cell before an indicator (指标1, 指标2：). */
const NUMBERING = /指标\d+[:：]?/gu;

export interface ScatteredHeader {
  /** The header's labels, the levels first, then the others in the order written. */
  labels: Piece[];
  roles: IndicatorRole[];
  /** The rows displaced among the labels: a numbered part's name and its other cells uncut, an unnumbered part uncut. */
  displaced: FlatCell[][];
  /** Where the rows start: the index of the text piece that holds them (cut to open at its first number). */
  body: number;
  /** The text piece holding the rows, from its first numbering cell on. */
  rows: Piece;
}

/**
 * The scattered indicator header opening at `at` (a level column label), or null: from it, the
 * template's indicator column labels (each column once) with at most MAX_DISPLACED text pieces
 * among them, up to the first other label; all three levels among them and a 指标值 or 得分 column;
 * at least one text piece among them (labels in a row are an ordinary header); and a text after
 * the last label whose rows are numbered (指标N:) and no more than the header's label count.
 */
export function scatteredIndicatorHeader(
  pieces: Piece[],
  at: number,
  columns: { role: IndicatorRole; set: LabelSet }[],
  spaced: boolean,
): ScatteredHeader | null {
  const isLevel = (role: IndicatorRole) => LEVEL_ROLES.includes(role);
  const first = columns.find((c) => c.set.has(pieces[at]!.norm));
  if (!first || !isLevel(first.role)) return null;
  const found: { role: IndicatorRole; piece: Piece }[] = [];
  const texts: Piece[] = [];
  let last = at;
  for (let k = at; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (p.kind === 'text') {
      texts.push(p);
      if (texts.length > MAX_DISPLACED) return null;
      continue;
    }
    const column = columns.find((c) => c.set.has(p.norm) && !found.some((f) => f.role === c.role));
    if (!column) break;
    found.push({ role: column.role, piece: p });
    last = k;
  }
  // The texts after the last label are the rows, not displaced cells among the labels.
  const among = texts.filter((p) => pieces.indexOf(p) < last);
  const roles = [...found.filter((f) => isLevel(f.role)), ...found.filter((f) => !isLevel(f.role))].map((f) => f.role);
  if (among.length === 0 || LEVEL_ROLES.some((r) => !roles.includes(r)) || !opensWithLevels(roles)) return null;
  const after = pieces[last + 1];
  if (!after || after.kind !== 'text') return null;
  const written = after.chars.map((c) => c.ch).join('');
  // (Characters are code points here.)
  if ([...written].length !== after.chars.length) return null;
  const number = NUMBERING.exec(written);
  NUMBERING.lastIndex = 0;
  if (!number) return null;
  const head = after.chars.slice(0, number.index);
  const rest = after.chars.slice(number.index);
  const displacedChars = [...among.flatMap((p) => [...p.chars, { ch: ' ', line: p.line }]), ...head];
  return {
    labels: [...found.filter((f) => isLevel(f.role)), ...found.filter((f) => !isLevel(f.role))].map((f) => f.piece),
    roles,
    displaced: displacedRows(displacedChars, spaced),
    body: last + 1,
    rows: { ...after, chars: rest, text: textOf(rest), norm: textOf(rest), line: rest[0]?.line ?? after.line },
  };
}

function textOf(chars: FlatChar[]): string {
  return chars
    .map((c) => c.ch)
    .join('')
    .trim();
}

/**
 * Displaced cells cut at their numbering cells: a numbered part is its name (the first word after
 * the number, where spaces separate the cells; glued, the name's end cannot be told) and the rest
 * uncut; the part before the first number is uncut.
 */
function displacedRows(chars: FlatChar[], spaced: boolean): FlatCell[][] {
  const written = chars.map((c) => c.ch).join('');
  const parts: { chars: FlatChar[]; numbered: boolean }[] = [];
  let from = 0;
  let numbered = false;
  for (const m of written.matchAll(NUMBERING)) {
    parts.push({ chars: chars.slice(from, m.index), numbered });
    from = m.index! + m[0].length;
    numbered = true;
  }
  parts.push({ chars: chars.slice(from), numbered });
  const rows: FlatCell[][] = [];
  for (const part of parts) {
    const text = textOf(part.chars);
    if (text === '') continue;
    const line = part.chars.find((c) => c.ch.trim() !== '')!.line;
    if (!part.numbered || !spaced) {
      rows.push([{ text, line, uncut: true }]);
      continue;
    }
    const [name, ...others] = text.split(/\s+/u);
    rows.push([
      { text: name!, line },
      { text: others.join(' '), line, uncut: true },
    ]);
  }
  return rows;
}
