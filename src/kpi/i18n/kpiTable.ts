import type { PeriodType } from '../calendar/periods';
import { defineMessages } from './defineMessages';

/** Words of `KPI_TABLE` beyond the KPI names (which live in the KPI registry) and the data-quality notes. */
export const kpiTableMessages = defineMessages({
  en: {
    period: 'Period',
    group: 'Group',
    /** The period argument as the sidebar's ready formula writes it (`KPI_TABLE` reads both languages). */
    periodTypes: { week: 'week', month: 'month', quarter: 'quarter', year: 'year' } as Readonly<
      Record<PeriodType, string>
    >,
    notARange: (argument: string) =>
      `KPI_TABLE: argument “${argument}” must be a range with its header row, e.g. Sales!A1:I.`,
    unknownPeriod: (text: string) =>
      `KPI_TABLE: the period “${text}” is not one of week, month, quarter, year (неделя, месяц, квартал, год).`,
    unknownGroup: (by: string, headers: string) =>
      `KPI_TABLE: group_by “${by}” is not a column of the sales log. Use rep, channel or one of its headers: ${headers}.`,
    badArgument: (argument: string, message: string) => `KPI_TABLE, argument “${argument}”: ${message}`,
    nonFinite: (cells: number) =>
      `${cells} ${cells === 1 ? 'figure' : 'figures'} too large to compute left blank: check the amounts`,
  },
  ru: {
    period: 'Период',
    group: 'Группа',
    periodTypes: { week: 'неделя', month: 'месяц', quarter: 'квартал', year: 'год' } as Readonly<
      Record<PeriodType, string>
    >,
    notARange: (argument: string) =>
      `KPI_TABLE: аргумент «${argument}» должен быть диапазоном со строкой заголовков, например Продажи!A1:I.`,
    unknownPeriod: (text: string) =>
      `KPI_TABLE: период «${text}» — не неделя, месяц, квартал или год (week, month, quarter, year).`,
    unknownGroup: (by: string, headers: string) =>
      `KPI_TABLE: group_by «${by}» — не столбец журнала продаж. Укажите rep, channel или один из заголовков: ${headers}.`,
    badArgument: (argument: string, message: string) => `KPI_TABLE, аргумент «${argument}»: ${message}`,
    nonFinite: (cells: number) =>
      `Слишком больших для расчёта показателей оставлено пустыми: ${cells}; проверьте суммы`,
  },
});
