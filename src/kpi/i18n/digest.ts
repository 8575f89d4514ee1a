import type { PeriodType } from '../calendar/periods';
import { defineMessages } from './defineMessages';

/** Every word of the e-mail digest and alerts (issue 14), and of the report's "Forecast accuracy" block. */
export const digestMessages = defineMessages({
  en: {
    /** Subject: `Sales KPI: KPI 2026-11 — ✗ Behind 2 · ⚠ At risk 1 (of 5)`. */
    subject: (name: string, period: string, summary: string) => `${name}: KPI ${period} — ${summary}`,
    ofCount: (n: number) => `(of ${n})`,
    allOnTrack: (n: number) => `all ${n} on track`,
    noTargets: 'no targets',
    heading: (period: string) => `KPI digest ${period}`,
    periodTypes: { week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' } as Record<
      PeriodType,
      string
    >,
    span: (type: string, first: string, last: string, asOf: string) =>
      `${type} ${first} – ${last}, data as of ${asOf}`,
    running: 'The period is still running: status judges the forecast (run rate to the end of the period).',
    complete: 'The period is complete: forecast = actual.',
    whyTitle: 'New since the last e-mail',
    slipped: (kpi: string, status: string) => `${kpi} slipped to ${status}.`,
    crossed: (kpi: string, share: string) => `${kpi} reached ${share} of its target.`,
    scorecard: 'KPIs with targets',
    headlineKpis: 'Main KPIs',
    noTargetsNote: 'No KPI has a target for this period: add targets in the sidebar (KPI Targets).',
    kpi: 'KPI',
    forecastTarget: 'Forecast / target',
    status: 'Status',
    actual: 'Actual',
    forecast: 'Forecast',
    target: 'Target',
    ofTarget: 'of target',
    neededPerDay: 'needed per day',
    neededPerWeek: 'needed per week',
    whatChanged: 'What changed',
    openReport: 'Open the report',
    openSpreadsheet: 'Open the spreadsheet',
    reportSheet: (sheet: string) => `Report sheet: ${sheet}`,
    footer:
      'Sent by the Sales KPI add-on because a schedule is turned on in this spreadsheet. Only KPI figures are ' +
      'in this e-mail, no rows of the sales log. To stop it, turn the schedule off in the Sales KPI sidebar.',
    // the report's block
    accuracyTitle: 'Forecast accuracy (closed periods)',
    accuracyLastPeriod: 'Last closed',
    accuracyAt: (share: string) => `Forecast at ${share}`,
    accuracyFinal: 'Final actual',
    accuracyMape: (share: string) => `MAPE at ${share}`,
    accuracyPeriods: 'Periods',
    accuracyNote:
      'Forecast at 25/50/75 %: the run-rate forecast the report showed when a quarter, half and three quarters of ' +
      'the period had passed (KPI History sheet). MAPE: mean absolute percentage error |forecast − actual| / actual ' +
      'over the closed periods counted.',
    accuracyEmpty:
      'No forecast history of a closed period yet: each build records the forecasts in the KPI History sheet, ' +
      'and this block compares them with the final actuals once a period is over.',
  },
  ru: {
    subject: (name: string, period: string, summary: string) => `${name}: KPI ${period} — ${summary}`,
    ofCount: (n: number) => `(из ${n})`,
    allOnTrack: (n: number) => `все ${n} в графике`,
    noTargets: 'планов нет',
    heading: (period: string) => `Сводка KPI ${period}`,
    periodTypes: { week: 'Неделя', month: 'Месяц', quarter: 'Квартал', year: 'Год' } as Record<
      PeriodType,
      string
    >,
    span: (type: string, first: string, last: string, asOf: string) =>
      `${type} ${first} – ${last}, данные на ${asOf}`,
    running: 'Период ещё идёт: статус оценивает прогноз (темп продаж до конца периода).',
    complete: 'Период завершён: прогноз = факт.',
    whyTitle: 'Нового с прошлого письма',
    slipped: (kpi: string, status: string) => `${kpi}: статус сменился на «${status}».`,
    crossed: (kpi: string, share: string) => `${kpi}: достигнуто ${share} плана.`,
    scorecard: 'KPI с планом',
    headlineKpis: 'Основные KPI',
    noTargetsNote: 'Ни у одного KPI нет плана на этот период: задайте планы в боковой панели (Планы KPI).',
    kpi: 'KPI',
    forecastTarget: 'Прогноз / план',
    status: 'Статус',
    actual: 'Факт',
    forecast: 'Прогноз',
    target: 'План',
    ofTarget: 'плана',
    neededPerDay: 'нужно в день',
    neededPerWeek: 'нужно в неделю',
    whatChanged: 'Что изменилось',
    openReport: 'Открыть отчёт',
    openSpreadsheet: 'Открыть таблицу',
    reportSheet: (sheet: string) => `Лист отчёта: ${sheet}`,
    footer:
      'Письмо отправлено дополнением Sales KPI: в этой таблице включено расписание. В письме только значения ' +
      'KPI, строк журнала продаж в нём нет. Чтобы письма не приходили, выключите расписание в боковой панели Sales KPI.',
    accuracyTitle: 'Точность прогноза (завершённые периоды)',
    accuracyLastPeriod: 'Последний период',
    accuracyAt: (share: string) => `Прогноз на ${share}`,
    accuracyFinal: 'Итоговый факт',
    accuracyMape: (share: string) => `MAPE на ${share}`,
    accuracyPeriods: 'Периодов',
    accuracyNote:
      'Прогноз на 25/50/75 %: прогноз по темпу, который показывал отчёт, когда прошли четверть, половина и три ' +
      'четверти периода (лист «История KPI»). MAPE: средняя абсолютная ошибка в процентах |прогноз − факт| / факт ' +
      'по учтённым завершённым периодам.',
    accuracyEmpty:
      'Истории прогнозов за завершённый период пока нет: каждая сборка записывает прогнозы на лист «История KPI», ' +
      'и этот блок сравнит их с итоговым фактом, когда период закончится.',
  },
});
