/**
 * How figures are written on the page. Pure functions with no locale data, so that the
 * end-to-end test can format the API's figures the same way and compare them with the page.
 */
import type { Grade } from './queries';

/** Shown where the API gives null: a figure that could not be computed (never 0). */
export const NONE = '—';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number with thousands separators and a fixed number of decimals: 1,523.60. */
export function fixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  const text = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = text.split('.');
  const sign = value < 0 && Number(text) !== 0 ? '-' : '';
  return sign + group(whole ?? '0') + (fraction ? `.${fraction}` : '');
}

/** Money in 万元, two decimals. */
export const money = (value: number | null | undefined): string => fixed(value, 2);

/** A fraction as a percentage: 0.71157 → 71.16%. */
export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  return `${fixed(value * 100, 2)}%`;
}

/** Points on the 100-point scale, two decimals. */
export const score = (value: number | null | undefined): string => fixed(value, 2);

/** A count. */
export const count = (value: number | null | undefined): string => fixed(value, 0);

/** A value in an indicator concept's base unit (人, 元, 次, or rate as a fraction). */
export function unitValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return NONE;
  if (unit === 'rate') return percent(value);
  const decimals = Number.isInteger(value) ? 0 : 2;
  return `${fixed(value, decimals)} ${unit}`;
}

/** The concept's unit in words. */
export function unitLabel(unit: string): string {
  return unit === 'rate' ? '比率 (rate)' : unit;
}

export const GRADES: Grade[] = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'];

export const GRADE_LABEL: Record<Grade, string> = { EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' };

export function grade(value: Grade | null | undefined): string {
  return value ? GRADE_LABEL[value] : NONE;
}

export const LEVEL_LABEL: Record<string, string> = { PROVINCE: '省', CITY: '市', COUNTY: '县' };
