/**
 * A header row whose cells wrapped inside their column, extracted as two rows: the first holds the
 * labels that fit and the heads of the wrapped ones, the next only the tails of the wrapped ones
 * (鄂州's 项目支出绩效自评表: `一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施`
 * over `指标值 完成值`, that is 年度指标值 and 实际完成值). Known rows are joined column by column, never
 * across: a row of at least two labels, followed by a row whose cells are as many as the first
 * row's cells that are no label, each of them making a label when written after the one of the
 * same rank (its text joined as written; a tail may be a label of its own, 指标值 is one). Then the
 * heads take the whole labels and the row of tails is emptied. Where one join makes no label, or the counts differ, nothing is joined: which head a
 * tail belongs to would be a guess.
 */
import type { LabelSet } from './labels';
import { joinedInto, type Token, type TokenStream } from './tokens';

export function joinStackedLabels(ts: TokenStream, labels: LabelSet): TokenStream {
  const isLabel = (t: Token) => t.norm !== '' && labels.has(t.norm);
  const joinedHeads = new Map<number, Token>();
  const absorbed = new Set<number>();
  for (let r = 0; r + 1 < ts.rows.length; r++) {
    const head = ts.rows[r]!.map((k) => ts.tokens[k]!).filter((t) => t.norm !== '');
    const tails = ts.rows[r + 1]!.map((k) => ts.tokens[k]!).filter((t) => t.norm !== '');
    if (head.filter(isLabel).length < 2 || tails.length === 0) continue;
    const heads = head.filter((t) => !isLabel(t));
    if (heads.length !== tails.length) continue;
    if (!heads.every((h, i) => labels.has(h.norm + tails[i]!.norm))) continue;
    heads.forEach((h, i) => joinedHeads.set(h.index, { ...h, text: h.text + tails[i]!.text, norm: h.norm + tails[i]!.norm }));
    for (const k of ts.rows[r + 1]!) absorbed.add(k);
    r++;
  }
  return joinedInto(ts, joinedHeads, absorbed);
}
