/**
 * A prepared document as the rows of each table, ready to send: built where the document is read
 * (a reading thread, src/ingest/readingPool.ts), so that the writing thread receives a few strings
 * — not the document's object graph, whose structured clone cost the writer more than its
 * transaction — and sends them as they are (src/db/writes/insertRows.ts).
 *
 * A row refers to a row of another table of the same document by that row's position (1-based)
 * among its table's rows: ids are known only once the rows are written, and the database puts them
 * in (`references`). The document itself is SourceDocument's row 1; organizations are numbered in
 * the order of `organizations`.
 */
import { isProblem } from '../../domain/discrepancyKinds';
import type { PreparedDocument } from '../../ingest/prepare';
import { GOALS_TEMPLATE, NO_GOALS_TEMPLATE, type DepartmentEvaluationRow } from '../rows/departmentEvaluation';
import type { GoalRow } from '../rows/departmentGoal';
import type { IndicatorRow } from '../rows/indicator';
import type { ProjectRow } from '../rows/projectEvaluation';
import type { NewRow } from '../rows/row';
import type { SourceDocumentRow } from '../rows/sourceDocument';
import type { SummaryRowRow } from '../rows/summaryRow';
import type { SummaryTableRow } from '../rows/summaryTable';
import type { OrganizationToWrite } from './organizations';
import { tableRows, type TableRows } from './tableRows';

export interface DocumentToWrite {
  contentHash: string;
  /** The identity it is stored under (src/ingest/identity.ts). */
  identity: string;
  fiscalYear: number;
  organizations: OrganizationToWrite[];
  /** Its projects' names: a project in common marks the version it replaces. */
  projectNames: string[];
  /** SourceDocument's row first, then every table after those it refers to. */
  tables: TableRows[];
}

/** Positions are 1-based, as SQL arrays count. */
const position = (index: number) => index + 1;

export function documentRows(doc: PreparedDocument, identity: string): DocumentToWrite {
  const organization = new Map<string, number>();
  doc.organizations.forEach((o, i) => {
    if (!organization.has(o.fullName)) organization.set(o.fullName, position(i));
  });
  const orgOf = (name: string) => organization.get(name)!;
  const regionOf = (name: string) => doc.organizations.find((o) => o.fullName === name)!.regionCode;
  // Every row of the document's own tables starts with documentId: 1, fiscalYear. Written out, or
  // put together with Object.assign, not spread into a literal (`{ ...base, … }`): Node 20's V8
  // defines every property written after a spread in an object literal on a slow path (about
  // 0.7 µs each), which for a project's forty-odd columns cost more than the rest of its rows.
  const owned = { documentId: 'SourceDocument', organizationId: 'Organization' } as const;

  // Left to the database and to later loads: when it was loaded (now()), and which version supersedes it.
  const documentRow: Omit<NewRow<SourceDocumentRow>, 'importedAt' | 'supersededById'> = {
    fileName: doc.fileName,
    contentHash: doc.contentHash,
    format: doc.parsed.format,
    fileFormat: doc.fileFormat,
    encoding: doc.encoding,
    kind: doc.kind,
    regionCode: doc.region.code,
    fiscalYear: doc.fiscalYear,
    identity,
    text: doc.text,
    lineCount: doc.lineCount,
    importReport: { warnings: doc.warnings, unread: doc.unread, notes: doc.parsed.notes },
    leftOutTables: doc.partial,
  };
  const document = tableRows('SourceDocument', [documentRow]);

  const projects = tableRows(
    'ProjectEvaluation',
    doc.projects.map((p): NewRow<ProjectRow> => ({
      documentId: 1,
      fiscalYear: doc.fiscalYear,
      regionCode: regionOf(p.organizationName),
      organizationId: orgOf(p.organizationName),
      name: p.parsed.name,
      code: p.parsed.code ?? null,
      title: p.parsed.title,
      supervisingDepartment: p.parsed.supervisingDepartment,
      implementingUnit: p.parsed.implementingUnit,
      category: p.parsed.classification.category,
      attribute: p.parsed.classification.attribute,
      projectType: p.parsed.classification.type,
      filledOnText: p.parsed.filledOn,
      filledOn: p.filledOn,
      initialBudget: p.initialBudget,
      fullYearBudget: p.fullYearBudget,
      executed: p.executed,
      currentYearBudget: p.funds.currentYear.budget,
      currentYearExecuted: p.funds.currentYear.executed,
      carryOverBudget: p.funds.carryOver.budget,
      carryOverExecuted: p.funds.carryOver.executed,
      otherBudget: p.funds.other.budget,
      otherExecuted: p.funds.other.executed,
      budgetWeight: p.budgetWeight,
      reportedExecutionRate: p.reportedExecutionRate,
      reportedBudgetScore: p.reportedBudgetScore,
      reportedTotalScore: p.reportedTotalScore,
      reportedText: p.reportedText,
      expectedGoal: p.parsed.expectedGoal,
      actualOutcome: p.parsed.actualOutcome,
      deviationAnalysis: p.parsed.deviationAnalysis,
      improvementMeasures: p.parsed.improvementMeasures,
      narrative: p.parsed.narrative?.text ?? null,
      lineStart: p.parsed.lines.start,
      lineEnd: p.parsed.lines.end,
      narrativeLineStart: p.parsed.narrative?.lines.start ?? null,
      narrativeLineEnd: p.parsed.narrative?.lines.end ?? null,
      budgetBasis: p.score.execution.basis === 'NONE' ? null : p.score.execution.basis,
      budget: p.score.execution.budget,
      executionRate: p.score.execution.executionRate,
      budgetScore: p.score.execution.score,
      indicatorScore: p.score.totalScore === null ? null : p.score.totalScore - (p.score.budgetPoints ?? 0),
      totalScore: p.score.totalScore,
      grade: p.score.grade,
      reportedGrade: p.reportedGrade,
      outputScoreRate: p.outputScoreRate,
      benefitScoreRate: p.benefitScoreRate,
      satisfactionScoreRate: p.satisfactionScoreRate,
      discrepancyCount: p.discrepancies.filter((d) => isProblem(d.severity)).length,
    })),
    owned,
  );

  // Department-wide evaluations and their goals.
  const evaluations = tableRows(
    'DepartmentEvaluation',
    doc.departments.map((d): NewRow<DepartmentEvaluationRow> => ({
      documentId: 1,
      fiscalYear: doc.fiscalYear,
      regionCode: regionOf(d.organizationName),
      organizationId: orgOf(d.organizationName),
      title: d.parsed.title,
      template: d.goals.length > 0 ? GOALS_TEMPLATE : NO_GOALS_TEMPLATE,
      filledOnText: d.parsed.filledOn,
      basicExpenditure: d.basicExpenditure,
      projectExpenditure: d.projectExpenditure,
      initialBudget: d.initialBudget,
      budget: d.budget,
      executed: d.executed,
      budgetWeight: d.budgetWeight,
      reportedExecutionRate: d.reportedExecutionRate,
      reportedBudgetScore: d.reportedBudgetScore,
      reportedTotalScore: d.reportedTotalScore,
      tableScoreSum: d.tableScoreSum,
      annualObjectives: d.parsed.annualObjectives,
      narrative: d.parsed.narrative?.text ?? null,
      narrativeLineStart: d.parsed.narrative?.lines.start ?? null,
      narrativeLineEnd: d.parsed.narrative?.lines.end ?? null,
      reportedText: d.reportedText,
      lineStart: d.parsed.lines.start,
      lineEnd: d.parsed.lines.end,
      executionRate: d.score.execution.executionRate,
      budgetScore: d.score.execution.score,
      computedScore: d.score.totalScore,
      grade: d.score.grade,
      discrepancyCount: d.discrepancies.filter((x) => isProblem(x.severity)).length,
    })),
    owned,
  );
  const sum = (values: (number | null)[]) => (values.every((v): v is number => v !== null) ? values.reduce((s, v) => s + v, 0) : null);
  const goalPosition = new Map<string, number>();
  const goals = doc.departments.flatMap((d, i) =>
    d.goals.map((g): NewRow<GoalRow> => {
      goalPosition.set(`${i}:${g.position}`, position(goalPosition.size));
      const own = d.indicators.filter((x) => x.goalPosition === g.position);
      return {
        evaluationId: position(i),
        position: g.position,
        name: g.name,
        weight: g.weight,
        weightText: g.weightText,
        lineStart: g.lineStart,
        lineEnd: g.lineEnd,
        score: sum(own.map((x) => x.score)),
        reportedScore: sum(own.map((x) => x.reportedScore)),
      };
    }),
  );

  // The indicators of projects and of department-wide evaluations (with their goals).
  const indicators = [
    ...doc.projects.flatMap((p, i) =>
      p.indicators.map(({ goalPosition: _, ...x }): NewRow<IndicatorRow> =>
        Object.assign(x, { projectId: position(i), departmentEvaluationId: null, goalId: null }),
      ),
    ),
    ...doc.departments.flatMap((d, i) =>
      d.indicators.map(({ goalPosition: goal, ...x }): NewRow<IndicatorRow> =>
        Object.assign(x, {
          projectId: null,
          departmentEvaluationId: position(i),
          goalId: goal === null ? null : (goalPosition.get(`${i}:${goal}`) ?? null),
        }),
      ),
    ),
  ];

  // Reported summary tables and their rows, linked to the project tables they summarise.
  const summaryTables = doc.summaryTables.map((t): NewRow<SummaryTableRow> => ({
    documentId: 1,
    organizationId: orgOf(t.organizationName),
    unitName: t.unitName,
    compiledOnText: t.compiledOnText,
    lineStart: t.lineStart,
    lineEnd: t.lineEnd,
  }));
  const summaryRows = doc.summaryTables.flatMap((t, i) =>
    t.rows.map((r): NewRow<SummaryRowRow> => ({
      tableId: position(i),
      projectId: r.projectIndex === null ? null : position(r.projectIndex),
      position: r.parsed.position,
      projectName: r.parsed.projectName,
      budget: r.budget,
      executed: r.executed,
      executionRate: r.executionRate,
      outputScoreRate: r.outputScoreRate,
      benefitScoreRate: r.benefitScoreRate,
      satisfactionScoreRate: r.satisfactionScoreRate,
      totalScore: r.totalScore,
      deviationNote: r.parsed.deviationNote,
      reportedText: r.reportedText,
      lineStart: r.parsed.lines.start,
      lineEnd: r.parsed.lines.end,
    })),
  );

  const finalAccounts = [doc.finalAccounts].flatMap((fa) => {
    if (!fa) return [];
    const cell = (c: { text: string; line: number } | null) => (c ? { text: c.text, line: c.line } : null);
    return [
      {
        documentId: 1,
        fiscalYear: doc.fiscalYear,
        organizationId: orgOf(fa.organizationName),
        totalIncome: fa.totalIncome,
        totalExpenditure: fa.totalExpenditure,
        basicExpenditure: fa.basicExpenditure,
        projectExpenditure: fa.projectExpenditure,
        threePublicBudget: fa.threePublicBudget,
        threePublicActual: fa.threePublicActual,
        reportedText: {
          totalIncome: cell(fa.parsed.totalIncome),
          totalExpenditure: cell(fa.parsed.totalExpenditure),
          basicExpenditure: cell(fa.parsed.basicExpenditure),
          projectExpenditure: cell(fa.parsed.projectExpenditure),
          threePublicBudget: cell(fa.parsed.threePublicBudget),
          threePublicActual: cell(fa.parsed.threePublicActual),
        },
        lineStart: fa.parsed.lines.start,
        lineEnd: fa.parsed.lines.end,
      },
    ];
  });

  // Every discrepancy, under the record it is about; one literal, so that the rows share their keys.
  const discrepancy = (
    owner: { regionCode: string; projectId: number | null; departmentEvaluationId: number | null; summaryRowId: number | null },
    d: PreparedDocument['projects'][number]['discrepancies'][number],
  ) => Object.assign({ documentId: 1, fiscalYear: doc.fiscalYear }, owner, d);
  let summaryRowIndex = 0;
  const discrepancies = [
    ...doc.projects.flatMap((p, i) =>
      p.discrepancies.map((d) =>
        discrepancy({ regionCode: regionOf(p.organizationName), projectId: position(i), departmentEvaluationId: null, summaryRowId: null }, d),
      ),
    ),
    ...doc.departments.flatMap((x, i) =>
      x.discrepancies.map((d) =>
        discrepancy({ regionCode: regionOf(x.organizationName), projectId: null, departmentEvaluationId: position(i), summaryRowId: null }, d),
      ),
    ),
    ...doc.summaryTables.flatMap((t) =>
      t.rows.flatMap((r) => {
        summaryRowIndex += 1;
        return r.discrepancies.map((d) =>
          discrepancy({ regionCode: regionOf(t.organizationName), projectId: null, departmentEvaluationId: null, summaryRowId: summaryRowIndex }, d),
        );
      }),
    ),
  ];

  return {
    contentHash: doc.contentHash,
    identity,
    fiscalYear: doc.fiscalYear,
    organizations: doc.organizations,
    projectNames: doc.projects.map((p) => p.parsed.name),
    tables: [
      document,
      projects,
      evaluations,
      tableRows('DepartmentGoal', goals, { evaluationId: 'DepartmentEvaluation' }),
      tableRows('Indicator', indicators, { projectId: 'ProjectEvaluation', departmentEvaluationId: 'DepartmentEvaluation', goalId: 'DepartmentGoal' }),
      tableRows('SummaryTable', summaryTables, owned),
      tableRows('SummaryRow', summaryRows, { tableId: 'SummaryTable', projectId: 'ProjectEvaluation' }),
      tableRows('FinalAccounts', finalAccounts, owned),
      tableRows('Discrepancy', discrepancies, {
        documentId: 'SourceDocument',
        projectId: 'ProjectEvaluation',
        departmentEvaluationId: 'DepartmentEvaluation',
        summaryRowId: 'SummaryRow',
      }),
    ],
  };
}
