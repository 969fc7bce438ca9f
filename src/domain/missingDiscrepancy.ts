/**
 * Figures the template requires that are absent (issue 12, kind MISSING):
 * - a table that weighs budget execution ("预算执行情况(万元)(20分)", 003) but gives neither budget
 *   nor executed amount — no rate, no budget score, and so no total can be computed from the rules;
 * - an indicator row with no 得分 in a table whose other rows have one and whose 总分 is reported
 *   (000 12333信息平台建设经费: 设计预算成本计划降低率 and 服务满意度 carry none, the 总分 98 cannot be
 *   checked against its parts);
 * - a project table whose 主管部门 and 实施单位 rows are both blank (001 劳动监察执法服装, line 451);
 * - a 合计 row left empty where the total is stated elsewhere (003 line 73; 自评得分 97 in the header).
 * A constraint indicator (约束性指标) has no score to miss.
 */
import type { Discrepancy } from './discrepancyKinds';
import type { ProjectInput } from './projectScore';

const blank = (text: string | null | undefined) => !text || /^[\s\-—–－/／…·.]*$/u.test(text);

function budgetMissing(input: ProjectInput): Discrepancy[] {
  const weight = input.budgetWeight ?? 0;
  if (weight <= 0 || input.budget !== null || input.executed !== null || input.reportedExecutionRate || input.reportedBudgetScore)
    return [];
  return [
    {
      field: 'budget',
      reported: '—',
      computed: `0–${weight}`,
      kind: 'MISSING',
      severity: 'MAJOR',
      causedBy: null,
      message: `Budget execution (预算执行情况) weighs ${weight} points but neither the budget (预算数) nor the executed amount (执行数) is given: the rate, the budget score and the total cannot be computed.`,
      messageZh: `预算执行情况占${weight}分，但未填列预算数和执行数：无法计算执行率、预算执行得分和总分。`,
    },
  ];
}

function scoresMissing(input: ProjectInput): Discrepancy[] {
  if (blank(input.reportedTotalScore)) return [];
  const rows = input.indicators
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !(row.constraint ?? `${row.level2 ?? ''}${row.name}`.includes('约束性')));
  const scored = rows.filter(({ row }) => !blank(row.reportedScore)).length;
  if (scored * 2 < rows.length) return [];
  return rows
    .filter(({ row }) => blank(row.reportedScore))
    .map(({ row, index }) => {
      const name = row.name.replace(/\s+/g, '');
      return {
        field: `indicators[${index}].score`,
        reported: '—',
        computed: row.weight !== null && row.weight !== undefined ? `0–${row.weight}` : '—',
        kind: 'MISSING' as const,
        severity: 'MINOR' as const,
        causedBy: null,
        message: `The indicator "${name}" has no score (得分) although the other rows have one: the reported total (总分 ${input.reportedTotalScore}) cannot be checked against its parts.`,
        messageZh: `指标“${name}”未填列得分（其他指标均有得分）：无法以各项得分核对总分${input.reportedTotalScore}。`,
      };
    });
}

export function missingDiscrepancies(input: ProjectInput): Discrepancy[] {
  return [...budgetMissing(input), ...scoresMissing(input)];
}

/** Both unit rows of a project table blank: whose project it is must be taken from elsewhere (`listedBy`, its summary table). */
export function missingUnitDiscrepancy(
  supervising: string | null,
  implementing: string | null,
  listedBy: string | null,
): Discrepancy | null {
  if (!blank(supervising) || !blank(implementing)) return null;
  return {
    field: 'organization',
    reported: '—',
    computed: listedBy ?? '—',
    kind: 'MISSING',
    severity: 'MINOR',
    causedBy: null,
    message: `The table leaves both 主管部门 (supervising department) and 实施单位 (implementing unit) blank${listedBy ? `; the summary table of ${listedBy} lists the project` : ''}.`,
    messageZh: `自评表未填列主管部门和实施单位${listedBy ? `；${listedBy}的汇总表列有该项目` : ''}。`,
  };
}

/** A 合计/总分 row with no figure while the total is stated elsewhere (`stated`, e.g. the header's 自评得分). */
export function missingTotalDiscrepancy(stated: { text: string; line: number } | null): Discrepancy | null {
  if (!stated) return null;
  return {
    field: 'totalScore',
    reported: '—',
    computed: stated.text,
    kind: 'MISSING',
    severity: 'MINOR',
    causedBy: null,
    message: `The table's total row (合计) is empty; the total score ${stated.text} is stated only at line ${stated.line}.`,
    messageZh: `表中合计行未填列得分；自评得分${stated.text}仅见于第${stated.line}行。`,
  };
}
