/**
 * Everything an import decides before it writes: the document read, its jurisdiction and
 * organizations resolved, every record scored, and every reason to refuse it collected with its
 * line. Pure: no database here, so a dry run and a real import see the same result.
 */
import crypto from 'node:crypto';
import { addDocumentDiscrepancies } from '../evaluation/documentDiscrepancies';
import { resolveJurisdiction, type GazetteerRegion } from '../domain/gazetteer';
import { ruleSetForRegion, type RuleSet } from '../domain';
import { summaryAgainstSummary } from '../domain/summaryDiscrepancy';
import { pinyinKeys, type PinyinKeys } from '../domain/pinyin';
import {
  CellReader,
  evaluateDepartment,
  evaluateProject,
  evaluateSummaryRow,
  STORABLE,
  storable,
  type EvaluatedDepartment,
  type EvaluatedProject,
  type EvaluatedSummaryRow,
  listingUnit,
  sameProjectName,
  summaryRowText,
} from '../evaluation/evaluate';
import { DocumentFormatError } from '../readers/formatError';
import type { ParsedDocument, ParsedFinalAccounts, Unread } from '../templates/parsed';
import { readDocument } from './readDocument';
import type { ExtractedDocument } from '../tables/model';
import { leftOutDepartment, leftOutProject, type LeftOutTable } from '../evaluation/partial';
import { headerNames, OrganizationResolver, resolveDocumentRegion, ResolutionError } from './resolve';

/**
 * A document the importer refuses, with every reason and its line, what was read of the tables it
 * left out (a document whose every table is cut off is refused, not unread), and the lines its
 * reading could not place and what it read and did not keep (reported as for a loaded document).
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly problems: { line: number | null; message: string }[],
    readonly leftOut: LeftOutTable[] = [],
    readonly unread: Unread[] = [],
    readonly warnings: Unread[] = [],
  ) {
    super(problems.map((p) => (p.line === null ? p.message : `line ${p.line}: ${p.message}`)).join('\n'));
  }
}

export interface PreparedOrganization {
  fullName: string;
  regionCode: string;
  aliases: string[];
  parentName: string | null;
  /** Its 拼音 keys for search (src/domain/pinyin.ts), computed with the reading rather than by the writer. */
  keys: PinyinKeys;
}

export interface PreparedFinalAccounts {
  parsed: ParsedFinalAccounts;
  organizationName: string;
  totalIncome: number | null;
  totalExpenditure: number | null;
  basicExpenditure: number | null;
  projectExpenditure: number | null;
  threePublicBudget: number | null;
  threePublicActual: number | null;
}

export interface PreparedDocument {
  fileName: string;
  /** The file's format and, for text and web pages, its encoding, as the reader told them. */
  fileFormat: ExtractedDocument['format'];
  encoding: string | null;
  text: string;
  contentHash: string;
  lineCount: number;
  parsed: ParsedDocument;
  region: GazetteerRegion;
  fiscalYear: number;
  ruleSet: RuleSet;
  kind: string;
  organizations: PreparedOrganization[];
  projects: (EvaluatedProject & { organizationName: string; supervisingName: string | null; filledOn: Date | null })[];
  departments: (EvaluatedDepartment & { organizationName: string })[];
  summaryTables: {
    organizationName: string;
    unitName: string;
    compiledOnText: string | null;
    lineStart: number;
    lineEnd: number;
    rows: EvaluatedSummaryRow[];
  }[];
  finalAccounts: PreparedFinalAccounts | null;
  warnings: Unread[];
  unread: Unread[];
  /** Tables found but left out, each with what was read of it and its reasons (the document loads without them). */
  partial: LeftOutTable[];
}

export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** 填报日期 "2022年5月29日" → that date (UTC); null when it is not such a date. */
export function parseFilledOn(text: string | null): Date | null {
  const m = text ? /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})/.exec(text) : null;
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 ? date : null;
}

function kindOf(doc: ParsedDocument): string {
  const kinds = [
    doc.projects.length > 0 && 'project-evaluations',
    doc.summaryTables.length > 0 && 'summary-tables',
    doc.departmentEvaluations.length > 0 && 'department-evaluation',
    doc.finalAccounts && 'final-accounts',
  ].filter(Boolean);
  return kinds.join('+');
}

/** The line that names the document's first header unit (单位名称 …), else where its first table starts. */
function firstHeaderLine(parsed: ParsedDocument, text: string): number | null {
  const name = headerNames(parsed)[0];
  const index = name ? text.split(/\r\n|\r|\n/).findIndex((line) => line.replace(/\s+/gu, '').includes(name)) : -1;
  if (index >= 0) return index + 1;
  const first = [parsed.departmentEvaluations[0], parsed.summaryTables[0], parsed.projects[0], parsed.finalAccounts].find((r) => r);
  return first?.lines.start ?? null;
}

/** Computed figures and indicator values the database columns cannot hold, with their lines. */
function unstorable(
  what: string,
  e: Pick<EvaluatedProject, 'score' | 'indicators'>,
  budgetLine: number,
): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const rate = e.score.execution.executionRate;
  if (!storable(rate, STORABLE.rate))
    problems.push({
      line: budgetLine,
      message: `「${what}」: the execution rate (执行率) ${rate} is too large to store: check the 预算数 and 执行数 cells`,
    });
  for (const i of e.indicators) {
    for (const [value, written] of [
      [i.targetValue, i.targetText],
      [i.actualValue, i.actualText],
    ] as const) {
      if (!storable(value, STORABLE.value))
        problems.push({ line: i.lineStart, message: `indicator 「${i.name}」: 「${written}」 is too large a value to store` });
    }
    if (!storable(i.reportedScore, STORABLE.score))
      problems.push({ line: i.lineStart, message: `indicator 「${i.name}」: the score 「${i.reportedScoreText}」 is too large to store` });
  }
  return problems;
}

/** What the importer is told of documents that do not say it themselves; what a document says wins. */
export interface PrepareOptions {
  /** The region of a document that names none (`--region`, the upload's `region` field). */
  region?: GazetteerRegion;
  /** The fiscal year (年度) of a document that names none in any title (`--year`, the upload's `year` field). */
  fiscalYear?: number;
}

/**
 * A document that names no region of its own and was given none is still read and scored, as if
 * of no province (the national rules): its tables are reported with what was read of them, and it
 * is refused with the reason, until it is imported again with its region named.
 */
const NO_REGION: GazetteerRegion = { code: '000000', name: '', level: 'PROVINCE', parentCode: null };

/**
 * Why a table of another fiscal year than its document's is left out, or null: a document loads for
 * one fiscal year, every record of it stored under it (a workbook holding a project's forms of two
 * years would have stored the second under the first's year).
 */
function yearApart(own: number | null | undefined, documentYear: number | null): string | null {
  if (own == null || documentYear === null || own === documentYear) return null;
  return `its table is of ${own}, the document of ${documentYear}: a document is loaded for one fiscal year — import the tables of ${own} as a document of their own`;
}

export function prepareDocument(fileName: string, extracted: ExtractedDocument, options: PrepareOptions = {}): PreparedDocument {
  const text = extracted.text;
  let parsed: ParsedDocument;
  try {
    parsed = readDocument(extracted);
  } catch (error) {
    if (error instanceof DocumentFormatError)
      throw new ImportError([{ line: error.line, message: error.message.replace(/^line \d+: /, '') }]);
    throw error;
  }
  const problems: { line: number | null; message: string }[] = [];
  let region: GazetteerRegion;
  try {
    region = resolveDocumentRegion(parsed, text).region;
  } catch (error) {
    if (!(error instanceof ResolutionError)) throw error;
    region = options.region ?? NO_REGION;
    if (!options.region)
      problems.push({
        line: firstHeaderLine(parsed, text),
        message: `${error.message}: name it with --region <GB/T 2260 code or name> (npm run import) or the region field of the upload`,
      });
  }
  const fiscalYear =
    parsed.fiscalYear ??
    parsed.projects.find((p) => p.fiscalYear)?.fiscalYear ??
    parsed.departmentEvaluations.find((e) => e.fiscalYear)?.fiscalYear ??
    options.fiscalYear ??
    null;
  if (fiscalYear === null)
    problems.push({
      line: null,
      message: 'no fiscal year (年度) found in any title: name it with --year <YYYY> (npm run import) or the year field of the upload',
    });
  const recordCount =
    parsed.projects.length + parsed.departmentEvaluations.length + parsed.summaryTables.length + (parsed.finalAccounts ? 1 : 0);
  if (recordCount === 0)
    problems.push({ line: null, message: 'no self-evaluation table (项目自评表, 汇总表, 部门整体自评表) or final accounts found' });

  const ruleSet = ruleSetForRegion(region.code);
  const cells = new CellReader();
  const names = new OrganizationResolver(region, headerNames(parsed));
  const warnings = [...parsed.warnings];

  // The department a record belongs to: the unit named above the tables, else the document's
  // first department-wide evaluation, else the supervising department of the first project.
  const departmentName = names.resolve(
    parsed.departmentEvaluations[0]?.unitName ??
      parsed.projects.find((p) => p.supervisingDepartment)?.supervisingDepartment ??
      parsed.summaryTables[0]?.unitName ??
      `${region.name}${parsed.finalAccounts?.unitName ?? ''}`,
  );

  // Two kinds of trouble: a table that is incomplete (cut off, a missing cell, a row the
  // template reader could not place) is left out and reported in `partial`, the rest loads; a
  // figure that is written but wrong (not a number, too large to store) refuses the document,
  // whose publisher must correct it. A document with no complete table is refused.
  const partial: LeftOutTable[] = [];

  /** The projects loaded, by unit, name and year: the lines and figures of their table. */
  const seen = new Map<string, { lines: string; figures: string }>();
  const projects: PreparedDocument['projects'] = [];
  for (const p of parsed.projects) {
    // A table that names no unit belongs to the unit whose summary table lists it (001 劳动监察执法服装:
    // the 汇总表 of 新乡县劳动保障监察大队, line 492), rather than to the department by default.
    const unit =
      p.implementingUnit ?? p.reportingUnit ?? p.supervisingDepartment ?? listingUnit(parsed.summaryTables, p.name, departmentName, names);
    const organizationName = unit ? names.resolve(unit) : departmentName;
    const supervisingName = p.supervisingDepartment ? names.resolve(p.supervisingDepartment) : null;
    const key = `${organizationName}|${p.name}|${p.fiscalYear ?? fiscalYear}`;
    const figures = JSON.stringify([
      p.total.initialBudget?.text,
      p.total.budget?.text,
      p.total.executed?.text,
      p.reportedTotalScore?.text,
      p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.score?.text]),
    ]);
    const first = seen.get(key);
    // The same table again (a report that prints it twice) is passed over; another table under the
    // same name (a name not written, its form's title read in its place) is left out with its figures.
    if (first?.figures === figures) {
      warnings.push({
        line: p.lines.start,
        text: p.name,
        reason: `the same project of ${organizationName} appears again (lines ${p.lines.start}–${p.lines.end}); the first table is kept`,
      });
      continue;
    }
    const own: { line: number | null; message: string }[] = (p.readingProblems ?? []).map((x) => ({
      line: x.line,
      message: `project 「${p.name}」: ${x.message}`,
    }));
    if (first)
      own.push({
        line: p.lines.start,
        message: `project 「${p.name}」: a table of another project of ${organizationName} under the same name (the one loaded: lines ${first.lines}), with other figures — which project it is cannot be told: its name is not written, or written twice`,
      });
    const apart = yearApart(p.fiscalYear, fiscalYear);
    if (apart) own.push({ line: p.lines.start, message: `project 「${p.name}」: ${apart}` });
    // Cite the budget row when there is one, else the table.
    const budgetRow = Object.values(p.total).find((c): c is NonNullable<typeof c> => c !== null)?.line ?? p.lines.start;
    if (!p.total.budget && !p.total.initialBudget)
      own.push({
        line: budgetRow,
        message: `project 「${p.name}」 has no budget (预算数) cell: a missing column or a truncated table`,
      });
    if (!p.total.executed)
      own.push({
        line: budgetRow,
        message: `project 「${p.name}」 has no executed (执行数) cell: a missing column or a truncated table`,
      });
    if (p.indicators.length === 0)
      own.push({ line: p.lines.start, message: `project 「${p.name}」 has no indicator rows (绩效指标): a truncated table` });
    // The template reader reports a missing total row itself (a blank total score is "not reported").
    if (!p.reportedTotalScore && p.totalRowLine === undefined)
      own.push({ line: p.lines.end, message: `project 「${p.name}」 has no 总分 row: a truncated table` });
    // A template that scores budget execution has a 得分 cell in the budget row: without it the
    // row is a cell short, and its cells may have shifted (a deleted 执行数 leaves the rate there).
    // (The template reader places cells only where that is certain.)
    const budgetCell = p.total.budget ?? p.total.initialBudget;
    if (!p.templateId && budgetCell && p.total.executed && (p.budgetWeight || p.total.weight) && !p.total.score)
      own.push({
        line: budgetCell.line,
        message: `project 「${p.name}」: the budget row has no 得分 (score) cell although the table scores budget execution: a missing column or shifted cells`,
      });
    const before = cells.problems.length;
    const evaluated = evaluateProject(p, ruleSet, cells);
    const wrong = unstorable(p.name, evaluated, budgetCell?.line ?? p.lines.start);
    if (own.length === 0) problems.push(...wrong);
    else {
      // In a table left out, a figure that does not read is most likely a shifted cell: reported with it.
      const figures = cells.problems.splice(before).map((c) => ({ line: c.line, message: `「${c.text}」 ${c.reason}` }));
      own.push(...figures, ...wrong);
    }
    if (own.length > 0) {
      partial.push(leftOutProject(evaluated, own, p.fiscalYear ?? fiscalYear));
      continue;
    }
    seen.set(key, { lines: `${p.lines.start}–${p.lines.end}`, figures });
    // Object.assign, not `{ ...evaluated, organizationName … }`: Node 20's V8 defines every property
    // written after a spread in an object literal on a slow path.
    projects.push(Object.assign({}, evaluated, { organizationName, supervisingName, filledOn: parseFilledOn(p.filledOn) }));
  }

  const departments: PreparedDocument['departments'] = [];
  for (const e of parsed.departmentEvaluations) {
    const before = cells.problems.length;
    const d = evaluateDepartment(e, ruleSet, cells);
    const wrong = unstorable(e.unitName, d, e.budget?.line ?? e.lines.start);
    const own: { line: number | null; message: string }[] = (e.readingProblems ?? []).map((x) => ({
      line: x.line,
      message: `department evaluation 「${e.unitName}」: ${x.message}`,
    }));
    const apart = yearApart(e.fiscalYear, fiscalYear);
    if (apart) own.push({ line: e.lines.start, message: `department evaluation 「${e.unitName}」: ${apart}` });
    if (own.length === 0) problems.push(...wrong);
    else own.push(...cells.problems.splice(before).map((c) => ({ line: c.line, message: `「${c.text}」 ${c.reason}` })), ...wrong);
    if (own.length > 0) {
      partial.push(leftOutDepartment(d, own, e.fiscalYear ?? fiscalYear));
      continue;
    }
    departments.push({ ...d, organizationName: names.resolve(e.unitName) });
  }
  addDocumentDiscrepancies(text, parsed, projects, departments, fiscalYear);
  const summaryTables = parsed.summaryTables.map((t) => ({
    organizationName: names.resolve(t.unitName),
    unitName: t.unitName,
    compiledOnText: t.compiledOn,
    lineStart: t.lines.start,
    lineEnd: t.lines.end,
    rows: t.rows.map((row) => evaluateSummaryRow(row, projects, ruleSet, cells)),
  }));
  // The same project in two summary tables (a unit's and the department's consolidated one): the later row against the earlier.
  summaryTables.forEach((table, i) => {
    for (const row of table.rows) {
      const earlier = summaryTables
        .slice(0, i)
        .flatMap((t) => t.rows.filter((r) => sameProjectName(r.parsed.projectName, row.parsed.projectName)).map((r) => ({ t, r })))[0];
      if (!earlier) continue;
      const pairs = summaryAgainstSummary(
        summaryRowText(row.parsed),
        summaryRowText(earlier.r.parsed),
        earlier.t.unitName,
        earlier.r.parsed.lines.start,
      );
      for (const d of pairs) {
        // When one of the two rows already disagrees with the project table, that is the mistake, counted there.
        const own = d.field.replace('summaries.', 'summary.');
        const cause = row.discrepancies.some((x) => x.field === own)
          ? own
          : earlier.r.discrepancies.some((x) => x.field === own)
            ? `${own}@${earlier.r.parsed.lines.start}`
            : null;
        row.discrepancies.push({
          ...d,
          ...(cause && d.severity !== 'ROUNDING' ? { severity: 'INFO', causedBy: cause } : {}),
          line: row.parsed.lines.start,
        });
      }
    }
  });
  const fa = parsed.finalAccounts;
  const finalAccounts: PreparedFinalAccounts | null = fa
    ? {
        parsed: fa,
        organizationName: fa.unitName ? names.resolve(fa.unitName) : departmentName,
        totalIncome: cells.money(fa.totalIncome, '收入合计'),
        totalExpenditure: cells.money(fa.totalExpenditure, '支出合计'),
        basicExpenditure: cells.money(fa.basicExpenditure, '基本支出'),
        projectExpenditure: cells.money(fa.projectExpenditure, '项目支出'),
        threePublicBudget: cells.money(fa.threePublicBudget, '"三公"经费预算'),
        threePublicActual: cells.money(fa.threePublicActual, '"三公"经费支出决算'),
      }
    : null;
  for (const c of cells.problems) problems.push({ line: c.line, message: `「${c.text}」 ${c.reason}` });

  // Only a document with no complete record is refused; the tables left out are reported.
  const loaded = projects.length + departments.length + summaryTables.length + (finalAccounts ? 1 : 0);
  // Read completely, but of no known place or year: each shown with what was read, none loaded.
  const unplaced = [
    region === NO_REGION && 'the document names no region (province, city or county)',
    fiscalYear === null && 'the document names no fiscal year (年度)',
  ].filter((x): x is string => x !== false);
  const why = [{ line: null, message: `not loaded: ${unplaced.join('; ')}` }];
  const unplacedTables =
    unplaced.length === 0
      ? []
      : [...projects.map((p) => leftOutProject(p, why, fiscalYear)), ...departments.map((d) => leftOutDepartment(d, why, fiscalYear))];
  // (The document's own error says why those were not loaded: not repeated per table.)
  if (problems.length > 0 || loaded === 0)
    throw new ImportError([...problems, ...partial.flatMap((r) => r.problems)], [...unplacedTables, ...partial], parsed.unread, warnings);

  // Organizations: every unit named, its region (a unit may name another place), its parent.
  const parents = new Map<string, string | null>();
  for (const p of projects) {
    const parent = p.supervisingName && p.supervisingName !== p.organizationName ? p.supervisingName : null;
    if (!parents.has(p.organizationName) || parent) parents.set(p.organizationName, parent ?? parents.get(p.organizationName) ?? null);
    if (p.supervisingName && !parents.has(p.supervisingName)) parents.set(p.supervisingName, null);
  }
  for (const name of [departmentName, ...departments.map((d) => d.organizationName), ...summaryTables.map((t) => t.organizationName)]) {
    if (!parents.has(name)) parents.set(name, name === departmentName ? null : departmentName);
  }
  if (finalAccounts && !parents.has(finalAccounts.organizationName)) parents.set(finalAccounts.organizationName, null);
  const organizations = [...parents.entries()].map(([fullName, parentName]) => {
    // A unit that names a place belongs there (a county bureau listed in a city's document).
    const regionCode = resolveJurisdiction(fullName)?.region.code ?? region.code;
    return { fullName, regionCode, aliases: names.aliasesOf(fullName), parentName, keys: pinyinKeys(fullName) };
  });

  return {
    fileName,
    fileFormat: extracted.format,
    encoding: extracted.encoding,
    text,
    contentHash: contentHash(text),
    lineCount: text.split('\n').length,
    parsed,
    region,
    fiscalYear: fiscalYear!,
    ruleSet,
    kind: kindOf(parsed),
    organizations,
    projects,
    departments,
    summaryTables,
    finalAccounts,
    warnings,
    unread: parsed.unread,
    partial,
  };
}
