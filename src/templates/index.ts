/**
 * The template reader: the table model's blocks read by every template described in
 * src/templates/definitions/ — project tables first match the most specific template (the one
 * with the most recognising labels), department-wide tables their own.
 */
import type { ExtractedDocument } from '../tables/model';
import type { ParsedDepartmentEvaluation, ParsedProjectEvaluation, Unread } from '../ingest/model';
import { national } from './definitions/national';
import { sichuan } from './definitions/sichuan';
import { sichuanLinkage } from './definitions/sichuanLinkage';
import { transfer } from './definitions/transfer';
import { beijing } from './definitions/beijing';
import { countySpecialFund } from './definitions/countySpecialFund';
import { department } from './definitions/department';
import { departmentScoresheet } from './definitions/departmentScoresheet';
import { sichuanProjectScoresheet } from './definitions/sichuanProjectScoresheet';
import { hubei } from './definitions/hubei';
import { yinchuan } from './definitions/yinchuan';
import { ningxiaSpecialFund } from './definitions/ningxiaSpecialFund';
import { readRecords } from './engine';
import type { Template } from './template';
import { tokenize } from './tokens';

/** Every template, the more specific first (a record is read by the first that recognises it). */
export const TEMPLATES: readonly Template[] = [
  sichuan,
  ningxiaSpecialFund,
  sichuanLinkage,
  beijing,
  yinchuan,
  hubei,
  transfer,
  countySpecialFund,
  department,
  sichuanProjectScoresheet,
  departmentScoresheet,
  national,
];

export interface TemplateReading {
  projects: ParsedProjectEvaluation[];
  departmentEvaluations: ParsedDepartmentEvaluation[];
  unread: Unread[];
  /** The fiscal year of the first title that names one. */
  fiscalYear: number | null;
}

export function readWithTemplates(extracted: ExtractedDocument): TemplateReading {
  const tokens = tokenize(extracted.blocks);
  const { projects, departmentEvaluations, unread } = readRecords(tokens, TEMPLATES);
  const fiscalYear = [...projects, ...departmentEvaluations].find((p) => p.fiscalYear !== null)?.fiscalYear ?? null;
  return { projects, departmentEvaluations, unread, fiscalYear };
}
