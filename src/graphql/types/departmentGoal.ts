import type { GoalRow } from '../../db/queries/department';
import { builder } from '../builder';
import { IndicatorRef } from './indicator';
import { indicatorFields } from '../selection';

export const DepartmentGoalRef = builder.objectRef<GoalRow>('DepartmentGoal');

DepartmentGoalRef.implement({
  description: '年度目标: a weighted annual goal of a department-wide evaluation, e.g. 年度目标1: 积极促进就业创业工作。(18分).',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Its number (年度目标N).' }),
    name: t.exposeString('name', { description: 'The goal as written.' }),
    weight: t.exposeFloat('weight', { nullable: true, description: '分值 of the goal.' }),
    score: t.exposeFloat('score', { nullable: true, description: 'Σ computed scores of its indicators.' }),
    reportedScore: t.exposeFloat('reportedScore', { nullable: true, description: 'Σ reported scores of its indicators.' }),
    indicators: t.field({
      type: [IndicatorRef],
      description: 'The indicators of this goal, in table order.',
      resolve: (g, _a, ctx, info) => ctx.loaders.indicators('goal').load({ id: g.id, fields: indicatorFields(info) }),
    }),
  }),
});
