/**
 * A table's title on a line of its own inside a stream of pipe-closed cells (src/readers/streamTitle.ts):
 * it is a cell of its own, not the first part of the next cell, so the next table's first label
 * stays a label (岳阳's 财政金融部: a control sheet's last cell, then `2024年度部门整体支出绩效自评表`, then
 * `预算部门名称 |`). A plain line that is no title still runs into the cell after it.
 */
import { describe, expect, it } from 'vitest';
import { isStreamTitle } from '../../src/readers/streamTitle';
import { readTextBlocks } from '../../src/readers/text';

const cells = (text: string) =>
  readTextBlocks(text).flatMap((b) => (b.kind === 'table' ? b.table.rows.flatMap((r) => r.cells.map((c) => c.text)) : []));

describe('a table title inside a stream of pipe-closed cells', () => {
  it('is a cell of its own', () => {
    const text = ['厉行节约保障措施 |', '2024年度部门整体支出绩效自评表', '预算部门名称 |', '某某部 |'].join('\n');
    expect(cells(text)).toEqual(['厉行节约保障措施', '2024年度部门整体支出绩效自评表', '预算部门名称', '某某部']);
  });

  it('leaves a line broken inside a cell as the first part of that cell', () => {
    const text = ['项目名称 |', '农村公路养护', '工程 |'].join('\n');
    expect(cells(text)).toEqual(['项目名称', '农村公路养护 工程']);
  });

  it('knows a title by its 绩效 form and its closing 表', () => {
    expect(isStreamTitle('2024年度部门整体支出绩效自评表')).toBe(true);
    expect(isStreamTitle('项目支出绩效自评表(2023年度)')).toBe(true);
    expect(isStreamTitle('财政供养人员情况表')).toBe(false);
    expect(isStreamTitle('农村公路养护')).toBe(false);
  });
});
