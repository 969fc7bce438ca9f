import type { DiscrepancyRow } from '../../db/queries/discrepancy';
import { isProblem, type DiscrepancyKind, type Severity } from '../../domain/discrepancy';
import { builder } from '../builder';
import { DepartmentEvaluationRef, DiscrepancyRef, ProjectRef } from '../refs';

export const DiscrepancyKindEnum = builder.enumType('DiscrepancyKind', {
  description: 'What a discrepancy compares (issue 12).',
  values: {
    ARITHMETIC: { description: '计算不符: the document’s own numbers do not add up (parts against a stated total, weights against 100).' },
    RULE: {
      description:
        '评分规则不符: a reported figure differs from what the jurisdiction’s rules compute (rate, budget score, indicator score, total).',
    },
    CROSS_TABLE: { description: '表间不符: two tables of the same documents disagree (a summary row against its project table …).' },
    NARRATIVE: { description: '文表不符: a figure in the report’s prose against the same figure in a table.' },
    WITHIN_ROW: { description: '行内矛盾: one row contradicts itself (an indicator note against its target).' },
    MISSING: { description: '缺项: a figure the template requires is absent, and what cannot be computed without it.' },
  } as const,
});

export const DiscrepancySeverityEnum = builder.enumType('DiscrepancySeverity', {
  description: 'How much a discrepancy matters.',
  values: {
    MAJOR: { description: '重大: changes a score, a rate or a grade beyond rounding.' },
    MINOR: { description: '一般: beyond rounding, but no score, rate or grade changes with it.' },
    ROUNDING: { description: '舍入差异: within the document’s own rounding; listed, never counted as a problem.' },
    INFO: { description: '提示: follows from another discrepancy (see causedBy), or a note; never counted as a problem.' },
  } as const,
});

export const MessageLanguageEnum = builder.enumType('MessageLanguage', {
  description: 'The language of a message meant for people.',
  values: { ZH: { description: '中文' }, EN: { description: 'English' } } as const,
});

export interface DiscrepancyFilterArgs {
  kinds?: readonly DiscrepancyKind[] | null;
  severities?: readonly Severity[] | null;
  problemsOnly?: boolean | null;
}

/** The filter arguments every discrepancy list takes. */
export const discrepancyFilterArgs = builder.args((t) => ({
  kinds: t.field({ type: [DiscrepancyKindEnum], required: false, description: 'Only these kinds.' }),
  severities: t.field({ type: [DiscrepancySeverityEnum], required: false, description: 'Only these severities.' }),
  problemsOnly: t.boolean({ required: false, description: 'Only problems: leave out ROUNDING and INFO.' }),
}));

/** The rows a filter keeps (the lists of one record are loaded whole, then filtered). */
export function filterDiscrepancies(rows: readonly DiscrepancyRow[], f: DiscrepancyFilterArgs): DiscrepancyRow[] {
  return rows.filter(
    (d) =>
      (!f.kinds?.length || f.kinds.includes(d.kind)) &&
      (!f.severities?.length || f.severities.includes(d.severity)) &&
      (!f.problemsOnly || isProblem(d.severity)),
  );
}

DiscrepancyRef.implement({
  description:
    '不一致项: a reported figure that disagrees with what the rules compute or with another figure of the documents, beyond the rounding the document uses — or within it, listed as ROUNDING.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'The discrepancy’s number, stable while its document is not imported again.' }),
    field: t.exposeString('field', {
      description:
        'Which figure: executionRate, budgetScore, totalScore, reportedTotalScore (the reported parts against the reported total), indicators[N].score (N counted from 0), summary.executionRate, blocks[产出].weight, goals[N].weight …',
    }),
    kind: t.field({ type: DiscrepancyKindEnum, resolve: (d) => d.kind, description: 'What it compares.' }),
    severity: t.field({ type: DiscrepancySeverityEnum, resolve: (d) => d.severity, description: 'How much it matters.' }),
    isProblem: t.boolean({
      resolve: (d) => isProblem(d.severity),
      description: 'False for ROUNDING and INFO: listed, not counted as a problem.',
    }),
    causedBy: t.exposeString('causedBy', {
      nullable: true,
      description:
        'The `field` of the discrepancy this one follows from, so that a mistake counts once at its cause: a total off only because a part was scored differently names the part; "project.executionRate" names the project table’s figure a summary row repeats.',
    }),
    indicatorPosition: t.int({
      nullable: true,
      description: 'For an indicator’s figure, the indicator’s `position` (1-based) in its table; null otherwise.',
      resolve: (d) => {
        const match = /^indicators?\[(\d+)\]/.exec(d.field);
        return match ? Number(match[1]) + 1 : null;
      },
    }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The project evaluation the figure belongs to, if it is one’s.',
      resolve: async (d, _a, ctx) => (d.projectId ? ((await ctx.loaders.project.load(d.projectId)) ?? null) : null),
    }),
    departmentEvaluation: t.field({
      type: DepartmentEvaluationRef,
      nullable: true,
      description: 'The department-wide evaluation the figure belongs to, if it is one’s.',
      resolve: async (d, _a, ctx) =>
        d.departmentEvaluationId ? ((await ctx.loaders.departmentEvaluation.load(d.departmentEvaluationId)) ?? null) : null,
    }),
    reported: t.exposeString('reported', { description: 'The reported value, as written.' }),
    computed: t.exposeString('computed', { description: 'What the rules (or the other figure) give.' }),
    message: t.string({
      description: 'What is wrong, in words a person can act on; in Chinese unless English is asked for.',
      args: {
        language: t.arg({
          type: MessageLanguageEnum,
          required: false,
          description: "ZH or EN; by default the request's language (`?lang=`, then Accept-Language), Chinese when none is asked for.",
        }),
      },
      resolve: (d, args, ctx) => {
        const english = args.language ? args.language === 'EN' : ctx.language === 'en';
        return english || !d.messageZh ? d.message : d.messageZh;
      },
    }),
    messageZh: t.exposeString('messageZh', { description: 'The message in Chinese.' }),
    messageEn: t.exposeString('message', { description: 'The message in English, with the documents’ Chinese terms.' }),
    line: t.exposeInt('line', { nullable: true, description: 'Source line of the reported figure.' }),
    fiscalYear: t.exposeInt('fiscalYear', { description: 'Fiscal year (年度) of the record.' }),
    regionCode: t.exposeString('regionCode', { description: 'GB/T 2260 code of the region the record belongs to.' }),
  }),
});
