/**
 * A rate written with its digits cut, not rounded (截位): 31.69 / 32.4 is 97.809…%, which a unit
 * may write 97.80% as well as 97.81%. A rate agrees with the figures it is computed from when it is
 * their ratio rounded to the decimals written, or their ratio with the further digits dropped.
 * Used where a row's cells are placed by what they say (src/templates/placement.ts): a cut rate
 * is still the rate of the two amounts beside it.
 */
import { agrees } from './consistency';

/** Whether `ratio` is the rate `written` (a fraction, `decimals` places as read: 97.80% is 0.9780, 4) rounded or cut. */
export function rateWrittenAgrees(ratio: number, written: number, decimals: number): boolean {
  if (agrees(ratio, written, decimals)) return true;
  const step = 10 ** -decimals;
  return ratio >= written - 1e-9 && ratio < written + step - 1e-9;
}
