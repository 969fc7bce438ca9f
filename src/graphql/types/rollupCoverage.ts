/**
 * What a rollup's score covers (覆盖范围) and why the rest is not covered: a computed score that
 * covers 11 of 20 projects is not comparable with a reported one that covers 20 (issue 12).
 */
import { builder } from '../builder';

export const RollupCoverageRef = builder.objectRef<{ projects: number; budget: number | null }>('RollupCoverage');
RollupCoverageRef.implement({
  description: 'The projects a rollup figure is computed over (覆盖项目) and the money that weights it.',
  fields: (t) => ({
    projects: t.exposeInt('projects', { description: 'Projects with the score (项目数).' }),
    budget: t.exposeFloat('budget', {
      nullable: true,
      description: 'Σ budget of those projects with a positive budget, 万元: the weight of the fund-weighted score (null where none).',
    }),
  }),
});

type UncomputedScoreReason = 'NO_BUDGET' | 'NO_EXECUTED' | 'UNWEIGHTED_INDICATORS' | 'OTHER';

export const UncomputedScoreReasonEnum = builder.enumType('UncomputedScoreReason', {
  description: 'Why the rules could not compute a project’s total score (无法计算总分的原因); a project has the first that applies.',
  values: {
    NO_BUDGET: { description: '未填报预算数 (or 0), and no budget score reported: the budget part cannot be scored.' },
    NO_EXECUTED: { description: '未填报执行数, and no budget score reported: the budget part cannot be scored.' },
    UNWEIGHTED_INDICATORS: {
      description: '指标未填分值: an indicator (not a 约束性指标) has neither a weight (分值) nor a reported score.',
    },
    OTHER: { description: '其他: see the project’s notes and its indicators’ scoreNote.' },
  } as const,
});

export const UncomputedScoreCountRef = builder.objectRef<{ reason: UncomputedScoreReason; count: number }>('UncomputedScoreCount');
UncomputedScoreCountRef.implement({
  description: 'How many projects have no computed total for one reason.',
  fields: (t) => ({
    reason: t.field({ type: UncomputedScoreReasonEnum, description: 'The reason.', resolve: (c) => c.reason }),
    count: t.exposeInt('count', { description: 'How many projects.' }),
  }),
});
