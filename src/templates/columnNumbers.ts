/**
 * The row that numbers a form's columns under its header (列次 0 1 2 … 7, 栏次 1 2 3; 四川's
 * 转移支付资金绩效评价表 writes one under its 资金投入情况 header, the sub-labels of a column beside
 * the numbers: 所需材料 / 上传端口 under 佐证材料): a known row opened by 列次 or 栏次 whose figures are
 * its columns' numbers, in order from 0 or 1. It holds no amount: it is passed over.
 */
import type { Token, TokenStream } from './tokens';

const NUMBERING_LABELS = new Set(['列次', '栏次']);

/** The cells of the numbering row from `i` on (`i` in it, after its label), or null where `i` is in no such row. */
export function columnNumbersFrom(ts: TokenStream, i: number): Token[] | null {
  const row = ts.tokens[i]?.row;
  if (row === null || row === undefined) return null;
  const written = ts.rows[row]!.map((k) => ts.tokens[k]!).filter((t) => t.norm !== '');
  if (!NUMBERING_LABELS.has(written[0]?.norm ?? '')) return null;
  const figures = written.slice(1).filter((t) => /\d/.test(t.norm));
  const first = Number(figures[0]?.norm);
  const numbered = figures.length >= 3 && (first === 0 || first === 1) && figures.every((t, k) => t.norm === String(first + k));
  return numbered ? ts.rows[row]!.filter((k) => k >= i).map((k) => ts.tokens[k]!) : null;
}
