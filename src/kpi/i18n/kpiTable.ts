import { defineMessages } from './defineMessages';

/** Words of `KPI_TABLE` beyond the KPI names (which live in the KPI registry) and the data-quality notes. */
export const kpiTableMessages = defineMessages({
  en: {
    period: 'Period',
    group: 'Group',
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
