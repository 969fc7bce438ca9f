/**
 * A spaced row one cell short whose columns left off are notes only and whose last cell is a bare
 * figure (src/templates/figureBeforeNote.ts): 旺苍县's 基本药物制度补助资金 (an excerpt of the page,
 * cut inside its second 质量指标 row) — with the rows whose last cell is words, which stay unread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text';
import { readWithTemplates } from '../../src/templates';
import { figureBeforeNote } from '../../src/templates/figureBeforeNote';

const EXCERPT = fs.readFileSync(path.join(__dirname, 'excerpts', 'sichuan-wangcang-spaced.txt'), 'utf8');

const read = (text: string) => {
  const reading = readWithTemplates({ format: 'text', encoding: 'utf-8', text, blocks: readTextBlocks(text) });
  return reading.projects[0]!;
};
const figures = (text: string) => read(text).indicators.map((i) => [i.name, i.target?.text ?? null, i.actual?.text ?? null, i.deviationNote]);
const problems = (text: string) => (read(text).readingProblems ?? []).map((p) => `${p.line}: ${p.message}`);

describe('a bare figure before notes left blank', () => {
  it('is read in order, the note blank (旺苍县: 37个基层医疗机构 | 100%)', () => {
    expect(figures(EXCERPT)).toEqual([['基层医疗卫生机构实施基本药物制度补助。', '37个基层医疗机构', '100%', null]]);
  });

  it('a row whose last cell is words stays unread: that cell may be the note, an empty cell before it', () => {
    const unread = problems(EXCERPT);
    expect(unread.some((p) => p.startsWith('25:') && p.includes('an empty cell may have been anywhere'))).toBe(true);
    expect(unread.some((p) => p.startsWith('26:') && p.includes('an empty cell may have been anywhere'))).toBe(true);
  });

  it('a last cell of words with a figure in it stays unread too', () => {
    const worded = EXCERPT.replace('37个基层医疗机构 100%', '37个基层医疗机构 完成100%');
    expect(figures(worded)).toEqual([]);
  });

  it('the rule alone: notes only left off, the last cell a figure and nothing else', () => {
    expect(figureBeforeNote('100%', ['note'])).toBe(true);
    expect(figureBeforeNote('37', ['note'])).toBe(true);
    expect(figureBeforeNote('≥95%', ['note'])).toBe(true);
    expect(figureBeforeNote('９５％', ['note'])).toBe(true);
    expect(figureBeforeNote('100%', [])).toBe(false);
    expect(figureBeforeNote('100%', ['score'])).toBe(false);
    expect(figureBeforeNote('100%', ['score', 'note'])).toBe(false);
    expect(figureBeforeNote('完成100%', ['note'])).toBe(false);
    expect(figureBeforeNote('37个', ['note'])).toBe(false);
    expect(figureBeforeNote('—', ['note'])).toBe(false);
  });
});
