/**
 * A column label that stood as a label only beside another template's label (src/readers/flat.ts
 * chainedByForeignLabel): in `预算资金执行率 90% 100% 10`, an indicator of a Hubei 项目自评表, 预算资金 is
 * a label of the 部门整体支出 form and 执行率 a column label taken because a label stood right before
 * it. Read as a 项目自评表, both are words of the indicator's name.
 */
import { describe, expect, it } from 'vitest';
import { ownPieces } from '../../src/readers/flat';
import { splitPieces } from '../../src/readers/flatPieces';
import { TEMPLATES } from '../../src/templates';

const chars = (s: string) => [...s].map((ch) => ({ ch, line: 1 }));
const hubei = TEMPLATES.find((t) => t.id === 'hubei-project')!;
/** 预算资金 a label anywhere (another form's), the funding columns taken only beside a label. */
const vocabulary = { anywhere: ['预算资金'], chained: ['预算数(A)', '执行数(B)', '执行率(B/A)', '执行率'] };
const pieces = (s: string) => ownPieces(splitPieces(chars(s), vocabulary, true), hubei).map((p) => [p.kind, p.text]);

describe('a column label glued to another template’s label', () => {
  it('is a word of the text the other label became', () => {
    expect(pieces('资金拨付及时性 98%以上 100% 10 预算资金执行率 90% 100% 10')).toEqual([
      ['text', '资金拨付及时性 98%以上 100% 10 预算资金执行率 90% 100% 10'],
    ]);
  });

  it('stays a label in a header, a label of its own template after it', () => {
    expect(pieces('预算资金 预算数(A) 执行数(B) 执行率(B/A) 285.84 285.84 100%').filter(([kind]) => kind === 'label')).toEqual([
      ['label', '预算数(A)'],
      ['label', '执行数(B)'],
      ['label', '执行率(B/A)'],
    ]);
  });
});
