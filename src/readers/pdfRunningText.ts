/**
 * Running headers and footers: the text an office suite prints at the top or foot of every page —
 * LibreOffice Calc prints a sheet with its name at the top (`Sheet1`) and `Page 1` at the foot by
 * default, Word a document's 页眉 and 页脚. Such a line is told by its repeating: a line of its own
 * (one cell) at the page's edge — nothing of the page, text or ruling line, farther out, but other
 * running lines — and within the page's outer third, that stands at the same place on another page
 * (as far from that edge, starting, ending or centred at the same x) with the same text, or the
 * same text but for its figures (its page number). A document of one page has none to tell.
 *
 * The reader reads them as paragraphs of their own, never as a line of a table; where a table runs
 * on from one page to the next it passes over them and leaves them out (they would stand inside
 * the table), and it leaves out a running page number (./pdf.ts). A line that does not repeat is
 * never taken for one.
 */
import { compact } from '../tables/cellText';
import type { Item, Rulings } from './pdfLattice';

/** A line of a page's text outside its ruled tables, top down (as ./pdf.ts groups them). */
export interface TextLine {
  /** Its baseline (page space as shown: y upwards, the page's top edge at 0, its foot at -height). */
  y: number;
  size: number;
  cells: Item[];
}

export interface PageLines<L extends TextLine> {
  /** The page's height (points). */
  height: number;
  /** Its lines outside ruled tables, top down. */
  lines: L[];
  rulings: Rulings;
}

/** How far (points) a running text may stand from where it stands on another page and still be at the same place. */
const PLACE_TOLERANCE = 2.5;

interface Candidate<L> {
  line: L;
  page: number;
  /** Its distance from the page's edge (top or foot) it stands at. */
  fromEdge: number;
  left: number;
  right: number;
  /** Its text with its figures masked (a page number changes from page to page). */
  key: string;
}

const masked = (text: string) => compact(text).replace(/\d+/g, '#');

/**
 * The lines that may be running text at one edge of a page, outermost first: the one-cell lines
 * from that edge inwards, each beyond every ruling line of the page, within its outer third.
 */
function edgeLines<L extends TextLine>(page: PageLines<L>, p: number, edge: 'top' | 'foot'): Candidate<L>[] {
  const { height, lines, rulings } = page;
  const ys = [...rulings.horizontal.map((s) => s.at), ...rulings.vertical.flatMap((s) => [s.from, s.to])];
  const ordered = edge === 'top' ? lines : [...lines].reverse();
  const out: Candidate<L>[] = [];
  for (const line of ordered) {
    const fromEdge = edge === 'top' ? -line.y : line.y + height;
    // Beyond the rulings: a header's baseline above the highest, a footer's glyphs (a character high) below the lowest.
    const beyond = edge === 'top' ? ys.every((y) => line.y > y) : ys.every((y) => line.y + line.size < y);
    if (line.cells.length !== 1 || !beyond || fromEdge > height / 3) break;
    const cell = line.cells[0]!;
    out.push({ line, page: p, fromEdge, left: cell.x, right: cell.right, key: masked(cell.text) });
  }
  return out;
}

const samePlace = <L>(a: Candidate<L>, b: Candidate<L>) =>
  a.key === b.key &&
  Math.abs(a.fromEdge - b.fromEdge) <= PLACE_TOLERANCE &&
  (Math.abs(a.left - b.left) <= PLACE_TOLERANCE ||
    Math.abs(a.right - b.right) <= PLACE_TOLERANCE ||
    Math.abs(a.left + a.right - b.left - b.right) / 2 <= PLACE_TOLERANCE);

/** The running lines of a document's pages: at a page's edge, repeated at the same place on another page. */
export function runningLines<L extends TextLine>(pages: PageLines<L>[]): Set<L> {
  const running = new Set<L>();
  if (pages.length < 2) return running;
  for (const edge of ['top', 'foot'] as const) {
    const candidates = pages.map((page, p) => edgeLines(page, p, edge));
    const all = candidates.flat();
    // From the edge inwards, as long as each line repeats elsewhere: a line within a page's text is no running text.
    for (const onPage of candidates)
      for (const c of onPage) {
        if (!all.some((d) => d.page !== c.page && samePlace(c, d))) break;
        running.add(c.line);
      }
  }
  return running;
}
