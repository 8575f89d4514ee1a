import type { Day } from '../../kpi/calendar/day';
import { createDayOfDate } from '../../kpi/calendar/dayOfDate';
import { formatDayText } from '../../kpi/format/formatNumberText';
import type { Lang } from '../../kpi/i18n/lang';

/**
 * Today, and the time now as a report header shows it, in the spreadsheet's time zone (no service call:
 * `Intl` knows the zones).
 *
 * @param timeZone The spreadsheet's IANA zone.
 * @param lang The report's language (`2026-11-25 18:05` or `25.11.2026 18:05`).
 * @param now The instant. @default new Date()
 */
export function clockIn(timeZone: string, lang: Lang, now: Date = new Date()): { today: Day; text: string } {
  const today = createDayOfDate(timeZone)(now) ?? Math.floor(now.getTime() / 86_400_000);
  let time = '';
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    time = ` ${part('hour')}:${part('minute')}`;
  } catch {
    // An unknown zone: the day alone.
  }
  return { today, text: `${formatDayText(today, lang)}${time}` };
}
