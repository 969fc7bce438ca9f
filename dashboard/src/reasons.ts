/**
 * Why a figure is missing or off, in words, from what the API returns: a total score the rules
 * cannot compute (no budget, no executed amount, indicators without a weight), and the
 * explanations the documents give (偏差原因分析及改进措施) shown beside the figures.
 */
import { h } from './dom';

export interface ScoredProject {
  budget: number | null;
  executed: number | null;
  totalScore: number | null;
  indicators: { scoreMethod: string | null; scoreNote: string | null }[];
}

/** Why `totalScore` is null (无法计算的原因), or null when it was computed. */
export function scoreMissingReason(p: ScoredProject): string | null {
  if (p.totalScore !== null) return null;
  if (p.budget === null || p.budget === 0) return '未填报预算数，无法计算执行率与预算执行得分';
  if (p.executed === null) return '未填报执行数，无法计算执行率与预算执行得分';
  if (!p.indicators.length) return '未填报绩效指标，无法计算指标得分';
  const unscored = p.indicators.filter((i) => i.scoreMethod === 'NOT_SCORED');
  if (unscored.length) {
    const noWeight = unscored.filter((i) => /weight|分值/.test(i.scoreNote ?? '')).length;
    return noWeight === unscored.length
      ? `${unscored.length} 项指标未填分值，规则无法计算指标得分`
      : `${unscored.length} 项指标无法按规则计分（${unscored[0]!.scoreNote ?? '见指标说明'}）`;
  }
  return '规则无法计算总分（见各指标说明）';
}

/** A document's explanation as written; "未说明" where it gives none. */
export function reason(text: string | null | undefined, className = 'reason'): HTMLElement {
  const value = text?.trim();
  return value ? h('span', { class: className, title: value }, value) : h('span', { class: `${className} muted` }, '未说明');
}
