/** Reported summary tables (项目支出自评汇总表) and their rows. */
import type { SqlReader } from '../reader';

export interface SummaryTableRow {
  id: number;
  documentId: number;
  organizationId: number;
  unitName: string;
  compiledOnText: string | null;
  lineStart: number;
  lineEnd: number;
}

export interface SummaryRowRow {
  id: number;
  tableId: number;
  projectId: number | null;
  position: number;
  projectName: string;
  budget: number | null;
  executed: number | null;
  executionRate: number | null;
  outputScoreRate: number | null;
  benefitScoreRate: number | null;
  satisfactionScoreRate: number | null;
  totalScore: number | null;
  deviationNote: string | null;
  reportedText: Record<string, { text: string; line: number } | null>;
  lineStart: number;
  lineEnd: number;
}

export async function summaryTablesInRegions(
  reader: SqlReader,
  codes: readonly string[],
  year: number,
): Promise<(SummaryTableRow & { key: string })[]> {
  return reader.$queryRaw`
    SELECT c.ancestor_code::text AS key, t.id, t.document_id AS "documentId", t.organization_id AS "organizationId",
      t.unit_name AS "unitName", t.compiled_on_text AS "compiledOnText", t.line_start AS "lineStart", t.line_end AS "lineEnd"
    FROM region_closure c
    JOIN source_document d ON d.region_code = c.descendant_code AND d.fiscal_year = ${year}
    JOIN summary_table t ON t.document_id = d.id
    WHERE c.ancestor_code = ANY(${[...codes]}::varchar[]) ORDER BY c.ancestor_code, t.id`;
}

export async function summaryRowsOf(reader: SqlReader, tableIds: readonly number[]): Promise<SummaryRowRow[]> {
  return reader.$queryRaw`
    SELECT r.id, r.table_id AS "tableId", r.project_id AS "projectId", r.position, r.project_name AS "projectName",
      r.budget::float8 AS budget, r.executed::float8 AS executed, r.execution_rate::float8 AS "executionRate",
      r.output_score_rate::float8 AS "outputScoreRate", r.benefit_score_rate::float8 AS "benefitScoreRate",
      r.satisfaction_score_rate::float8 AS "satisfactionScoreRate", r.total_score::float8 AS "totalScore",
      r.deviation_note AS "deviationNote", r.reported_text AS "reportedText", r.line_start AS "lineStart", r.line_end AS "lineEnd"
    FROM summary_row r WHERE r.table_id = ANY(${[...tableIds]}::int[]) ORDER BY r.table_id, r.position`;
}
