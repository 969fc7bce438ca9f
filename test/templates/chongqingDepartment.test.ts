/**
 * Chongqing's 部门整体绩效自评表 (重庆 梁平区): recognised by 自评总分 / 执行率权重 / 执行率得分, opened
 * at its 自评总分 (the table writes no name label), its unit the one its title names before the year
 * — not the one a document-sharing site's header names in a file name (`《….docx》由会员分享`).
 */
import { describe, expect, it } from 'vitest';
import { readFlatBlocks } from '../../src/readers/flat';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) =>
  readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readFlatBlocks(text, readTextBlocks) ?? readTextBlocks(text) });

const TABLE = [
  '重庆市某区林业局2023年度部门整体绩效自评表',
  '主管部门', '重庆市某区林业局', '部门联系人', '李某', '联系电话', '',
  '自评总分(分)', '97.93',
  '部门预算执行情况(万元)', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率', '执行率权重', '执行率得分',
  '年度总金额', '100', '100', '90', '90%', '10', '9',
];

describe('Chongqing 部门整体绩效自评表', () => {
  it('reads the unit from the title before its year, the total from the header and the funding row', () => {
    const reading = read(['《重庆市某区林业局2022年度部门整体绩效自评表.docx》由会员分享,可在线阅读', ...TABLE].join('\n\n'));
    expect(reading.departmentEvaluations).toHaveLength(1);
    const d = reading.departmentEvaluations[0]!;
    expect(d).toMatchObject({ templateId: 'chongqing-department-overall', unitName: '重庆市某区林业局', fiscalYear: 2023 });
    expect(d.reportedTotalScore?.text).toBe('97.93');
    expect([d.budget?.text, d.executed?.text, d.executionRate?.text, d.budgetWeight?.text, d.budgetScore?.text]).toEqual([
      '100', '90', '90%', '10', '9',
    ]);
  });

  it('takes no unit or year from a file name, and no table from a file name alone', () => {
    const reading = read(['《重庆市某区林业局2022年度部门整体绩效自评表.docx》由会员分享', ...TABLE.slice(1)].join('\n\n'));
    const d = reading.departmentEvaluations[0]!;
    expect(d.unitName).not.toContain('重庆市某区林业局');
    expect(d.fiscalYear).toBeNull();
    expect(read('《重庆市某区林业局2022年度部门整体绩效自评表.docx》由会员分享').departmentEvaluations).toEqual([]);
  });

  it('is no Chongqing table without its 执行率权重 and 执行率得分 (another department table)', () => {
    const reading = read(
      ['部门整体支出绩效自评表', '(2021年度)', '部门名称', '某县林业局', '自评总分(分)', '90', '部门预算执行情况(万元)', '年初预算数', '全年执行数'].join('\n\n'),
    );
    expect(reading.departmentEvaluations.some((d) => d.templateId === 'chongqing-department-overall')).toBe(false);
  });
});
