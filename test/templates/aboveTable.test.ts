/**
 * What the lines above a table say when no title does (src/templates/aboveTable.ts), and the end of
 * a level cell broken over rows before a 二级指标 (src/templates/levelTail.ts) — 湖北 十堰's
 * 部门整体支出绩效自评表 as the seed 003 prints it, with the near misses.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { scoreBeside, yearAlone } from '../../src/templates/aboveTable';
import { isLevelTail } from '../../src/templates/levelTail';

const table = (above: string[], rows: string[]) =>
  [
    ...above,
    '单位名称\t\t十堰市人力资源和社会保障局\t\t\t\t\t\t\t',
    '基本支出总额(万元)\t\t7593.94\t\t\t项目支出总额(万元)\t\t2478.73\t\t',
    '预算执行情况(万元)(20分)\t\t部门整体支出总额\t\t预算数(A)\t执行数(B)\t执行率(B/A)\t\t得分(20分*执行率)\t',
    '一级指标\t二级指标\t三级指标\t分值\t指标说明\t评分标准\t年初目标值(A)\t实际完成值(B)\t得分\t',
    '年度目标1: 推进人事制度改革产出及效果。(10分)\t\t\t\t\t\t\t\t\t',
    '产出指标（分值权重50%）\t数量指标\t事业单位招聘次数\t2\t事业单位招聘2次\t按完成率计分\t2次\t2次\t2\t',
    ...rows,
    '合计\t\t\t\t\t\t\t\t\t',
  ].join('\n');
const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) }).departmentEvaluations[0]!;
const HEAD = ['附件2-1:', '', '(2021年度)', '', '填报单位: (公章) 填报人及联系电话: 王俊/8116610 填报日期: 2022年04月14日 自评得分: 97', ''];

describe('the lines above a table without a title', () => {
  it('give its year (alone in brackets) and its 自评得分 (beside the 填报日期)', () => {
    const d = read(table(HEAD, []));
    expect(d.fiscalYear).toBe(2021);
    expect(d.reportedTotalScore).toEqual({ text: '97', line: 5 });
  });

  it('give nothing when the year stands inside other words or the score is not beside the 填报日期', () => {
    const d = read(table(['附件2-1:', '', '2021年度部门决算说明', '', '自评得分: 97', ''], []));
    expect(d.fiscalYear).toBeNull();
    expect(d.reportedTotalScore).toBeNull();
  });

  it('the rules alone', () => {
    expect(yearAlone('(2021年度)')).toBe(2021);
    expect(yearAlone('（2022年）')).toBe(2022);
    expect(yearAlone('2021年度')).toBeNull();
    expect(yearAlone('(2021年度部门决算)')).toBeNull();
    expect(scoreBeside('填报日期: 2022年04月14日 自评得分: 97')).toBe('97');
    expect(scoreBeside('自评得分：95.5')).toBe('95.5');
    expect(scoreBeside('产出指标自评得分: 40')).toBeNull();
    expect(scoreBeside('自评得分: 1234')).toBeNull();
    expect(scoreBeside('自评得分: 优')).toBeNull();
  });
});

describe('the end of a level cell broken over rows', () => {
  it('before a 二级指标 word closes the 一级指标 above: the row is read under it', () => {
    const d = read(table(HEAD, ['', '50%)\t质量指标\t事业单位公开招聘考率\t1\t事业单位公开招聘考率100%\t同上\t100%\t100%\t1\t']));
    expect(d.goals[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.scoringRule, i.weight?.text, i.score?.text])).toEqual([
      ['产出指标（分值权重50%）', '数量指标', '事业单位招聘次数', '按完成率计分', '2', '2'],
      ['产出指标（分值权重50%）', '质量指标', '事业单位公开招聘考率', '按完成率计分', '1', '1'],
    ]);
  });

  it('is a cell of the row before anything but a 二级指标 word', () => {
    const d = read(table(HEAD, ['50%)\t事业单位公开招聘考率\t1\t事业单位公开招聘考率100%\t同上\t100%\t100%\t1\t']));
    expect(d.goals[0]!.indicators.map((i) => i.name)).toEqual(['事业单位招聘次数']);
  });

  it('the rule alone', () => {
    expect(isLevelTail('50%)')).toBe(true);
    expect(isLevelTail('(20分)')).toBe(true);
    expect(isLevelTail('分值权重50%)')).toBe(true);
    expect(isLevelTail('50%')).toBe(false);
    expect(isLevelTail('(50%')).toBe(false);
    expect(isLevelTail('约50%)')).toBe(false);
  });
});
