import { type PeriodType, parsePeriodType } from '../kpi/calendar/periods';
import { kpiTableCells } from '../kpi/engine/kpiTableCells';
import { kpiTableMessages } from '../kpi/i18n/kpiTable';
import { langOf } from '../kpi/i18n/lang';
import type { CellInput, CellResult } from './_lib/cells';
import { FunctionCall } from './_lib/FunctionCall';
import { assertRectangular } from './_lib/rectangular';
import { sheetLocale } from './_lib/sheetLocale';
import { sheetTimeZone } from './_lib/sheetTimeZone';

/**
 * KPI table (Таблица KPI): every KPI for every period of a raw sales log, in one formula that updates with the data.
 * Columns: Period, [Group], Sales volume, Gross sales, Returns, Orders, Units, Average check, Deals, Conversion,
 * Win rate, Refusal rate, Return rate, Customers, New customers, Retention, Marketing spend, ROMI, CAC,
 * Returning customers, Sales cycle (days), Open pipeline.
 * Columns of the log are found by their headers, in English or Russian (Date/Дата, Amount/Сумма, Status/Этап…).
 * Example: =KPI_TABLE(Sales!A1:I, "month", "rep", Spend!A1:C)
 * Example: =KPI_TABLE(Sales!A1:K, "month", , , "date=Close Date; amount=Amount", "Отгружен=won; Анализ=lost")
 *
 * @param sales The sales log with its header row, e.g. Sales!A1:I (an open range is fine: blank rows are ignored).
 * @param period week, month, quarter or year (неделя, месяц, квартал, год). Blank: month.
 * @param group_by rep, channel, or a header of the log to split every KPI by. Blank: the whole team.
 * @param spend The marketing spend table with its header row (Date, Channel, Spend), for spend, ROMI and CAC. Optional.
 * @param columns Which header holds a field, when it is not found by itself: "date=Close Date; amount=Сумма, руб." or a two-column range (field | header). Optional.
 * @param statuses What a status text means: "Отгружен=won; Анализ=lost" or a two-column range (status | class: won, lost, open, returned, refunded). Optional.
 * @return A table with a header row, one row per period (and group), and a last row about skipped rows if any.
 * @customfunction
 */
export function KPI_TABLE(
  sales: CellInput,
  period?: CellInput,
  group_by?: CellInput,
  spend?: CellInput,
  columns?: CellInput,
  statuses?: CellInput,
): CellResult {
  const locale = sheetLocale();
  const lang = langOf(locale);
  const words = kpiTableMessages[lang];
  if (!Array.isArray(sales)) throw new Error(words.notARange('sales'));
  if (spend !== undefined && spend !== '' && spend !== null && !Array.isArray(spend)) {
    throw new Error(words.notARange('spend'));
  }
  const call = new FunctionCall('KPI_TABLE', locale);
  assertRectangular(sales, 'sales', call);
  if (Array.isArray(spend)) assertRectangular(spend, 'spend', call);
  if (Array.isArray(columns)) assertRectangular(columns, 'columns', call);
  if (Array.isArray(statuses)) assertRectangular(statuses, 'statuses', call);
  const periodText = textArg(period);
  let periodType: PeriodType = 'month';
  if (periodText !== '') {
    const parsed = parsePeriodType(periodText);
    if (parsed === null) throw new Error(words.unknownPeriod(periodText));
    periodType = parsed;
  }
  const result = kpiTableCells(sales, {
    locale,
    timeZone: sheetTimeZone(),
    lang,
    period: periodType,
    groupBy: textArg(group_by),
    spend: Array.isArray(spend) ? spend : null,
    columns: mappingArg(columns),
    statuses: mappingArg(statuses),
  });
  if (!result.ok) throw new Error(result.message);
  return result.rows;
}

/** A `columns`/`statuses` argument: a range as it is, a single value as its text; null when left out. */
function mappingArg(value: CellInput): string | readonly (readonly unknown[])[] | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value : String(value);
}

/** A text argument given as a value or a 1×1 range; '' when blank. */
function textArg(value: CellInput): string {
  const cell = Array.isArray(value) ? value[0]?.[0] : value;
  return cell === undefined || cell === null ? '' : String(cell).trim();
}
