/**
 * Yinchuan's 本级部门项目支出绩效自评表 (src/templates/definitions/yinchuan.ts): 自评得分 written in
 * the header (no 总分 row), execution scored as an indicator (预算执行率), the levels with their
 * weights (项目产出（30分）). The table as a Word or web-page table gives it (tab-separated, merged
 * level cells empty), with the figures of the published 银川市第六中学 page
 * (test/fixtures/documents/ningxia-yinchuan-middle-school-public-funds, whose OCR is too garbled to
 * recognise): read by the template, then imported on PGlite (or PostgreSQL when DATABASE_URL names one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { importDocument, type ImportReport } from '../../src/ingest/load';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { emptyDatabase } from '../support/database';

const ROWS: string[][] = [
  ['银川市本级部门项目支出绩效自评表(2021年)'],
  ['项目名称', '初中公用经费', '主管部门', '银川市教育局', '实施单位', '银川市第六中学', '自评得分', '98'],
  ['项目资金(万元)', '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'],
  ['年度资金总额', '64.8', '64.8', '64.8', '100%'],
  ['年度总体目标', '年初设定目标', '年度总体目标完成情况'],
  ['', '保障学校正常工作运行', '保障了学校正常运行'],
  ['一级指标', '二级指标', '三级指标', '考核分值', '指标值(A)', '全年实际值(B)', '得分', '未完成原因分析及改进措施'],
  ['项目管理(25分)', '投入管理(10分)', '预算执行率', '10', '100%', '100%', '9', ''],
  ['项目产出(30分)', '数量指标(10分)', '保障人数', '10', '2370人', '2370人', '10', ''],
  ['', '质量指标(5分)', '公用经费标准', '5', '符合相关文件要求', '符合相关文件要求', '5', ''],
  ['', '时效指标(5分)', '公用经费完成时间', '5', '2021年12月完成', '2021年12月完成', '4', '未按时'],
  ['', '成本指标(10分)', '办公所需成本', '4', '15万元', '15万元', '4', ''],
  ['', '', '维修(维护)所需成本', '3', '35万元', '35万元', '3', ''],
  ['', '', '绿化、水电费等成本', '3', '14.8万元', '14.8万元', '3', ''],
  ['项目效益(35分)', '社会效益指标(15分)', '改善学校的办学条件', '15', '效果显著', '改善学校的办学条件', '13', ''],
  ['', '可持续影响指标(10分)', '社会认可的办学环境', '10', '社会认可', '社会认可的办学环境', '8', ''],
  ['', '服务对象满意度指标(10分)', '学生和老师满意度', '10', '≥90%', '95%', '10', ''],
];
const TEXT = ROWS.map((r) => r.join('\t')).join('\n');

describe('银川市本级部门项目支出绩效自评表 as a table', () => {
  const reading = readWithTemplates({ format: 'text', encoding: 'utf-8', text: TEXT, blocks: readTextBlocks(TEXT) });
  const p = reading.projects[0]!;

  it('reads the header, the 自评得分 written there as the total, and the funding row', () => {
    expect(reading.projects).toHaveLength(1);
    expect(p).toMatchObject({
      templateId: 'yinchuan-project',
      name: '初中公用经费',
      fiscalYear: 2021,
      supervisingDepartment: '银川市教育局',
      implementingUnit: '银川市第六中学',
      reportedTotalScore: { text: '98', line: 2 },
      readingProblems: [],
    });
    expect([p.total.initialBudget?.text, p.total.budget?.text, p.total.executed?.text, p.total.executionRate?.text, p.total.score]).toEqual(
      ['64.8', '64.8', '64.8', '100%', null],
    );
  });

  it('reads every indicator under its weighted levels, 预算执行率 among them', () => {
    expect(p.indicators).toHaveLength(10);
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.weight?.text, i.score?.text]).slice(0, 3)).toEqual([
      ['项目管理(25分)', '投入管理(10分)', '预算执行率', '10', '9'],
      ['项目产出(30分)', '数量指标(10分)', '保障人数', '10', '10'],
      ['项目产出(30分)', '质量指标(5分)', '公用经费标准', '5', '5'],
    ]);
    expect(p.indicators[5]).toMatchObject({ level2: '成本指标(10分)', name: '维修(维护)所需成本', target: { text: '35万元' } });
    expect(p.indicators[3]!.deviationNote).toBe('未按时');
  });
});

describe('imported', () => {
  let db: Database;
  let report: ImportReport;
  beforeAll(async () => {
    db = await emptyDatabase();
    report = await importDocument(db, 'yinchuan.txt', new TextEncoder().encode(TEXT));
  });
  afterAll(async () => {
    await db?.close();
  });

  it('loads under 银川市 with the reported total and the budget', async () => {
    expect(report.status, JSON.stringify(report.errors)).toBe('loaded');
    expect(report.region).toMatchObject({ name: '银川市' });
    expect(report.counts).toMatchObject({ projects: 1, indicators: 10 });
    const row = await db.prisma.projectEvaluation.findFirstOrThrow();
    expect([Number(row.fullYearBudget), Number(row.executed), Number(row.reportedTotalScore)]).toEqual([64.8, 64.8, 98]);
  });
});
