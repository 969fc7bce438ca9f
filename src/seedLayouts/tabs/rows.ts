/**
 * Rows of a tab-separated document and the helpers the tabular table readers share.
 */
import type { Cell, Unread } from '../../templates/parsed';
import { cleanCell, compact, isPlaceholder, splitLines } from '../../tables/cellText';

export interface Row {
  /** 1-based line number. */
  line: number;
  raw: string;
  /** Has at least one tab: a table row. */
  isTab: boolean;
  /** Raw cell texts (tags kept), split on tabs. */
  rawCells: string[];
  /** Clean cell texts (tags stripped, trimmed). */
  cells: string[];
  /** The clean cells compacted (no whitespace), as labels are compared: made once, asked of a row again and again. */
  keys: string[];
  blank: boolean;
}

export function toRows(text: string): Row[] {
  return splitLines(text).map((raw, i) => {
    const isTab = raw.includes('\t');
    const rawCells = isTab ? raw.split('\t') : [raw];
    const cells = rawCells.map(cleanCell);
    return { line: i + 1, raw, isTab, rawCells, cells, keys: cells.map(compact), blank: cells.every((c) => c === '') };
  });
}

/** Collects warnings and unread lines. */
export interface Sink {
  warn(line: number, text: string, reason: string): void;
  unread(line: number, text: string, reason: string): void;
}

export function makeSink(warnings: Unread[], unread: Unread[]): Sink {
  return {
    warn: (line, text, reason) => warnings.push({ line, text: text.slice(0, 500), reason }),
    unread: (line, text, reason) => unread.push({ line, text: text.slice(0, 500), reason }),
  };
}

export function cell(text: string | undefined, line: number): Cell | null {
  if (text === undefined) return null;
  const t = text.trim();
  return t === '' ? null : { text: t, line };
}

/** Index of the first non-empty cell, or -1. */
export function firstIndex(cells: string[]): number {
  return cells.findIndex((c) => c !== '');
}

/** The first non-empty cell, compacted (for label comparison); '' if none. */
export function labelOf(row: Row): string {
  const i = firstIndex(row.cells);
  return i < 0 ? '' : (row.keys[i] ?? '');
}

/** Cells with trailing empty cells removed. */
export function trimTrailing(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] ?? '') === '') n--;
  return cells.slice(0, n);
}

/** The first non-empty cell after index `from` that is not itself a label (per `isLabel`). */
export function valueAfter(cells: string[], from: number, isLabel: (c: string) => boolean): string | null {
  for (let i = from + 1; i < cells.length; i++) {
    const c = cells[i] ?? '';
    if (c === '') continue;
    if (isLabel(c)) return null;
    return c;
  }
  return null;
}

/** All non-empty cells after index `from`, joined by a space. */
export function joinAfter(cells: string[], from: number): string | null {
  const parts = cells.slice(from + 1).filter((c) => c !== '' && !isPlaceholder(c));
  return parts.length === 0 ? null : parts.join(' ');
}

/** A tab row made only of dashes (`------------- ⇥ ---`): a markdown rule left by the converter. */
export function isRuleRow(row: Row): boolean {
  return !row.blank && row.keys.every((k) => k === '' || /^[-=_—]+$/.test(k));
}

/** Index of the next non-blank row at or after `from`, or -1. */
export function nextNonBlank(rows: Row[], from: number): number {
  for (let i = from; i < rows.length; i++) if (!(rows[i]?.blank ?? true)) return i;
  return -1;
}
