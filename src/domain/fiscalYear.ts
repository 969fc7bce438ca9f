/** The fiscal years (年度) the service takes, from the API's arguments to a year named on import. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Whether a number is a fiscal year the service takes: a whole year from MIN_YEAR to MAX_YEAR. */
export function isFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The fiscal year a text names as four digits (`2022`, ` 2022 `), or null: `22`, `2022年`, `1900` are none. */
export function parseFiscalYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return isFiscalYear(year) ? year : null;
}
