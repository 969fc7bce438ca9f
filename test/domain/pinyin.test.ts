/** 拼音 search keys (src/domain/pinyin.ts): full pinyin and initials of a name, and what a search text asks of them. */
import { describe, expect, it } from 'vitest';
import { pinyinKeys, pinyinQuery } from '../../src/domain/pinyin';

describe('pinyin keys', () => {
  it('gives the full pinyin and the initials, heteronyms read in their words', () => {
    expect(pinyinKeys('黄石市')).toEqual({ pinyin: 'huangshishi', initials: 'hss' });
    expect(pinyinKeys('十堰市')).toEqual({ pinyin: 'shiyanshi', initials: 'sys' });
    expect(pinyinKeys('重庆市').pinyin).toBe('chongqingshi');
    expect(pinyinKeys('长沙市').pinyin).toBe('changshashi');
    expect(pinyinKeys('绿春县').pinyin).toBe('lvchunxian');
  });

  it('keeps letters and digits of a name in lower case', () => {
    expect(pinyinKeys('12333信息平台')).toEqual({ pinyin: '12333xinxipingtai', initials: '12333xxpt' });
  });

  it('reads a search text as pinyin only when it is Latin letters', () => {
    expect(pinyinQuery('HS')).toBe('hs');
    expect(pinyinQuery("Xi'an")).toBe('xian');
    expect(pinyinQuery('huang shi')).toBe('huangshi');
    expect(pinyinQuery('lü')).toBe('lv');
    expect(pinyinQuery('黄石')).toBeNull();
    expect(pinyinQuery('hs1')).toBeNull();
  });
});
