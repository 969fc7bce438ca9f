import { builder } from '../builder';

export const GradeEnum = builder.enumType('Grade', {
  description:
    '等次: the grade of a total score on the 100-point scale (cut-offs from the rule set; Hubei: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60).',
  values: {
    EXCELLENT: { description: '优' },
    GOOD: { description: '良' },
    FAIR: { description: '中' },
    POOR: { description: '差' },
  } as const,
});

export const GradeCountRef = builder.objectRef<{ grade: 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR'; count: number }>('GradeCount');
GradeCountRef.implement({
  description: 'How many evaluations received a grade (等次分布).',
  fields: (t) => ({
    grade: t.field({ type: GradeEnum, description: 'The grade (等次).', resolve: (g) => g.grade }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});
