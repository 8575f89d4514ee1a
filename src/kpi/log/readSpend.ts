import { cellText } from '../_lib/cellText';
import {
  createDateCellReader,
  IMPLAUSIBLE_DATE,
  isPlausibleDay,
  UNREADABLE_DATE,
} from '../_lib/createDateCellReader';
import { isBlankCell } from '../_lib/isBlankCell';
import { isBlankRow } from '../_lib/isBlankRow';
import { createHeaderMatcher, type HeaderSynonyms, synonymList } from '../_lib/matchHeaders';
import { monthOfName } from '../_lib/monthOfName';
import { readHeaderRow } from '../_lib/readHeaderRow';
import { type Day, dayFromCivil } from '../calendar/day';
import { createDayOfDate } from '../calendar/dayOfDate';
import { HEADER_SYNONYMS } from './detectColumns';
import { parseNumber } from './parseNumber';
import type { DataQuality, LogError, SkippedRow, SpendField, SpendTable } from './salesLog';

/**
 * The header texts of a marketing spend table (spec §1.2). Detection is per table: `Бюджет` is the amount in a sales
 * log but the spend here, and `Стоимость` (Google Ads' Russian "Cost") too. The channel uses the log's synonyms, so
 * a spend table and a log name their channels the same way. Each list: the spec's texts first, then extras.
 */
export const SPEND_HEADER_SYNONYMS: Readonly<Record<SpendField, HeaderSynonyms>> = {
  date: {
    en: [...HEADER_SYNONYMS.date.en, ...synonymList('', 'Month | Period | Day | Week')],
    ru: [...HEADER_SYNONYMS.date.ru, ...synonymList('', 'Месяц | Период | День | Неделя')],
  },
  channel: HEADER_SYNONYMS.channel,
  spend: {
    en: synonymList(
      'Spend | Cost | Budget | Marketing Spend | Ad Spend',
      'Costs | Ad Cost | Ad Costs | Marketing Cost | Marketing Costs | Media Spend | Amount Spent | Spent',
    ),
    ru: synonymList(
      'Расход | Расходы | Затраты | Бюджет | Расходы на маркетинг',
      'Расходы на рекламу | Расход на рекламу | Рекламный бюджет | Маркетинговый бюджет | Стоимость',
    ),
  },
};

const matchSpendHeaders = createHeaderMatcher(SPEND_HEADER_SYNONYMS);

// A monthly budget is often dated by its month alone: `2026-11`, `11.2026`, `11/2026`, `Nov 2026`, `ноябрь 2026 г.`.
const MONTH_ONLY = /^\s*(?:(\d{4})[-./](\d{1,2})|(\d{1,2})[-./](\d{4}))\s*$/;
const MONTH_NAME_ONLY = /^\s*([a-zа-яё]{3,9})\.?[\s./-]*(\d{4})(?:\s*г\.?)?\s*$/iu;

export interface ReadSpendOptions {
  /** Spreadsheet locale, e.g. 'ru_RU'. */
  locale: string;
  /** Spreadsheet time zone, e.g. 'Europe/Moscow'. */
  timeZone: string;
  /** How many skipped rows to list in DataQuality.skipped. @default 100 */
  maxSkippedListed?: number;
}

export type ReadSpendResult =
  | { ok: true; table: SpendTable; quality: DataQuality }
  | { ok: false; error: LogError };

/**
 * Reads a marketing spend table (spec §1.2): a header row, then `date`, optional `channel` and `spend`.
 *
 * Dates follow the sales log's rules (Date cells in `timeZone`, text in `locale`, serial numbers) plus a month
 * alone (`2026-11`, `11.2026`, `Nov 2026`, `ноябрь 2026`), read as its 1st. A date before 1970 or after 2099 is
 * skipped as `implausible_date`; a row without a date (blank, `нет`, `n/a`) as `unreadable_date`. Spend is a
 * number, or text read by `parseNumber` in `locale`. A row with an unreadable date or spend is skipped and
 * reported; a row whose spend is blank is ignored silently (budgets for months to come are often left empty);
 * blank rows are ignored.
 *
 * @param values The range, header first.
 * @param options Locale and time zone of the spreadsheet.
 * @returns `{ ok: true, table, quality }`, or `{ ok: false, error }` (with `table: 'spend'`) when the date or spend
 *   column is missing or there are no data rows.
 * @example
 * const r = readSpend([['Дата', 'Канал', 'Бюджет'], ['01.11.2026', 'Яндекс Директ', '64 337,93']], { locale: 'ru_RU', timeZone: 'Europe/Moscow' });
 * r.ok && r.table.spend[0] //=> 64337.93
 */
export function readSpend(
  values: readonly (readonly unknown[])[],
  options: ReadSpendOptions,
): ReadSpendResult {
  const { locale } = options;
  const maxListed = options.maxSkippedListed ?? 100;
  const dayOf = createDayOfDate(options.timeZone);
  const header = readHeaderRow(values, dayOf, 'spend');
  if (header.error) return { ok: false, error: header.error };
  const { headers, headersFound } = header;
  const columns = matchSpendHeaders(headers, new Set());
  for (const field of ['date', 'spend'] as const) {
    if (columns[field] === undefined) {
      return { ok: false, error: { code: 'missing_column', table: 'spend', field, headersFound } };
    }
  }
  const cDate = columns.date!;
  const cSpend = columns.spend!;
  const cChannel = columns.channel ?? -1;

  const readDate = createDateCellReader(locale, dayOf);
  const n = values.length;
  const day = new Int32Array(n);
  const spend = new Float64Array(n);
  const channel: string[] | null = cChannel >= 0 ? [] : null;
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  let rows = 0;
  let size = 0;
  const skip = (code: SkippedRow['code'], r: number, column: number): void => {
    if (skipped.length < maxListed) {
      skipped.push({ code, row: r + 1, column: headers[column], value: cellText(values[r][column], dayOf) });
    }
    skippedCount++;
  };

  for (let r = 1; r < n; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    rows++;
    let d = readDate(row[cDate]);
    if (d === UNREADABLE_DATE) d = monthOnly(row[cDate]);
    if (d < 0) {
      skip(d === IMPLAUSIBLE_DATE ? 'implausible_date' : 'unreadable_date', r, cDate);
      continue;
    }
    const cell = row[cSpend];
    let value: number;
    if (typeof cell === 'number') {
      value = cell;
    } else if (isBlankCell(cell)) {
      continue;
    } else {
      const reading = typeof cell === 'string' ? parseNumber(cell, locale) : null;
      if (reading === null || !reading.ok) {
        skip(
          reading?.ok === false && reading.reason === 'ambiguous_number'
            ? 'ambiguous_amount'
            : 'unreadable_amount',
          r,
          cSpend,
        );
        continue;
      }
      value = reading.value;
    }
    day[size] = d;
    spend[size] = value;
    if (channel !== null) channel.push(cellText(row[cChannel], dayOf));
    size++;
  }

  if (rows === 0) return { ok: false, error: { code: 'empty_log', table: 'spend', headersFound } };
  return {
    ok: true,
    table: { size, day: day.subarray(0, size), spend: spend.subarray(0, size), channel },
    quality: {
      rows,
      skippedCount,
      skipped,
      unknownStatuses: [],
      footerLines: 0,
      continuationLines: 0,
      quantityIssues: { count: 0, listed: [] },
    },
  };
}

/**
 * The 1st of a month written alone (`2026-11`, `11.2026`, `Nov 2026`, `ноябрь 2026`), `IMPLAUSIBLE_DATE` outside 1970 … 2099, or
 * `UNREADABLE_DATE`.
 */
function monthOnly(cell: unknown): number {
  if (typeof cell !== 'string') return UNREADABLE_DATE;
  let year: number;
  let month: number;
  const m = MONTH_ONLY.exec(cell);
  if (m !== null) {
    year = Number(m[1] ?? m[4]);
    month = Number(m[2] ?? m[3]);
  } else {
    const named = MONTH_NAME_ONLY.exec(cell);
    if (named === null) return UNREADABLE_DATE;
    year = Number(named[2]);
    month = monthOfName(named[1]);
  }
  if (month < 1 || month > 12) return UNREADABLE_DATE;
  const day: Day = dayFromCivil(year, month, 1);
  return isPlausibleDay(day) ? day : IMPLAUSIBLE_DATE;
}
