/**
 * A project's fiscal year from its name (src/templates/nameYear.ts), for a table published without
 * its title: only a year that opens the name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';
import { yearOfName } from '../../src/templates/nameYear';

describe('the year a project name opens with', () => {
  it('is read where the name opens with it, 年 or 年度, before the name’s words', () => {
    expect(yearOfName('2023年杨楼社区特色种养殖补贴到户项目')).toBe(2023);
    expect(yearOfName(' 2021年度 农村公路养护项目')).toBe(2021);
  });

  it('is no year inside the name, no bare year, no date or code, no year of another century', () => {
    expect(yearOfName('北京2008年奥运场馆维护经费')).toBeNull();
    expect(yearOfName('2023年')).toBeNull();
    expect(yearOfName('2023-09-28')).toBeNull();
    expect(yearOfName('20231001工程款')).toBeNull();
    expect(yearOfName('1998年抗洪纪念馆维修')).toBeNull();
    expect(yearOfName('2023年12月')).toBeNull();
  });
});

describe('a 衔接资金 table published without its title (安徽 萧县 杨楼镇)', () => {
  it('takes the fiscal year from the project’s name', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'documents', 'anhui-xiaoxian-yanglou-farming-subsidy.txt'), 'utf8');
    const doc = readDocument({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
    expect(doc.projects.map((p) => [p.name, p.fiscalYear])).toEqual([['2023年杨楼社区特色种养殖补贴到户项目', 2023]]);
  });
});
