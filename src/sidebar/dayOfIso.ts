import { type Day, dayFromCivil, isValidCivil } from '../kpi/calendar/day';

/**
 * The day of a `yyyy-mm-dd` text (an `<input type="date">` value), or null when it is empty or not a date.
 *
 * @example
 * dayOfIso('2026-11-20') === dayFromCivil(2026, 11, 20) //=> true
 */
export function dayOfIso(text: string | null): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}
