import type { RollupRow } from '../../db/queries/rollup';
import { builder } from '../builder';
import { GradeCountRef } from './grade';
import { RollupCoverageRef, UncomputedScoreCountRef } from './rollupCoverage';

export const RollupRef = builder.objectRef<RollupRow & { year: number }>('Rollup');

RollupRef.implement({
  description:
    '汇总: the project evaluations beneath a node for one fiscal year, rolled up by the rules (scoring.md §5). Money in 万元, rates as fractions; null where nothing could be computed, never 0.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Fiscal year (年度) the rollup covers.' }),
    projectCount: t.exposeInt('projectCount', { description: 'Project evaluations (项目数).' }),
    organizationCount: t.exposeInt('organizationCount', { description: 'Organizations with project evaluations (单位数).' }),
    departmentEvaluationCount: t.exposeInt('departmentEvaluationCount', { description: 'Department-wide evaluations (部门整体自评数).' }),
    departmentReportedMeanScore: t.exposeFloat('departmentReportedMeanScore', {
      nullable: true,
      description: 'Mean reported total (自评得分) of the department-wide evaluations beneath the node.',
    }),
    departmentBasicExpenditure: t.exposeFloat('departmentBasicExpenditure', {
      nullable: true,
      description: 'Σ 基本支出总额 of the department-wide evaluations beneath the node, 万元.',
    }),
    departmentProjectExpenditure: t.exposeFloat('departmentProjectExpenditure', {
      nullable: true,
      description: 'Σ 项目支出总额 of the department-wide evaluations beneath the node, 万元.',
    }),
    departmentBudget: t.exposeFloat('departmentBudget', {
      nullable: true,
      description: 'Σ 预算数 of the department-wide evaluations beneath the node, 万元 (null where none reports it).',
    }),
    departmentExecuted: t.exposeFloat('departmentExecuted', {
      nullable: true,
      description: 'Σ 执行数 of the department-wide evaluations beneath the node, 万元.',
    }),
    departmentComputedMeanScore: t.exposeFloat('departmentComputedMeanScore', {
      nullable: true,
      description: 'Mean computed total of the department-wide evaluations beneath the node (those the rules could total).',
    }),
    budget: t.exposeFloat('budget', {
      nullable: true,
      description: 'Σ budget (预算数), 万元: the full-year budget, or the initial one where no adjusted budget was reported.',
    }),
    executed: t.exposeFloat('executed', { nullable: true, description: 'Σ executed (执行数), 万元.' }),
    executionRate: t.exposeFloat('executionRate', {
      nullable: true,
      description: 'Σexecuted / Σbudget (执行率) over projects with both figures; not the mean of rates.',
    }),
    weightedScore: t.exposeFloat('weightedScore', {
      nullable: true,
      description: 'Computed total score weighted by budget (以资金额度为权重): Σ(score × budget) / Σbudget.',
    }),
    meanScore: t.exposeFloat('meanScore', { nullable: true, description: 'Plain mean of the computed total scores (算术平均).' }),
    reportedWeightedScore: t.exposeFloat('reportedWeightedScore', {
      nullable: true,
      description: 'Reported total score (自评得分) weighted by budget.',
    }),
    reportedMeanScore: t.exposeFloat('reportedMeanScore', { nullable: true, description: 'Plain mean of the reported total scores.' }),
    reportedWeightedScoreOnComputed: t.exposeFloat('reportedWeightedScoreOnComputed', {
      nullable: true,
      description:
        'Reported total score weighted by budget over the projects whose total the rules computed: compare this, not reportedWeightedScore, with weightedScore (like with like).',
    }),
    computedScoreCoverage: t.field({
      type: RollupCoverageRef,
      description: 'The projects and money weightedScore and meanScore cover (计算得分覆盖范围).',
      resolve: (r) => ({ projects: r.computedScoreProjects, budget: r.computedScoreBudget }),
    }),
    reportedScoreCoverage: t.field({
      type: RollupCoverageRef,
      description: 'The projects and money reportedWeightedScore and reportedMeanScore cover (自评得分覆盖范围).',
      resolve: (r) => ({ projects: r.reportedScoreProjects, budget: r.reportedScoreBudget }),
    }),
    uncomputedScoreReasons: t.field({
      type: [UncomputedScoreCountRef],
      description:
        'Projects whose total the rules could not compute, by reason (无法计算原因), every reason listed; the counts add up to projectCount − computedScoreCoverage.projects.',
      resolve: (r) => [
        { reason: 'NO_BUDGET' as const, count: r.uncomputedNoBudget },
        { reason: 'NO_EXECUTED' as const, count: r.uncomputedNoExecuted },
        { reason: 'UNWEIGHTED_INDICATORS' as const, count: r.uncomputedUnweightedIndicators },
        { reason: 'OTHER' as const, count: r.uncomputedOther },
      ],
    }),
    outputScoreRate: t.exposeFloat('outputScoreRate', { nullable: true, description: '产出指标得分率, budget-weighted across projects.' }),
    benefitScoreRate: t.exposeFloat('benefitScoreRate', {
      nullable: true,
      description: '效益指标得分率, budget-weighted across projects.',
    }),
    satisfactionScoreRate: t.exposeFloat('satisfactionScoreRate', {
      nullable: true,
      description: '满意度指标得分率, budget-weighted across projects that have one (a missing satisfaction indicator is not a zero).',
    }),
    gradeCounts: t.field({
      type: [GradeCountRef],
      description: 'Projects per computed grade (等次), all four grades listed.',
      resolve: (r) => [
        { grade: 'EXCELLENT' as const, count: r.excellent },
        { grade: 'GOOD' as const, count: r.good },
        { grade: 'FAIR' as const, count: r.fair },
        { grade: 'POOR' as const, count: r.poor },
      ],
    }),
    reportedGradeCounts: t.field({
      type: [GradeCountRef],
      description: 'Projects per grade of their reported total score.',
      resolve: (r) => [
        { grade: 'EXCELLENT' as const, count: r.reportedExcellent },
        { grade: 'GOOD' as const, count: r.reportedGood },
        { grade: 'FAIR' as const, count: r.reportedFair },
        { grade: 'POOR' as const, count: r.reportedPoor },
      ],
    }),
    ungradedCount: t.exposeInt('ungraded', { description: 'Projects whose total could not be computed.' }),
    discrepancyCount: t.exposeInt('discrepancyCount', {
      description:
        'Problems beneath the node (不一致项): discrepancies of severity MAJOR or MINOR. Those within rounding (ROUNDING) and notes that follow from another (INFO) are listed but not counted here; listedDiscrepancyCount counts them all.',
    }),
    listedDiscrepancyCount: t.exposeInt('listedDiscrepancyCount', {
      description: 'Every discrepancy listed beneath the node, problems or not (ROUNDING and INFO included).',
    }),
  }),
});
