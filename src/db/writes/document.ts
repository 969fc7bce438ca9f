/**
 * Writing a prepared document, in one transaction through the driver (src/db/transaction.ts): the
 * document (its whole text), its organizations, projects with indicators, department-wide
 * evaluations with goals, summary tables, final accounts and discrepancies — all of it or
 * nothing, one multi-row INSERT per table (src/db/writes/insertRows.ts) — and the rollup sums of
 * its organizations. A corrected version removes the records of the version it replaces, which
 * stays on record, marked superseded. Every load bumps the data version.
 */
import { isProblem } from '../../domain/discrepancyKinds';
import { Prisma } from '../../generated/prisma';
import type { PreparedDocument } from '../../ingest/prepare';
import type { Database } from '../database';
import { bumpDataVersion } from '../dataVersion';
import { refreshRollupSums } from '../rollupSums';
import type { DepartmentEvaluationRow } from '../rows/departmentEvaluation';
import type { GoalRow } from '../rows/departmentGoal';
import type { IndicatorRow } from '../rows/indicator';
import type { ProjectRow } from '../rows/projectEvaluation';
import type { NewRow } from '../rows/row';
import type { SummaryRowRow } from '../rows/summaryRow';
import type { SummaryTableRow } from '../rows/summaryTable';
import type { SqlWriter } from '../transaction';
import { insertRows } from './insertRows';
import { writeOrganizations } from './organizations';

export interface DocumentVersions {
  /** The identity the document is stored under (src/ingest/identity.ts). */
  identity: string;
  /** An older row of the same content, superseded, that this load brings back (its row gives way to the new one). */
  reinstated: { id: number; supersededById: number | null } | null;
}

/** What a load wrote: the new document, and the current version it replaced (null when none). */
export interface Written {
  documentId: number;
  previousId: number | null;
}

/**
 * The load transaction: finds the version the document replaces, writes the document and its
 * records, then runs `after` (the audit entry: both or neither) and returns what it returns.
 */
export async function writeDocument<T>(
  db: Database,
  doc: PreparedDocument,
  versions: DocumentVersions,
  after: (tx: SqlWriter, written: Written) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const previousId = await previousVersion(tx, doc, versions.identity);
    if (versions.reinstated) await giveWay(tx, versions.reinstated, previousId);
    const documentId = await insertDocument(tx, doc, versions.identity);
    if (previousId !== null) await supersede(tx, previousId, documentId);
    await insertRecords(tx, doc, documentId);
    await bumpDataVersion(tx);
    return after(tx, { documentId, previousId });
  });
}

/**
 * The current document this one is a corrected version of (src/ingest/identity.ts): the latest of
 * its identity — of those, when it holds project tables, the latest that shares a project with it.
 */
async function previousVersion(tx: SqlWriter, doc: PreparedDocument, identity: string): Promise<number | null> {
  const names = doc.projects.map((p) => p.parsed.name);
  const [found] = await tx.$queryRaw<{ id: number }[]>`
    SELECT d.id FROM source_document d
    WHERE d.identity = ${identity} AND d.superseded_by_id IS NULL
      AND (cardinality(${names}::text[]) = 0
        OR EXISTS (SELECT 1 FROM project_evaluation p WHERE p.document_id = d.id AND p.name = ANY(${names}::text[])))
    ORDER BY d.id DESC LIMIT 1`;
  return found?.id ?? null;
}

/**
 * A text is stored once (content_hash is unique): the old row of a version brought back, which
 * holds no records, gives way to the new one, and versions it had replaced point at the current one.
 */
async function giveWay(
  tx: SqlWriter,
  reinstated: { id: number; supersededById: number | null },
  previousId: number | null,
): Promise<void> {
  await tx.$executeRaw`UPDATE source_document SET superseded_by_id = ${previousId ?? reinstated.supersededById}::int
    WHERE superseded_by_id = ${reinstated.id}`;
  await tx.$executeRaw`DELETE FROM source_document WHERE id = ${reinstated.id}`;
}

/** The corrected version replaces the old one's records; the old document stays on record. */
async function supersede(tx: SqlWriter, previousId: number, documentId: number): Promise<void> {
  for (const table of ['project_evaluation', 'department_evaluation', 'summary_table', 'final_accounts', 'discrepancy'])
    await tx.$executeRaw`DELETE FROM ${Prisma.raw(table)} WHERE document_id = ${previousId}`;
  await tx.$executeRaw`UPDATE source_document SET superseded_by_id = ${documentId} WHERE id = ${previousId}`;
}

async function insertDocument(tx: SqlWriter, doc: PreparedDocument, identity: string): Promise<number> {
  const [id] = await insertRows(tx, 'SourceDocument', [
    {
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
    },
  ]);
  return id!;
}

type NewIndicator = NewRow<IndicatorRow>;
type Owner = Pick<NewIndicator, 'projectId' | 'departmentEvaluationId' | 'goalId'>;

function indicatorRow(
  { goalPosition: _, ...fields }: PreparedDocument['projects'][number]['indicators'][number],
  owner: Owner,
): NewIndicator {
  return { ...fields, ...owner };
}

async function insertRecords(tx: SqlWriter, doc: PreparedDocument, documentId: number): Promise<void> {
  const orgIds = await writeOrganizations(tx, doc.organizations);
  const orgOf = (name: string) => orgIds.get(name)!;
  const regionOf = (name: string) => doc.organizations.find((o) => o.fullName === name)!.regionCode;
  const base = { documentId, fiscalYear: doc.fiscalYear };
  const discrepancies: object[] = [];

  // Projects.
  const projectIds = await insertRows(
    tx,
    'ProjectEvaluation',
    doc.projects.map((p): NewRow<ProjectRow> => ({
      ...base,
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
  );
  doc.projects.forEach((p, i) => {
    for (const d of p.discrepancies)
      discrepancies.push({ ...base, regionCode: regionOf(p.organizationName), projectId: projectIds[i]!, ...d });
  });

  // Department-wide evaluations and their goals.
  const evaluationIds = await insertRows(
    tx,
    'DepartmentEvaluation',
    doc.departments.map((d): NewRow<DepartmentEvaluationRow> => ({
      ...base,
      regionCode: regionOf(d.organizationName),
      organizationId: orgOf(d.organizationName),
      title: d.parsed.title,
      template: d.goals.length > 0 ? 'HUBEI_GOALS' : 'HENAN_FOUR_LEVEL',
      filledOnText: d.parsed.filledOn,
      basicExpenditure: d.basicExpenditure,
      projectExpenditure: d.projectExpenditure,
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
  );
  const sum = (values: (number | null)[]) => (values.every((v): v is number => v !== null) ? values.reduce((s, v) => s + v, 0) : null);
  const goals = doc.departments.flatMap((d, i) =>
    d.goals.map((g) => {
      const own = d.indicators.filter((x) => x.goalPosition === g.position);
      return {
        evaluation: i,
        row: {
          evaluationId: evaluationIds[i]!,
          position: g.position,
          name: g.name,
          weight: g.weight,
          weightText: g.weightText,
          lineStart: g.lineStart,
          lineEnd: g.lineEnd,
          score: sum(own.map((x) => x.score)),
          reportedScore: sum(own.map((x) => x.reportedScore)),
        } satisfies NewRow<GoalRow>,
      };
    }),
  );
  const goalIdList = await insertRows(
    tx,
    'DepartmentGoal',
    goals.map((g) => g.row),
  );
  const goalIds = new Map(goals.map((g, k) => [`${g.evaluation}:${g.row.position}`, goalIdList[k]!]));
  doc.departments.forEach((d, i) => {
    for (const x of d.discrepancies)
      discrepancies.push({ ...base, regionCode: regionOf(d.organizationName), departmentEvaluationId: evaluationIds[i]!, ...x });
  });

  // The indicators of projects and of department-wide evaluations (with their goals).
  await insertRows(tx, 'Indicator', [
    ...doc.projects.flatMap((p, i) =>
      p.indicators.map((x) => indicatorRow(x, { projectId: projectIds[i]!, departmentEvaluationId: null, goalId: null })),
    ),
    ...doc.departments.flatMap((d, i) =>
      d.indicators.map((x) =>
        indicatorRow(x, {
          projectId: null,
          departmentEvaluationId: evaluationIds[i]!,
          goalId: x.goalPosition === null ? null : (goalIds.get(`${i}:${x.goalPosition}`) ?? null),
        }),
      ),
    ),
  ]);

  // Reported summary tables and their rows, linked to the project tables they summarise.
  const tableIds = await insertRows(
    tx,
    'SummaryTable',
    doc.summaryTables.map((t): NewRow<SummaryTableRow> => ({
      documentId,
      organizationId: orgOf(t.organizationName),
      unitName: t.unitName,
      compiledOnText: t.compiledOnText,
      lineStart: t.lineStart,
      lineEnd: t.lineEnd,
    })),
  );
  const summaryRows = doc.summaryTables.flatMap((t, i) => t.rows.map((r) => ({ table: t, row: r, tableId: tableIds[i]! })));
  const rowIds = await insertRows(
    tx,
    'SummaryRow',
    summaryRows.map(({ row: r, tableId }): NewRow<SummaryRowRow> => ({
      tableId,
      projectId: r.projectIndex === null ? null : projectIds[r.projectIndex]!,
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
  summaryRows.forEach(({ table, row }, k) => {
    for (const d of row.discrepancies)
      discrepancies.push({ ...base, regionCode: regionOf(table.organizationName), summaryRowId: rowIds[k]!, ...d });
  });

  if (doc.finalAccounts) {
    const fa = doc.finalAccounts;
    const cell = (c: { text: string; line: number } | null) => (c ? { text: c.text, line: c.line } : null);
    await insertRows(tx, 'FinalAccounts', [
      {
        ...base,
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
    ]);
  }

  await insertRows(tx, 'Discrepancy', discrepancies);
  await refreshRollupSums(tx, [...orgIds.values()], doc.fiscalYear);
}
