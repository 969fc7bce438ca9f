/**
 * Loading a prepared document into the database, in one transaction: the document (its whole
 * text), its organizations, projects with indicators, department-wide evaluations with goals,
 * summary tables, final accounts and discrepancies — all of it or nothing.
 *
 * Identity: a document is its content (SHA-256 of a text file's text, of any other file's bytes),
 * so loading the same file again changes nothing.
 * A document of the same identity (src/ingest/identity.ts: kind, fiscal year, organizations, a
 * project in common — not its file name) but other content is a corrected version: it is loaded, the
 * old version's records are removed, and the old document stays on record, marked superseded.
 */
import { pinyinKeys } from '../domain/pinyin';
import crypto from 'node:crypto';
import { withDatabaseRetry } from '../db/availability';
import { bumpDataVersion } from '../db/dataVersion';
import { refreshRollupSums } from '../db/rollupSums';
import { Prisma, type PrismaClient } from '../generated/prisma';
import type { EvaluatedIndicator } from './evaluate';
import type { Unread } from './model';
import { extractDocument } from '../readers';
import type { ExtractedDocument } from '../tables/model';
import { DocumentFormatError } from './model';
import { documentIdentity, findPreviousVersion } from './identity';
import type { LeftOutTable } from './partial';
import { contentHash, ImportError, prepareDocument, type PreparedDocument } from './prepare';

export interface ImportCounts {
  projects: number;
  indicators: number;
  departmentEvaluations: number;
  goals: number;
  summaryTables: number;
  summaryRows: number;
  finalAccounts: number;
  organizations: number;
  discrepancies: number;
}

export interface ImportReport {
  fileName: string;
  /** loaded: new; replaced: a corrected version of a document already loaded; unchanged: already loaded; checked: dry run; failed: nothing written; refused: outside the uploader's scope, nothing written. */
  status: 'loaded' | 'replaced' | 'unchanged' | 'checked' | 'failed' | 'refused';
  documentId: number | null;
  /** The document a replacement superseded. */
  replacedDocumentId?: number | null;
  region: { code: string; name: string } | null;
  fiscalYear: number | null;
  counts: ImportCounts;
  warnings: Unread[];
  unread: Unread[];
  /**
   * Tables found but not loaded (cut off, unreadable rows, bad figures), each with what was read
   * of it, its lines and reasons; the rest loaded. A failed document carries them too: then every
   * table was left out, and this is what was read of it (it was partly read, nothing written).
   */
  partial: LeftOutTable[];
  errors: { line: number | null; message: string }[];
}

export const NO_COUNTS: ImportCounts = {
  projects: 0,
  indicators: 0,
  departmentEvaluations: 0,
  goals: 0,
  summaryTables: 0,
  summaryRows: 0,
  finalAccounts: 0,
  organizations: 0,
  discrepancies: 0,
};

/** The report of a document that failed as a whole: nothing of it was written. */
export function failedReport(fileName: string, message: string, line: number | null = null): ImportReport {
  return {
    fileName,
    status: 'failed',
    documentId: null,
    region: null,
    fiscalYear: null,
    counts: NO_COUNTS,
    warnings: [],
    unread: [],
    partial: [],
    errors: [{ line, message }],
  };
}

function countsOf(doc: PreparedDocument): ImportCounts {
  return {
    projects: doc.projects.length,
    indicators: doc.projects.reduce((s, p) => s + p.indicators.length, 0) + doc.departments.reduce((s, d) => s + d.indicators.length, 0),
    departmentEvaluations: doc.departments.length,
    goals: doc.departments.reduce((s, d) => s + d.goals.length, 0),
    summaryTables: doc.summaryTables.length,
    summaryRows: doc.summaryTables.reduce((s, t) => s + t.rows.length, 0),
    finalAccounts: doc.finalAccounts ? 1 : 0,
    organizations: doc.organizations.length,
    discrepancies:
      doc.projects.reduce((s, p) => s + p.discrepancies.length, 0) +
      doc.departments.reduce((s, d) => s + d.discrepancies.length, 0) +
      doc.summaryTables.reduce((s, t) => s + t.rows.reduce((r, row) => r + row.discrepancies.length, 0), 0),
  };
}

function indicatorData(i: EvaluatedIndicator): Omit<Prisma.IndicatorCreateManyInput, 'projectId' | 'departmentEvaluationId' | 'goalId'> {
  return {
    position: i.position,
    level1: i.level1,
    level1Kind: i.level1Kind,
    level2: i.level2,
    name: i.name,
    description: i.description,
    scoringRule: i.scoringRule,
    targetText: i.targetText,
    actualText: i.actualText,
    targetValue: i.targetValue,
    actualValue: i.actualValue,
    unit: i.unit,
    comparator: i.comparator,
    weight: i.weight,
    weightText: i.weightText,
    reportedScore: i.reportedScore,
    reportedScoreText: i.reportedScoreText,
    deviationNote: i.deviationNote,
    lineStart: i.lineStart,
    lineEnd: i.lineEnd,
    conceptKey: i.conceptKey,
    direction: i.direction,
    scoreMethod: i.scoreMethod,
    score: i.score,
    scoreMin: i.scoreMin,
    scoreMax: i.scoreMax,
    judgement: i.judgement,
    scoreNote: i.scoreNote,
  };
}

type IndicatorInsert = ReturnType<typeof indicatorData> & {
  projectId?: number | null;
  departmentEvaluationId?: number | null;
  goalId?: number | null;
};

/**
 * Inserts indicator rows in one statement, each column sent as one array (INSERT … SELECT FROM
 * unnest). The same rows as `indicator.createMany`, without the ORM compiling a statement with a
 * parameter per cell — the importer's largest cost for documents with hundreds of indicators.
 * Decimals travel as text so that they reach the database exactly as written.
 */
async function insertIndicators(tx: Prisma.TransactionClient, rows: IndicatorInsert[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(pick: (r: IndicatorInsert) => T) => rows.map((r) => pick(r) ?? null);
  const dec = (pick: (r: IndicatorInsert) => unknown) => rows.map((r) => (pick(r) == null ? null : String(pick(r))));
  await tx.$executeRaw`
    INSERT INTO indicator (project_id, department_evaluation_id, goal_id, position, level1, level1_kind, level2, name, description,
      scoring_rule, target_text, actual_text, target_value, actual_value, unit, comparator, weight, weight_text, reported_score,
      reported_score_text, deviation_note, line_start, line_end, concept_key, direction, score_method, score, score_min, score_max,
      judgement, score_note)
    SELECT * FROM unnest(${col((r) => r.projectId)}::int[], ${col((r) => r.departmentEvaluationId)}::int[], ${col((r) => r.goalId)}::int[],
      ${col((r) => r.position)}::int[], ${col((r) => r.level1)}::text[], ${col((r) => r.level1Kind)}::text[], ${col((r) => r.level2)}::text[],
      ${col((r) => r.name)}::text[], ${col((r) => r.description)}::text[], ${col((r) => r.scoringRule)}::text[], ${col((r) => r.targetText)}::text[],
      ${col((r) => r.actualText)}::text[], ${dec((r) => r.targetValue)}::numeric[], ${dec((r) => r.actualValue)}::numeric[], ${col((r) => r.unit)}::text[],
      ${col((r) => r.comparator)}::text[], ${dec((r) => r.weight)}::numeric[], ${col((r) => r.weightText)}::text[], ${dec((r) => r.reportedScore)}::numeric[],
      ${col((r) => r.reportedScoreText)}::text[], ${col((r) => r.deviationNote)}::text[], ${col((r) => r.lineStart)}::int[], ${col((r) => r.lineEnd)}::int[],
      ${col((r) => r.conceptKey)}::text[], ${col((r) => r.direction)}::text[], ${col((r) => r.scoreMethod)}::text[], ${dec((r) => r.score)}::numeric[],
      ${dec((r) => r.scoreMin)}::numeric[], ${dec((r) => r.scoreMax)}::numeric[], ${col((r) => r.judgement)}::text[], ${col((r) => r.scoreNote)}::text[])`;
}

const MODELS = new Map(Prisma.dmmf.datamodel.models.map((m) => [m.name, m]));
const CASTS: Record<string, string> = {
  Int: 'int',
  String: 'text',
  Decimal: 'numeric',
  Json: 'jsonb',
  Boolean: 'boolean',
  DateTime: 'timestamp',
  Float: 'float8',
};

/**
 * Inserts rows of a model in one statement, a column per array (INSERT … SELECT FROM unnest …
 * ORDER BY the rows' order), returning the new ids in the order of the rows — what
 * createMany/createManyAndReturn do, without the ORM compiling a statement with a parameter per cell.
 */
async function insertMany(tx: Prisma.TransactionClient, modelName: Prisma.ModelName, rows: object[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const model = MODELS.get(modelName)!;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const fields = keys.map((k) => {
    const field = model.fields.find((f) => f.name === k && f.kind !== 'object');
    if (!field) throw new Error(`insertMany: ${modelName} has no column for ${k}`);
    return field;
  });
  const values = fields.map((field) =>
    rows.map((row) => {
      const v = (row as Record<string, unknown>)[field.name];
      if (v === undefined && field.hasDefaultValue) throw new Error(`insertMany: ${modelName}.${field.name} left to its default`);
      if (v === undefined || v === null) return null;
      if (field.type === 'Json') return JSON.stringify(v);
      if (field.type === 'DateTime') return (v as Date).toISOString();
      if (field.type === 'Decimal') return String(v);
      return v;
    }),
  );
  // Enums travel as text arrays and are cast per value (the drivers send only base-type arrays).
  const columns = Prisma.raw(fields.map((f) => `"${f.dbName ?? f.name}"`).join(', '));
  const arrays = Prisma.join(
    values.map((v, i) => Prisma.sql`${v}::${Prisma.raw(fields[i]!.kind === 'enum' ? 'text' : CASTS[fields[i]!.type]!)}[]`),
  );
  const names = Prisma.raw(fields.map((_, i) => `c${i}`).join(', '));
  const selected = Prisma.raw(fields.map((f, i) => (f.kind === 'enum' ? `c${i}::"${f.type}"` : `c${i}`)).join(', '));
  const inserted = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO ${Prisma.raw(`"${model.dbName ?? model.name}"`)} (${columns})
    SELECT ${selected} FROM unnest(${arrays}) WITH ORDINALITY AS t(${names}, ord) ORDER BY ord
    RETURNING id`;
  return inserted.map((r) => r.id);
}

async function write(tx: Prisma.TransactionClient, doc: PreparedDocument, previous: { id: number } | null): Promise<number> {
  const document = await tx.sourceDocument.create({
    data: {
      fileName: doc.fileName,
      contentHash: doc.contentHash,
      format: doc.parsed.format,
      fileFormat: doc.fileFormat,
      encoding: doc.encoding,
      kind: doc.kind,
      regionCode: doc.region.code,
      fiscalYear: doc.fiscalYear,
      identity: documentIdentity(doc),
      text: doc.text,
      lineCount: doc.lineCount,
      importReport: {
        warnings: doc.warnings,
        unread: doc.unread,
        notes: doc.parsed.notes,
      } as unknown as Prisma.InputJsonValue,
      leftOutTables: doc.partial as unknown as Prisma.InputJsonValue,
    },
  });
  if (previous) {
    // The corrected version replaces the old one's records; the old document stays on record.
    await tx.projectEvaluation.deleteMany({ where: { documentId: previous.id } });
    await tx.departmentEvaluation.deleteMany({ where: { documentId: previous.id } });
    await tx.summaryTable.deleteMany({ where: { documentId: previous.id } });
    await tx.finalAccounts.deleteMany({ where: { documentId: previous.id } });
    await tx.discrepancy.deleteMany({ where: { documentId: previous.id } });
    await tx.sourceDocument.update({ where: { id: previous.id }, data: { supersededById: document.id } });
  }

  // Organizations: parents first, so children can point at them.
  const orgIds = new Map<string, number>();
  const ordered = [...doc.organizations].sort((a, b) => Number(a.parentName !== null) - Number(b.parentName !== null));
  for (const org of ordered) {
    const parentId = org.parentName ? (orgIds.get(org.parentName) ?? null) : null;
    const existing = await tx.organization.findUnique({ where: { regionCode_name: { regionCode: org.regionCode, name: org.fullName } } });
    const saved = existing
      ? await tx.organization.update({
          where: { id: existing.id },
          data: { aliases: [...new Set([...existing.aliases, ...org.aliases])].sort(), parentId: parentId ?? existing.parentId },
        })
      : await tx.organization.create({
          data: { regionCode: org.regionCode, name: org.fullName, aliases: org.aliases, parentId, ...pinyinKeys(org.fullName) },
        });
    orgIds.set(org.fullName, saved.id);
  }
  const orgOf = (name: string) => orgIds.get(name)!;
  const regionOf = (name: string) => doc.organizations.find((o) => o.fullName === name)!.regionCode;

  const base = { documentId: document.id, fiscalYear: doc.fiscalYear };
  const discrepancies: Prisma.DiscrepancyCreateManyInput[] = [];

  // Projects and their indicators.
  const projectIds = await insertMany(
    tx,
    'ProjectEvaluation',
    doc.projects.map((p) => ({
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
      discrepancyCount: p.discrepancies.length,
    })),
  );
  await insertIndicators(
    tx,
    doc.projects.flatMap((p, i) => p.indicators.map((ind) => ({ ...indicatorData(ind), projectId: projectIds[i]! }))),
  );
  doc.projects.forEach((p, i) => {
    for (const d of p.discrepancies) {
      discrepancies.push({ ...base, regionCode: regionOf(p.organizationName), projectId: projectIds[i]!, ...d });
    }
  });

  // Department-wide evaluations, their goals and indicators.
  for (const d of doc.departments) {
    const evaluation = await tx.departmentEvaluation.create({
      data: {
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
        discrepancyCount: d.discrepancies.length,
      },
    });
    const goals = await tx.departmentGoal.createManyAndReturn({
      select: { id: true, position: true },
      data: d.goals.map((g) => {
        const own = d.indicators.filter((i) => i.goalPosition === g.position);
        const sum = (values: (number | null)[]) =>
          values.every((v): v is number => v !== null) ? values.reduce((s, v) => s + v, 0) : null;
        return {
          evaluationId: evaluation.id,
          position: g.position,
          name: g.name,
          weight: g.weight,
          weightText: g.weightText,
          score: sum(own.map((i) => i.score)),
          reportedScore: sum(own.map((i) => i.reportedScore)),
          lineStart: g.lineStart,
          lineEnd: g.lineEnd,
        };
      }),
    });
    const goalIds = new Map(goals.map((g) => [g.position, g.id]));
    await insertIndicators(
      tx,
      d.indicators.map((i) => ({
        ...indicatorData(i),
        departmentEvaluationId: evaluation.id,
        goalId: i.goalPosition === null ? null : (goalIds.get(i.goalPosition) ?? null),
      })),
    );
    for (const x of d.discrepancies) {
      discrepancies.push({ ...base, regionCode: regionOf(d.organizationName), departmentEvaluationId: evaluation.id, ...x });
    }
  }

  // Reported summary tables, linked to the project tables they summarise.
  for (const t of doc.summaryTables) {
    const table = await tx.summaryTable.create({
      data: {
        documentId: document.id,
        organizationId: orgOf(t.organizationName),
        unitName: t.unitName,
        compiledOnText: t.compiledOnText,
        lineStart: t.lineStart,
        lineEnd: t.lineEnd,
      },
    });
    const rowIds = await insertMany(
      tx,
      'SummaryRow',
      t.rows.map((r) => ({
        tableId: table.id,
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
    t.rows.forEach((r, i) => {
      for (const d of r.discrepancies) {
        discrepancies.push({ ...base, regionCode: regionOf(t.organizationName), summaryRowId: rowIds[i]!, ...d });
      }
    });
  }

  if (doc.finalAccounts) {
    const fa = doc.finalAccounts;
    const cell = (c: { text: string; line: number } | null) => (c ? { text: c.text, line: c.line } : null);
    await tx.finalAccounts.create({
      data: {
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
    });
  }

  await insertMany(tx, 'Discrepancy', discrepancies);
  await refreshRollupSums(tx, [...orgIds.values()], doc.fiscalYear);
  return document.id;
}

/** A document's identity: SHA-256 of its text for a text file (whatever its encoding), of its bytes for any other format. */
function documentHash(bytes: Uint8Array, extracted: ExtractedDocument): string {
  return extracted.format === 'text' ? contentHash(extracted.text) : crypto.createHash('sha256').update(bytes).digest('hex');
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Decides from the prepared document, before anything is written, whether it may be loaded: a reason to refuse, or null. */
  authorize?: (doc: PreparedDocument) => Promise<string | null>;
  /** Runs inside the document's transaction once it is written (the audit entry: both or neither). */
  onWritten?: (tx: Prisma.TransactionClient, report: ImportReport) => Promise<void>;
}

/** Imports one document; never throws for a bad document — the report says what went wrong. */
export async function importDocument(
  prisma: PrismaClient,
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const empty = { documentId: null, region: null, fiscalYear: null, counts: NO_COUNTS, warnings: [], unread: [], partial: [] };
  let doc: PreparedDocument;
  let reinstated: { id: number; supersededById: number | null } | null = null;
  try {
    const extracted = await extractDocument(bytes);
    const hash = documentHash(bytes, extracted);
    const existing = await withDatabaseRetry(() =>
      prisma.sourceDocument.findUnique({
        where: { contentHash: hash },
        select: { id: true, regionCode: true, fiscalYear: true, supersededById: true },
      }),
    );
    // The same text as a version a later one replaced is a going back to it: loaded again below.
    if (existing && existing.supersededById === null && !options.dryRun) {
      return { ...empty, fileName, status: 'unchanged', documentId: existing.id, fiscalYear: existing.fiscalYear, errors: [] };
    }
    reinstated = existing?.supersededById == null ? null : existing;
    doc = { ...prepareDocument(fileName, extracted), contentHash: hash };
  } catch (error) {
    if (error instanceof ImportError) return { ...empty, fileName, status: 'failed', errors: error.problems, partial: error.leftOut };
    if (error instanceof DocumentFormatError)
      return { ...empty, fileName, status: 'failed', errors: [{ line: error.line, message: error.message.replace(/^line \d+: /, '') }] };
    throw error;
  }
  const report = {
    fileName,
    region: { code: doc.region.code, name: doc.region.name },
    fiscalYear: doc.fiscalYear,
    counts: countsOf(doc),
    warnings: doc.warnings,
    unread: doc.unread,
    partial: doc.partial,
    errors: [],
  };
  const refusal = options.authorize ? await options.authorize(doc) : null;
  if (refusal !== null) return { ...report, status: 'refused', documentId: null, errors: [{ line: null, message: refusal }] };
  if (options.dryRun) return { ...report, status: 'checked', documentId: null };
  // The database may restart or fail over mid-import: the lookups and the transaction are tried
  // again (bounded), after checking that an attempt whose connection broke did not commit.
  return withDatabaseRetry(async (attempt) => {
    if (attempt > 1) {
      const committed = await prisma.sourceDocument.findUnique({
        where: { contentHash: doc.contentHash },
        select: { id: true, supersededById: true },
      });
      if (committed && committed.supersededById === null) {
        const replaced = await prisma.sourceDocument.findFirst({ where: { supersededById: committed.id }, select: { id: true } });
        return { ...report, status: replaced ? 'replaced' : 'loaded', documentId: committed.id, replacedDocumentId: replaced?.id ?? null };
      }
    }
    const previous = await findPreviousVersion(prisma, doc);
    return prisma.$transaction(
      async (tx) => {
        if (reinstated) {
          // Its text is stored once (content_hash is unique): the old row, which holds no records,
          // gives way to the new one, and versions it had replaced now point at the current one.
          await tx.sourceDocument.updateMany({
            where: { supersededById: reinstated.id },
            data: { supersededById: previous?.id ?? reinstated.supersededById },
          });
          await tx.sourceDocument.delete({ where: { id: reinstated.id } });
        }
        const documentId = await write(tx, doc, previous);
        await bumpDataVersion(tx);
        const written: ImportReport = {
          ...report,
          status: previous ? 'replaced' : 'loaded',
          documentId,
          replacedDocumentId: previous?.id ?? null,
        };
        await options.onWritten?.(tx, written);
        return written;
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  });
}
