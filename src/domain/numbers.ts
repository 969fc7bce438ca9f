/**
 * Small numeric helpers shared by the scoring rules. Values stay plain `number`s; the database
 * keeps decimals, these helpers only round for display and comparison.
 */

/** Rounds half away from zero to `digits` decimal places (19.6888… → 19.69, 0.98435 → 0.9844). */
export function round(x: number, digits: number): number {
  const factor = 10 ** digits;
  // The tiny relative nudge absorbs binary representation error (1.005 is stored as 1.00499…).
  return (Math.sign(x) * Math.round(Math.abs(x) * factor * (1 + 1e-12))) / factor;
}

/** Clamps `x` into [min, max]. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** Number of digits written after the decimal point in a numeral ("20.00" → 2, "18" → 0). */
export function decimalsWritten(numeral: string): number {
  const dot = numeral.indexOf('.');
  return dot < 0 ? 0 : numeral.length - dot - 1;
}

/** Formats a number with a fixed number of decimals, for messages ("0.00", "19.69"). */
export function fixed(x: number, digits: number): string {
  return round(x, digits).toFixed(digits);
}

/** Formats a fraction as a percentage with two decimals (0.98444 → "98.44%"). */
export function percent(rate: number, digits = 2): string {
  return `${fixed(rate * 100, digits)}%`;
}
