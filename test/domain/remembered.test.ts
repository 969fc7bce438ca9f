/**
 * A function of a text remembered (src/domain/remembered.ts), as the cell parsers of
 * src/domain/reportedValue.ts are: a text asked again is answered as the first time, an object
 * answer cannot be changed by one caller for the next, and past the texts it keeps it forgets them
 * and answers anew, the same.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/domain/remembered';
import { normalizeValueText, parseReportedValue, parseScoreCell } from '../../src/domain/reportedValue';

describe('remembered', () => {
  it('computes a text once while it is kept, and again once forgotten', () => {
    const asked: string[] = [];
    const length = remembered((text) => {
      asked.push(text);
      return text.length;
    }, 3);
    expect([length('a'), length('bb'), length('a'), length('bb')]).toEqual([1, 2, 1, 2]);
    expect(asked).toEqual(['a', 'bb']);
    length('ccc');
    length('dddd'); // the fourth text: the three kept are forgotten first
    expect(length('a')).toBe(1);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'dddd', 'a']);
  });

  it('an object answer is frozen: a caller cannot change it for the next', () => {
    const first = parseScoreCell('92分');
    expect(() => {
      (first as { value: number | null }).value = 0;
    }).toThrow(TypeError);
    expect(parseScoreCell('92分')).toEqual({ status: 'OK', raw: '92分', value: 92, decimals: 0 });
    expect(Object.isFrozen(parseReportedValue('≥95%'))).toBe(true);
  });

  it('the parsers answer a text asked again as the first time', () => {
    for (let round = 0; round < 2; round++) {
      expect(normalizeValueText('$\\geq 95\\%$')).toBe('≥95%');
      expect(parseReportedValue('<10 万 元')).toMatchObject({ kind: 'NUMBER', value: 100_000, unit: '元', comparator: 'LT' });
      expect(parseScoreCell('(18分)')).toMatchObject({ status: 'OK', value: 18 });
    }
  });

  it('keeps a copy of each text, not the longer text it was cut from', async () => {
    // A cell's text is cut from its document's; a cut of 13 characters or more points into it, and
    // kept as given it kept the whole document (test/support/rememberedCuts.ts, in a process of its own).
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      tsx,
      fileURLToPath(new URL('../support/rememberedCuts.ts', import.meta.url)),
    ]);
    expect(JSON.parse(stdout)).toEqual({ large: 0, kept: '19'.padEnd(30, '文') });
  });
});
