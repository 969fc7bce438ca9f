import type { IndicatorRow } from '../../db/queries/indicator';
import { builder } from '../builder';
import { IndicatorConceptRef } from './indicatorConcept';

export const IndicatorRef = builder.objectRef<IndicatorRow>('Indicator');

IndicatorRef.implement({
  description:
    '绩效指标: one reported indicator. `target` and `actual` are the text as reported (≥95%, 4.97万人, 达标); `targetValue`/`actualValue` are parsed into `unit`; `score` is what the rules compute, `reportedScore` what the document says.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order in the table (1-based).' }),
    level1: t.exposeString('level1', { nullable: true, description: '一级指标 as written, e.g. 产出指标 (40分).' }),
    level1Kind: t.exposeString('level1Kind', {
      nullable: true,
      description: 'OUTPUT (产出), BENEFIT (效益), SATISFACTION (满意度), INPUT (投入) or PROCESS (过程).',
    }),
    level2: t.exposeString('level2', { nullable: true, description: '二级指标 as written, e.g. 数量指标.' }),
    name: t.exposeString('name', { description: '三级指标: the indicator itself.' }),
    description: t.exposeString('description', { nullable: true, description: '指标说明 as written.' }),
    scoringRule: t.exposeString('scoringRule', { nullable: true, description: '评分标准 as written (同上 resolved).' }),
    target: t.exposeString('targetText', { nullable: true, description: '年初目标值 / 年度指标值 as written.' }),
    actual: t.exposeString('actualText', { nullable: true, description: '实际完成值 as written.' }),
    targetValue: t.exposeFloat('targetValue', {
      nullable: true,
      description: 'Target parsed into `unit` (8万 → 80000); null where it is not a number.',
    }),
    actualValue: t.exposeFloat('actualValue', { nullable: true, description: 'Actual parsed into `unit`.' }),
    unit: t.exposeString('unit', { nullable: true, description: 'Base unit of the parsed values: 人, 元, 次, rate (fraction) …' }),
    comparator: t.exposeString('comparator', {
      nullable: true,
      description: 'GE (≥, 以上, 大于…), LE (≤, 以内, 不超过…), GT, LT, EQ or ABOUT (余, 约).',
    }),
    direction: t.exposeString('direction', {
      nullable: true,
      description: 'POSITIVE (floor), NEGATIVE (ceiling) or QUALITATIVE, as inferred.',
    }),
    weight: t.exposeFloat('weight', { nullable: true, description: '分值 (weight); null where the template gives none per indicator.' }),
    score: t.exposeFloat('score', {
      nullable: true,
      description:
        'Score computed by the rules (capped at the weight); for a qualitative indicator, the reported score held inside the band the actual supports.',
    }),
    scoreMin: t.exposeFloat('scoreMin', { nullable: true, description: 'Lowest score the rules allow (qualitative band).' }),
    scoreMax: t.exposeFloat('scoreMax', { nullable: true, description: 'Highest score the rules allow (qualitative band).' }),
    scoreMethod: t.exposeString('scoreMethod', { nullable: true, description: 'POSITIVE, NEGATIVE, QUALITATIVE or NOT_SCORED.' }),
    judgement: t.exposeString('judgement', {
      nullable: true,
      description: 'Qualitative judgement of the actual: ACHIEVED (达成), PARTLY (部分达成), NOT_ACHIEVED (未达成), or null.',
    }),
    scoreNote: t.exposeString('scoreNote', {
      nullable: true,
      description: 'Why the rules scored it so (e.g. units differ, judged qualitatively).',
    }),
    reportedScore: t.exposeFloat('reportedScore', { nullable: true, description: '得分 as reported.' }),
    deviationNote: t.exposeString('deviationNote', { nullable: true, description: '偏差原因分析及改进措施 as written.' }),
    lineStart: t.exposeInt('lineStart', { description: 'First source line.' }),
    lineEnd: t.exposeInt('lineEnd', { description: 'Last source line.' }),
    concept: t.field({
      type: IndicatorConceptRef,
      nullable: true,
      description: 'The catalog concept it was matched to, if any (never guessed).',
      resolve: async (i, _a, ctx) => (i.conceptKey ? ((await ctx.loaders.concept.load(i.conceptKey)) ?? null) : null),
    }),
  }),
});
