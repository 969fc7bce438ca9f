/**
 * Shared text utilities for the document readers (tabular and line-broken).
 *
 * Everything here is linear in the length of its input: no backtracking-prone regular
 * expressions (no nested quantifiers), so readers stay fast on hostile input.
 */

/** Splits a document into lines (\n, \r\n or \r). Index 0 is line 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};

/**
 * Decodes the few HTML entities that PDF/Word-to-HTML converters emit. Only for text that came
 * with markup (see toPlainText): in a plain-text document `&lt;` is what the author wrote.
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:nbsp|lt|gt|amp|quot|apos|#39);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * Removes HTML tags (`<p>`, `</p>`, `<br/>`, `<input .../>`), keeping their text content.
 * Only tags that start with a letter (or `/letter`) are tags: `<10 万元` or `<=5%` stay.
 */
export function stripTags(s: string): string {
  if (!s.includes('<')) return s;
  return s.replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
}

const TAG = /<\/?[A-Za-z][^<>]*>/;

/**
 * Text as a reader keeps it. Converter markup (`<p>…</p>`, `<input …/>`) is removed and its
 * entities decoded — once, after the tags are gone, so that `&lt;img&gt;` in markup becomes the
 * text `<img>` and is never taken for a tag again. Text without markup is kept exactly as written:
 * `&lt;img onerror=…&gt;` in a plain-text document stays those characters.
 */
export function toPlainText(s: string): string {
  return TAG.test(s) ? decodeEntities(stripTags(s)) : s;
}

/** A cell as text: markup removed (toPlainText), whitespace runs kept, ends trimmed. */
export function cleanCell(s: string): string {
  const t = toPlainText(s);
  // Tag removal can leave doubled spaces where the tag was; collapse only those.
  return t.replace(/ {2,}/g, ' ').trim();
}

/** Cleans a narrative block: paragraphs as lines, markup removed (toPlainText), per-line trimmed, blank lines dropped. */
export function cleanProse(s: string): string {
  return toPlainText(s.replace(/<\/p>\s*<p>/g, '\n'))
    .split('\n')
    .map((l) => l.replace(/[ \t]{2,}/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** The text with all whitespace removed: for comparing labels that PDFs break with spaces. */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Rows of dots or dashes that stand for "nothing here": `……`, `.....`, `····`, `-------`. */
export function isPlaceholder(s: string): boolean {
  const c = compact(s);
  return /^[.…·。]{2,}$/.test(c) || /^[-—─_=]{3,}$/.test(c);
}

/** A dash written in a cell that has no value: `—`, `-`, `/`. */
export function isDash(s: string): boolean {
  return /^[—–\-－/／─]{1,3}$/.test(compact(s));
}

/** A number that can be a score or weight: `10`, `9.47`, `20.00`, `100分`; at most 100. */
export function isScoreLike(s: string): boolean {
  const c = compact(s);
  const m = /^(\d{1,3}(?:\.\d{1,4})?)分?$/.exec(c);
  if (!m || m[1] === undefined) return false;
  return Number(m[1]) <= 100;
}

/** A bare number, percentage or amount (`45`, `44.3`, `98.44%`, `140万元`). */
export function isNumberLike(s: string): boolean {
  return /^[<>≤≥]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|万|亿元|亿|元)?$/.test(compact(s));
}

/** One short value token inside a multi-value cell: `100%`, `95%`, `20`, `≥90%`, `8万`. */
export function isValueToken(s: string): boolean {
  return /^[<>≤≥]?\d+(?:\.\d+)?(?:%|万|人|次|元|件|个|分|天|台|套)?[<>]?$/.test(s);
}

/**
 * Splits a cell that holds several values ("100% 100% 20") into its tokens, when every
 * whitespace-separated token is a short value and the last one can be a score. Otherwise null.
 */
export function splitValueTokens(s: string): string[] | null {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return null;
  if (!tokens.every(isValueToken)) return null;
  const last = tokens[tokens.length - 1];
  if (last === undefined || !isScoreLike(last)) return null;
  return tokens;
}

/** The first four-digit year followed by 年 (e.g. "2021年度", "2021 年度"), or null. */
export function findYear(s: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(s);
  return m && m[1] !== undefined ? Number(m[1]) : null;
}

/** "指标1：", "指标 2:", "指标2" prefixes of Henan indicator names. */
const INDICATOR_PREFIX = /^指标\s*\d{1,2}\s*[:：]?\s*/;

/** Removes an "指标1：" prefix from an indicator name. */
export function stripIndicatorPrefix(name: string): string {
  return name.replace(INDICATOR_PREFIX, '').trim();
}

/** An empty template slot such as "指标2：" (no indicator written). */
export function isIndicatorSlot(s: string): boolean {
  return /^指标\d{1,2}[:：]?$/.test(compact(s));
}

/**
 * The ticked option of a checkbox group, e.g. for
 * `1、部门预算项目 <input checked="" type="checkbox"/> 2、市直专项 <input type="checkbox"/>`
 * returns "部门预算项目". Understands `<input ... checked ...>` tags and the marks
 * √ ✓ ✔ ☑ ■ (ticked) / □ ☐ (not ticked), written before or after the option text.
 * Returns null when nothing is ticked.
 */
export function tickedOption(raw: string): string | null {
  type Tok = { kind: 'mark'; checked: boolean } | { kind: 'text'; text: string };
  const toks: Tok[] = [];
  const re = /<input\b[^<>]*>|[√✓✔☑■▣]|[□☐]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    const before = raw.slice(last, m.index);
    pushText(toks, before);
    const tok = m[0];
    const checked = tok.startsWith('<') ? /\bchecked\b/i.test(tok) : !/[□☐]/.test(tok);
    toks.push({ kind: 'mark', checked });
    last = m.index + tok.length;
  }
  pushText(toks, raw.slice(last));
  const marks = toks.filter((t) => t.kind === 'mark');
  if (marks.length === 0) return null;
  const markFirst = toks[0]?.kind === 'mark';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t?.kind !== 'mark' || !t.checked) continue;
    const neighbour = markFirst ? toks[i + 1] : toks[i - 1];
    if (neighbour?.kind === 'text') return neighbour.text;
  }
  return null;
}

function pushText(toks: ({ kind: 'mark'; checked: boolean } | { kind: 'text'; text: string })[], s: string): void {
  const text = cleanCell(s)
    .replace(/^\d{1,2}\s*[、.．]\s*/, '')
    .trim();
  if (text !== '') toks.push({ kind: 'text', text });
}

/** The parenthesised weight in a label: "预算执行情况 (万元) (20分)" → "(20分)". */
export function weightInParens(s: string): string | null {
  const m = /[(（]\s*\d{1,3}(?:\.\d+)?\s*分\s*[)）]/.exec(s);
  return m ? m[0] : null;
}

/**
 * Whether text looks like a document rather than binary data: no NUL bytes and few control
 * or replacement characters. Returns a reason when it does not.
 */
export function binaryReason(text: string): string | null {
  if (text.includes('\u0000')) return 'input contains NUL bytes (binary data, not a text document)';
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  if (bad > 16 && bad / text.length > 0.02) {
    return `input has ${bad} control/undecodable characters (binary data, not a text document)`;
  }
  return null;
}
