/**
 * A funding block whose last columns (执行率 / 执行率权重 / 执行率得分) are merged over its rows, as a
 * preview flattens it: the cells are printed once, after the last row, so that the sub-row's text
 * is the total row's text as written followed by the merged cells (重庆 梁平区: 年度总金额 `.32.06.5`,
 * 其中财政拨款 `.32.06.579.27107.93`). Where the sub-row begins with the total row's text exactly,
 * the rest is the merged cells, cut only where one cut alone fits: each a figure no larger than
 * 100 and the score the weight times the rate (7.93 = 79.27% × 10), not above the weight. The
 * amounts themselves are not cut here (the row they stand in could not be); they stay as written.
 */
import { agrees, decimalsOf } from '../templates/consistency';
import type { FundingRole } from '../templates/template';
import type { FlatChar } from './flatPieces';
import { cutRows, type FlatCell } from './flatGluedRows';

/** The merged columns a tail may hold, in the order the template writes them. */
const MERGED: readonly FundingRole[] = ['executionRate', 'weight', 'score'];

const textOf = (chars: readonly FlatChar[]) => chars.map((c) => c.ch).join('');

/**
 * The merged cells after the total row's text in a sub-row: the trailing `roles` of the block
 * (executionRate, weight, score, exactly these), cut one way only; null otherwise.
 */
export function mergedTail(total: readonly FlatChar[], sub: readonly FlatChar[], roles: readonly FundingRole[]): FlatCell[] | null {
  if (roles.length < MERGED.length || MERGED.some((role, k) => roles[roles.length - MERGED.length + k] !== role)) return null;
  const written = textOf(total).trim();
  const subText = textOf(sub);
  const lead = subText.length - subText.trimStart().length;
  if (written === '' || !subText.trimStart().startsWith(written)) return null;
  const rest = sub.slice(lead + written.length);
  if (textOf(rest).trim() === '') return null;
  const check = (cells: string[]): boolean => {
    if (cells.length !== 3) return false;
    const [rate, weight, score] = cells.map((c) => c.replace('%', '')).map(Number) as [number, number, number];
    if (score > weight) return false;
    return agrees((Math.min(100, rate) / 100) * weight, score, decimalsOf(cells[2]!));
  };
  const cut = cutRows([...rest], { shapes: ['score', 'score', 'score'], mayOmitLast: 0, check, single: true }, false);
  // (A rate written with its %: 79.27% | 10 | 7.93.)
  const withPercent = cutRows([...rest], { shapes: ['rate', 'score', 'score'], mayOmitLast: 0, check, single: true }, false);
  const ways = cut.ways + withPercent.ways;
  if (ways !== 1) return null;
  return (cut.ways === 1 ? cut : withPercent).rows[0] ?? null;
}
