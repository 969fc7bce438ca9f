/**
 * A flattened text as its labels are looked for: without white space, each character as a label
 * compares it (NFKC, when that keeps it one character; traditional read as simplified), and
 * without the pinyin readings a page inserts after characters (`監(jiān)測` reads 监测) — the
 * same reading src/templates/labels.ts gives a cell. Each compact character points back to the
 * character written, so that labels and the text between them keep the text as written.
 */
import { PINYIN_READING, toSimplified } from '../templates/labels';

/** A character written (src/readers/flatPieces.ts's FlatChar has more; this needs only the character). */
type Written = { ch: string };

/** A character NFKC-normalized when that keeps it one code unit, else as written; each character computed once. */
const nfkcOnes = new Map<string, string>();
function nfkcOne(ch: string): string {
  let one = nfkcOnes.get(ch);
  if (one === undefined) {
    const n = ch.normalize('NFKC');
    one = n.length === 1 ? n : ch;
    nfkcOnes.set(ch, one);
  }
  return one;
}

/** A character as labels are compared: NFKC and simplified, when each keeps it one character; each character computed once. */
const labelChars = new Map<string, string>();
function labelChar(ch: string): string {
  let label = labelChars.get(ch);
  if (label === undefined) {
    const one = nfkcOne(ch);
    const simple = toSimplified(one);
    label = [...simple].length === 1 ? simple : one;
    labelChars.set(ch, label);
  }
  return label;
}

/** Indexes (into `chars`) of the characters of pinyin readings. */
function readingChars(chars: readonly Written[]): Set<number> {
  const skipped = new Set<number>();
  // Code-unit offset of each character in the joined text, to map the matches back.
  const start: number[] = [];
  let text = '';
  for (const c of chars) {
    start.push(text.length);
    text += nfkcOne(c.ch);
  }
  // (A reading is in brackets: a text without one has none.)
  if (!text.includes('(')) return skipped;
  const index = new Map(start.map((offset, i) => [offset, i]));
  for (const m of text.matchAll(PINYIN_READING)) {
    const first = index.get(m.index);
    if (first === undefined) continue;
    for (let i = first; i < chars.length && start[i]! < m.index + m[0].length; i++) skipped.add(i);
  }
  return skipped;
}

/**
 * The compact text and, for each of its characters, the index of the character written (`at`) and
 * of the last character it stands for (`through`: itself, or the end of the reading after it).
 */
export function compactOf(chars: readonly Written[]): { compact: string; at: number[]; through: number[] } {
  const skipped = readingChars(chars);
  const at: number[] = [];
  const through: number[] = [];
  let compact = '';
  chars.forEach((c, i) => {
    if (skipped.has(i) && through.length > 0 && through.at(-1) === i - 1) through[through.length - 1] = i;
    if (/\s/u.test(c.ch) || skipped.has(i)) return;
    at.push(i);
    through.push(i);
    compact += labelChar(c.ch);
  });
  return { compact, at, through };
}

/** What a character adds to the compact text: nothing for white space, else its label character; each computed once. */
const compactChars = new Map<string, string>();
function compactChar(ch: string): string {
  let compact = compactChars.get(ch);
  if (compact === undefined) {
    compact = /\s/u.test(ch) ? '' : labelChar(ch);
    compactChars.set(ch, compact);
  }
  return compact;
}

/** The compact text of one line: compactOf's, without pointing back (where the line has no pinyin reading to leave out, built directly). */
export function compactText(text: string): string {
  let plain = '';
  let compact = '';
  for (const ch of text) {
    plain += nfkcOne(ch);
    compact += compactChar(ch);
  }
  return plain.includes('(') && plain.search(PINYIN_READING) >= 0 ? compactOf(Array.from(text, (ch) => ({ ch }))).compact : compact;
}
