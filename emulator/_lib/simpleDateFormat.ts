import { fail } from '../errors.js';
import { utcOfFields, wallClock } from '../timeZone.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Formats a date with a Java `SimpleDateFormat` pattern in a time zone, as `Utilities.formatDate` does
 * (English names). `'text'` is literal, `''` is a quote. Zone names (`z`) come from `Intl`, so Moscow reads
 * `GMT+3` where Java prints `MSK`.
 * @example simpleDateFormat(new Date('2026-11-05T09:30:00Z'), 'Europe/Moscow', "yyyy-MM-dd'T'HH:mm") //=> '2026-11-05T12:30'
 */
export function simpleDateFormat(date: Date, timeZone: string, pattern: string): string {
  const instant = date.getTime();
  const wall = wallClock(instant, timeZone);
  const offsetMinutes = Math.round(
    (utcOfFields(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond) -
      instant) /
      60_000,
  );
  const dayOfYear =
    Math.round((utcOfFields(wall.year, wall.month, wall.day) - utcOfFields(wall.year, 1, 1)) / 86_400_000) +
    1;
  const jan1Weekday = new Date(utcOfFields(wall.year, 1, 1)).getUTCDay();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const field = (letter: string, count: number): string => {
    switch (letter) {
      case 'G':
        return wall.year > 0 ? 'AD' : 'BC';
      case 'y':
      case 'Y':
        return count === 2 ? pad(wall.year % 100, 2) : pad(wall.year, count);
      case 'M':
      case 'L':
        if (count >= 4) return MONTHS[wall.month - 1];
        if (count === 3) return MONTHS[wall.month - 1].slice(0, 3);
        return pad(wall.month, count);
      case 'd':
        return pad(wall.day, count);
      case 'D':
        return pad(dayOfYear, count);
      case 'w':
        return pad(Math.floor((dayOfYear - 1 + jan1Weekday) / 7) + 1, count);
      case 'F':
        return pad(Math.floor((wall.day - 1) / 7) + 1, count);
      case 'E':
        return count >= 4 ? DAYS[wall.weekday] : DAYS[wall.weekday].slice(0, 3);
      case 'u':
        return pad(wall.weekday === 0 ? 7 : wall.weekday, count);
      case 'a':
        return wall.hour < 12 ? 'AM' : 'PM';
      case 'H':
        return pad(wall.hour, count);
      case 'k':
        return pad(wall.hour === 0 ? 24 : wall.hour, count);
      case 'K':
        return pad(wall.hour % 12, count);
      case 'h':
        return pad(wall.hour % 12 === 0 ? 12 : wall.hour % 12, count);
      case 'm':
        return pad(wall.minute, count);
      case 's':
        return pad(wall.second, count);
      case 'S':
        return pad(wall.millisecond, count);
      case 'z':
        return zoneName(instant, timeZone, count >= 4 ? 'long' : 'short');
      case 'Z':
        return offsetText(offsetMinutes, '');
      case 'X':
        if (offsetMinutes === 0) return 'Z';
        return count === 1
          ? offsetText(offsetMinutes, '').slice(0, 3)
          : offsetText(offsetMinutes, count >= 3 ? ':' : '');
      default:
        return fail(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Quoted text runs to the next lone quote; inside it, '' is a quote too.
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += field(ch, count);
      i += count;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${separator}${String(abs % 60).padStart(2, '0')}`;
}

function zoneName(instant: number, timeZone: string, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
