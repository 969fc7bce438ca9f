/**
 * Reader for line-broken self-evaluation documents (format 'line-broken'): text extracted from
 * PDFs where every table cell stands on its own line(s), e.g. 通城县 2023 (Hubei templates).
 *
 * Pipeline: validate → non-empty source lines → find tables (segments.ts) → read project
 * tables (project.ts) and department-wide tables (department.ts) → final accounts
 * from the prose before the first table (accounts.ts) → narratives and annex references
 * matched to the tables by name (narrative.ts).
 */
import { DocumentFormatError } from '../../readers/formatError';
import type { ParsedDepartmentEvaluation, ParsedDocument, ParsedProjectEvaluation } from '../../templates/parsed';
import { readFinalAccounts } from './accounts';
import { readDepartmentTable } from './department';
import { findAnnexReferences, findReports, findSummaries, matchName, nameKey, type NarrativeBlock } from './narrative';
import { readProjectTable } from './project';
import { findSegments, titleStartAt } from './segments';
import { newIssues, toSourceLines, yearOf, type Issues, type SourceLine } from './text';
import { checkTables } from '../tableChecks';
import { binaryReason } from '../../tables/cellText';

/** Reads a line-broken document, its tables checked (src/seedLayouts/tableChecks.ts); throws DocumentFormatError for input that is not one. */
export function readLineBrokenDocument(text: string): ParsedDocument {
  const doc = readLineBrokenTables(text);
  checkTables(doc);
  return doc;
}

/** The same reading without the table checks (warnings only), for a reader that may not keep it (src/ingest/readDocument.ts). */
export function readLineBrokenTables(text: string): ParsedDocument {
  checkInput(text);
  const lines = toSourceLines(text);
  const issues = newIssues();
  const segs = findSegments(lines);

  const projects: ParsedProjectEvaluation[] = [];
  for (const seg of segs.projects) {
    const p = readProjectTable(seg, issues);
    if (p) projects.push(p);
  }
  const departmentEvaluations = segs.departments.map((seg) => readDepartmentTable(seg, issues));
  // One cell per line: a tab inside a table line splits a cell, or is a row of another format pasted in.
  for (const r of segs.ranges)
    for (const l of lines.slice(r.start, r.end))
      if (l.text.includes('\t'))
        issues.warnings.push({
          line: l.line,
          text: l.text,
          reason: 'a tab inside a line of a one-cell-per-line table: a cell split, or a row of another layout',
        });

  // Prose: everything outside the tables.
  const inTable = new Set<number>();
  for (const r of segs.ranges) {
    for (let k = r.start; k < r.end; k++) inTable.add(k);
  }
  // A table title outside every table read: its table was lost (its 项目名称 row damaged, the document cut).
  const spans = [...projects, ...departmentEvaluations].map((t) => t.lines);
  const read = (k: number) => spans.some((t) => lines[k]!.line >= t.start && lines[k]!.line <= t.end);
  const lostTitles = new Set<number>();
  lines.forEach((_, k) => {
    const start = read(k) ? -1 : titleStartAt(lines, k, 0);
    const title = lines[start];
    if (!title || read(start) || lostTitles.has(start) || !/^(?:19|20)\d\d\s*年/.test(title.text)) return;
    lostTitles.add(start);
    issues.warnings.push({
      line: title.line,
      text: title.text,
      reason: "table title with no table read after it (a document cut short, or the table's 项目名称 row damaged)",
    });
  });
  const prose: SourceLine[] = [];
  const proseStops = new Set<number>();
  let prevInTable = false;
  lines.forEach((l, k) => {
    if (inTable.has(k)) {
      prevInTable = true;
      return;
    }
    if (prevInTable) proseStops.add(prose.length);
    prevInTable = false;
    prose.push(l);
  });
  const firstTable = segs.ranges.length > 0 ? Math.min(...segs.ranges.map((r) => r.start)) : lines.length;
  const before = lines.slice(0, firstTable);

  const finalAccounts = readFinalAccounts(before);
  attachNarratives(projects, departmentEvaluations, findReports(prose, proseStops), findSummaries(before), issues);
  resolveAnnexes(projects, departmentEvaluations.length > 0, findAnnexReferences(prose), issues);
  const deduped = dropDuplicates(projects, issues);

  if (deduped.length === 0 && departmentEvaluations.length === 0 && finalAccounts === null) {
    throw new DocumentFormatError('no recognisable self-evaluation table or final-accounts figures found');
  }

  const years = [...deduped.map((p) => p.fiscalYear), ...departmentEvaluations.map((d) => d.fiscalYear), finalAccounts?.fiscalYear ?? null];
  const fiscalYear = years.find((y): y is number => y !== null) ?? firstYear(lines);

  const doc: ParsedDocument = {
    format: 'line-broken',
    fiscalYear,
    projects: deduped,
    summaryTables: [],
    departmentEvaluations,
    finalAccounts,
    notes: [],
    warnings: issues.warnings,
    unread: issues.unread,
  };
  return doc;
}

function checkInput(text: string): void {
  if (typeof text !== 'string') throw new DocumentFormatError('input is not text');
  if (text.trim() === '') throw new DocumentFormatError('empty document');
  const binary = binaryReason(text);
  if (binary !== null) {
    const nul = text.indexOf('\u0000');
    throw new DocumentFormatError(binary, nul >= 0 ? lineOfOffset(text, nul) : null);
  }
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

function firstYear(lines: readonly SourceLine[]): number | null {
  for (const l of lines) {
    if (/年度/.test(l.text)) {
      const y = yearOf(l.text);
      if (y !== null) return y;
    }
  }
  return null;
}

/** What a narrative block says when it cannot be attached to a project, by the kind of block. */
interface AttachMessages {
  noProject: (b: NarrativeBlock) => string;
  approximate: (b: NarrativeBlock, project: string) => string;
  /** The project already has a narrative, from `firstLine` on: it is kept. */
  taken: (b: NarrativeBlock, project: string, firstLine: number, index: number) => string;
}

/**
 * Attaches a narrative block to the project its name matches: warns when no project matches, when
 * the match is approximate, and when the project already has a narrative (the first is kept).
 * Returns the index of the project it was attached to, or null.
 */
function attachToProject(
  block: NarrativeBlock,
  projects: ParsedProjectEvaluation[],
  names: string[],
  messages: AttachMessages,
  issues: Issues,
): number | null {
  const warn = (reason: string) => issues.warnings.push({ line: block.lines.start, text: block.name, reason });
  const m = matchName(block.name, names);
  const p = projects[m.index];
  if (!p) {
    warn(messages.noProject(block));
    return null;
  }
  if (!m.exact) warn(messages.approximate(block, p.name));
  if (p.narrative) {
    warn(messages.taken(block, p.name, p.narrative.lines.start, m.index));
    return null;
  }
  p.narrative = { text: block.text, lines: block.lines };
  return m.index;
}

function attachNarratives(
  projects: ParsedProjectEvaluation[],
  departments: ParsedDepartmentEvaluation[],
  reports: NarrativeBlock[],
  summaries: NarrativeBlock[],
  issues: Issues,
): void {
  const names = projects.map((p) => p.name);
  const fromReport = new Set<number>();
  for (const r of reports) {
    if (r.kind === 'department-report') {
      // The report belongs to the department-wide evaluation when there is exactly one to own it.
      const [only] = departments;
      if (departments.length === 1 && only && !only.narrative) only.narrative = { text: r.text, lines: r.lines };
      else
        issues.warnings.push({
          line: r.lines.start,
          text: r.name,
          reason: `department-wide narrative report at lines ${r.lines.start}–${r.lines.end}: ${departments.length} department-wide evaluations to attach it to; not stored`,
        });
      continue;
    }
    const attached = attachToProject(r, projects, names, REPORT_MESSAGES, issues);
    if (attached !== null) fromReport.add(attached);
  }
  const summaryMessages: AttachMessages = {
    noProject: (s) => `final-accounts paragraph on a project (lines ${s.lines.start}–${s.lines.end}) matches no project table`,
    approximate: (_, project) => `final-accounts paragraph names the project differently from its table ("${project}"); matched approximately`,
    taken: (s, project, _, index) =>
      `final-accounts paragraph on "${project}" (lines ${s.lines.start}–${s.lines.end}) not attached: ${
        fromReport.has(index) ? 'the full narrative report is attached instead' : 'another paragraph is attached'
      }`,
  };
  for (const s of summaries) attachToProject(s, projects, names, summaryMessages, issues);
}

const REPORT_MESSAGES: AttachMessages = {
  noProject: (r) => `narrative report at lines ${r.lines.start}–${r.lines.end} matches no project table; not stored`,
  approximate: (_, project) => `narrative report matched to project "${project}" by approximate name`,
  taken: (_, project, firstLine) => `second narrative report for "${project}" (first at line ${firstLine}); kept the first`,
};

function resolveAnnexes(
  projects: readonly ParsedProjectEvaluation[],
  hasDepartment: boolean,
  refs: ReturnType<typeof findAnnexReferences>,
  issues: Issues,
): void {
  const seen = new Map<string, number>();
  const names = projects.map((p) => p.name);
  for (const r of refs) {
    const key = r.department ? '#department' : nameKey(r.name);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.warnings.push({
        line: r.line,
        text: r.text,
        reason: `annex reference repeated (first at line ${first}); no table follows it`,
      });
      continue;
    }
    seen.set(key, r.line);
    if (r.department) {
      issues.warnings.push({
        line: r.line,
        text: r.text,
        reason: hasDepartment
          ? 'annex reference to the department-wide table already read; no second copy of the table in the document'
          : 'annex reference to a department-wide table that is not in the document',
      });
      continue;
    }
    const m = matchName(r.name, names);
    const p = projects[m.index];
    issues.warnings.push({
      line: r.line,
      text: r.text,
      reason: p
        ? `annex reference to the table of "${p.name}" already read (lines ${p.lines.start}–${p.lines.end}); no second copy of the table in the document`
        : 'annex reference to a table that is not in the document',
    });
  }
}

function fingerprint(p: ParsedProjectEvaluation): string {
  return JSON.stringify([
    p.total.budget?.text,
    p.total.executed?.text,
    p.total.score?.text,
    p.reportedTotalScore?.text,
    p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.score?.text]),
  ]);
}

/** A table printed twice (annex copy) is loaded once; same name with different content is kept, with a warning. */
function dropDuplicates(projects: ParsedProjectEvaluation[], issues: Issues): ParsedProjectEvaluation[] {
  const out: ParsedProjectEvaluation[] = [];
  const byKey = new Map<string, ParsedProjectEvaluation[]>();
  for (const p of projects) {
    const key = nameKey(p.name);
    const same = byKey.get(key) ?? [];
    const copy = same.find((q) => fingerprint(q) === fingerprint(p));
    if (copy) {
      issues.warnings.push({
        line: p.lines.start,
        text: p.name,
        reason: `table at lines ${p.lines.start}–${p.lines.end} repeats the table at lines ${copy.lines.start}–${copy.lines.end}; loaded once`,
      });
      if (!copy.narrative && p.narrative) copy.narrative = p.narrative;
      continue;
    }
    if (same.length > 0) {
      issues.warnings.push({
        line: p.lines.start,
        text: p.name,
        reason: `second table named "${p.name}" (first at line ${same[0]?.lines.start}) with different content; both kept`,
      });
    }
    same.push(p);
    byKey.set(key, same);
    out.push(p);
  }
  return out;
}
