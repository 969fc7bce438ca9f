/**
 * Decoding a text file or web page (文本编码): UTF-8 (with or without a byte-order mark), UTF-16
 * (with its byte-order mark, or told by its NUL bytes without one), GB18030 (of which GBK and GB2312 are subsets) — as the Chinese
 * government sites publish them — or the charset an HTML page declares. Bytes that are none of
 * these are refused, never decoded into replacement characters.
 */
import iconv from 'iconv-lite';
import { DocumentFormatError } from './formatError';

export interface DecodedText {
  text: string;
  encoding: string;
}

const NOT_TEXT = 'not UTF-8 text, nor UTF-16 or GB18030: binary data or an unknown encoding, nothing was read';

/** The encoding a byte-order mark announces, with the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** GB18030 when every byte sequence is valid in it, else null. */
function strictGb18030(bytes: Uint8Array): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  return text.includes('\uFFFD') ? null : text;
}

/** Decodes in a named encoding (an HTML page's charset); null when iconv-lite does not know it. */
export function decodeAs(bytes: Uint8Array, encoding: string): DecodedText | null {
  const name = encoding.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') {
    const text = strictUtf8(bytes);
    return text === null ? null : { text, encoding: 'utf-8' };
  }
  // GBK and GB2312 pages are GB18030: decode with the superset.
  const effective = ['gbk', 'gb2312', 'gb_2312-80', 'x-gbk', 'cp936'].includes(name) ? 'gb18030' : name;
  if (!iconv.encodingExists(effective)) return null;
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), effective), encoding: effective };
}

/** A control character no text holds (a tab, a line end and a form feed are text's). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

/**
 * UTF-16 written without its byte-order mark, told by its NUL bytes: each ASCII character (a digit,
 * a line end) has one, on the same side of its pair — the second byte little-endian, the first
 * big-endian. (A Chinese character has one only where its code ends or starts in 00, as 一 U+4E00
 * does: on the other side, and seldom — 15 against 99 in a short report full of 一般 and 一级.)
 * Refused as binary unless three NUL bytes in four are on one side and the whole decodes strictly to
 * text without control characters.
 */
function unmarkedUtf16(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null;
  let first = 0;
  let second = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? first++ : second++;
  const encoding = second >= 3 * first ? 'utf-16le' : first >= 3 * second ? 'utf-16be' : null;
  if (encoding === null) return null;
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return CONTROL.test(text) ? null : { text, encoding };
  } catch {
    return null;
  }
}

/** Decodes a text file: its byte-order mark, else strict UTF-8, else UTF-16 told by its NUL bytes, else strict GB18030; refuses anything else. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const decoded = bom.encoding === 'utf-8' ? strictUtf8(body) : iconv.decode(Buffer.from(body), bom.encoding);
    if (decoded === null) throw new DocumentFormatError(`a UTF-8 byte-order mark, but the bytes after it are not UTF-8: ${NOT_TEXT}`);
    return { text: decoded, encoding: bom.encoding };
  }
  if (bytes.includes(0)) {
    const utf16 = unmarkedUtf16(bytes);
    if (utf16) return utf16;
    throw new DocumentFormatError('not UTF-8 text: binary data (it contains NUL bytes), nothing was read');
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strictGb18030(bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new DocumentFormatError(NOT_TEXT);
}
