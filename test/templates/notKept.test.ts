/**
 * What a template reads for its place and does not keep is reported with its line, never passed
 * over: a funding row the form adds beside its total (a transfer form's 地方资金), the columns of a
 * fund evaluation form the record has no field for (全年到位资金, 预算到位), and a department-wide
 * evaluation's rows other than its 年度资金总额 (其中:当年财政拨款 …). On real published pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndPrepare } from '../../src/ingest/reading';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';

const DOCUMENTS = path.resolve(import.meta.dirname, '..', 'fixtures', 'documents');
const warnings = (name: string) => {
  const text = fs.readFileSync(path.join(DOCUMENTS, `${name}.txt`), 'utf8');
  return readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) }).warnings.map((w) => [
    w.line,
    w.text,
    w.reason,
  ]);
};

describe('cells read for their place and not kept', () => {
  it('reports a transfer form’s 地方资金 row with its figures (旺苍)', () => {
    expect(warnings('sichuan-wangcang-essential-medicines-transfer')).toContainEqual([
      13,
      '地方资金 | 1858.24 | 1858.24 | 100%',
      expect.stringMatching(/「地方资金」: read, not kept apart/),
    ]);
  });

  it('reports the columns of a fund evaluation form the record has no field for (名山)', () => {
    expect(warnings('sichuan-mingshan-forestry-grassland-fund')).toEqual(
      expect.arrayContaining([
        [31, '52.800000', expect.stringMatching(/column 全年到位资金: read for its place, not kept/)],
        [31, '100.00%', expect.stringMatching(/column 预算到位: read for its place, not kept/)],
      ]),
    );
  });

  it('reports a department-wide evaluation’s rows other than its total (金寨)', () => {
    expect(warnings('anhui-jinzhai-tea-valley-department')).toContainEqual([
      7,
      '329.77 | 329.77 | 338.31 | 102.59%',
      expect.stringMatching(/其中:当年财政拨款 of a department-wide evaluation: read, not kept/),
    ]);
  });
});

describe('labelled amounts a record has no field for', () => {
  it('reports 河北’s 到位数 beside the 预算数 and 执行数 it keeps', () => {
    expect(warnings('hebei-chengan-centenarian-allowance')).toContainEqual([9, '6.84', expect.stringMatching(/^到位数: read, not kept/)]);
  });
});

describe('indicator columns read for their place only', () => {
  it('reports 河北’s 单项指标折算得分 and 内蒙古’s 指标性质 once per table, with their cells', () => {
    expect(warnings('hebei-chengan-centenarian-allowance')).toContainEqual([
      17,
      '6.25 | 6.25 | 9.00 | 1.00',
      expect.stringMatching(/^单项指标折算得分 of the indicator rows \(lines 17–20\): read for its place, not kept/),
    ]);
    expect(warnings('neimenggu-bayannur-ganqimaodu-natural-resources')).toContainEqual([
      82,
      '正向 | 正向 | 正向 | 正向',
      expect.stringMatching(/^指标性质 of the indicator rows/),
    ]);
  });
});

describe('funding cells of no row', () => {
  // As the importer reads the page, loaded or refused (a flattened page by its own reader).
  const unread = async (name: string) => {
    const reading = await readAndPrepare(`${name}.txt`, fs.readFileSync(path.join(DOCUMENTS, `${name}.txt`)));
    return (reading.ok ? reading.doc.unread : (reading.unread ?? [])).map((u) => [u.line, u.text, u.reason]);
  };

  it('are reported where the funding block ends at a label that is no funding row (乐亭: a preview skipped the rest of the row)', async () => {
    expect(await unread('hebei-laoting-market-supervision')).toContainEqual([
      40,
      expect.stringMatching(/^年度资金总≥90% \| 95% \| 10/),
      expect.stringMatching(/of no row: not placed/),
    ]);
  });

  it('are quoted with the breakdown label they follow (零陵: 项目支出: 1 5 6.2)', async () => {
    expect(await unread('hunan-lingling-cdc-department')).toContainEqual([
      30,
      '项目支出: | 1 | 5 | 6.2',
      expect.stringMatching(/a breakdown of the funds/),
    ]);
  });
});
