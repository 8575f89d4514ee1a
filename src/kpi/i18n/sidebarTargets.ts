import type { PeriodType } from '../calendar/periods';
import { defineMessages } from './defineMessages';

/**
 * The targets section's words about where an empty field's target comes from, and the ×3 / ×12 helper of a
 * quarter's or a year's additive KPI.
 */
export const sidebarTargetsMessages = defineMessages({
  en: {
    /** An empty field whose period takes the target of every period of a type. */
    fromEvery: {
      week: (value: string) => `from every week: ${value}`,
      month: (value: string) => `from every month: ${value}`,
      quarter: (value: string) => `from every quarter: ${value}`,
      year: (value: string) => `from every year: ${value}`,
    } as Record<PeriodType, (value: string) => string>,
    /** A quarter's or a year's target that is the sum of its months' targets. */
    sumOfMonths: (value: string) => `sum of its months: ${value}`,
    /** The button that multiplies a month's figure typed in the field into the quarter's or the year's. */
    times: { quarter: '×3 for the quarter', year: '×12 for the year' } as Partial<Record<PeriodType, string>>,
    timesLabel: (kpi: string, factor: number) => `${kpi}: multiply the month's figure typed by ${factor}`,
  },
  ru: {
    fromEvery: {
      week: (value: string) => `из каждой недели: ${value}`,
      month: (value: string) => `из каждого месяца: ${value}`,
      quarter: (value: string) => `из каждого квартала: ${value}`,
      year: (value: string) => `из каждого года: ${value}`,
    } as Record<PeriodType, (value: string) => string>,
    sumOfMonths: (value: string) => `сумма его месяцев: ${value}`,
    times: { quarter: '×3 на квартал', year: '×12 на год' } as Partial<Record<PeriodType, string>>,
    timesLabel: (kpi: string, factor: number) => `${kpi}: умножить введённую цель месяца на ${factor}`,
  },
});
