import type { RollupRow } from '../../db/queries/rollup';
import { builder } from '../builder';
import { RollupRef } from './rollup';

type Rollup = RollupRow & { year: number };

export const RollupChangeRef = builder.objectRef<{ current: Rollup; previous: Rollup }>('RollupChange');

function change(a: number | null, b: number | null): number | null {
  return a == null || b == null ? null : a - b;
}

RollupChangeRef.implement({
  description: '同比: a rollup against the year before. Changes are null where either year lacks the figure.',
  fields: (t) => ({
    current: t.field({ type: RollupRef, description: 'The later year.', resolve: (c) => c.current }),
    previous: t.field({ type: RollupRef, description: 'The year before.', resolve: (c) => c.previous }),
    budgetChange: t.float({ nullable: true, description: 'Δ budget, 万元.', resolve: (c) => change(c.current.budget, c.previous.budget) }),
    executedChange: t.float({
      nullable: true,
      description: 'Δ executed, 万元.',
      resolve: (c) => change(c.current.executed, c.previous.executed),
    }),
    executionRateChange: t.float({
      nullable: true,
      description: 'Δ execution rate (fraction points).',
      resolve: (c) => change(c.current.executionRate, c.previous.executionRate),
    }),
    weightedScoreChange: t.float({
      nullable: true,
      description: 'Δ budget-weighted score (points).',
      resolve: (c) => change(c.current.weightedScore, c.previous.weightedScore),
    }),
    projectCountChange: t.int({
      description: 'Δ number of project evaluations.',
      resolve: (c) => c.current.projectCount - c.previous.projectCount,
    }),
  }),
});
