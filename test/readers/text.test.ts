/**
 * readTextBlocks: plain-text extractions into the table model — tab rows and pipe rows become
 * grid tables, pipe-closed cells and runs of short lines stream tables, the rest paragraphs; every
 * cell keeps its line.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import type { Block, Table } from '../../src/tables/model';

const tables = (blocks: Block[]): Table[] => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const texts = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('readTextBlocks', () => {
  it('tab-separated rows are a grid; a plain line between two rows is a one-cell row; empty cells are kept', () => {
    const blocks = readTextBlocks('标题\n\n项目名称\t\t专家津贴\n说明\n年度资金总额\t33\t0\t\n');
    expect(blocks[0]).toEqual({ kind: 'paragraph', paragraph: { text: '标题', at: { line: 1 } } });
    const [grid] = tables(blocks);
    expect(grid!.shape).toBe('grid');
    expect(texts(grid!)).toEqual([['项目名称', '', '专家津贴'], ['说明'], ['年度资金总额', '33', '0', '']]);
    expect(grid!.rows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect([grid!.lineStart, grid!.lineEnd]).toEqual([3, 5]);
    expect(grid!.rows[2]!.cells[1]).toEqual({ text: '33', row: 2, col: 1, rowSpan: 1, colSpan: 1, at: { line: 5 } });
  });

  it('pipe-separated rows are a grid: `||||` are empty cells, the closing pipe opens no cell, markdown rules are skipped', () => {
    const [grid] = tables(readTextBlocks('合计 | 100 | |||\n| a | b |\n|---|---|\n总额 | 0.00 | 3.36 |\n'));
    expect(grid!.shape).toBe('grid');
    expect(texts(grid!)).toEqual([
      ['合计', '100', '', '', ''],
      ['a', 'b'],
      ['总额', '0.00', '3.36'],
    ]);
    expect(grid!.rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('pipe-closed cells are a stream, a lone pipe is an empty cell, a line without the pipe runs into the next cell', () => {
    const [stream] = tables(
      readTextBlocks('总额 |\n238.93 |\n|\n1.预算执行率=预算执行数/调整后预算数,\n未达到90%的需说明原因 |\n其中:财政资金 |\n'),
    );
    expect(stream!.shape).toBe('stream');
    expect(texts(stream!)).toEqual([
      ['总额'],
      ['238.93'],
      [''],
      ['1.预算执行率=预算执行数/调整后预算数, 未达到90%的需说明原因'],
      ['其中:财政资金'],
    ]);
    expect(stream!.rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 6]);
  });

  it('rows opened by a lone pipe, their cells on indented pipe-closed lines, are a grid; the padding after a shortened row is no cell', () => {
    const text = [
      '计分表',
      '| ',
      '       一级 指标  | ',
      '      ',
      '       三级 指标  | ',
      '      ',
      '       自评分  | ',
      '    ',
      '| ',
      '       项目 决策 (20分)  | ',
      '      ',
      '       目标 内容 (4分)  | ',
      '      ',
      '       4  | ',
      '    ',
      '| ',
      '       决策 依据',
      '       (4分)  | ',
      '      ',
      '       4  | ',
      '    |',
      '| ',
      '       到位率 (3分)  | ',
      ' ',
    ].join('\n');
    const blocks = readTextBlocks(text);
    expect(blocks[0]).toEqual({ kind: 'paragraph', paragraph: { text: '计分表', at: { line: 1 } } });
    const [grid] = tables(blocks);
    expect(grid!.shape).toBe('grid');
    expect(texts(grid!)).toEqual([
      ['一级 指标', '三级 指标', '自评分'],
      ['项目 决策 (20分)', '目标 内容 (4分)', '4'],
      ['决策 依据 (4分)', '4'],
      ['到位率 (3分)'],
    ]);
    expect(grid!.rows.map((r) => r.line)).toEqual([3, 10, 17, 23]);
    // The padded row's missing cell may have stood anywhere (a merged cell above it): its blanks are lost, not placed at its end.
    expect(grid!.rows.map((r) => r.blanksLost ?? false)).toEqual([false, false, true, false]);
    expect(grid!.rows[3]!.closed).toBe(true);
    expect(tables(readTextBlocks(text.replace(/^\| $/gm, '|')))).toHaveLength(1);
  });

  it('a run of short plain lines is a stream; prose lines are paragraphs', () => {
    const cells = [
      '项目名称',
      '商品质量检测经费',
      '主管部门',
      '乐亭县市场监督管理局',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '10',
    ];
    const prose = '本项目共申请预算资金90万元，其中30万元用于基建工程项目预算编制，30万元用于基建工程项目审计。';
    const blocks = readTextBlocks([prose, '', ...cells, '', prose].join('\n'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const [stream] = tables(blocks);
    expect(stream!.shape).toBe('stream');
    expect(texts(stream!).flat()).toEqual(cells);
    expect([stream!.lineStart, stream!.lineEnd]).toEqual([3, 11]);
  });

  it('cells each followed by an empty line are a stream: a line of spaces is an empty cell, lines without an empty line between are one cell', () => {
    const text = [
      '项目资金',
      '(万元)',
      '',
      ' ',
      '',
      '年初',
      '',
      '预算数',
      '',
      '年度资金总额',
      '',
      '43.2',
      '',
      ' ',
      '',
      '37.24',
      '',
      '10',
      '',
      '86%',
      '',
      '9',
    ].join('\n');
    const [stream] = tables(readTextBlocks(text));
    expect(stream!.shape).toBe('stream');
    expect(texts(stream!).flat()).toEqual(['项目资金 (万元)', '', '年初', '预算数', '年度资金总额', '43.2', '', '37.24', '10', '86%', '9']);
    expect(stream!.rows.map((r) => r.line)).toEqual([1, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
  });

  it('lines with no empty line between them that read as one cell per line end a run of double-spaced cells: they are no one cell broken over lines', () => {
    // A document-sharing page: its header double-spaced, then the table pasted single-spaced (河北 乐亭县).
    const header = [
      '文档名称:',
      '',
      '项目支出绩效自评表.docx',
      '',
      '分享',
      '',
      '预览',
      '',
      '上传人:1017848967',
      '',
      '下载得到文件列表',
      '',
      '文档介绍',
      '',
    ];
    const table = [
      '项目支出绩效自评表',
      '( 2021年度)',
      '项目名称',
      '双随机抽查委托审计费',
      '主管部门',
      '实施单位',
      '乐亭县市场监督管理局',
      '项目资金',
      '(万元)',
      '年初预算数',
    ];
    const blocks = readTextBlocks([...header, ...table, '', '100%'].join('\n'));
    const stream = tables(blocks).find((t) => t.rows.some((r) => r.cells[0]!.text === '项目名称'));
    expect(stream!.shape).toBe('stream');
    expect(texts(stream!).flat()).toEqual(table);
    expect(stream!.rows.map((r) => r.line)).toEqual(table.map((_, k) => header.length + 1 + k));
  });

  it('a few short lines are paragraphs, not a table', () => {
    expect(readTextBlocks('一、基本情况\n二、绩效目标\n').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('pipe rows padded at their end (no empty cell between written ones, rows ending in empty cells) lose the padding and say their blanks were lost', () => {
    const [padded] = tables(
      readTextBlocks('指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | |\n变压器 | 3 | 9.3 | 9.3 | |||\n设备 | 550 | 20 | 9.3 | 9.3 | |\n'),
    );
    expect(texts(padded!)).toEqual([
      ['指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['变压器', '3', '9.3', '9.3'],
      ['设备', '550', '20', '9.3', '9.3'],
    ]);
    expect(padded!.rows.map((r) => r.blanksLost === true)).toEqual([true, true, true]);
    // An empty cell between written ones: the converter kept the cells in their places.
    const [placed] = tables(
      readTextBlocks('指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | |\n变压器 | 3 | 9.3 | 9.3 | |||\n设备 | | 20 | 9.3 | 9.3 | |\n'),
    );
    expect(texts(placed!)[1]).toEqual(['变压器', '3', '9.3', '9.3', '', '', '']);
    expect(placed!.rows.some((r) => r.blanksLost)).toBe(false);
  });

  it('an empty text has no blocks', () => {
    expect(readTextBlocks('')).toEqual([]);
    expect(readTextBlocks('\n \n\t\n')).toEqual([]);
  });
});
