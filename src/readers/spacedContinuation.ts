/**
 * A table whose cells were joined by spaces (one row per line) goes on after empty lines: the rows
 * of merged cells that held nothing but the merged column come out as empty lines (历城区's
 * 项目支出绩效自评表: nine empty lines between the funding block and the indicator header, four
 * between the header and the first indicator), and the runs between them are too short to be judged
 * a spaced table on their own (isSpacedRun wants five rows of three pieces). A run right after a
 * spaced table, with only empty lines between, goes on with it when one of its lines holds three or
 * more pieces and its pieces are not prose (few over 40 characters); a run of prose, or of single
 * cells only, does not.
 */
export function continuesSpacedTable(pieces: readonly (readonly string[])[]): boolean {
  const rows = pieces.filter((p) => p.length >= 3);
  if (rows.length === 0) return false;
  const all = rows.flat();
  return all.filter((p) => p.length > 40).length <= all.length * 0.1;
}
