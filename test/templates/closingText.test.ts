/**
 * The closing texts of Hubei's 项目自评表 as the template reader keeps them: a converted page's
 * paragraph markup one line per paragraph, and a note heading (备注：) after a label left blank no
 * value of it.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (closing: string[]) => {
  const text = [
    '2021年度12333信息平台建设经费项目自评表',
    '',
    '项目名称\t12333信息平台建设经费\t\t\t\t\t',
    '主管部门\t黄石市人力资源和社会保障局\t\t项目实施单位\t黄石市人力资源和社会保障局\t\t',
    '预算执行情况 (万元) (20分)\t\t预算数 (A)\t执行数(B)\t执行率(B/A)\t得分\t',
    '\t年度财政资金总额\t45\t44.3\t98.44%\t20\t',
    '年度绩效目标 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分',
    '\t产出指标 (40分)\t数量指标\t全年话务总量\t8万\t11.3万\t10',
    '总分\t98\t\t\t\t\t',
    ...closing,
  ].join('\n');
  return readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) }).projects[0]!;
};

describe('closing texts', () => {
  it('keep a paragraph per line, without the markup', () => {
    const p = read([
      '偏差大或目标未完成原因分析\t<p>一是使用上年结转资金；</p> <p>二是尚有部分开支正在办理结算手续。</p>\t\t\t\t\t',
      '改进措施及结果应用方案\t加强预算支出管理。\t\t\t\t\t',
    ]);
    expect(p.deviationAnalysis).toBe('一是使用上年结转资金；\n二是尚有部分开支正在办理结算手续。');
    expect(p.improvementMeasures).toBe('加强预算支出管理。');
  });

  it('take no note heading for the value of a label left blank', () => {
    const p = read(['偏差大或目标未完成原因分析\t\t\t\t\t\t', '改进措施及结果应用方案\t\t\t\t\t\t', '备注：1.预算执行情况口径：预算数为调整后财政资金总额。']);
    expect(p.deviationAnalysis).toBeNull();
    expect(p.improvementMeasures).toBeNull();
  });

  it('still read a value that only mentions a note', () => {
    const p = read(['偏差大或目标未完成原因分析\t备注栏已说明原因\t\t\t\t\t']);
    expect(p.deviationAnalysis).toBe('备注栏已说明原因');
  });
});
