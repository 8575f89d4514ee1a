import type { Day } from '../calendar/day';
import { type PeriodType, parsePeriodLabel, periodLabel, periodOf } from '../calendar/periods';

/** How many periods before and after the current one the sidebar offers, per type. */
const SPAN: Readonly<Record<PeriodType, number>> = { week: 12, month: 12, quarter: 8, year: 5 };

/**
 * The period labels a sidebar list offers: the periods around the current one (a year back and ahead for weeks
 * and months, two for quarters, five for years), and every label of that type in `extra` (periods that already
 * have targets, the saved report period), latest first.
 *
 * @param type The period type.
 * @param today The day whose period is the current one (the as-of day, or today).
 * @param extra More labels to offer (others types and unreadable ones are ignored).
 * @returns Labels, latest first, each once.
 * @example
 * periodChoices('year', dayFromCivil(2026, 11, 20), ['2015']) //=> ['2031', '2030', …, '2021', '2015']
 */
export function periodChoices(
  type: PeriodType,
  today: Day,
  extra: readonly (string | null)[] = [],
): string[] {
  const current = periodOf(type, today).index;
  const indexes = new Set<number>();
  for (let i = current - SPAN[type]; i <= current + SPAN[type]; i++) indexes.add(i);
  for (const label of extra) {
    const period = label === null ? null : parsePeriodLabel(label);
    if (period !== null && period.type === type) indexes.add(period.index);
  }
  return [...indexes].sort((a, b) => b - a).map((index) => periodLabel({ type, index }));
}
