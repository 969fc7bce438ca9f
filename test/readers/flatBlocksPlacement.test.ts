/**
 * Placing a flattened table's cells block by block (src/readers/flatBlocks.ts) on written samples:
 * a total row whose cells are scattered over the funding block and the goals (its 执行率 after
 * 年度总体目标) is found by what its figures guarantee; where two sets of figures fit alike, or the
 * names and value runs do not pair, nothing is placed.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';
import { indicatorFigures as figures } from '../support/readings';

const read = (text: string) => readDocument({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const HEAD = '某市项目支出绩效自评表 (2023年度) 项目名称 道路养护经费 主管部门 某市交通运输局 年初预算数 全年预算数 全年执行数 分值 执行率 得分';
const GOALS = '预期目标 年度总体目标 10 92% 实际完成情况 完成全年养护任务。';
const INDICATORS = '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分';
const RUNS = '300公里 300公里 40 40 ≥90% 95% 30 30 及时 及时 10 10 ≥85% 88% 10 10 100 99.2';
const NAMES = '养护里程 路面完好率 养护及时性 沿线群众满意率';

const scattered = (funding: string, names = NAMES) =>
  [HEAD, funding, GOALS, INDICATORS, RUNS, names, '总分'].join(' ');

describe('a flattened table out of row order', () => {
  it('finds the total row wherever its cells stand: 460 / 500 is the 92% after the goals, 10 × 92% the 9.2', () => {
    const doc = read(scattered('500.00 500.00 9.2 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (万元) 某市公路中心 实施单位 460'));
    const p = doc.projects[0]!;
    expect(p.name).toBe('道路养护经费');
    expect([p.total.initialBudget?.text, p.total.budget?.text, p.total.executed?.text]).toEqual(['500.00', '500.00', '460']);
    expect([p.total.weight?.text, p.total.executionRate?.text, p.total.score?.text]).toEqual(['10', '92%', '9.2']);
    expect(p.indicators.map(figures)).toEqual([
      ['养护里程', '300公里', '300公里', '40', '40'],
      ['路面完好率', '≥90%', '95%', '30', '30'],
      ['养护及时性', '及时', '及时', '10', '10'],
      ['沿线群众满意率', '≥85%', '88%', '10', '10'],
    ]);
    expect(p.reportedTotalScore?.text).toBe('99.2');
  });

  it('places no total row where two sets of figures fit alike (45 / 50 and 90 / 100 are both 90%), and reads no figure of it', () => {
    const doc = read(
      [HEAD, '100 50 9 上年结转资金 年度资金总额 项目资金 (万元) 实施单位 90 45', '预期目标 年度总体目标 10 90% 实际完成情况 完成。', INDICATORS, RUNS.replace('99.2', '99'), NAMES, '总分'].join(' '),
    );
    for (const p of doc.projects) {
      expect(p.total.budget).toBeNull();
      expect(p.total.executed).toBeNull();
    }
  });

  it('pairs no names with runs when they are not as many (a name missing)', () => {
    const doc = read(scattered('500.00 500.00 9.2 年度资金总额 项目资金 (万元) 实施单位 460', '养护里程 路面完好率 养护及时性'));
    for (const p of doc.projects) expect(p.indicators.map(figures)).not.toContainEqual(['养护里程', '300公里', '300公里', '40', '40']);
  });
});
