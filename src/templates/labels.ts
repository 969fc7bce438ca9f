/**
 * Label matching for the template reader: a cell is a label when its normalized text equals one
 * of a label's synonyms, optionally followed by a weight in brackets (`绩效指标（90分）`,
 * `产出指标(50分)`). Normalized: NFKC (full-width brackets and colons become half-width), no
 * whitespace, no trailing colon, no `(盖章)`, `（A）`-style column letters kept (a label matches
 * with or without one: COLUMN_MARK); traditional
 * characters read as simplified (opencc-js), and pinyin readings a page inserts after characters
 * (`項(xiàng)目` → 项目) left out. The cell's text itself is kept as written.
 */
import { Converter } from 'opencc-js/t2cn';
import { remembered } from '../domain/remembered';

/** Traditional → simplified (OpenCC's own tables), so a page republished in 繁体 meets the same labels. */
export const toSimplified = Converter({ from: 't', to: 'cn' });

/** A pinyin reading in brackets right after a Han character: `(xiàng)`, `(zhí)` — one syllable, so `(A)` and `(pdf)` stay. */
export const PINYIN_READING = /(?<=\p{Script=Han})\((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+(?:ng|n|r)?\)/gu;

/** Text in simplified characters without inserted pinyin readings (黃岡(gāng)市 → 黄冈市): what names and labels are compared as. */
export const plainText = remembered((text) => toSimplified(text.normalize('NFKC').replace(PINYIN_READING, '')));

/** Text as compared against labels. */
export const normalizeLabel = remembered((text) =>
  plainText(text)
    .replace(/\s+/g, '')
    .replace(/\(盖章\)/g, '')
    .replace(/[:：]+$/, ''),
);

/** A label as a literal in a regular expression (its `(`, `.`, `*` … escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WEIGHT_SUFFIX = /\((\d+(?:\.\d+)?)分\)$/;

/** The cell's label text without a weight suffix, and the weight as written when there is one. */
export function splitWeight(norm: string): { base: string; weight: string | null } {
  const m = WEIGHT_SUFFIX.exec(norm);
  return m ? { base: norm.slice(0, m.index), weight: `${m[1]}分` } : { base: norm, weight: null };
}

/**
 * A column's letter or formula in brackets after its label (`实际完成值(B)`, `执行率(B/A)`,
 * `完成率(%)`), or its amounts' unit where that is the reader's own (`年初预算数(万元)`): the label
 * without it is the same label. (`(元)` is no such mark: amounts in 元 are read as such.)
 */
const COLUMN_MARK = /\((?:[A-Za-z](?:[/+\-*×][A-Za-z0-9%]+)*|%|万元)\)$/;

/** A weight in brackets without its 分, as some forms write a level's (产出指标(50), 投入(30)). */
const BARE_WEIGHT = /\(\d+(?:\.\d+)?\)$/;

/**
 * The label a normalized text may be besides itself: without its weight suffix (`产出指标(50分)`,
 * `产出指标(50)`), or without its column mark (`实际完成值(B)`); null when it carries neither. (Only
 * a text ending in 分) can carry a weight suffix; one ending in a bracket, a bare weight or a column mark.)
 */
export function labelWithoutSuffix(norm: string): string | null {
  if (norm.endsWith('分)')) return splitWeight(norm).base;
  if (!norm.endsWith(')')) return null;
  if (BARE_WEIGHT.test(norm)) return norm.replace(BARE_WEIGHT, '');
  return COLUMN_MARK.test(norm) ? norm.replace(COLUMN_MARK, '') : null;
}

/** A set of synonyms, normalized once. */
export class LabelSet {
  /** The synonyms, normalized. */
  readonly normalized: ReadonlySet<string>;
  constructor(readonly synonyms: readonly string[]) {
    this.normalized = new Set(synonyms.map(normalizeLabel));
  }
  /** Whether the normalized text is one of the synonyms (a weight suffix or a column mark allowed). */
  has(norm: string): boolean {
    if (this.normalized.has(norm)) return true;
    const bare = labelWithoutSuffix(norm);
    return bare !== null && this.normalized.has(bare);
  }
  /** Whether a synonym occurs anywhere in the normalized text: where none does, no part of it `has`. */
  occursIn(norm: string): boolean {
    for (const synonym of this.normalized) if (norm.includes(synonym)) return true;
    return false;
  }
}

/** Each label list's set, made once: a template's label lists are constants (keyed by the list itself). */
const labelSets = new WeakMap<readonly string[], LabelSet>();

/**
 * The LabelSet of a label list that stays the same (a template's, a module's constant), made on its
 * first use and kept with the list; a list made anew each time wants `new LabelSet`.
 */
export function labelSetOf(labels: readonly string[]): LabelSet {
  let set = labelSets.get(labels);
  if (!set) labelSets.set(labels, (set = new LabelSet(labels)));
  return set;
}

/** A normalized text shaped like a label: Chinese words, no figure (what a label no template knows may be). */
export function isLabelShaped(norm: string): boolean {
  return /\p{Script=Han}/u.test(norm) && !/\d/.test(norm);
}

/** Cells that mean "not reported": blank, `/`, `—`, `-`, `无`, `……`. */
export function isPlaceholder(text: string): boolean {
  return /^[\s/／\\\-—–－一…·.。、无]*$/u.test(text) || /^(无|N\/?A|不适用)$/iu.test(text.trim());
}
