import { defineMessages } from './defineMessages';

/** Words of the report's pipeline-forecast section (KPI-SPEC §7, docs/REPORT.md). Days and periods come as text. */
export const pipelineMessages = defineMessages({
  en: {
    title: (period: string) => `Sales volume forecast for ${period}: run rate and pipeline`,
    figure: 'Figure',
    value: 'Value',
    how: 'How it is computed',
    soFar: 'Sales volume so far',
    soFarHow: (asOf: string) => `rows dated up to ${asOf}`,
    openAhead: 'Open deals expected',
    openAheadHow: (asOf: string) =>
      `Σ amount of the open deals dated after ${asOf} in the period (expected close date, else created)`,
    winRate: 'Win rate, 12 periods',
    winRateHow: (from: string, to: string) => `won / (won + lost), ${from} – ${to}`,
    pipeline: 'Pipeline forecast',
    pipelineHow: 'sales volume so far + open deals expected × win rate',
    runRate: 'Run-rate forecast',
    runRateHow: 'sales volume so far × days in the period / days elapsed',
    target: 'Target',
    coverage: 'Pipeline coverage',
    coverageHow:
      'open deals expected / (target − sales volume so far); blank without a target or once it is met',
    open_deals: (asOf: string) =>
      `The scorecard judges sales volume by the pipeline forecast: the log has open deals expected to close after ${asOf} in this period.`,
    no_open_deals: () =>
      'The scorecard judges sales volume by the run rate: no open deal is expected to close in the rest of the period.',
    no_win_rate: (from: string, to: string) =>
      `The scorecard judges sales volume by the run rate: no deal was won or lost in ${from} – ${to}, so there is no win rate to weigh the open deals.`,
    period_over: () => 'The period is over: the scorecard judges the actual sales volume.',
  },
  ru: {
    title: (period: string) => `Прогноз объёма продаж за ${period}: по темпу и по воронке`,
    figure: 'Показатель',
    value: 'Значение',
    how: 'Как считается',
    soFar: 'Объём продаж на сегодня',
    soFarHow: (asOf: string) => `строки с датой по ${asOf} включительно`,
    openAhead: 'Ожидаемые открытые сделки',
    openAheadHow: (asOf: string) =>
      `Σ сумм открытых сделок с датой после ${asOf} в этом периоде (предполагаемая дата закрытия, иначе создания)`,
    winRate: 'Доля выигранных, 12 периодов',
    winRateHow: (from: string, to: string) => `успешные / (успешные + проигранные), ${from} – ${to}`,
    pipeline: 'Прогноз по воронке',
    pipelineHow: 'объём продаж на сегодня + ожидаемые открытые сделки × доля выигранных',
    runRate: 'Прогноз по темпу',
    runRateHow: 'объём продаж на сегодня × дней в периоде / прошло дней',
    target: 'Цель',
    coverage: 'Покрытие воронкой',
    coverageHow:
      'ожидаемые открытые сделки / (цель − объём продаж на сегодня); пусто без цели или когда она достигнута',
    open_deals: (asOf: string) =>
      `Статус объёма продаж в таблице KPI — по прогнозу по воронке: в журнале есть открытые сделки с ожидаемым закрытием после ${asOf} в этом периоде.`,
    no_open_deals: () =>
      'Статус объёма продаж в таблице KPI — по прогнозу по темпу: открытых сделок с закрытием в оставшейся части периода нет.',
    no_win_rate: (from: string, to: string) =>
      `Статус объёма продаж в таблице KPI — по прогнозу по темпу: в ${from} – ${to} не было ни выигранных, ни проигранных сделок, и доли выигранных для открытых сделок нет.`,
    period_over: () => 'Период закончился: статус объёма продаж в таблице KPI — по факту.',
  },
});
