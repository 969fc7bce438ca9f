/**
 * Sichuan's 部门预算项目支出绩效自评表 cut before its budget columns (an excerpt that ends at the
 * 预算执行情况(10分) label) is still told by its numbered 项目基本情况 labels (1.项目年度目标完成情况,
 * 2.项目实施内容及过程概述; src/templates/definitions/sichuan.ts): its name, code and year are read
 * and the cut is reported. A synthetic pipe table.
 */
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const read = (text: string) => readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });

const CUT = [
  '部门预算项目支出绩效自评表(2021年度) | |||||||',
  '项目名称 | 51000021T000000000001-乡镇文化站设备购置 | |||||||',
  '主管部门 | 某县文化局 | 实施单位 (盖章) | 某县文化馆 | |||||',
  '项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | |||||',
  '为12个乡镇文化站购置设备。 | 已完成。 | |||||||',
  '2.项目实施内容及过程概述 | 按计划采购并验收。 | |||||||',
  '预算执行情况(10分) |',
].join('\n');

describe('a Sichuan table cut before its budget columns', () => {
  it('is read as that template: name, code and year, with the cut reported', () => {
    const reading = read(CUT);
    expect(reading.projects.map((p) => [p.name, p.code, p.fiscalYear])).toEqual([['乡镇文化站设备购置', '51000021T000000000001', 2021]]);
    expect(reading.unread.map((u) => u.reason).join(' ')).toMatch(/预算执行情况/);
  });
});
