// The date and time codes of a Sheets number format (`yyyy mm dd hh mm ss am/pm mmm mmmm ddd dddd [h]`), for
// numberFormat.ts's formatDisplay.
import { tokenize } from './formatTokens.js';
import type { LocaleFacts } from './locale.js';
import { fieldsOfUtc, wallMsOfSerial } from './timeZone.js';

const DATE_CODES = /am\/pm|a\/p|\[h+\]|\[m+\]|\[s+\]|y+|m+|d+|h+|s+|\.0+/iy;

/** One piece of a date format, resolved once: `m` is a month or minutes depending on its neighbours. */
type DatePart =
  | { kind: 'literal'; text: string }
  | {
      kind:
        | 'year'
        | 'month'
        | 'minute'
        | 'day'
        | 'hour'
        | 'second'
        | 'fraction'
        | 'ampm'
        | 'ap'
        | 'hours'
        | 'minutes'
        | 'seconds';
      width: number;
      text: string;
    };

interface DatePlan {
  parts: DatePart[];
  twelveHour: boolean;
}

const datePlans = new Map<string, DatePlan>();

function datePlan(section: string): DatePlan {
  let plan = datePlans.get(section);
  if (plan !== undefined) return plan;
  const tokens = tokenize(section, DATE_CODES);
  const codes = tokens.flatMap((t) => (t.kind === 'code' ? [t.text.toLowerCase()] : []));
  let position = 0;
  const parts = tokens.map((token): DatePart => {
    if (token.kind === 'literal') return token;
    const here = position++;
    const code = token.text.toLowerCase();
    const width = code.length;
    const text = token.text;
    if (code === 'am/pm') return { kind: 'ampm', width, text };
    if (code === 'a/p') return { kind: 'ap', width, text };
    if (code.startsWith('[h')) return { kind: 'hours', width: width - 2, text };
    if (code.startsWith('[m')) return { kind: 'minutes', width: width - 2, text };
    if (code.startsWith('[s')) return { kind: 'seconds', width: width - 2, text };
    if (code.startsWith('.')) return { kind: 'fraction', width: width - 1, text };
    if (code.startsWith('y')) return { kind: 'year', width, text };
    if (code.startsWith('d')) return { kind: 'day', width, text };
    if (code.startsWith('h')) return { kind: 'hour', width, text };
    if (code.startsWith('s')) return { kind: 'second', width, text };
    const before = codes[here - 1] ?? '';
    const after = codes[here + 1] ?? '';
    const minutes = /^(h+|\[h+\])$/.test(before) || /^(s+|\[s+\])$/.test(after);
    return { kind: minutes ? 'minute' : 'month', width, text };
  });
  plan = { parts, twelveHour: parts.some((p) => p.kind === 'ampm' || p.kind === 'ap') };
  if (datePlans.size > 1000) datePlans.clear();
  datePlans.set(section, plan);
  return plan;
}

const names = new Map<
  string,
  { months: string[]; shortMonths: string[]; days: string[]; shortDays: string[] }
>();

function namesOf(tag: string) {
  let found = names.get(tag);
  if (found === undefined) {
    const month = (style: 'long' | 'short', m: number) =>
      new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' }).format(Date.UTC(2026, m, 1));
    // 2026-11-01 is a Sunday.
    const day = (style: 'long' | 'short', d: number) =>
      new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2026, 10, 1 + d));
    const twelve = Array.from({ length: 12 }, (_, i) => i);
    const seven = Array.from({ length: 7 }, (_, i) => i);
    found = {
      months: twelve.map((m) => month('long', m)),
      shortMonths: twelve.map((m) => month('short', m)),
      days: seven.map((d) => day('long', d)),
      shortDays: seven.map((d) => day('short', d)),
    };
    names.set(tag, found);
  }
  return found;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatDate(serial: number, section: string, locale: LocaleFacts): string {
  const plan = datePlan(section);
  const wall = fieldsOfUtc(wallMsOfSerial(serial));
  const localNames = namesOf(locale.tag);
  const hour = plan.twelveHour ? (wall.hour % 12 === 0 ? 12 : wall.hour % 12) : wall.hour;
  let out = '';
  for (const part of plan.parts) {
    switch (part.kind) {
      case 'literal':
        out += part.text;
        break;
      case 'year':
        out += part.width <= 2 ? pad(wall.year % 100, 2) : pad(wall.year, 4);
        break;
      case 'month':
        if (part.width <= 2) out += pad(wall.month, part.width);
        else if (part.width === 3) out += localNames.shortMonths[wall.month - 1];
        else if (part.width === 4) out += localNames.months[wall.month - 1];
        else out += localNames.months[wall.month - 1].charAt(0);
        break;
      case 'day':
        if (part.width <= 2) out += pad(wall.day, part.width);
        else out += (part.width === 3 ? localNames.shortDays : localNames.days)[wall.weekday];
        break;
      case 'minute':
        out += pad(wall.minute, Math.min(part.width, 2));
        break;
      case 'hour':
        out += pad(hour, Math.min(part.width, 2));
        break;
      case 'second':
        out += pad(wall.second, Math.min(part.width, 2));
        break;
      case 'fraction':
        out += `.${pad(wall.millisecond, 3).slice(0, part.width)}`;
        break;
      case 'ampm':
        out += wall.hour < 12 ? 'AM' : 'PM';
        break;
      case 'ap':
        out += wall.hour < 12 ? part.text[0] : part.text[2];
        break;
      case 'hours':
        out += pad(Math.floor(serial * 24), part.width);
        break;
      case 'minutes':
        out += pad(Math.floor(serial * 1440), part.width);
        break;
      case 'seconds':
        out += pad(Math.floor(serial * 86400), part.width);
        break;
    }
  }
  return out;
}
