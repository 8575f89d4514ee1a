/** What a spreadsheet locale (`en_US`, `ru_RU`, …) changes in parsing and display, read from `Intl`. */
export interface LocaleFacts {
  /** BCP 47 tag for `Intl`, e.g. `ru-RU`. */
  tag: string;
  decimal: string;
  group: string;
  dateOrder: 'DMY' | 'MDY' | 'YMD';
  dateSeparator: string;
  /** Sheets' short date format in this locale, e.g. `M/d/yyyy` or `dd.MM.yyyy`. */
  datePattern: string;
  trueWord: string;
  falseWord: string;
}

const cache = new Map<string, LocaleFacts>();

/**
 * Facts of a Sheets locale; an unknown locale falls back to `en_US`.
 * @example localeFacts('ru_RU').decimal //=> ','
 */
export function localeFacts(locale: string): LocaleFacts {
  let facts = cache.get(locale);
  if (facts === undefined) {
    facts = readFacts(locale);
    cache.set(locale, facts);
  }
  return facts;
}

function readFacts(locale: string): LocaleFacts {
  const tag = toTag(locale);
  const number: Record<string, string> = {};
  for (const part of new Intl.NumberFormat(tag).formatToParts(12345.5)) number[part.type] = part.value;
  const dateParts = new Intl.DateTimeFormat(tag, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(Date.UTC(2026, 10, 5));
  const order = dateParts
    .filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year')
    .map((part) => part.type[0].toUpperCase())
    .join('');
  const dateOrder = order === 'MDY' || order === 'YMD' ? order : 'DMY';
  const dateSeparator =
    dateParts
      .find((part) => part.type === 'literal')
      ?.value.trim()
      .charAt(0) || '/';
  const russian = tag.toLowerCase().startsWith('ru');
  return {
    tag,
    decimal: number.decimal ?? '.',
    group: number.group ?? ',',
    dateOrder,
    dateSeparator,
    datePattern: datePatternOf(dateOrder, dateSeparator),
    trueWord: russian ? 'ИСТИНА' : 'TRUE',
    falseWord: russian ? 'ЛОЖЬ' : 'FALSE',
  };
}

function toTag(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

function datePatternOf(order: LocaleFacts['dateOrder'], separator: string): string {
  if (order === 'MDY') return `M${separator}d${separator}yyyy`;
  const fields = { D: 'dd', M: 'MM', Y: 'yyyy' };
  return [...order].map((field) => fields[field as keyof typeof fields]).join(separator);
}
