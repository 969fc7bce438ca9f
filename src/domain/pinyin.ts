/**
 * 拼音 search keys of a name: its full pinyin without tones or spaces (黄石市 → huangshishi, ü as v:
 * 绿春县 → lvchunxian) and its initials (黄石市 → hss), computed by pinyin-pro, which reads
 * heteronyms in their words (重庆 → chongqing, 长沙 → changsha). Letters and digits in a name are
 * kept as they are, in lower case. Stored beside each region and organization name
 * (src/db/referenceData.ts, src/ingest/load.ts): a search compares short stored strings in one
 * statement instead of computing the pinyin of every region and organization at each query.
 */
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Full pinyin, e.g. huangshishi. */
  pinyin: string;
  /** The first letter of each syllable, e.g. hss. */
  initials: string;
}

const clean = (parts: string[]) =>
  parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function pinyinKeys(name: string): PinyinKeys {
  return {
    pinyin: clean(pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })),
    initials: clean(pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })),
  };
}

/**
 * What a search text asks of the pinyin keys: the text in lower case without spaces and
 * apostrophes (`Huang Shi`, `xi'an`) when it is Latin letters only; null when it holds anything
 * else (Chinese characters are matched against the names themselves).
 */
export function pinyinQuery(text: string): string | null {
  const letters = text
    .toLowerCase()
    .replace(/[\s'’]/g, '')
    .replace(/ü/g, 'v');
  return /^[a-z]+$/.test(letters) ? letters : null;
}
