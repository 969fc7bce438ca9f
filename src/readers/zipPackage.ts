/**
 * A ZIP package (.docx, .xlsx) opened by JSZip and every entry of it unpacked once, before the
 * format's library reads it: a damaged archive is refused here, with its reason. SheetJS's own
 * unpacking, which the sniffing used, looped without end on a .docx with a few bytes changed (its
 * memory growing past 6 GiB), and mammoth's JSZip threw from inside a stream where no caller
 * could catch it; JSZip's streams report the same damage as an error. Unpacking stops past
 * MAX_UNPACKED_BYTES, so that a small archive that unpacks to gigabytes (a ZIP bomb) is refused
 * instead of exhausting memory.
 */
import type JSZip from 'jszip';
import { DocumentFormatError } from './formatError';

/** The most a package may unpack to: a province's largest forms unpack to a few MiB. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

const damaged = (reason: string) => new DocumentFormatError(`a damaged ZIP archive (${reason}): nothing was read`);

/** Unpacks one entry, counting its bytes into `unpacked.bytes`; rejects when it is damaged or the whole grows past `limit`. */
function unpack(file: JSZip.JSZipObject, unpacked: { bytes: number }, limit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        unpacked.bytes += chunk.length;
        if (unpacked.bytes <= limit) return;
        stream.pause();
        reject(
          new DocumentFormatError(`a ZIP archive that unpacks to more than ${limit / 1024 / 1024} MiB (a ZIP bomb?): nothing was read`),
        );
      })
      .on('error', (error: Error) => reject(damaged(`${file.name}: ${error.message}`)))
      .on('end', () => resolve());
  });
}

/** The entry names of a ZIP package, lower-cased, once every entry has unpacked without damage and within `limit` bytes in all. */
export async function zipEntries(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Promise<string[]> {
  const { default: JSZipPackage } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipPackage.loadAsync(bytes);
  } catch (error) {
    throw damaged((error as Error).message);
  }
  const unpacked = { bytes: 0 };
  for (const file of Object.values(zip.files)) if (!file.dir) await unpack(file, unpacked, limit);
  return Object.keys(zip.files).map((name) => name.toLowerCase());
}
