/**
 * Labels garbled by OCR (识别错误的标签): a scanned form read by OCR writes its labels with
 * characters swapped for look-alikes (`年初预匏数` for 年初预算数, `顼目产出` for 项目产出, `实施第位`
 * for 实施单位), a character split into two glyphs (`项Fl资金` for 项目资金) or, rarely, a character
 * dropped or added. Such a text is taken for a label when it is within a small edit distance of it
 * — one character misread per four characters of the label (a character dropped or added counts
 * two), so that labels of fewer than four characters are matched exactly only and a short label
 * never loses a character (`专项资金` ends with no 项目资金) — and closer to it than to any other
 * label of the vocabulary: when two labels are as close (`四级指标` is one edit from 一级指标,
 * 二级指标 and 三级指标), it is neither. In running text, where the label ends must be certain (see
 * `prefix`). A label and a longer form that holds it (调整预算数,
 * 调整预算数(A); (万元), 项目资金(万元)) are one label here, the fuller form kept when it is close enough.
 */

/** How many edits a label of this length tolerates. */
export function tolerance(length: number): number {
  return Math.floor(length / 4);
}

const HAN = /\p{Script=Han}/u;
/** A glyph an OCR may read part of a Chinese character as (目 → `Fl`): a letter, digit or punctuation, not Chinese. */
const isGlyph = (ch: string | undefined) => ch !== undefined && !HAN.test(ch) && !/\s/u.test(ch);

/** A character misread as another, or as two glyphs: one edit. */
const MISREAD = 1;
/** A character dropped or added: two edits. */
const DROPPED = 2;

/**
 * Edit distance between two strings, by code point: a character misread as another is one edit,
 * and so is a Chinese character read as two non-Chinese glyphs (`Fl` for 目), the way an OCR splits
 * a character it does not know; a character dropped or added is two.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i + j) * DROPPED));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      let best = Math.min(d[i - 1]![j]! + DROPPED, d[i]![j - 1]! + DROPPED, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : MISREAD));
      if (j >= 2 && HAN.test(x[i - 1]!) && isGlyph(y[j - 2]) && isGlyph(y[j - 1])) best = Math.min(best, d[i - 1]![j - 2]! + MISREAD);
      if (i >= 2 && HAN.test(y[j - 1]!) && isGlyph(x[i - 2]) && isGlyph(x[i - 1])) best = Math.min(best, d[i - 2]![j - 1]! + MISREAD);
      d[i]![j] = best;
    }
  return d[x.length]![y.length]!;
}

/** A label found in garbled text: the label, how many characters of the text it covers, and how many edits away it is. */
export interface OcrMatch {
  label: string;
  length: number;
  distance: number;
}

/** Whether one label holds the other: one label written more or less fully, not two. */
function related(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

interface Entry {
  label: string;
  chars: string[];
  tolerance: number;
}

/**
 * Texts answered at most per vocabulary and edge before the answers are forgotten: a document's
 * cells come back (the same header in every table, the same text read again by a later attempt),
 * and matching one text against every label is most of reading a garbled page's labels.
 */
const REMEMBERED = 20_000;

/** The answers for texts asked before; forgets them all when full (they are only a shortcut). */
class Answers {
  private readonly known = new Map<string, OcrMatch | null>();
  of(text: string, answer: (text: string) => OcrMatch | null): OcrMatch | null {
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (this.known.size >= REMEMBERED) this.known.clear();
    // Shared by every caller asking the same: frozen, so that none can change it for the others.
    const found = answer(text);
    if (found) Object.freeze(found);
    this.known.set(text, found);
    return found;
  }
}

/** A vocabulary of normalized labels, matched tolerantly. */
export class OcrLabels {
  private readonly entries: Entry[];
  private readonly prefixes = new Answers();
  private readonly suffixes = new Answers();
  constructor(labels: readonly string[]) {
    this.entries = [...new Set(labels)]
      .map((label) => ({ label, chars: [...label], tolerance: tolerance([...label].length) }))
      .filter((e) => e.tolerance > 0);
  }

  /**
   * The label the text starts with, garbled (its length in code points of the text), or null. Where
   * it ends must be certain: at its own last character, read right, or where the Chinese text
   * stops (`调整预算将,A、`) — `服务对象满意度种薯繁育…` does not start with 服务对象满意度指标.
   */
  prefix(text: string): OcrMatch | null {
    return this.prefixes.of(text, (t) => this.prefixOf(t));
  }

  /** The label the text ends with, garbled, or null; where it starts must be as certain (its first character read right, or no Chinese before it). */
  suffix(text: string): OcrMatch | null {
    return this.suffixes.of(text, (t) => this.suffixOf(t));
  }

  private prefixOf(text: string): OcrMatch | null {
    const chars = [...text];
    const certain = (e: Entry, m: number) => chars[m - 1] === e.chars.at(-1) || m === chars.length || !HAN.test(chars[m]!);
    // Where each character first stands: in the first m characters when before m.
    const first = new Map<string, number>();
    chars.forEach((c, i) => first.has(c) || first.set(c, i));
    return this.matches(chars.length, (m) => (c) => (first.get(c) ?? m) < m, (e, m) =>
      certain(e, m) ? this.within(e, chars.slice(0, m), m) : null,
    );
  }

  private suffixOf(text: string): OcrMatch | null {
    const chars = [...text];
    const certain = (e: Entry, m: number) =>
      chars[chars.length - m] === e.chars[0] || m === chars.length || !HAN.test(chars[chars.length - m - 1]!);
    // Where each character last stands: in the last m characters when at or after length − m.
    const last = new Map<string, number>();
    chars.forEach((c, i) => last.set(c, i));
    return this.matches(chars.length, (m) => (c) => (last.get(c) ?? -1) >= chars.length - m, (e, m) =>
      certain(e, m) ? this.within(e, chars.slice(chars.length - m), m) : null,
    );
  }

  /**
   * The label read in a text's windows (`at(e, m)`: the label on the window of m characters), every
   * label tried on every window it may have been written in — but a label of which more characters
   * than its tolerance are missing from the widest window (`inWindow(m)`: whether a character is in
   * the window of m) is in none of them, and is passed over without trying each.
   */
  private matches(
    available: number,
    inWindow: (m: number) => (c: string) => boolean,
    at: (e: Entry, m: number) => OcrMatch | null,
  ): OcrMatch | null {
    const found: (OcrMatch | null)[] = [];
    for (const e of this.entries) {
      const windows = this.windows(e, available);
      if (windows.length === 0) continue;
      const present = inWindow(windows.at(-1)!);
      let missing = 0;
      for (const c of e.chars) if (!present(c)) missing++;
      if (missing > e.tolerance) continue;
      for (const m of windows) found.push(at(e, m));
    }
    return this.pick(found).at(0) ?? null;
  }

  /** The lengths of text a label may have been written in: a character split in two adds one, a character dropped or added one (two edits). */
  private windows(e: Entry, available: number): number[] {
    const out: number[] = [];
    for (let m = e.chars.length - Math.floor(e.tolerance / DROPPED); m <= Math.min(available, e.chars.length + e.tolerance); m++)
      out.push(m);
    return out;
  }

  /** The match of the label on this text when within its tolerance (a quick count of shared characters first), else null. */
  private within(e: Entry, text: string[], length: number): OcrMatch | null {
    const present = new Set(text);
    if (e.chars.filter((c) => !present.has(c)).length > e.tolerance) return null;
    const distance = editDistance(text.join(''), e.label);
    return distance <= e.tolerance ? { label: e.label, length, distance } : null;
  }

  /**
   * The one label read (a label written exactly wins): the closest reading — the fewest edits, then
   * the text's length nearest the label's — and the fullest form of it that is close enough; none
   * when two unrelated labels are equally close.
   */
  private pick(found: (OcrMatch | null)[]): OcrMatch[] {
    const matches = found.filter((m): m is OcrMatch => m !== null);
    if (matches.length === 0) return [];
    const rank = (m: OcrMatch) => m.distance * 100 + Math.abs(m.length - [...m.label].length);
    const best = Math.min(...matches.map(rank));
    const closest = matches.filter((m) => rank(m) === best);
    if (closest.some((a) => closest.some((b) => !related(a.label, b.label)))) return [];
    const forms = matches.filter((m) => related(m.label, closest[0]!.label));
    return [forms.reduce((a, b) => (b.label.length > a.label.length || (b.label.length === a.label.length && rank(b) < rank(a)) ? b : a))];
  }
}
