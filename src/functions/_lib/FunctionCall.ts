import { formatDay } from '../../kpi/calendar/day';
import { createDayOfDate } from '../../kpi/calendar/dayOfDate';
import type { FunctionIssue, ShownValue } from '../../kpi/i18n/functions';
import { type Lang, langOf } from '../../kpi/i18n/lang';
import { FunctionArgumentError } from './FunctionArgumentError';
import { sheetLocale } from './sheetLocale';
import { sheetTimeZone } from './sheetTimeZone';

/**
 * One call of a custom function: its name and what it needs from the spreadsheet, read lazily and at most once
 * (the locale only when a text must be read or a message told, the time zone only to show a date in a message),
 * so a call over numbers only makes no service call at all.
 */
export class FunctionCall {
  /** The custom function's name, as the user typed it: `CONVERSION`. */
  readonly fn: string;
  private locale_: string | undefined;
  private lang_: Lang | undefined;

  /**
   * @param fn The custom function's name.
   * @param locale The spreadsheet locale when already known (KPI_TABLE, tests); else read on first use.
   */
  constructor(fn: string, locale?: string) {
    this.fn = fn;
    this.locale_ = locale;
  }

  /** The spreadsheet's locale, read once. */
  get locale(): string {
    if (this.locale_ === undefined) this.locale_ = sheetLocale();
    return this.locale_;
  }

  /** The user's language (KPI_STATUS asks for it once per cell: cached). */
  get lang(): Lang {
    if (this.lang_ === undefined) this.lang_ = langOf(this.locale);
    return this.lang_;
  }

  /** A Date cell as a message shows it: its calendar day in the spreadsheet's time zone. */
  showDate(date: Date): ShownValue {
    try {
      const day = createDayOfDate(sheetTimeZone())(date);
      if (day !== null) return { date: formatDay(day) };
    } catch {
      // An unknown zone: fall through to the instant's UTC day rather than hide the error being reported.
    }
    return { date: Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10) };
  }

  /** Throws the issue as a `FunctionArgumentError` in the user's language. */
  fail(issue: FunctionIssue): never {
    throw new FunctionArgumentError(issue, this.lang);
  }
}
