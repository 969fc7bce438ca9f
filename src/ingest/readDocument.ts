/**
 * Reads a document two ways and keeps one reading, per document:
 *
 * - the seed layouts' readers (src/seedLayouts/: tabs/ for tab-separated rows like 000/001/003,
 *   lines/ for one cell per line like 002), on the canonical text — they read the four seed layouts exactly;
 * - the template reader (src/templates/), on the table model's blocks — any layout a template
 *   describes (the national 项目支出绩效自评表, Sichuan's 部门预算项目支出绩效自评表, transfer
 *   payments …), in any format.
 *
 * The rule: the template reading is kept when it has more complete records than the seed reading
 * (a complete table: budget, executed, indicators, total row, no row left unplaced — what the
 * import checks; the seed reading's summary tables and final accounts count too), or as many and
 * more tables whose budget and executed amounts it read (where the seed readers read debris, it
 * says what is missing from each table), or as many of both and no more lines left unread, or
 * when neither reads a complete table and it finds any; and whenever it finds any in a text with
 * pipe-separated tables (`a | b |`, which no seed layout has) or the seed readers find nothing.
 * Otherwise the seed reading is kept. A text's flattened tables (whole tables on a few long lines)
 * are rebuilt as grid tables before the template reader reads it (src/readers/flat.ts). The seed readers guess where the template reader refuses
 * to, so on a layout they were not written for they find "projects" made of table debris; the
 * template reader recognises a table by its labels and reads only what it can place.
 */
import { readLineBrokenTables } from '../seedLayouts/lines';
import { DocumentFormatError } from '../readers/formatError';
import type { ParsedDocument } from '../templates/parsed';
import { readTabularTables } from '../seedLayouts/tabs';
import { checkTables } from '../seedLayouts/tableChecks';
import { binaryReason } from '../tables/cellText';
import type { ExtractedDocument } from '../tables/model';
import { readWithTemplates } from '../templates';
import { readFlatBlocks } from '../readers/flat';
import { readTextBlocks } from '../readers/text';

export function detectFormat(text: string): ParsedDocument['format'] {
  const lines = text.split(/\r?\n/);
  const tabbed = lines.filter((l) => /\S\t+\S|^\t+\S/.test(l)).length;
  return tabbed >= 5 ? 'tabular' : 'line-broken';
}

function recordCount(doc: ParsedDocument): number {
  return doc.projects.length + doc.departmentEvaluations.length + doc.summaryTables.length + (doc.finalAccounts ? 1 : 0);
}

/** Whether the text has pipe-separated cells (`a | b |`, `a |`), which no seed layout has. */
function hasPipeTables(text: string): boolean {
  let pipes = 0;
  for (const line of text.split(/\r?\n/, 5000)) if (/\|\s*$/.test(line) && ++pipes >= 5) return true;
  return false;
}

/** Records read completely: what the import would load (budget, executed, indicators, total, nothing left unplaced). */
function completeCount(doc: ParsedDocument): number {
  const projects = doc.projects.filter(
    (p) =>
      (p.total.budget || p.total.initialBudget) &&
      p.total.executed &&
      p.indicators.length > 0 &&
      (p.reportedTotalScore || p.totalRowLine !== undefined) &&
      (p.readingProblems ?? []).length === 0,
  ).length;
  // (A department evaluation that read neither its amounts nor an indicator, under a goal or not, is no complete one.)
  const departments = doc.departmentEvaluations.filter(
    (d) =>
      ((d.budget && d.executed) || d.indicators.length > 0 || (d.goals ?? []).some((g) => g.indicators.length > 0)) &&
      (d.readingProblems ?? []).length === 0,
  ).length;
  return projects + departments + doc.summaryTables.length + (doc.finalAccounts ? 1 : 0);
}

/** Tables with their budget and executed amounts read, complete or not. */
function fundedCount(doc: ParsedDocument): number {
  return (
    doc.projects.filter((p) => (p.total.budget || p.total.initialBudget) && p.total.executed).length +
    doc.departmentEvaluations.filter((d) => d.budget && d.executed).length
  );
}

/**
 * A text whose tables were flattened onto long lines (src/readers/flat.ts) has them rebuilt as
 * grid tables for the template reader; any other document is read as extracted.
 */
function withFlatTables(extracted: ExtractedDocument): ExtractedDocument {
  if (extracted.format !== 'text') return extracted;
  const blocks = readFlatBlocks(extracted.text, readTextBlocks);
  return blocks ? { ...extracted, blocks } : extracted;
}

export function readDocument(extracted: ExtractedDocument): ParsedDocument {
  const text = extracted.text;
  if (text.trim() === '') throw new DocumentFormatError('empty document: no text to read');
  const binary = binaryReason(text);
  if (binary !== null) throw new DocumentFormatError(binary);

  const format = detectFormat(text);
  const templates = readWithTemplates(withFlatTables(extracted));
  const fromTemplates: ParsedDocument = {
    format,
    fiscalYear: templates.fiscalYear,
    projects: templates.projects,
    summaryTables: [],
    departmentEvaluations: templates.departmentEvaluations,
    finalAccounts: null,
    notes: [],
    warnings: templates.warnings,
    unread: templates.unread,
  };
  const found = templates.projects.length + templates.departmentEvaluations.length;
  if (found > 0 && hasPipeTables(text)) return fromTemplates;

  let seed: ParsedDocument | null = null;
  let seedError: DocumentFormatError | null = null;
  try {
    seed = format === 'tabular' ? readTabularTables(text) : readLineBrokenTables(text);
  } catch (error) {
    if (!(error instanceof DocumentFormatError)) throw error;
    seedError = error;
  }
  // The seed reading's table checks (src/seedLayouts/tableChecks.ts) add warnings only, and no
  // warning weighs in the choice: they are run once the seed reading is the one kept.
  const checked = (doc: ParsedDocument) => {
    checkTables(doc);
    return doc;
  };
  if (seed === null || recordCount(seed) === 0) {
    if (found === 0 && seedError) throw seedError;
    return found > 0 ? fromTemplates : seed ? checked(seed) : fromTemplates;
  }
  const byTemplates = completeCount(fromTemplates);
  const bySeed = completeCount(seed);
  if (byTemplates !== bySeed) return byTemplates > bySeed ? fromTemplates : checked(seed);
  // Neither reads a complete table: the template reading's tables are reported with the figures
  // it placed (src/evaluation/partial.ts), the seed readers' with none (where they placed cells of a
  // layout not theirs is a guess), so the template reading says more.
  if (byTemplates === 0 && found > 0) return fromTemplates;
  const byTemplatesFunded = fundedCount(fromTemplates);
  const bySeedFunded = fundedCount(seed);
  if (byTemplatesFunded !== bySeedFunded) return byTemplatesFunded > bySeedFunded ? fromTemplates : checked(seed);
  // As many complete tables either way: the reading that leaves fewer lines not understood (a national
  // table's 预期目标 row, its 其中：本年财政拨款 row, which the seed readers know under other labels);
  // as few either way, the template reading, which places cells by their labels where the seed
  // readers guess (a 得分 typed full-width, １３, made the Hubei reader slide the row's cells left).
  return byTemplates > 0 && fromTemplates.unread.length <= seed.unread.length ? fromTemplates : checked(seed);
}
