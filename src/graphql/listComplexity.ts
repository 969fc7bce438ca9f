/**
 * Complexity of unpaged lists. By default the complexity estimate counts a list as 10 items; the
 * lists below hold far more at province scale (a level's regions, a region's organizations, its
 * department evaluations and summary tables), so a query nesting them stayed "within the limit"
 * while loading hundreds of thousands of rows — 40 copies of a 1.7 KB query took 33–48 s each and
 * over 1 GiB. Each is counted at the size it can reach instead, so such a query is refused before
 * it runs; the row budget (budget.ts) bounds whatever the estimate still misses.
 */

/** A list field whose items multiply what is selected beneath them by `size`. */
export const listOf = (size: number) => ({ field: 1, multiplier: size });

/**
 * Regions of a level (only those with data, by default): up to 34 provinces, a province's cities,
 * a province's counties. A region's `children` keep the default 10 (a city has ~10 counties).
 */
export function regionLevelComplexity(args: { level?: string | null; parentCode?: string | null }) {
  if (args.parentCode) return listOf(10);
  return listOf(args.level === 'PROVINCE' ? 34 : args.level === 'CITY' ? 30 : 100);
}

/** As many items as codes given. */
export function perCodeComplexity(args: { codes?: readonly string[] | null; regionCodes?: readonly string[] | null }) {
  return listOf(Math.max(1, (args.codes ?? args.regionCodes ?? []).length));
}

export const LIST_SIZES = {
  organizations: 30,
  departmentEvaluations: 30,
  summaryTables: 30,
  summaryRows: 30,
  organizationChildren: 20,
  organizationRanking: 100,
  documents: 100,
  conceptSources: 50,
} as const;
