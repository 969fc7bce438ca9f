/**
 * Hubei's department-wide table (src/templates/definitions/hubeiDepartment.ts): weighted annual
 * goals (年度目标N: … (N分)) dividing the indicator block, level cells with a share
 * (产出指标(分值权重100%)), 同上 in the rule column, 基本支出总额 / 项目支出总额 as labelled cells —
 * the rules (src/templates/goals.ts) with their near misses, and a table read whole.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { asAbove, goalCell, withoutLevelShare } from '../../src/templates/goals';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const row = (...cells: string[]) => cells.join('\t');

describe('a goal cell', () => {
  it('reads its number, the goal and its weight as written', () => {
    expect(goalCell('年度目标1: 积极促进就业创业工作。(18分)')).toEqual({ position: 1, name: '积极促进就业创业工作。', weight: '(18分)' });
    expect(goalCell('年度目标3：深化人才工作改革创新。（12分）')).toEqual({
      position: 3,
      name: '深化人才工作改革创新。',
      weight: '（12分）',
    });
    expect(goalCell('年度目标 7 加强基层基础工作')).toEqual({ position: 7, name: '加强基层基础工作', weight: null });
  });
  it('is not a label, a goal without words, or a sentence that mentions goals', () => {
    expect(goalCell('年度目标')).toBeNull();
    expect(goalCell('年度目标1')).toBeNull();
    expect(goalCell('年度目标1：(18分)')).toBeNull();
    expect(goalCell('年度目标完成情况')).toBeNull();
    expect(goalCell('完成年度目标1项')).toBeNull();
  });
});

describe('a level cell with its share', () => {
  it('is its level word without the share', () => {
    expect(withoutLevelShare('产出指标(分值权重100%)')).toBe('产出指标');
    expect(withoutLevelShare('效益指标(分值权重50%)')).toBe('效益指标');
  });
  it('keeps anything else as it is', () => {
    expect(withoutLevelShare('产出指标(40分)')).toBe('产出指标(40分)');
    expect(withoutLevelShare('分值权重100%')).toBe('分值权重100%');
    expect(withoutLevelShare('产出指标(分值权重)')).toBe('产出指标(分值权重)');
  });
});

describe('同上 in a rule column', () => {
  it('is the rule above', () => {
    expect(asAbove('同上', '按完成率计分')).toBe('按完成率计分');
    expect(asAbove(' 同上。', '按完成率计分')).toBe('按完成率计分');
  });
  it('stays as written with no rule above, or within other text', () => {
    expect(asAbove('同上', null)).toBe('同上');
    expect(asAbove('同上年度', '按完成率计分')).toBe('同上年度');
    expect(asAbove('按完成率计分', '其他')).toBe('按完成率计分');
    expect(asAbove(null, '按完成率计分')).toBeNull();
  });
});

const HEADER = row('一级指标', '二级指标', '三级指标', '分值', '指标说明', '评分标准', '年初目标值(A)', '实际完成值(B)', '得分');
const TABLE = [
  '部门整体支出绩效自评表',
  row('单位名称', '', '某市人力资源和社会保障局', '', '', '', '', '', ''),
  row('基本支出总额(万元)', '', '7593.94', '', '', '项目支出总额(万元)', '', '2478.73', ''),
  row('预算执行情况(万元)(20分)', '', '部门整体支出总额', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)', '', ''),
  HEADER,
  row('年度目标1: 积极促进就业创业工作。(18分)', '', '', '', '', '', '', '', ''),
  row('产出指标(分值权重100%)', '数量指标', '城镇新增就业人数', '2', '新增就业3.5万人', '按完成率计分', '3.5万人', '4.97万人', '2'),
  row('', '质量指标', '人事考试差错率', '1', '差错率0%', '同上', '0%', '0%', '1'),
  '',
  '年度目标2: 构建和谐劳动关系。(10分)',
  '',
  row('产出指标(分值权重100%)', '数量指标', '劳动合同签订率', '2', '签订率90%', '按完成率计分', '90%', '90%', '2'),
  row('合计', '', '', '', '', '', '', '', ''),
].join('\n');

describe('the Hubei department-wide table', () => {
  it('reads its goals, each with its indicators, and the labelled expenditures', () => {
    const [d] = read(TABLE).departmentEvaluations;
    expect(d?.templateId).toBe('hubei-department');
    expect(d?.unitName).toBe('某市人力资源和社会保障局');
    expect([d?.basicExpenditure?.text, d?.projectExpenditure?.text]).toEqual(['7593.94', '2478.73']);
    expect(d?.indicators).toEqual([]);
    expect(d?.goals.map((g) => [g.position, g.name, g.weight?.text, g.indicators.map((i) => i.name)])).toEqual([
      [1, '积极促进就业创业工作。', '(18分)', ['城镇新增就业人数', '人事考试差错率']],
      [2, '构建和谐劳动关系。', '(10分)', ['劳动合同签订率']],
    ]);
    const [first, second] = d!.goals[0]!.indicators;
    expect([first?.level1, first?.level2, first?.target?.text, first?.actual?.text, first?.weight?.text, first?.score?.text]).toEqual([
      '产出指标(分值权重100%)',
      '数量指标',
      '3.5万人',
      '4.97万人',
      '2',
      '2',
    ]);
    expect([second?.level1, second?.scoringRule]).toEqual(['产出指标(分值权重100%)', '按完成率计分']);
  });

  it('a goal row is a goal only in a template with goal rows: in a project table it is a row not placed', () => {
    const project = [
      '2021年度某项目自评表',
      row('项目名称', '某项目', '', '', '', '', ''),
      row('主管部门', '某局', '', '项目实施单位', '某局', '', ''),
      row('预算执行情况(万元)(20分)', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分', ''),
      row('', '年度财政资金总额', '45', '44.3', '98.44%', '20', ''),
      row('年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'),
      row('年度目标1: 积极促进就业创业工作。(18分)', '', '', '', '', '', ''),
      row('', '产出指标(40分)', '数量指标', '全年话务总量', '8万', '11.3万', '10'),
      row('总分', '98', '', '', '', '', ''),
    ].join('\n');
    const { projects, unread } = read(project);
    expect(projects.map((p) => [p.templateId, p.indicators.map((i) => i.name)])).toEqual([['hubei-project', ['全年话务总量']]]);
    expect(unread.map((u) => u.line)).toEqual([7]);
  });
});
