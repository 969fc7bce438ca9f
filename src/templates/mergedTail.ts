/**
 * A funding row whose amounts stand glued in one cell that could not be cut (`.32.06.5`, their
 * leading digits lost to a preview), followed by the columns merged over the rows
 * (执行率 / 执行率权重 / 执行率得分: `79.27` `10` `7.93`, src/readers/flatMergedTail.ts). The merged
 * cells are placed in those columns when they agree — the score is the weight times the rate as
 * written (7.93 = 79.27% × 10), not above the weight; the amounts are not read (the caller reports
 * them).
 */
import { parseRateCell, parseScoreCell } from '../domain/reportedValue';
import { agrees, decimalsOf } from './consistency';
import type { FundingRole } from './template';
import type { Token } from './tokens';

const MERGED: readonly FundingRole[] = ['executionRate', 'weight', 'score'];
const AMOUNTS: readonly FundingRole[] = ['initialBudget', 'budget', 'executed'];
/** Amounts glued together: digits and points, more than one point (no one amount). */
const GLUED_AMOUNTS = /^(?=(?:[^.]*\.){2})[\d.]+$/;

export function mergedTailPlacement(cells: readonly Token[], roles: readonly FundingRole[]): { placed: Map<FundingRole, Token>; amounts: Token } | null {
  const written = cells.filter((c) => c.text.trim() !== '');
  const lead = roles.length - MERGED.length;
  if (written.length !== MERGED.length + 1 || lead < 1 || MERGED.some((role, k) => roles[lead + k] !== role)) return null;
  if (!roles.slice(0, lead).every((role) => AMOUNTS.includes(role))) return null;
  const [amounts, rate, weight, score] = written as [Token, Token, Token, Token];
  if (!GLUED_AMOUNTS.test(amounts.text.trim())) return null;
  const r = parseRateCell(rate.text);
  const w = parseScoreCell(weight.text);
  const s = parseScoreCell(score.text);
  if (r.status !== 'OK' || w.status !== 'OK' || s.status !== 'OK') return null;
  if (w.value > 100 || s.value > w.value) return null;
  if (!agrees(Math.min(1, r.value) * w.value, s.value, decimalsOf(score.text.trim()))) return null;
  const placed = new Map<FundingRole, Token>([
    ['executionRate', rate],
    ['weight', weight],
    ['score', score],
  ]);
  return { placed, amounts };
}
