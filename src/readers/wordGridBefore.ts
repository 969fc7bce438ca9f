/**
 * A Word table row that starts further right than its table (w:gridBefore: the row's first grid
 * columns hold no cell, as Word and WPS write a table pasted from a spreadsheet or one whose left
 * edge was dragged) is given an empty cell over those columns before mammoth reads it. mammoth
 * leaves gridBefore out: the row's cells moved left into the columns before them — a figure read
 * under the heading to its left — and a cell merged down from the row above (w:vMerge) joined to
 * the cell of another column. With the empty cell, each cell stands in its own column, as in a
 * web page whose row has an empty cell there.
 */
import type JSZip from 'jszip';

/** w:gridBefore in a row's properties: the grid columns before its first cell. */
const GRID_BEFORE = /<w:gridBefore\b[^>]*\bw:val="(\d+)"[^>]*\/>/g;

/** The document's XML with an empty cell over the grid columns each row leaves before its first cell. */
export function withCellsBefore(xml: string): string {
  let out = '';
  let from = 0;
  for (const m of xml.matchAll(GRID_BEFORE)) {
    const columns = Number(m[1]);
    // (Its row's properties end after it: w:trPr holds no table.)
    const end = xml.indexOf('</w:trPr>', m.index);
    if (columns < 1 || end < 0 || end < from) continue;
    const at = end + '</w:trPr>'.length;
    out += `${xml.slice(from, at)}<w:tc><w:tcPr><w:gridSpan w:val="${columns}"/></w:tcPr><w:p/></w:tc>`;
    from = at;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/** The .docx with an empty cell before each row that starts right of its table's first column; the same bytes where none does. */
export async function docxWithCellsBefore(bytes: Uint8Array): Promise<Uint8Array> {
  const { default: JSZipPackage } = await import('jszip');
  const zip: JSZip = await JSZipPackage.loadAsync(bytes);
  let changed = false;
  for (const part of Object.values(zip.files)) {
    if (part.dir || !/^word\/[^/]+\.xml$/.test(part.name)) continue;
    const xml = await part.async('string');
    if (!xml.includes('gridBefore')) continue;
    const cells = withCellsBefore(xml);
    if (cells === xml) continue;
    zip.file(part.name, cells);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array' }) : bytes;
}
