/**
 * A label the template reads only where cells are apart or broken over lines (Template.notInGluedText):
 * 项目预算执行情况, the funding heading of 历城区's 项目支出绩效自评表 (Shandong, the Beijing layout),
 * broken over three lines there; in a flattened Hubei table 一次性项目 is glued to 预算执行情况, where
 * finding it would cut 一次性 | 项目预算执行情况 and lose the Hubei heading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/readDocument';
import { readTextBlocks } from '../../src/readers/text';
import { beijing } from '../../src/templates/definitions/beijing';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'documents');
const read = (id: string) => {
  const text = fs.readFileSync(path.join(FIXTURES, `${id}.txt`), 'utf8');
  return readDocument({ format: 'text' as const, encoding: 'utf-8', text, blocks: readTextBlocks(text) });
};

describe('labels not looked for in glued text', () => {
  it('are the Beijing funding heading where broken over lines (历城区): the funding row is read', () => {
    expect(beijing.funding.heading).toContain('项目预算执行情况');
    expect(beijing.notInGluedText).toContain('项目预算执行情况');
    const unread = read('shandong-licheng-cultural-centre-free-opening').unread;
    // The table is cut off (no 总分): left out, with its funding row read.
    expect(unread.some((u) => /其中:财政拨款|总分|truncated/.test(JSON.stringify(u)))).toBe(true);
    expect(JSON.stringify(unread)).not.toContain('no 项目资金(万元) block');
  });

  it('leave a flattened Hubei table whose 一次性项目 is glued to its heading as it was: its funding row is read', () => {
    const { projects, unread } = read('hubei-huanggang-soil-conservation-monitoring');
    expect(JSON.stringify(unread)).not.toContain('the column labels (预算数, 执行数) were not found');
    expect(projects.map((p) => p.total.budget?.text)).toEqual(['10']);
  });
});
