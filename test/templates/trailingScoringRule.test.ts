/**
 * An indicator row may end before its free-text columns — the 未完成原因 note and a 得分计算方法
 * written once down the block (济南市历城区's 项目支出绩效自评表, cells joined by spaces, so that the
 * empty ones left no trace): placed in order when its last written cell is a figure in a figure
 * column (the 得分), as any short spaced row is. A row that stops before a figure column is still
 * not placed in order.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';

const table = (rows: string[]) => {
  const text = [
    '区级部门预算项目支出绩效自评表',
    '( 2019 年度)',
    '项目名称 免费开放经费 主管部门 某区文化和旅游局',
    '项目实施单位 某区文化馆 项目负责人 张三 联系电话 88894492',
    '年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法',
    '年度资金总额 45 45 10 100% 10 执行率*该指标分值,最高不得超过分值上限。',
    '',
    '一级指标 二级指标 三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法',
    ...rows,
    '总分 100 100',
  ].join('\n');
  return readDocument({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });
};

describe('an indicator row short of its trailing free-text columns', () => {
  it('is placed in order when its last cell is the 得分 (no note, no 得分计算方法 written on it)', () => {
    const doc = table([
      '产出指标 数量指标 全年免费开放 100% 100% 45 45',
      '效益指标 社会效益指标 免费开放率 100% 100% 45 45',
    ]);
    expect(doc.projects).toHaveLength(1);
    const p = doc.projects[0]!;
    expect(p.fiscalYear).toBe(2019);
    expect(p.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.weight?.text, i.score?.text])).toEqual([
      ['全年免费开放', '100%', '100%', '45', '45'],
      ['免费开放率', '100%', '100%', '45', '45'],
    ]);
  });

  it('is not placed in order when it stops before a figure column (its 得分 may be the blank)', () => {
    const doc = table(['产出指标 数量指标 全年免费开放 100% 100% 45', '效益指标 社会效益指标 免费开放率 100% 100% 45 45']);
    const names = doc.projects.flatMap((p) => p.indicators.map((i) => [i.name, i.score?.text ?? null]));
    expect(names).not.toContainEqual(['全年免费开放', '45']);
    expect(JSON.stringify(doc.unread)).toContain('全年免费开放');
  });
});
