/**
 * A flattened table's text (a whole table on one or a few lines, as document-sharing previews and
 * OCR give it) cut into pieces: the templates' labels, found by their text whatever spaces the
 * flattening left inside them (`绩 效 指 标`, `项目资金 (万元)`), with their weight suffix
 * (`产出指标(50分)`) and colon; and the text between two labels, as written.
 *
 * Header labels (the funding and indicator column labels) are taken only where they follow or
 * precede another label directly — in a header row — so that `执行率` inside the indicator
 * 预算资金执行率 or `分值` inside a scoring note stays text. The indicator-level words (一级/二级指标) are labels too,
 * in the forms that end in 指标 (`产出指标`, `数量指标`): the shorter forms (`产出`, `效益`) are words
 * of ordinary names.
 */
import { normalizeLabel } from '../templates/labels';
import { OcrLabels } from '../templates/ocrLabels';
import { compactOf } from './flatCompact';

/** One character of the flattened text with its 1-based line. */
export interface FlatChar {
  ch: string;
  line: number;
}

export interface Piece {
  kind: 'label' | 'text';
  /** As written (inner spaces kept), trimmed. */
  text: string;
  /** For a label: its normalized text (NFKC, no spaces), weight suffix included; for a text: the text. */
  norm: string;
  /** The characters of a text piece (for cutting glued cells), with their lines. */
  chars: FlatChar[];
  line: number;
  /** Whether white space stands between this piece and the one before. */
  spacedBefore: boolean;
  /** A label written garbled (an OCR's look-alike characters): `norm` is the label it stands for, `text` what is written. */
  garbled?: boolean;
}

export interface Vocabulary {
  /** Labels found anywhere (names, headings, row labels, level words …), normalized. */
  anywhere: readonly string[];
  /** Labels found only right after another label (column labels), normalized. */
  chained: readonly string[];
}

interface Index {
  byFirst: Map<string, { label: string; chained: boolean }[]>;
  ocr: OcrLabels;
}

const indexes = new WeakMap<Vocabulary, Index>();

function indexOf(v: Vocabulary): Index {
  const cached = indexes.get(v);
  if (cached) return cached;
  const byFirst = new Map<string, { label: string; chained: boolean }[]>();
  const add = (raw: string, chained: boolean) => {
    const label = normalizeLabel(raw);
    if (label === '') return;
    const list = byFirst.get(label[0]!) ?? [];
    if (!list.some((x) => x.label === label)) list.push({ label, chained });
    else if (!chained) list.find((x) => x.label === label)!.chained = false;
    byFirst.set(label[0]!, list);
  };
  for (const l of v.chained) add(l, true);
  for (const l of v.anywhere) add(l, false);
  for (const list of byFirst.values()) list.sort((a, b) => b.label.length - a.label.length);
  const index = { byFirst, ocr: new OcrLabels([...byFirst.values()].flat().map((x) => x.label)) };
  indexes.set(v, index);
  return index;
}

/**
 * Whether a label of the vocabulary is written anywhere in a line's compact text (`compactText`):
 * where none is, splitPieces finds no label on the line (it takes labels only where they are
 * written, and more conditions besides), and the line need not be cut to count its labels.
 */
export function mayHoldLabel(compact: string, vocabulary: Vocabulary): boolean {
  const { byFirst } = indexOf(vocabulary);
  for (let p = 0; p < compact.length; p++) {
    const candidates = byFirst.get(compact[p]!);
    if (candidates) for (const c of candidates) if (compact.startsWith(c.label, p)) return true;
  }
  return false;
}

/** A character as labels are compared: NFKC (full-width brackets and colons half-width) when that keeps it one character. */
function normChar(ch: string): string {
  const n = ch.normalize('NFKC');
  return n.length === 1 ? n : ch;
}

const WEIGHT_SUFFIX = /^\(\d+(?:\.\d+)?分\)/;

/**
 * Cuts flattened text into labels and the text between them; `spaced`: spaces separate its cells
 * (see below); `garbled`: labels an OCR garbled are looked for too (glued text only; see garbledLabels).
 */
export function splitPieces(chars: FlatChar[], vocabulary: Vocabulary, spaced = false, garbled = false): Piece[] {
  const { byFirst } = indexOf(vocabulary);
  // The text as labels are looked for in it, each character pointing back to its place in `chars`.
  const { compact, at, through } = compactOf(chars);
  const pieces: Piece[] = [];
  let textStart = 0; // in compact
  let lastLabelEnd = -1; // compact index after the last label

  const spacedBefore = (compactIndex: number) => {
    const i = at[compactIndex];
    return i !== undefined && i > 0 && /\s/u.test(chars[i - 1]!.ch);
  };
  const pushText = (from: number, to: number) => {
    if (to <= from) return;
    const slice = chars.slice(at[from]!, through[to - 1]! + 1);
    const text = slice
      .map((c) => c.ch)
      .join('')
      .trim();
    if (text === '') return;
    pieces.push({ kind: 'text', text, norm: text, chars: slice, line: slice[0]!.line, spacedBefore: spacedBefore(from) });
  };

  /** Where a label ending at `end` stops: after its weight suffix (`(50分)`) and colon. */
  const endOf = (end: number) => {
    const suffix = WEIGHT_SUFFIX.exec(compact.slice(end, end + 12));
    if (suffix) end += suffix[0].length;
    while (compact[end] === ':') end++;
    return end;
  };
  /** Whether a label starts at q (a column label there follows the one before it). */
  const labelAt = (q: number): boolean => (byFirst.get(compact[q] ?? '') ?? []).some((c) => compact.startsWith(c.label, q));

  let p = 0;
  while (p < compact.length) {
    // (No closure made per character: most characters start no label, and this runs for every one.)
    const candidates = byFirst.get(compact[p]!);
    if (!candidates) {
      p++;
      continue;
    }
    // Where spaces separate the cells, a label that runs over a space starts a word: `委托业务项目 主管部门` is no 项目主管部门.
    const wordStart = !spaced || p === 0 || lastLabelEnd === p || /\s/u.test(chars[at[p]! - 1]?.ch ?? ' ');
    let hit: (typeof candidates)[number] | undefined;
    for (const c of candidates) {
      if (!compact.startsWith(c.label, p)) continue;
      // A label whose characters are not next to each other in the text crosses a space.
      const crosses = at[p + c.label.length - 1]! - at[p]! !== c.label.length - 1;
      if (!wordStart && crosses) continue;
      if (c.chained && lastLabelEnd !== p && !labelAt(endOf(p + c.label.length))) continue;
      hit = c;
      break;
    }
    if (!hit) {
      p++;
      continue;
    }
    const end = endOf(p + hit.label.length);
    pushText(textStart, p);
    const span = chars.slice(at[p]!, through[end - 1]! + 1);
    pieces.push({
      kind: 'label',
      text: span
        .map((c) => c.ch)
        .join('')
        .trim(),
      norm: compact.slice(p, end).replace(/:+$/, ''),
      chars: span,
      line: span[0]!.line,
      spacedBefore: spacedBefore(p),
    });
    p = end;
    textStart = end;
    lastLabelEnd = end;
  }
  pushText(textStart, compact.length);
  if (spaced || !garbled) return pieces;
  return pieces.flatMap((piece, k) => garbledLabels(piece, pieces[k - 1], pieces[k + 1], indexOf(vocabulary).ocr));
}

const TRAILING_WEIGHT = /\(\d+(?:\.\d+)?分\):*$/;

/**
 * The labels an OCR garbled (src/templates/ocrLabels.ts) at the edges of a glued text piece: at its
 * start when a label stands right before it, at its end when one stands right after it — where a
 * label meets a label in a header row or a label's value ends — each with its weight suffix and
 * colon. The text between them stays text.
 */
function garbledLabels(piece: Piece, before: Piece | undefined, after: Piece | undefined, ocr: OcrLabels): Piece[] {
  if (piece.kind !== 'text') return [piece];
  const chars = piece.chars.filter((c) => !/\s/u.test(c.ch));
  const norm = (cs: FlatChar[]) => cs.map((c) => normChar(c.ch)).join('');
  const label = (cs: FlatChar[], label: string, weight: string): Piece => ({
    kind: 'label',
    text: cs.map((c) => c.ch).join(''),
    norm: label + weight.replace(/:+$/, ''),
    chars: cs,
    line: cs[0]!.line,
    spacedBefore: false,
    garbled: true,
  });
  const head: Piece[] = [];
  let from = 0;
  while (before?.kind === 'label' && from < chars.length) {
    const m = ocr.prefix(norm(chars.slice(from)));
    if (!m || m.distance === 0) break;
    const suffix = WEIGHT_SUFFIX.exec(norm(chars.slice(from + m.length, from + m.length + 12)))?.[0] ?? '';
    const end = from + m.length + [...suffix].length;
    head.push(label(chars.slice(from, end), m.label, suffix));
    from = end;
  }
  const tail: Piece[] = [];
  let to = chars.length;
  while (after?.kind === 'label' && to > from) {
    const weight = TRAILING_WEIGHT.exec(norm(chars.slice(from, to)))?.[0] ?? '';
    const base = to - [...weight].length;
    const m = ocr.suffix(norm(chars.slice(from, base)));
    if (!m || m.distance === 0) break;
    tail.unshift(label(chars.slice(base - m.length, to), m.label, weight));
    to = base - m.length;
  }
  if (head.length === 0 && tail.length === 0) return [piece];
  const middle = chars.slice(from, to);
  const text: Piece[] = [];
  if (middle.length > 0) {
    const span = piece.chars.slice(piece.chars.indexOf(middle[0]!), piece.chars.indexOf(middle.at(-1)!) + 1);
    const written = span
      .map((c) => c.ch)
      .join('')
      .trim();
    text.push({ kind: 'text', text: written, norm: written, chars: span, line: span[0]!.line, spacedBefore: false });
  }
  if (head[0]) head[0].spacedBefore = piece.spacedBefore;
  else if (text[0]) text[0].spacedBefore = piece.spacedBefore;
  else tail[0]!.spacedBefore = piece.spacedBefore;
  return [...head, ...text, ...tail];
}

/** The words of a spaced text (runs of characters between white space), each with the line it starts on. */
export function wordsOf(chars: FlatChar[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let word: FlatChar[] = [];
  const flush = () => {
    if (word.length > 0) out.push({ text: word.map((c) => c.ch).join(''), line: word[0]!.line });
    word = [];
  };
  for (const c of chars) {
    if (/\s/u.test(c.ch)) flush();
    else word.push(c);
  }
  flush();
  return out;
}

/** Characters of lines, a line break between two lines (a space). */
export function charsOf(lines: { text: string; line: number }[]): FlatChar[] {
  const chars: FlatChar[] = [];
  lines.forEach((l, k) => {
    if (k > 0) chars.push({ ch: '\n', line: l.line });
    for (const ch of l.text) chars.push({ ch, line: l.line });
  });
  return chars;
}
