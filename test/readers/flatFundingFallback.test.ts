/**
 * A flattened table cut before the labels that recognise its template (the excerpt ends in its
 * indicator header) is read by the template whose funding block it writes — its name label, the
 * funding heading and more than three of its columns — as the template reader takes such a record
 * (byFundingHeader); and a glued funding row whose amounts carry the table's unit (`10萬10萬100%20`)
 * is cut like one without it, the cells kept as written.
 */
import { describe, expect, it } from 'vitest';
import { cutFundingRow } from '../../src/readers/flatAmounts';
import { readFlatBlocks } from '../../src/readers/flat';
import { charsOf } from '../../src/readers/flatPieces';
import { readTextBlocks } from '../../src/readers/text';
import { readDocument } from '../../src/ingest/readDocument';

const extracted = (text: string) => ({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });
const roles = ['budget', 'executed', 'executionRate', 'score'] as const;
const cut = (text: string) =>
  cutFundingRow(charsOf([{ text, line: 1 }]), [...roles], { mayOmit: [], total: null, headingWeight: 20 }).cells?.map((c) => c.text) ??
  null;

describe('a glued funding row whose amounts carry the unit 万元', () => {
  it('is cut where the amounts and the rate agree, the unit kept in its cell', () => {
    expect(cut('10萬10萬100%20')).toEqual(['10萬', '10萬', '100%', '20']);
    expect(cut('45万元40.5万元90%18')).toEqual(['45万元', '40.5万元', '90%', '18']);
  });

  it('is not cut where the figures disagree, with or without the unit', () => {
    expect(cut('10萬8萬100%20')).toBeNull();
    expect(cut('10萬10萬90%20')).toBeNull();
  });
});

describe('a flattened Hubei project table whose excerpt ends in its indicator header', () => {
  // Written in the Hubei layout (预算执行情况(万元)(20分) … 得分(20分*执行率)), flattened, the amounts glued with their unit.
  const text = [
    '说明文字 附件2:某单位2020年度项目绩效自评表',
    '2、评表 单位名称:某市档案馆 填报日期:2021年4月项目名称档案数字化专项经费主管部门项目实施单位某市档案馆项目类别1、上级专项 2、本级专项 预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额12萬9萬75%15年度绩效指标一级指标二级指标三级指',
  ].join('\n');

  it('is rebuilt by the template whose funding block it writes', () => {
    const rows = readFlatBlocks(text, readTextBlocks)!.flatMap((b) =>
      b.kind === 'table' ? b.table.rows.map((r) => r.cells.map((c) => c.text)) : [],
    );
    expect(rows).toContainEqual(['项目名称', '档案数字化专项经费']);
    expect(rows).toContainEqual(['年度财政资金总额', '12萬', '9萬', '75%', '15']);
  });

  it('reads the project name and its funding row as written', () => {
    const doc = readDocument(extracted(text));
    expect(doc.projects.map((p) => p.name)).toEqual(['档案数字化专项经费']);
    const t = doc.projects[0]!.total;
    expect([t.budget?.text, t.executed?.text, t.executionRate?.text, t.score?.text]).toEqual(['12萬', '9萬', '75%', '15']);
  });

  it('is not taken for a table when it writes fewer than four funding columns', () => {
    const fewer = text.replace('执行率(B/A)', '').replace('得分(20分*执行率)', '');
    expect(readFlatBlocks(fewer, readTextBlocks)).toBeNull();
  });
});
