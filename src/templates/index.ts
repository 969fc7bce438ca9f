/**
 * The template reader: the table model's blocks read by every template described in
 * src/templates/definitions/ — project tables first match the most specific template (the one
 * with the most recognising labels), department-wide tables their own.
 */
import type { ExtractedDocument } from '../tables/model';
import type { ParsedDepartmentEvaluation, ParsedProjectEvaluation, Unread } from './parsed';
import { national } from './definitions/national';
import { sichuan } from './definitions/sichuan';
import { sichuanLinkage } from './definitions/sichuanLinkage';
import { transfer } from './definitions/transfer';
import { sichuanTransferFundEvaluation } from './definitions/sichuanTransferFundEvaluation';
import { beijing } from './definitions/beijing';
import { countySpecialFund } from './definitions/countySpecialFund';
import { chongqingDepartment } from './definitions/chongqingDepartment';
import { department } from './definitions/department';
import { hubeiDepartment } from './definitions/hubeiDepartment';
import { departmentScoresheet } from './definitions/departmentScoresheet';
import { departmentScoreTable } from './definitions/departmentScoreTable';
import { sichuanProjectScoresheet } from './definitions/sichuanProjectScoresheet';
import { projectScoreTable } from './definitions/projectScoreTable';
import { hubei } from './definitions/hubei';
import { hainan } from './definitions/hainan';
import { hebeiProject } from './definitions/hebeiProject';
import { yueyangProjectReport } from './definitions/yueyangProjectReport';
import { splitSpacedCoverFields } from './spacedCoverFields';
import { yinchuan } from './definitions/yinchuan';
import { ningxiaSpecialFund } from './definitions/ningxiaSpecialFund';
import { hunanDepartmentReport } from './definitions/hunanDepartmentReport';
import { hebeiDepartment } from './definitions/hebeiDepartment';
import { jiangxiDepartment } from './definitions/jiangxiDepartment';
import { joinBrokenLabels } from './brokenLabels';
import { joinStackedLabels } from './stackedLabels';
import { joinWrappedLevels } from './wrappedLevels';
import { joinLevelWeightColumn, joinLevelWeights } from './levelWeightColumns';
import { splitLabelledCells } from './labelledCells';
import { readRecords } from './engine';
import { readHeadlessTail } from './headlessTail';
import { readHeadlessScoresheet } from './headlessScoresheet';
import { restoreLostLeads } from './lostLeads';
import { LabelSet } from './labels';
import { labelsOf, type Template } from './template';
import { tokenize } from './tokens';
import { recutWeightedRows } from './weightedRows';
import { dropUnknownColumns } from './unknownColumns';
import { withCommonLabels } from './commonLabels';
import { LEVEL1, LEVEL2 } from './vocabulary';

/**
 * Every template, the more specific first (a record is read by the first that recognises it), each
 * with the labels every form gives its roles under other names (src/templates/commonLabels.ts).
 */
export const TEMPLATES: readonly Template[] = withCommonLabels([
  sichuan,
  ningxiaSpecialFund,
  sichuanLinkage,
  beijing,
  yinchuan,
  hubei,
  transfer,
  sichuanTransferFundEvaluation,
  countySpecialFund,
  hubeiDepartment,
  hebeiDepartment,
  hebeiProject,
  jiangxiDepartment,
  department,
  chongqingDepartment,
  sichuanProjectScoresheet,
  projectScoreTable,
  hainan,
  yueyangProjectReport,
  departmentScoresheet,
  departmentScoreTable,
  hunanDepartmentReport,
  national,
]);

/** Every template's labels and the indicator-level vocabulary: what a label broken over lines may be. */
const ALL_LABELS = new LabelSet([...TEMPLATES.flatMap(labelsOf), ...LEVEL1.synonyms, ...LEVEL2.synonyms]);

/** What tells a header's columns no template describes, and their blocks (src/templates/unknownColumns.ts). */
export const KNOWN_LABELS = {
  all: ALL_LABELS,
  fundingColumns: new LabelSet(TEMPLATES.flatMap((t) => t.funding.columns.flatMap((c) => c.labels))),
  fundingRows: new LabelSet(TEMPLATES.flatMap((t) => t.funding.rows.flatMap((r) => r.labels))),
};

/** The level words (一级 / 二级指标) a wrapped level cell may complete (src/templates/wrappedLevels.ts). */
const LEVEL_LABELS = new LabelSet([...LEVEL1.synonyms, ...LEVEL2.synonyms]);

/**
 * The labels of the cells above a table (names, departments, the form's other labels): the ones a
 * cover writes with their value on one line (src/templates/labelledCells.ts). Funding rows are not
 * among them: `项目支出:1025.20` beside a funding block is a breakdown, one cell.
 */
const HEADER_LABELS = new LabelSet(
  TEMPLATES.flatMap((t) => [...t.nameLabels, ...t.supervisingLabels, ...t.implementingLabels, ...t.otherLabels]),
);

/** A cover's field labels (项目名称, 项目单位 …): a line that opens with one and a space is the field and its value (src/templates/spacedCoverFields.ts). */
const COVER_FIELD_LABELS = new LabelSet(TEMPLATES.flatMap((t) => [...t.nameLabels, ...t.supervisingLabels, ...t.implementingLabels]));

export interface TemplateReading {
  projects: ParsedProjectEvaluation[];
  departmentEvaluations: ParsedDepartmentEvaluation[];
  unread: Unread[];
  /**
   * What was read and not kept: the cells of columns no template describes (src/templates/unknownColumns.ts),
   * and those of rows and columns a template reads for their place only (a transfer form's 地方资金, a
   * department's 其中 rows, 行次-numbered funds' 到位 columns).
   */
  warnings: Unread[];
  /** The fiscal year of the first title that names one. */
  fiscalYear: number | null;
}

export function readWithTemplates(extracted: ExtractedDocument): TemplateReading {
  // Indicator columns no template describes, taken out where rows and columns are known (src/templates/unknownColumns.ts).
  const { blocks, dropped } = dropUnknownColumns(extracted.blocks, KNOWN_LABELS);
  const tokens = splitSpacedCoverFields(splitLabelledCells(
    joinBrokenLabels(
      joinWrappedLevels(
        joinStackedLabels(recutWeightedRows(restoreLostLeads(joinLevelWeightColumn(joinLevelWeights(tokenize(blocks)), TEMPLATES), TEMPLATES), TEMPLATES, ALL_LABELS), ALL_LABELS),
        LEVEL_LABELS,
        ALL_LABELS,
      ),
      ALL_LABELS,
    ),
    HEADER_LABELS,
  ), COVER_FIELD_LABELS, ALL_LABELS);
  const { projects, departmentEvaluations, unread, notKept } = readRecords(tokens, TEMPLATES);
  // No table found: perhaps the tail of one whose head was cut off (src/templates/headlessTail.ts).
  const tail = projects.length + departmentEvaluations.length === 0 ? readHeadlessTail(tokens, TEMPLATES) : null;
  if (tail) projects.push(tail);
  // Before the first table read: perhaps a score sheet's tail whose levels' weights confirm its rows (src/templates/headlessScoresheet.ts).
  const firstLine = Math.min(...[...projects, ...departmentEvaluations].map((p) => p.lines.start), extracted.text.split('\n').length + 1);
  const sheet = readHeadlessScoresheet(extracted.text, firstLine, TEMPLATES);
  if (sheet) {
    projects.unshift(sheet.project);
    unread.push(...sheet.unread);
  }
  const fiscalYear = [...projects, ...departmentEvaluations].find((p) => p.fiscalYear !== null)?.fiscalYear ?? null;
  return { projects, departmentEvaluations, unread, warnings: [...dropped, ...notKept], fiscalYear };
}
