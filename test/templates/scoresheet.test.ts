/**
 * The department-wide score sheet (部门整体支出绩效评价表: 一级 / 二级 / 三级指标, 指标分值, 指标解释,
 * 评分标准, 自评得分; no funding block), src/templates/definitions/departmentScoresheet.ts: on the
 * real 大英县总工会 page (test/fixtures/documents/, one cell per line, cut after its third
 * indicator), and a complete sheet as a web page's table gives it (tab-separated, merged level
 * cells left empty) imported on PGlite — or on PostgreSQL when DATABASE_URL names one — and served
 * over GraphQL as a department evaluation with its indicators.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { emptyDatabase } from '../support/database';
import { startServer, type TestServer } from '../support/server';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const page = fs.readFileSync(
  path.join(__dirname, '..', 'fixtures', 'documents', 'sichuan-daying-trade-union-department-scoresheet.txt'),
  'utf8',
);

describe('a score sheet with no name label, one cell per line, its header on two rows with the levels last (四川 大英县总工会)', () => {
  const reading = read(page);
  const d = reading.departmentEvaluations[0]!;

  it('is a department evaluation of the unit and year its page title names before the year', () => {
    expect(reading.projects).toEqual([]);
    expect(reading.departmentEvaluations).toHaveLength(1);
    expect(d).toMatchObject({
      templateId: 'department-scoresheet',
      unitName: '大英县总工会',
      fiscalYear: 2020,
      title: '大英县总工会2020年度部门决算',
    });
    expect([d.budget, d.executed]).toEqual([null, null]);
  });

  it('reads each indicator under its weighted level with its 指标分值 and 自评得分', () => {
    expect(d.indicators.map((i) => [i.level2, i.name, i.weight?.text, i.score?.text, i.weight?.line, i.score?.line])).toEqual([
      ['预算编制(30分)', '目标制定', '10', '9', 46, 52],
      ['预算编制(30分)', '目标实现', '10', '8', 58, 64],
      ['预算编制(30分)', '编制准确', '10', '9.8', 70, 76],
    ]);
    expect(d.indicators[0]!.description).toBe('评价部门绩效目标是否要素完整、细化量化。');
  });

  it('reports the level cell broken over three lines and the cut: the sheet is not complete', () => {
    expect(d.readingProblems!.map((p) => p.message)).toEqual([
      expect.stringMatching(/indicator cells \(3\) do not make whole rows of 6/),
      'no 合计 row: a truncated table',
    ]);
    expect(reading.unread.map((u) => u.line)).toEqual([36]);
  });
});

/** A complete sheet: merged level cells are empty in the rows under them. */
const SHEET = [
  '绥阳县财政局2022年度部门整体支出绩效评价自评表',
  ['部门名称', '绥阳县财政局'],
  ['一级指标', '二级指标', '三级指标', '指标分值', '指标解释', '评分标准', '自评得分', '备注'],
  ['决策(20分)', '目标设定(10分)', '绩效目标合理性', '5', '是否设置年度绩效目标', '合理得5分', '5', ''],
  ['', '', '绩效目标明确性', '5', '目标是否细化量化', '明确得5分', '4', '个别指标未量化'],
  ['', '预算编制(10分)', '预算编制准确性', '10', '年初预算与执行的偏离', '偏离每1%扣1分', '9.5', ''],
  ['过程(30分)', '预算执行(30分)', '预算执行率', '30', '执行数/预算数', '执行率×分值', '28', ''],
  ['产出(30分)', '职责履行(30分)', '重点工作完成率', '30', '完成的重点工作/计划', '完成率×分值', '30', ''],
  ['效益(20分)', '满意度(20分)', '服务对象满意度', '20', '抽样调查', '满意度×分值', '19', ''],
  ['合计', '', '', '100', '', '', '95.5', ''],
]
  .map((row) => (typeof row === 'string' ? row : row.join('\t')))
  .join('\n');

describe('a complete score sheet as a table (tab-separated, merged level cells empty)', () => {
  let db: Database;
  let server: TestServer;
  let report: ImportReport;
  beforeAll(async () => {
    db = await emptyDatabase();
    server = await startServer(db);
    report = await importDocument(db, 'suiyang-scoresheet.txt', new TextEncoder().encode(SHEET));
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('reads every row, the levels carried down the merged cells, and the 合计', () => {
    const d = read(SHEET).departmentEvaluations[0]!;
    expect(d.readingProblems).toEqual([]);
    expect(d.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.score?.text])).toEqual([
      ['决策(20分)', '目标设定(10分)', '绩效目标合理性', '5', '5'],
      ['决策(20分)', '目标设定(10分)', '绩效目标明确性', '5', '4'],
      ['决策(20分)', '预算编制(10分)', '预算编制准确性', '10', '9.5'],
      ['过程(30分)', '预算执行(30分)', '预算执行率', '30', '28'],
      ['产出(30分)', '职责履行(30分)', '重点工作完成率', '30', '30'],
      ['效益(20分)', '满意度(20分)', '服务对象满意度', '20', '19'],
    ]);
    expect(d.indicators[1]!.deviationNote).toBe('个别指标未量化');
    expect(d.reportedTotalScore).toEqual({ text: '95.5', line: 10 });
  });

  it('loads as a department evaluation with its indicators; no funding figures, so none stored', async () => {
    expect(report.status, JSON.stringify(report.errors)).toBe('loaded');
    expect(report.region).toMatchObject({ name: '绥阳县' });
    expect(report.fiscalYear).toBe(2022);
    expect(report.counts).toMatchObject({ projects: 0, departmentEvaluations: 1, indicators: 6 });
    const e = await db.prisma.departmentEvaluation.findFirstOrThrow();
    expect([e.budget, e.executed, Number(e.reportedTotalScore)]).toEqual([null, null, 95.5]);
  });

  it('is served over GraphQL with its indicators, weights and scores as reported', async () => {
    const response = await server.post({
      query: `{ region(code: "${report.region!.code}") { departmentEvaluations(year: 2022) { reportedScore organization { name } indicators { name weight reportedScore } } } }`,
    });
    const body = (await response.json()) as {
      data?: { region: { departmentEvaluations: { reportedScore: number; organization: { name: string }; indicators: object[] }[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    const d = body.data!.region.departmentEvaluations[0]!;
    expect(d.reportedScore).toBe(95.5);
    expect(d.organization.name).toBe('绥阳县财政局');
    expect(d.indicators).toHaveLength(6);
    expect(d.indicators[2]).toEqual({ name: '预算编制准确性', weight: 10, reportedScore: 9.5 });
  });
});

describe('a score sheet in pipe rows with a 序号 column, cut inside its sixth row (安徽 寿县)', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'documents', 'anhui-shouxian-department-scoresheet.txt'), 'utf8');
  const reading = read(text);
  const d = reading.departmentEvaluations[0]!;

  it('opens at its title (2023年度…自评表), which names no unit: said so', () => {
    expect(d).toMatchObject({ templateId: 'department-scoresheet', fiscalYear: 2023 });
    expect(d.readingProblems![0]!.message).toMatch(/no unit named/);
  });

  it('passes over the row numbers (序号) and reads its rows, the one broken over two lines joined', () => {
    expect(d.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.score?.text])).toEqual([
      ['规划 (15分)', '基础信息 (3分)', '基础信息 完整性', '3', '3'],
      ['规划 (15分)', '工作计划 (6分)', '年度工作 计划完整性', '3', '3'],
      ['规划 (15分)', '工作计划 (6分)', '年度工作 计划明确性', '3', '3'],
      ['规划 (15分)', '绩效目标 (6分)', '年度绩效 目标合理性', '4', '4'],
      ['规划 (15分)', '绩效目标 (6分)', '年度绩效 目标明确性', '2', '2'],
    ]);
    // The row cut before its 自评得分 (line 8) and its score alone on line 9: together they fill
    // every column in order, and the score cannot open a row of its own.
    expect(d.indicators[0]!.score).toEqual({ text: '3', line: 9 });
    expect(reading.unread.map((u) => u.line)).not.toContain(9);
  });

  it('does not join a broken row when its next line holds more than its missing cells, or a text', () => {
    const lines = text.split('\n');
    expect(lines[8]).toBe('3 |');
    for (const rest of ['3 | 1 |', '满分 |']) {
      const changed = read([...lines.slice(0, 8), rest, ...lines.slice(9)].join('\n'));
      const e = changed.departmentEvaluations[0]!;
      expect(e.indicators.map((i) => i.name)).not.toContain('基础信息 完整性');
      expect(changed.unread.map((u) => [u.line, u.text.split(' | ').length])).toContainEqual([8, 5]);
    }
  });
});
