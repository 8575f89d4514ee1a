import { plural } from '../_lib/plural';
import { defineMessages } from './defineMessages';

/** Words of the rep cards sheet and of the report's customer cohorts section. */
export const repCardsMessages = defineMessages({
  en: {
    sheetName: 'Rep cards',
    building: 'new',
    title: (period: string) => `Rep cards ${period}`,
    intro:
      'One card per rep: their KPIs against their targets and the team, their share and place, their trend.',
    noRep: 'Rows without a rep',
    rank: 'Place by sales volume',
    of: (count: number) => `of ${count}`,
    share: "Share of the team's sales volume",
    salesCycle: 'Sales cycle, days',
    strongest: 'Strongest against the team',
    weakest: 'Weakest against the team',
    standing: "of the team's level",
    team: 'Team',
    trend: (count: number) => `Sales volume, last ${count} periods`,
    sparkline: 'Trend',
    failed: (reason: string) => `The report was built, but the rep cards could not be written: ${reason}`,
    cohorts: 'Customer cohorts by month of first purchase',
    cohort: 'First purchase',
    customers: 'Customers',
    month: (k: number) => `Month ${k}`,
    cohortsNote:
      "Share of each cohort's customers with a purchase k months after the month of their first one (month 0: that month itself, 100 %); blank: not reached yet.",
    cohortsNoCustomer: 'Customer cohorts: the log has no customer column.',
  },
  ru: {
    sheetName: 'Карточки менеджеров',
    building: 'новые',
    title: (period: string) => `Карточки менеджеров ${period}`,
    intro: 'Карточка на каждого менеджера: KPI против его целей и команды, доля и место, динамика.',
    noRep: 'Строки без менеджера',
    rank: 'Место по объёму продаж',
    of: (count: number) => `из ${count}`,
    share: 'Доля в объёме продаж команды',
    salesCycle: 'Цикл сделки, дней',
    strongest: 'Сильнее всего относительно команды',
    weakest: 'Слабее всего относительно команды',
    standing: 'от уровня команды',
    team: 'Команда',
    trend: (count: number) =>
      `Объём продаж за ${plural('ru', count, ['последний', 'последние', 'последние'])} ${count} ${plural('ru', count, ['период', 'периода', 'периодов'])}`,
    sparkline: 'Динамика',
    failed: (reason: string) => `Отчёт построен, но карточки менеджеров записать не удалось: ${reason}`,
    cohorts: 'Когорты клиентов по месяцу первой покупки',
    cohort: 'Первая покупка',
    customers: 'Клиенты',
    month: (k: number) => `Месяц ${k}`,
    cohortsNote:
      'Доля клиентов когорты с покупкой через k месяцев после месяца первой покупки (месяц 0 — сам этот месяц, 100 %); пусто — месяц ещё не наступил.',
    cohortsNoCustomer: 'Когорты клиентов: в журнале нет столбца клиента.',
  },
});
