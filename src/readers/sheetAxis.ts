/**
 * A sheet's rows (or columns) as they are shown: hidden ones (隐藏行/列) left out, those after them
 * moved up (or left) into their places. A form's maker hides a helper row or an old copy of a
 * column; the form as published — seen on screen, printed, exported to PDF — has none of them.
 */
export interface SheetAxis {
  hidden(index: number): boolean;
  /** The place among the shown ones of a shown row or column. */
  shown(index: number): number;
  /** The row or column of the sheet shown at a place. */
  sheet(place: number): number;
  /** The shown rows or columns from `first` to `last` of the sheet, both included. */
  shownBetween(first: number, last: number): number;
}

/** The axis whose rows or columns are hidden where `flags` (SheetJS's `!rows` or `!cols`) says so. */
export function sheetAxis(flags: readonly ({ hidden?: boolean } | undefined)[] | undefined): SheetAxis {
  const hidden: number[] = [];
  // (A sparse array: forEach visits the rows or columns described.)
  flags?.forEach((f, index) => {
    if (f?.hidden) hidden.push(index);
  });
  const before = (index: number) => {
    let n = 0;
    for (const h of hidden) if (h < index) n++;
    return n;
  };
  return {
    hidden: (index) => hidden.includes(index),
    shown: (index) => index - before(index),
    sheet: (place) => {
      let index = place;
      for (const h of hidden) if (h <= index) index++;
      return index;
    },
    shownBetween: (first, last) => last - first + 1 - hidden.filter((h) => h >= first && h <= last).length,
  };
}
