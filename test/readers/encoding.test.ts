/**
 * Plain text in the encodings Chinese government sites publish: UTF-8 with or without a
 * byte-order mark, UTF-16 with its mark, GBK/GB18030 detected when the bytes are not UTF-8 —
 * and bytes that are none of these refused with a clear reason.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DocumentFormatError } from '../../src/readers/formatError';
import { extractDocument } from '../../src/readers';

const TEXT = '2021年度项目支出绩效自评表\n项目名称\t12333信息平台建设经费\n预算数\t45\t执行率\t98.44%\n';

describe('text encodings', () => {
  it('UTF-8, with and without a byte-order mark', async () => {
    expect(await extractDocument(new TextEncoder().encode(TEXT))).toMatchObject({ format: 'text', encoding: 'utf-8', text: TEXT });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(await extractDocument(bom)).toMatchObject({ format: 'text', encoding: 'utf-8', text: TEXT });
  });

  it('GBK text (not UTF-8) is detected and decoded as GB18030', async () => {
    const gbk = iconv.encode(TEXT, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(await extractDocument(gbk)).toMatchObject({ format: 'text', encoding: 'gb18030', text: TEXT });
  });

  it('GB18030 four-byte characters (beyond GBK)', async () => {
    const text = `${TEXT}单位：𠀀县\n`;
    expect(await extractDocument(iconv.encode(text, 'gb18030'))).toMatchObject({ encoding: 'gb18030', text });
  });

  it('UTF-16 little- and big-endian with their byte-order marks', async () => {
    expect(await extractDocument(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))).toMatchObject({ encoding: 'utf-16le', text: TEXT });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(TEXT, 'utf-16be')]);
    expect(await extractDocument(be)).toMatchObject({ encoding: 'utf-16be', text: TEXT });
  });

  it('UTF-16 without its byte-order mark, told by the side of its NUL bytes; binary data with NUL bytes still refused', async () => {
    // (一 is U+4E00: its NUL byte is on the other side of the pair from the ASCII characters'.)
    const text = `${TEXT}一级指标\t二级指标\t一\n`;
    expect(await extractDocument(iconv.encode(text, 'utf-16le'))).toMatchObject({ format: 'text', encoding: 'utf-16le', text });
    expect(await extractDocument(iconv.encode(text, 'utf-16be'))).toMatchObject({ format: 'text', encoding: 'utf-16be', text });
    // NUL bytes on both sides alike, or control characters: binary.
    const binary = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256)));
    await expect(extractDocument(binary)).rejects.toThrow('not UTF-8 text: binary data (it contains NUL bytes), nothing was read');
    const controls = iconv.encode(`${TEXT}\u0001\u0002`, 'utf-16le');
    await expect(extractDocument(controls)).rejects.toThrow(/binary data \(it contains NUL bytes\)/);
  });

  it('bytes valid in neither UTF-8 nor GB18030 are refused, not decoded into replacement characters', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('项目名称'), 0xff, 0xfe, 0xfd, 0x41]);
    await expect(extractDocument(bytes)).rejects.toThrow(DocumentFormatError);
    await expect(extractDocument(bytes)).rejects.toThrow(/binary data or an unknown encoding/);
  });

  it('an empty file is an empty document', async () => {
    await expect(extractDocument(new Uint8Array())).rejects.toThrow(/empty document/);
  });
});
