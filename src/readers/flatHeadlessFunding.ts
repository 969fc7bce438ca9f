/**
 * A funding header that stands without its heading (部门预算执行情况（万元） not written, or lost
 * to the flattening): the block's column labels, every one of them, one after the other in the
 * template's order (年初预算数 全年（调整）预算数 全年执行数 执行率 执行率权重 执行率得分), with a funding
 * row label (年度总金额) right after them. Nothing less opens the block: a column label alone is a
 * word of the text around it.
 */
import { LabelSet } from '../templates/labels';
import type { Template } from '../templates/template';
import type { Piece } from './flatPieces';

/** Every funding column label, in order, from `at`. */
function columnsFrom(pieces: readonly Piece[], at: number, t: Template): boolean {
  const columns = t.funding.columns;
  if (columns.length < 4 || at < 0 || at + columns.length > pieces.length) return false;
  return columns.every((c, k) => {
    const p = pieces[at + k]!;
    return p.kind === 'label' && new LabelSet(c.labels).has(p.norm);
  });
}

/** Whether the pieces from `at` are the headless funding header, a funding row label after it. */
export function opensHeadlessFunding(pieces: readonly Piece[], at: number, t: Template): boolean {
  if (!columnsFrom(pieces, at, t)) return false;
  const row = pieces[at + t.funding.columns.length];
  return row !== undefined && new LabelSet(t.funding.rows.flatMap((r) => r.labels)).has(row.norm);
}

/** Whether the pieces end with the whole headless funding header (a funding row label may follow). */
export function endsHeadlessFundingHeader(pieces: readonly Piece[], t: Template): boolean {
  return columnsFrom(pieces, pieces.length - t.funding.columns.length, t);
}
