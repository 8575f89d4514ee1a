import { isDate } from './_lib/isDate.js';
import { simpleDateFormat } from './_lib/simpleDateFormat.js';
import { instrument } from './callLog.js';
import { fail, messages } from './errors.js';
import { Service } from './service.js';
import { isTimeZone } from './timeZone.js';

export type UtilitiesApi = Pick<
  GoogleAppsScript.Utilities.Utilities,
  'formatDate' | 'formatString' | 'getUuid' | 'sleep'
>;

/** The `Utilities` global: the parts an add-on uses. */
export class Utilities extends Service implements UtilitiesApi {
  /** Java `SimpleDateFormat` patterns (`yyyy-MM-dd HH:mm:ss`, `'quoted text'`) in the given time zone. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) fail(messages.badParameters(typeof date, 'Utilities.formatDate'));
    if (!isTimeZone(String(timeZone))) fail(messages.invalidTimeZone(String(timeZone)));
    return simpleDateFormat(date as unknown as Date, String(timeZone), String(format));
  }
  /** `sprintf`-style: `%s`, `%d`, `%f`, `%%`. */
  formatString(template: string, ...args: unknown[]): string {
    let next = 0;
    return String(template).replace(/%(%|s|d|f|(?:\.(\d+))f)/g, (_token, kind: string, digits?: string) => {
      if (kind === '%') return '%';
      const value = args[next++];
      if (kind === 's') return String(value);
      if (kind === 'd') return String(Math.trunc(Number(value)));
      return Number(value).toFixed(digits === undefined ? 6 : Number(digits));
    });
  }
  getUuid(): string {
    return this.world.uuid();
  }
  /** Returns at once: tests should not wait. */
  sleep(_milliseconds: number): void {}
}

instrument(Utilities, 'Utilities');
