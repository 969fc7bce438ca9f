/**
 * Web pages (HTML) into the table model, with cheerio. The page is decoded as its byte-order mark
 * or `<meta charset>` says, else detected (UTF-8, else GB18030). Data tables become grid tables
 * with their rowspan/colspan; a layout table — one whose cells hold tables — is not a table of
 * its own: its cells are read as the page (the data tables inside become tables, the text
 * around them paragraphs). `<br>`, `<p>` and other breaks inside a cell are line breaks of its
 * text — nothing between two Chinese characters, else one space (foldText); in a page Word made,
 * so is a line break of its source (SourceLines);
 * scripts, styles and navigation are dropped; text outside tables becomes paragraphs in reading
 * order. Entities are decoded once, by the HTML parser: `&lt;img&gt;` is the text `<img>`.
 * A ticked checkbox (`<input type="checkbox" checked>`) is written ☑, an unticked one ☐.
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import { DocumentFormatError } from './formatError';
import type { ExtractedDocument, SourceFormat } from '../tables/model';
import { canonicalDocument, placeCells, type DraftBlock } from './canonical';
import { byteOrderMark, decodeAs, decodeText, type DecodedText } from './encoding';

/** cheerio, loaded on the first page read (issue 16: the import path of a text never loads it). */
const require = createRequire(import.meta.url);
let cheerioPackage: typeof Cheerio | undefined;
const cheerio = (): typeof Cheerio => (cheerioPackage ??= require('cheerio') as typeof Cheerio);

/** What cheerio's parser gives (domhandler nodes), as far as this reader looks at them. */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

/** Elements not read: no text of the page as published — and `del`, text deleted (a tracked change Word saves as a page: `<del>860</del><ins>880</ins>`). */
const DROPPED = new Set(['script', 'style', 'nav', 'noscript', 'template', 'head', 'iframe', 'svg', 'object', 'button', 'del']);

/** Word's comments saved with a page: the mark in the text (`<a class=msocomanchor>[U1]</a>`, MsoCommentReference) and the comments listed at its end. */
const WORD_COMMENT_CLASS = /\b(msocomanchor|MsoCommentReference|msocomtxt)\b/i;
const WORD_COMMENT_ELEMENT = /mso-element:\s*comment/i;

/** Whether an element and what it holds are left unread. */
function isDropped(n: HtmlNode): boolean {
  return DROPPED.has(n.name!) || WORD_COMMENT_CLASS.test(n.attribs?.class ?? '') || WORD_COMMENT_ELEMENT.test(n.attribs?.style ?? '');
}
const BREAKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Word's markup: its Office namespaces, its Mso… classes, or its name as the page's generator. */
const WORD_MADE = /urn:schemas-microsoft-com:office|class=["']?Mso|<meta[^>]+content=["']?Microsoft Word/i;
/** Where a block element or `<br>` breaks a cell's text: a line break of the text, kept apart from the source's line breaks until they are read (joined). */
const BLOCK_BREAK = '\u0000';

const isElement = (n: HtmlNode, ...names: string[]) => n.type === 'tag' && names.includes(n.name ?? '');

function checkboxMark(n: HtmlNode): string | null {
  if (!isElement(n, 'input') || !/^(checkbox|radio)$/i.test(n.attribs?.type ?? '')) return null;
  return n.attribs && 'checked' in n.attribs ? '☑' : '☐';
}

/**
 * How a page's source lines are read. Word's 另存为网页 wraps its source at about 80 columns wherever
 * the line is, inside a Chinese text too (`达到年度⏎目标任务`: `达到年度目标任务`, as CSS Text 3's
 * segment break rule shows it): its line breaks are the text's, which foldText joins between two
 * Chinese characters like any other. Other writers break their source lines at a space of the text
 * only (LibreOffice), or not at all: there a line break is whitespace like any other.
 */
type SourceLines = 'word' | 'plain';

/** A page's source text as read (SourceLines). */
const joined = (text: string, lines: SourceLines) => (lines === 'word' ? text : text.replace(/[\r\n]+/g, ' '));

/** A cell's text: breaks and block elements become line breaks (a space, or nothing inside a Chinese text: foldText), nested markup is read through. */
function cellText(node: HtmlNode, lines: SourceLines): string {
  let out = '';
  const walk = (n: HtmlNode) => {
    if (n.type === 'text') out += n.data ?? '';
    if (n.type !== 'tag' || isDropped(n)) return;
    const mark = checkboxMark(n);
    if (mark) out += ` ${mark} `;
    const breaks = BREAKS.has(n.name!);
    if (breaks) out += BLOCK_BREAK;
    for (const c of n.children ?? []) walk(c);
    if (breaks) out += BLOCK_BREAK;
  };
  for (const c of node.children ?? []) walk(c);
  return joined(out, lines).replaceAll(BLOCK_BREAK, '\n');
}

/** A table's own rows (not those of tables nested in its cells), through thead/tbody/tfoot. */
function ownRows(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const child of table.children ?? []) {
    if (isElement(child, 'tr')) rows.push(child);
    else if (isElement(child, 'thead', 'tbody', 'tfoot')) rows.push(...(child.children ?? []).filter((r) => isElement(r, 'tr')));
  }
  return rows;
}

const ownCells = (row: HtmlNode) => (row.children ?? []).filter((c) => isElement(c, 'td', 'th'));

function holdsTable(node: HtmlNode): boolean {
  return (node.children ?? []).some((c) => c.type === 'tag' && (c.name === 'table' || holdsTable(c)));
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Reads a page's body into blocks in reading order. */
function pageBlocks(root: HtmlNode, lines: SourceLines): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let paragraph = '';
  const flush = () => {
    if (paragraph.trim() !== '') blocks.push({ kind: 'paragraph', text: joined(paragraph, lines) });
    paragraph = '';
  };
  const table = (t: HtmlNode) => {
    const rows = ownRows(t);
    const caption = (t.children ?? []).find((c) => isElement(c, 'caption'));
    if (caption) blocks.push({ kind: 'paragraph', text: cellText(caption, lines) });
    if (rows.some((r) => ownCells(r).some(holdsTable))) {
      // A layout table: its cells are read as the page is.
      for (const row of rows) for (const cell of ownCells(row)) flow(cell);
      return;
    }
    const placed = placeCells(
      rows.map((r) =>
        ownCells(r).map((c) => ({
          text: cellText(c, lines),
          rowSpan: c.attribs?.rowspan === '0' ? rows.length : span(c.attribs?.rowspan, 65534),
          colSpan: span(c.attribs?.colspan, 1000),
          source: null,
        })),
      ),
    );
    blocks.push({ kind: 'table', cells: placed.map(({ source: _, ...cell }) => cell) });
  };
  const flow = (n: HtmlNode) => {
    for (const c of n.children ?? []) {
      if (c.type === 'text') paragraph += c.data ?? '';
      if (c.type !== 'tag' || isDropped(c)) continue;
      if (c.name === 'table') {
        flush();
        table(c);
        continue;
      }
      const mark = checkboxMark(c);
      if (mark) paragraph += ` ${mark} `;
      const breaks = BREAKS.has(c.name!);
      if (breaks) flush();
      flow(c);
      if (breaks) flush();
    }
  };
  flow(root);
  flush();
  return blocks;
}

/** Elements that have no end tag, or whose end tag may be left out: they do not nest. */
const UNNESTED = new Set([
  'area',
  'base',
  'br',
  'col',
  'dd',
  'dt',
  'embed',
  'hr',
  'img',
  'input',
  'li',
  'link',
  'meta',
  'option',
  'p',
  'param',
  'source',
  'td',
  'th',
  'tr',
  'track',
  'wbr',
]);
const MAX_DEPTH = 5000;

/**
 * How deep the page's elements nest, counted from its tags in one pass: the HTML parser takes
 * time that grows with the square of the depth, so a page nested absurdly deep is refused first.
 */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (UNNESTED.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    max = Math.max(max, depth);
  }
  return max;
}

/** Reads HTML markup already decoded (a web page, or Word converted by mammoth). */
export function readHtmlMarkup(html: string, format: SourceFormat, encoding: string | null): ExtractedDocument {
  if (nestingDepth(html) > MAX_DEPTH)
    throw new DocumentFormatError(`a web page nested more than ${MAX_DEPTH} elements deep: nothing was read`);
  const $ = cheerio().load(html);
  const body = $('body')[0] ?? $.root()[0];
  return canonicalDocument(format, encoding, pageBlocks(body as unknown as HtmlNode, WORD_MADE.test(html) ? 'word' : 'plain'));
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv content-type). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1]! : null;
}

function decodePage(bytes: Uint8Array): DecodedText {
  if (byteOrderMark(bytes)) return decodeText(bytes);
  const declared = declaredCharset(bytes);
  const decoded = declared ? decodeAs(bytes, declared) : null;
  if (decoded && !decoded.text.includes('\uFFFD')) return decoded;
  try {
    return decodeText(bytes);
  } catch (error) {
    if (error instanceof DocumentFormatError && declared)
      throw new DocumentFormatError(`a web page in ${declared} that does not decode as it: ${error.message}`);
    throw error;
  }
}

/** A web page's bytes into the table model. */
export function readHtml(bytes: Uint8Array): ExtractedDocument {
  const { text, encoding } = decodePage(bytes);
  return readHtmlMarkup(text, 'html', encoding);
}
