/**
 * Labels whose first character the page lost (湖南 零陵: `级预算单位名称` for 一级/二级预算单位名称):
 * read as the label when what is left says which — five characters or more, one part in every
 * template — their text as written; labels as written and values never changed.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates, TEMPLATES } from '../../src/templates';
import { restoreLostLeads } from '../../src/templates/lostLeads';
import { tokenize } from '../../src/templates/tokens';

const norms = (cells: string[]) =>
  restoreLostLeads(tokenize(readTextBlocks(cells.join('\n\n'))), TEMPLATES).tokens.map((t) => [t.text, t.norm]);

describe('restoreLostLeads', () => {
  it('reads a name label without its first character as the label, its text as written', () => {
    expect(norms(['级预算单位名称', '陵区林业局'])).toEqual([
      ['级预算单位名称', '一级预算单位名称'],
      ['陵区林业局', '陵区林业局'],
    ]);
    expect(norms(['度资金总额'])).toEqual([['度资金总额', '年度资金总额']]);
  });

  it('leaves a rest too short to say which label (目名称, 级指标), a label as written, and other text alone', () => {
    expect(norms(['目名称', '级指标', '预算单位名称', '算单位名称x', '县林业局预算单位名称'])).toEqual([
      ['目名称', '目名称'],
      ['级指标', '级指标'],
      ['预算单位名称', '预算单位名称'],
      ['算单位名称x', '算单位名称x'],
      ['县林业局预算单位名称', '县林业局预算单位名称'],
    ]);
  });

  it('opens the department table at the label (湖南 零陵: a page that lost cell starts)', () => {
    const text = [
      '部门整体支出绩效自评表', '2021年度)',
      '级预算单位名称', ' 陵区林业局',
      '年度预', '算申请', '(万元)', '年初', '预算数', '全年预算数', '全年', '执行数', '分值', '执行率', '得分',
      '年度资金总额', '4753.66万元', '4753.66万元', '3824.26万元', '10', '100%', '10',
    ].join('\n\n');
    const reading = readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
    expect(reading.departmentEvaluations).toHaveLength(1);
    const d = reading.departmentEvaluations[0]!;
    expect(d).toMatchObject({ unitName: '陵区林业局', fiscalYear: 2021 });
    expect([d.initialBudget?.text, d.budget?.text, d.executed?.text, d.executionRate?.text, d.budgetScore?.text]).toEqual([
      '4753.66万元', '4753.66万元', '3824.26万元', '100%', '10',
    ]);
  });
});
