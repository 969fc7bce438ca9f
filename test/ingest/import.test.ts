/**
 * Loading the four seed documents through importDocument, checked against what the database
 * holds afterwards (rows counted with Prisma, figures read back), on PGlite or on the
 * PostgreSQL server named by DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import type { PrismaClient } from '../../src/generated/prisma';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { emptyDatabase, seedFiles, seedText, tableCounts } from '../support/database';

const bytes = (text: string) => new TextEncoder().encode(text);
const fileOf = (prefix: string) => seedFiles().find((f) => f.startsWith(prefix))!;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Rows that belong to one document. */
async function documentCounts(prisma: PrismaClient, documentId: number) {
  return {
    projects: await prisma.projectEvaluation.count({ where: { documentId } }),
    projectIndicators: await prisma.indicator.count({ where: { project: { documentId } } }),
    departmentEvaluations: await prisma.departmentEvaluation.count({ where: { documentId } }),
    departmentIndicators: await prisma.indicator.count({ where: { departmentEvaluation: { documentId } } }),
    goals: await prisma.departmentGoal.count({ where: { evaluation: { documentId } } }),
    summaryTables: await prisma.summaryTable.count({ where: { documentId } }),
    summaryRows: await prisma.summaryRow.count({ where: { table: { documentId } } }),
    finalAccounts: await prisma.finalAccounts.count({ where: { documentId } }),
    discrepancies: await prisma.discrepancy.count({ where: { documentId } }),
  };
}

/** Line n (1-based) of a seed. */
const lineOf = (text: string, n: number) => text.split('\n')[n - 1]!;

let db: Database;
const reports = new Map<string, ImportReport>();

beforeAll(async () => {
  db = await emptyDatabase();
  for (const prefix of ['000_', '001_', '002_', '003_']) {
    reports.set(prefix, await importDocument(db, fileOf(prefix), bytes(seedText(prefix))));
  }
});
afterAll(async () => {
  await db?.close();
});

async function documentId(prefix: string): Promise<number> {
  const d = await db.prisma.sourceDocument.findFirstOrThrow({ where: { fileName: fileOf(prefix), supersededById: null } });
  return d.id;
}

describe('the four seeds as stored', () => {
  it('every seed loads, with its jurisdiction and year', () => {
    expect([...reports.values()].map((r) => [r.status, r.region?.code, r.fiscalYear, r.errors])).toEqual([
      ['loaded', '420200', 2021, []],
      ['loaded', '410721', 2021, []],
      ['loaded', '421222', 2023, []],
      ['loaded', '420300', 2021, []],
    ]);
  });

  it('stores exactly the records of each document', async () => {
    expect(await documentCounts(db.prisma, await documentId('000_'))).toEqual({
      projects: 20,
      projectIndicators: 151,
      departmentEvaluations: 0,
      departmentIndicators: 0,
      goals: 0,
      summaryTables: 0,
      summaryRows: 0,
      finalAccounts: 0,
      // Issue 12: + 11 得分 cells left blank beside a filled 总分 (MISSING), 65人 against 65人% (WITHIN_ROW);
      // 完成专项职业能力考核's 3 points for 69 of 5000余人, more than its block's 40 could give (RULE).
      discrepancies: 17,
    });
    expect(await documentCounts(db.prisma, await documentId('001_'))).toEqual({
      projects: 11,
      projectIndicators: 122,
      departmentEvaluations: 1,
      departmentIndicators: 39,
      goals: 0,
      summaryTables: 5,
      summaryRows: 22,
      finalAccounts: 0,
      // 56 before issue 12; + 6 block 分值 against their headings, 3 weight sums that follow from them,
      // 8 summary rows against the other summary table of the same project; + 20 prose against
      // tables (NARRATIVE: 2 in the units' reports, 18 in the department's, 6 of them INFO), 4 funding
      // parts against their total, 劳动监察执法服装's blank units (MISSING); + the report's 三公经费控制率
      // 60.8% against its own 0.94 / 2.4 (ARITHMETIC), 其他惠普发展支出 for 其他普惠发展支出 (NARRATIVE).
      discrepancies: 100,
    });
    expect(await documentCounts(db.prisma, await documentId('002_'))).toEqual({
      projects: 26,
      projectIndicators: 205,
      departmentEvaluations: 1,
      departmentIndicators: 54,
      goals: 7,
      summaryTables: 0,
      summaryRows: 0,
      finalAccounts: 1,
      // Issue 12: the department-wide table against the 决算 (2), goals' targets against the
      // project tables (3), the report's 73万 against 730万, 2547万元 against 2547.2077万元 (ROUNDING), sums
      // within the prose: 人员经费 and 公用经费 against their items (ROUNDING), 515 人 against 488; 250 件
      // against 317 例 in one row (WITHIN_ROW); + 基本支出 against 人员经费 and 公用经费, 支出决算 against its
      // four shares, 年初预算 2366.08 restated as 2366.07 (ROUNDING), 社会化管理 for 社会代管理 (NARRATIVE).
      discrepancies: 15,
    });
    expect(await documentCounts(db.prisma, await documentId('003_'))).toEqual({
      projects: 0,
      projectIndicators: 0,
      departmentEvaluations: 1,
      departmentIndicators: 38,
      goals: 7,
      summaryTables: 0,
      summaryRows: 0,
      finalAccounts: 0,
      // Issue 12: no budget execution figures (MISSING), goal 2's 分值权重 split (2), 37.89万人 against 57.89万人,
      // the empty 合计 row (MISSING), the actual 62.27 without the target's unit (WITHIN_ROW).
      discrepancies: 6,
    });
  });

  it('reports the counts it stored', async () => {
    for (const [prefix, report] of reports) {
      const c = await documentCounts(db.prisma, await documentId(prefix));
      expect(report.counts).toMatchObject({
        projects: c.projects,
        indicators: c.projectIndicators + c.departmentIndicators,
        departmentEvaluations: c.departmentEvaluations,
        goals: c.goals,
        summaryTables: c.summaryTables,
        summaryRows: c.summaryRows,
        finalAccounts: c.finalAccounts,
        discrepancies: c.discrepancies,
      });
    }
  });

  it('keeps every document text whole, with its line count', async () => {
    for (const prefix of ['000_', '001_', '002_', '003_']) {
      const d = await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: await documentId(prefix) } });
      expect(d.text).toBe(seedText(prefix));
      expect(d.lineCount).toBe(seedText(prefix).split('\n').length);
    }
  });
});

describe('000 黄石市: Hubei project tables', () => {
  const text = seedText('000_');

  it('12333信息平台建设经费: reported and computed budget execution', async () => {
    const p = await db.prisma.projectEvaluation.findFirstOrThrow({
      where: { documentId: await documentId('000_'), name: '12333信息平台建设经费' },
      include: { organization: true, region: true },
    });
    expect(num(p.fullYearBudget)).toBe(45);
    expect(num(p.executed)).toBe(44.3);
    expect(num(p.reportedExecutionRate)).toBe(0.9844);
    expect(num(p.reportedBudgetScore)).toBe(20);
    expect(num(p.reportedTotalScore)).toBe(98);
    expect(num(p.budgetWeight)).toBe(20);
    expect(num(p.budgetScore)).toBeCloseTo((20 * 44.3) / 45, 3); // 19.69
    expect(num(p.executionRate)).toBeCloseTo(44.3 / 45, 5);
    expect(p.fiscalYear).toBe(2021);
    expect(p.regionCode).toBe('420200');
    expect(p.organization.name).toBe('黄石市人力资源和社会保障局');
    expect(p.filledOnText).toBe('2022年5月29日');
    expect(p.filledOn?.toISOString().slice(0, 10)).toBe('2022-05-29');
    // Source range and the cells as written, each at its line.
    expect([p.lineStart, p.lineEnd]).toEqual([3, 29]);
    expect(lineOf(text, p.lineStart)).toBe('2021年度12333信息平台建设经费项目自评表');
    const written = p.reportedText as Record<string, { text: string; line: number } | null>;
    expect(written.budget).toEqual({ text: '45', line: 18 });
    expect(written.executionRate).toEqual({ text: '98.44%', line: 18 });
    expect(written.totalScore).toEqual({ text: '98', line: 27 });
    expect(lineOf(text, 18).split('\t')).toEqual(expect.arrayContaining(['45', '44.3', '98.44%', '20']));
    expect(lineOf(text, 27).split('\t').slice(0, 2)).toEqual(['总分', '98']);
  });

  it('12333信息平台建设经费: 全年话务总量 8万 → 11.3万', async () => {
    const i = await db.prisma.indicator.findFirstOrThrow({
      where: { name: '全年话务总量', project: { documentId: await documentId('000_'), name: '12333信息平台建设经费' } },
    });
    expect(i).toMatchObject({ targetText: '8万', actualText: '11.3万', level2: '数量指标', lineStart: 20, lineEnd: 20 });
    expect(num(i.targetValue)).toBe(80000);
    expect(num(i.actualValue)).toBe(113000);
    expect(num(i.reportedScore)).toBe(10);
    expect(i.reportedScoreText).toBe('10');
    expect(lineOf(text, 20).split('\t')).toEqual(expect.arrayContaining(['全年话务总量', '8万', '11.3万', '10']));
  });

  it('专家津贴: nothing spent, full marks reported → a budgetScore discrepancy', async () => {
    const p = await db.prisma.projectEvaluation.findFirstOrThrow({
      where: { documentId: await documentId('000_'), name: '专家津贴' },
      include: { discrepancies: true },
    });
    expect(num(p.fullYearBudget)).toBe(33);
    expect(num(p.executed)).toBe(0);
    expect(num(p.reportedExecutionRate)).toBe(0);
    expect(num(p.reportedBudgetScore)).toBe(20);
    expect(num(p.budgetScore)).toBe(0);
    const d = p.discrepancies.find((x) => x.field === 'budgetScore');
    expect(d).toMatchObject({ reported: expect.stringContaining('20'), line: 305 });
    // The count stored beside the project counts problems (issue 12): the budget score (MAJOR), not the
    // total that follows from it (INFO).
    expect(p.discrepancies.map((x) => [x.field, x.severity])).toEqual([
      ['budgetScore', 'MAJOR'],
      ['totalScore', 'INFO'],
    ]);
    expect(p.discrepancyCount).toBe(1);
    expect(lineOf(text, 305).split('\t')).toEqual(expect.arrayContaining(['33', '0', '0.00%', '20']));
  });
});

describe('001 新乡县: Henan tables with 分值, summary tables, department-wide table', () => {
  const text = seedText('001_');

  it('社会保险经办工作经费: 3.97 of 5 is 79.4%, 7.94 of 10 points, 8 reported (agrees)', async () => {
    const p = await db.prisma.projectEvaluation.findFirstOrThrow({
      where: { documentId: await documentId('001_'), name: '社会保险经办工作经费' },
      include: { discrepancies: true, organization: true },
    });
    expect(num(p.fullYearBudget)).toBe(5);
    expect(num(p.executed)).toBe(3.97);
    expect(num(p.executionRate)).toBeCloseTo(0.794, 6);
    expect(num(p.budgetWeight)).toBe(10);
    expect(num(p.budgetScore)).toBeCloseTo(7.94, 4);
    expect(num(p.reportedBudgetScore)).toBe(8);
    expect(p.discrepancies.filter((d) => d.field === 'budgetScore')).toEqual([]);
    expect(p.regionCode).toBe('410721');
    expect(lineOf(text, p.lineStart)).toContain('项目支出绩效自评表');
    expect(
      text
        .split('\n')
        .slice(p.lineStart - 1, p.lineEnd)
        .join('\n'),
    ).toContain('项目名称\t社会保险经办工作经费');
    const written = p.reportedText as Record<string, { text: string; line: number } | null>;
    expect(lineOf(text, written.executed!.line).split('\t')).toContain(written.executed!.text);
  });

  it('the summary row of 劳动保障监察日常办公经费: 13.3% as written, and its discrepancy', async () => {
    const row = await db.prisma.summaryRow.findFirstOrThrow({
      where: { projectName: '劳动保障监察日常办公经费', table: { documentId: await documentId('001_') } },
      include: { discrepancies: true, table: { include: { organization: true } }, project: true },
    });
    expect(num(row.budget)).toBe(4.54);
    expect(num(row.executed)).toBe(4.49);
    expect(num(row.executionRate)).toBeCloseTo(0.133, 6);
    expect(num(row.outputScoreRate)).toBeCloseTo(0.99, 6);
    expect(num(row.totalScore)).toBe(100);
    expect([row.lineStart, row.lineEnd]).toEqual([499, 499]);
    expect(lineOf(text, 499).split('\t')).toEqual(expect.arrayContaining(['劳动保障监察日常办公经费', '4.54', '4.49', '13.3%']));
    expect(row.table.organization.name).toBe('新乡县劳动保障监察大队');
    // 4.49 / 4.54 is 98.9%, not 13.3%.
    const rate = row.discrepancies.find((d) => d.field.includes('executionRate'));
    expect(rate).toMatchObject({ line: 499 });
    expect(row.project?.name).toBe('劳动保障监察日常办公经费');
  });

  it('the department-wide table (投入/过程/产出/效益)', async () => {
    const d = await db.prisma.departmentEvaluation.findFirstOrThrow({
      where: { documentId: await documentId('001_') },
      include: { organization: true, indicators: { orderBy: { position: 'asc' } } },
    });
    expect(d.template).toBe('HENAN_FOUR_LEVEL');
    expect(d.organization.name).toBe('新乡县人力资源和社会保障局');
    expect(num(d.budget)).toBe(1687.4);
    expect(num(d.basicExpenditure)).toBe(782.69);
    expect(num(d.projectExpenditure)).toBe(904.71);
    expect(d.indicators).toHaveLength(39);
    const rate = d.indicators.find((i) => i.name === '预算执行率')!;
    expect([rate.targetText, rate.actualText, num(rate.weight), num(rate.reportedScore)]).toEqual(['>90%', '99.66%', 2, 2]);
    expect(lineOf(text, rate.lineStart)).toContain('预算执行率');
  });

  it("the department-wide total stated only in the report (自评得分 94.99 分), beside the table's own sum", async () => {
    const d = await db.prisma.departmentEvaluation.findFirstOrThrow({ where: { documentId: await documentId('001_') } });
    expect(num(d.reportedTotalScore)).toBe(94.99);
    const written = (d.reportedText as Record<string, { text: string; line: number } | null>).totalScore!;
    expect(written.text).toBe('94.99');
    expect(lineOf(text, written.line)).toMatch(/得分\s*94\.99\s*分/);
    expect(written.line).toBeGreaterThan(d.lineEnd);
    expect(num(d.tableScoreSum)).toBe(95.5);
  });
});

describe('002 通城县: line-broken tables and final accounts', () => {
  const text = seedText('002_');

  it('工伤病残等级鉴定费: 5 / 5 / 100.00 / 20 and its indicators', async () => {
    const p = await db.prisma.projectEvaluation.findFirstOrThrow({
      where: { documentId: await documentId('002_'), name: '工伤病残等级鉴定费' },
      include: { indicators: { orderBy: { position: 'asc' } }, organization: true },
    });
    expect([num(p.fullYearBudget), num(p.executed), num(p.reportedExecutionRate), num(p.reportedBudgetScore)]).toEqual([5, 5, 1, 20]);
    expect(num(p.budgetScore)).toBe(20);
    expect(num(p.reportedTotalScore)).toBe(100);
    expect(p.regionCode).toBe('421222');
    expect(p.fiscalYear).toBe(2023);
    expect([p.lineStart, p.lineEnd]).toEqual([2105, 2234]);
    expect([p.narrativeLineStart, p.narrativeLineEnd]).toEqual([487, 494]);
    expect(p.narrative).toContain('受理工伤病残等级鉴定 126 例');
    expect(p.indicators).toHaveLength(10);
    expect(p.indicators[0]).toMatchObject({
      name: '受理工伤病残等级鉴定例数',
      targetText: '100 例',
      actualText: '126 例',
      reportedScoreText: '5',
      lineStart: 2172,
    });
    expect(num(p.indicators[0]!.targetValue)).toBe(100);
    expect(num(p.indicators[0]!.actualValue)).toBe(126);
    expect(lineOf(text, 2172)).toBe('数量指标 受理工伤病残等级鉴定例数 100 例 126 例 5');
    const last = p.indicators.at(-1)!;
    expect([last.name, last.targetText, last.actualText, num(last.reportedScore)]).toEqual(['工伤鉴定服务对象满意度', '≥90%', '≥96%', 20]);
    expect(num(last.targetValue)).toBeCloseTo(0.9, 6);
  });

  it('the 2023 final accounts: 2820.06', async () => {
    const fa = await db.prisma.finalAccounts.findFirstOrThrow({
      where: { documentId: await documentId('002_') },
      include: { organization: true },
    });
    expect(num(fa.totalIncome)).toBe(2820.06);
    expect(num(fa.totalExpenditure)).toBe(2820.06);
    expect(fa.fiscalYear).toBe(2023);
    const written = fa.reportedText as Record<string, { text: string; line: number } | null>;
    expect(written.totalIncome).toEqual({ text: '2820.06', line: 146 });
    expect(lineOf(text, 146)).toContain('收入合计 2820.06 万元');
    expect(lineOf(text, written.totalExpenditure!.line)).toContain('2820.06');
  });

  it('the department-wide table with 7 weighted goals', async () => {
    const d = await db.prisma.departmentEvaluation.findFirstOrThrow({
      where: { documentId: await documentId('002_') },
      include: { goals: { orderBy: { position: 'asc' } } },
    });
    expect(d.template).toBe('HUBEI_GOALS');
    expect(d.goals.map((g) => g.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const g of d.goals) expect(g.lineStart).toBeLessThanOrEqual(g.lineEnd);
    // Its narrative report (整体绩效自评报告) is kept beside it, with its lines.
    expect({ start: d.narrativeLineStart, end: d.narrativeLineEnd }).toEqual({ start: 1600, end: 2101 });
    expect(d.narrative).toContain('自评分为100分');
  });
});

describe('003 十堰市: department-wide table with weighted goals', () => {
  const text = seedText('003_');

  it('goal 1 (18 points) and 全年城镇新增就业人数 3.5万人 → 4.97万人', async () => {
    const d = await db.prisma.departmentEvaluation.findFirstOrThrow({
      where: { documentId: await documentId('003_') },
      include: { goals: { orderBy: { position: 'asc' }, include: { indicators: { orderBy: { position: 'asc' } } } }, organization: true },
    });
    expect(d.organization.name).toBe('十堰市人力资源和社会保障局');
    expect(d.regionCode).toBe('420300');
    expect(num(d.reportedTotalScore)).toBe(97);
    expect(num(d.basicExpenditure)).toBe(7593.94);
    expect(num(d.projectExpenditure)).toBe(2478.73);
    expect(d.goals.map((g) => num(g.weight))).toEqual([18, 18, 12, 10, 10, 8, 4]);
    expect(d.goals.map((g) => g.indicators.length)).toEqual([9, 7, 6, 5, 5, 3, 3]);
    const goal = d.goals[0]!;
    expect(goal).toMatchObject({ position: 1, name: '积极促进就业创业工作。', weightText: '(18分)', lineStart: 13, lineEnd: 22 });
    expect(lineOf(text, 13)).toContain('年度目标1: 积极促进就业创业工作。(18分)');
    const i = goal.indicators.find((x) => x.name === '全年城镇新增就业人数')!;
    expect(i).toMatchObject({
      targetText: '3.5万人',
      actualText: '4.97万人',
      conceptKey: 'urban_new_employment',
      lineStart: 14,
      unit: '人',
    });
    expect(num(i.targetValue)).toBe(35000);
    expect(num(i.actualValue)).toBe(49700);
    expect(num(i.weight)).toBe(2);
    expect(num(i.reportedScore)).toBe(2);
    expect(i.departmentEvaluationId).toBe(d.id);
    expect(lineOf(text, 14).split('\t')).toEqual(expect.arrayContaining(['全年城镇新增就业人数', '3.5万人', '4.97万人']));
  });
});

describe('loading again', () => {
  it('the same bytes again: unchanged, nothing written', async () => {
    const before = await tableCounts(db.prisma);
    const again = await importDocument(db, fileOf('000_'), bytes(seedText('000_')));
    expect(again).toMatchObject({ status: 'unchanged', documentId: await documentId('000_'), errors: [] });
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it('the same bytes under another name: unchanged', async () => {
    const before = await tableCounts(db.prisma);
    const again = await importDocument(db, 'copy-of-003.txt', bytes(seedText('003_')));
    expect(again.status).toBe('unchanged');
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it('a dry run writes nothing and reports the counts', async () => {
    const before = await tableCounts(db.prisma);
    const text = seedText('000_').replace('\t45\t44.3\t', '\t46\t44.3\t');
    const checked = await importDocument(db, 'dry.txt', bytes(text), { dryRun: true });
    expect(checked).toMatchObject({ status: 'checked', documentId: null, fiscalYear: 2021, region: { code: '420200' }, errors: [] });
    expect(checked.counts).toMatchObject({ projects: 20, indicators: 151 });
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it('a corrected version (same file name, one figure changed) replaces the records of the old one', async () => {
    const file = fileOf('000_');
    const oldId = await documentId('000_');
    const before = await tableCounts(db.prisma);
    const corrected = seedText('000_').replace('\t45\t44.3\t98.44%\t20\t', '\t46\t44.3\t96.30%\t20\t');
    expect(corrected).not.toBe(seedText('000_'));
    const report = await importDocument(db, file, bytes(corrected));
    expect(report).toMatchObject({ status: 'replaced', errors: [] });
    expect(report.documentId).not.toBe(oldId);

    const old = await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: oldId } });
    expect(old.supersededById).toBe(report.documentId);
    expect(old.text).toBe(seedText('000_'));
    expect(await documentCounts(db.prisma, oldId)).toMatchObject({ projects: 0, projectIndicators: 0, discrepancies: 0 });
    expect(await documentCounts(db.prisma, report.documentId!)).toMatchObject({ projects: 20, projectIndicators: 151 });
    const p = await db.prisma.projectEvaluation.findFirstOrThrow({
      where: { name: '12333信息平台建设经费', documentId: report.documentId! },
    });
    expect(num(p.fullYearBudget)).toBe(46);
    expect(num(p.reportedExecutionRate)).toBeCloseTo(0.963, 6);
    expect(await db.prisma.projectEvaluation.count({ where: { name: '12333信息平台建设经费' } })).toBe(1);
    // One more document row; every other table as before.
    const after = await tableCounts(db.prisma);
    expect(after).toEqual({ ...before, documents: before.documents + 1, discrepancies: after.discrepancies });
    expect(after.discrepancies - before.discrepancies).toBe(report.counts.discrepancies - reports.get('000_')!.counts.discrepancies);
  });

  it('going back to the first version restores its figures', async () => {
    const file = fileOf('000_');
    const corrected = await documentId('000_');
    const before = await tableCounts(db.prisma);
    const report = await importDocument(db, file, bytes(seedText('000_')));
    expect(report).toMatchObject({ status: 'replaced', errors: [] });
    const current = await documentId('000_');
    expect(current).toBe(report.documentId);
    expect((await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: corrected } })).supersededById).toBe(current);
    const p = await db.prisma.projectEvaluation.findFirstOrThrow({ where: { name: '12333信息平台建设经费' } });
    expect(p.documentId).toBe(current);
    expect(num(p.fullYearBudget)).toBe(45);
    // Exactly one version of the file is current; each text is stored once.
    expect(await db.prisma.sourceDocument.count({ where: { fileName: file, supersededById: null } })).toBe(1);
    const after = await tableCounts(db.prisma);
    expect({ ...after, discrepancies: 0 }).toEqual({ ...before, discrepancies: 0 });
    expect(await documentCounts(db.prisma, current)).toEqual({
      projects: 20,
      projectIndicators: 151,
      departmentEvaluations: 0,
      departmentIndicators: 0,
      goals: 0,
      summaryTables: 0,
      summaryRows: 0,
      finalAccounts: 0,
      discrepancies: 17, // 4 before issue 12; + 11 得分 left blank beside a filled 总分, 65人 against 65人%, 69 of 5000余人 for 3 points
    });
  });

  it('a corrected version that fails leaves the current one as it was', async () => {
    const before = await tableCounts(db.prisma);
    const current = await documentId('000_');
    const broken = seedText('000_').replace('\t45\t44.3\t', '\t1,2.3万\t44.3\t');
    const report = await importDocument(db, fileOf('000_'), bytes(broken));
    expect(report.status).toBe('failed');
    expect(report.errors).toEqual([expect.objectContaining({ line: 18, message: expect.stringContaining('1,2.3万') })]);
    expect(await tableCounts(db.prisma)).toEqual(before);
    expect(await documentId('000_')).toBe(current);
  });
});

describe('one transaction', () => {
  it('a database error midway (a constraint on the last indicator) writes nothing', async () => {
    const before = await tableCounts(db.prisma);
    // Documents, organizations and projects are written before indicators; this refuses one of them.
    await db.script.exec(`ALTER TABLE "indicator" ADD CONSTRAINT "test_refuse" CHECK ("name" <> '服务满意度') NOT VALID`);
    try {
      const text = seedText('000_').replace('\t45\t44.3\t', '\t47\t44.3\t');
      const outcome = await importDocument(db, 'midway.txt', bytes(text)).then(
        (r) => r,
        (e: unknown) => e,
      );
      if (!(outcome instanceof Error)) expect(outcome).toMatchObject({ status: 'failed' });
      expect(await tableCounts(db.prisma)).toEqual(before);
      expect(await db.prisma.sourceDocument.count({ where: { fileName: 'midway.txt' } })).toBe(0);
    } finally {
      await db.script.exec(`ALTER TABLE "indicator" DROP CONSTRAINT "test_refuse"`);
    }
  });
});
