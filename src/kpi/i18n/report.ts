import { plural } from '../_lib/plural';
import type { PeriodType } from '../calendar/periods';
import type { MissingInput } from '../report/reportModel';
import type { SettingsNote } from '../settings/reportSettings';
import type { TargetIssue } from '../targets/readTargets';
import { FIELD_NAMES } from './dataQuality';
import { defineMessages } from './defineMessages';

// The sentences made of these words from a report model (data quality, targets, errors): reportSentences.ts.

/** Writes a count inside a sentence (thousands grouped in the spreadsheet's locale); `String` by default. */
type Count = (value: number) => string;

/** Every word of the KPI report sheet and of the alerts of "Build KPI report". */
export const reportMessages = defineMessages({
  en: {
    title: 'KPI report',
    /** In the name of the sheet a report is built in before it replaces the old one: `KPI Report (new)`. */
    buildingSheet: 'new',
    periodTypes: { week: 'week', month: 'month', quarter: 'quarter', year: 'year' } as Record<
      PeriodType,
      string
    >,
    periodSpan: (type: string, first: string, last: string) => `${capitalize(type)}: ${first} – ${last}`,
    asOf: 'As of',
    generated: 'Generated',
    salesData: 'Sales sheet',
    spend: 'Spend sheet',
    targets: 'Targets sheet',
    none: '—',
    scorecard: (label: string) => `Scorecard ${label}`,
    kpi: 'KPI',
    actual: 'Actual',
    target: 'Target',
    attainment: 'Attainment (forecast)',
    status: 'Status',
    deltaVs: (label: string) => `Δ vs ${label}`,
    forecast: 'Forecast',
    neededPace: 'Needed per day',
    scorecardNoteRunning:
      'Forecast: run rate to the end of the period; attainment and status judge the forecast. While the period ' +
      'runs, Δ of amounts and counts compare the forecast. Δ of rates are in percentage points (pp).',
    scorecardNoteDone: 'The period is complete: forecast = actual. Δ of rates are in percentage points (pp).',
    trend: (count: number, type: PeriodType) =>
      `Trend: last ${count} ${{ week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' }[type]}`,
    period: 'Period',
    chartTitle: 'Sales volume vs target',
    reps: 'Reps',
    rep: 'Rep',
    rank: 'Rank',
    channels: 'Channels',
    channel: 'Channel',
    dataQuality: 'Data quality',
    topic: 'Topic',
    details: 'Details',
    definitions: 'KPI definitions',
    better: 'Better',
    formula: 'Formula',
    higher: '↑ higher',
    lower: '↓ lower',
    noDirection: '—',
    pp: 'pp',
    perWeek: 'per week',
    // data quality
    topicRows: 'Rows',
    topicSkipped: 'Skipped row',
    topicStatuses: 'Statuses',
    topicTargets: 'Targets',
    topicMismatch: 'Target mismatch',
    topicSettings: 'Settings',
    topicSpend: 'Spend',
    topicNotShown: 'Not shown',
    topicAsOf: 'As of',
    topicNumbers: 'Numbers',
    afterAsOf: (rows: number, day: string, n: Count = String) =>
      `${n(rows)} ${plural('en', rows, ['row is', 'rows are'])} dated after the as-of day ${day} (open deals expected ` +
      'to close later, or typos): no actual counts them; the deals forecast includes the deals among them.',
    nonFinite: (cells: number, n: Count = String) =>
      `${n(cells)} ${plural('en', cells, ['figure', 'figures'])} too large to compute (a sum beyond the number range) ` +
      'left blank: check the amounts for a pasted ID or a stray row of digits.',
    notInLog: 'Not in this log:',
    targetsFrom: (label: string) => `Targets not set for ${label} itself:`,
    targetSources: {
      every_period: {
        week: 'every week',
        month: 'every month',
        quarter: 'every quarter',
        year: 'every year',
      },
      sum_of_months: 'sum of the months',
      every_month: 'the every-month target',
    },
    missingInputs: {
      quantity: 'no quantity column',
      status: 'no status column',
      customer: 'no customer column',
      created: 'no created-date column',
      spend: 'no spend table',
    } as Record<MissingInput, string>,
    statusesIntro: (count: number, n: Count = String) =>
      `Status texts read as open: ${n(count)}. If one of them means won, lost or returned, add it in the sidebar.`,
    statusLine: (text: string, rows: number, n: Count = String) =>
      `“${text}”: ${n(rows)} ${plural('en', rows, ['row', 'rows'])}`,
    statusesMore: (count: number, n: Count = String) => `… and ${n(count)} more`,
    allClear: 'Every row was read; no issues found.',
    rows: (table: 'sales' | 'spend', sheet: string, rows: number, skipped: number, n: Count = String) =>
      `${table === 'sales' ? 'Sales log' : 'Spend table'} “${sheet}”: ${n(rows)} ${plural('en', rows, ['row', 'rows'])} read` +
      (skipped === 0 ? ', none skipped.' : `, ${n(skipped)} skipped (not counted in any KPI).`),
    onSheet: (sheet: string, text: string) => `“${sheet}”, ${text}`,
    targetIssue: (issue: TargetIssue): string => {
      const where = `row ${issue.row}`;
      switch (issue.code) {
        case 'missing_column':
          return `no “${issue.column}” column: the sheet needs the columns Period | Rep | KPI | Target; no target was read.`;
        case 'blank_kpi':
          return `${where}: the KPI is empty.`;
        case 'unknown_kpi':
          return `${where}: “${issue.value}” is not a KPI. Write a key such as revenue or a name such as Sales volume.`;
        case 'unreadable_period':
          return `${where}: the period “${issue.value}” is not a label such as 2026-11, 2026-Q4, 2026 or 2026-W47, nor month, quarter, week or year (every period of that type).`;
        case 'blank_target':
          return `${where}: the target is empty.`;
        case 'unreadable_target':
          return `${where}: the target “${issue.value}” is not a number.`;
        case 'rate_out_of_range':
          return `${where}: the target “${issue.value}” is not a share between 0 and 1: write 25% or 0.25.`;
        case 'duplicate':
          return `${where} repeats row ${issue.earlierRow} (same KPI, period and rep): row ${issue.row} is used.`;
      }
    },
    mismatch: (kpi: string, period: string, repsSum: string, team: string, reps: number) =>
      `${kpi}, ${period}: the targets of ${reps} ${plural('en', reps, ['rep', 'reps'])} sum to ${repsSum}, ` +
      `but the team target is ${team}.`,
    settings: (note: SettingsNote): string =>
      note.code === 'malformed_json'
        ? 'The add-on settings could not be read; the defaults were used.'
        : note.code === 'missing_header'
          ? `The column “${note.header}” chosen for ${FIELD_NAMES.en[note.field]} is not in the sales sheet any more, ` +
            "so it was found from the headers. Choose it in the sidebar's Data section."
          : `The setting “${note.field}” = “${note.value}” is not valid; its default was used.`,
    reportPeriodIgnored: (label: string, type: string) =>
      `The report period “${label}” in the settings is not a ${type}; the ${type} of the as-of day is shown.`,
    spendUnreadable: (sheet: string, reason: string) => `“${sheet}”: ${reason} The report shows no spend.`,
    spendMissing: (sheet: string) =>
      `The spend sheet “${sheet}” chosen in the settings does not exist; the report shows no spend.`,
    notShown: (section: 'leaderboard' | 'channels' | 'target_issues', count: number, n: Count = String) =>
      section === 'target_issues'
        ? `… and ${n(count)} more target ${plural('en', count, ['row', 'rows'])} with a problem, not listed.`
        : `… and ${n(count)} more ${section === 'leaderboard' ? plural('en', count, ['rep', 'reps']) : plural('en', count, ['channel', 'channels'])}, ` +
          'not shown (the report lists 200 at most).',
    // alerts
    alertTitle: 'KPI report',
    noSalesSheet: (sheets: string) =>
      'No sales log found. The report needs a sheet whose first row has a date column (Date, Close Date…) and an ' +
      `amount column (Amount, Revenue…). Sheets: ${sheets}. Paste your sales log, or try “Insert sample data”.`,
    salesSheetMissing: (wanted: string, sheets: string) =>
      `The sales sheet “${wanted}” chosen in the settings does not exist. Sheets: ${sheets}.`,
    salesUnreadable: (sheet: string, reason: string) => `Sheet “${sheet}”: ${reason}`,
    busy: 'A KPI report is being built right now. Try again in a minute.',
    failed: (reason: string) => `The report could not be built: ${reason} The previous report was kept.`,
    failedNothingChanged: (reason: string) =>
      `The report could not be built: ${reason} No sheet was changed.`,
    failedLeftover: (reason: string, sheet: string) =>
      `The report could not be built: ${reason} The half-built sheet “${sheet}” is left; the next build replaces it.`,
    notRenamed: (sheet: string, reason: string) =>
      `The new report was built in the sheet “${sheet}” and replaced the previous one, but it could not be renamed: ` +
      `${reason} The next build gives it its name.`,
    nameTaken: (taken: string, sheet: string) =>
      `The sheet “${taken}” is yours, not the add-on's report, so it was left as it is: the report is in “${sheet}”. ` +
      `Rename your sheet to let the report have its name.`,
    ownSheetAsData: (sheet: string, role: 'report' | 'targets', table: 'sales' | 'spend') =>
      `“${sheet}” is the add-on's ${role === 'report' ? 'report' : 'targets sheet'}, not a ` +
      `${table === 'sales' ? 'sales log' : 'spend table'}: choose the sheet with your data in the sidebar.`,
  },
  ru: {
    title: 'Отчёт KPI',
    buildingSheet: 'новый',
    periodTypes: { week: 'неделя', month: 'месяц', quarter: 'квартал', year: 'год' } as Record<
      PeriodType,
      string
    >,
    periodSpan: (type: string, first: string, last: string) => `${capitalize(type)}: ${first} – ${last}`,
    asOf: 'Данные на',
    generated: 'Сформирован',
    salesData: 'Лист продаж',
    spend: 'Лист расходов',
    targets: 'Лист целей',
    none: '—',
    scorecard: (label: string) => `Показатели ${label}`,
    kpi: 'KPI',
    actual: 'Факт',
    target: 'Цель',
    attainment: 'Выполнение (прогноз)',
    status: 'Статус',
    deltaVs: (label: string) => `Δ к ${label}`,
    forecast: 'Прогноз',
    neededPace: 'Нужно в день',
    scorecardNoteRunning:
      'Прогноз — по текущему темпу до конца периода; выполнение и статус оценивают прогноз. Пока период идёт, ' +
      'Δ сумм и количеств сравнивают прогноз. Δ долей — в процентных пунктах (п.п.).',
    scorecardNoteDone: 'Период завершён: прогноз = факт. Δ долей — в процентных пунктах (п.п.).',
    trend: (count: number, type: PeriodType) =>
      `Динамика: последние ${count} ${
        {
          week: plural('ru', count, ['неделя', 'недели', 'недель']),
          month: plural('ru', count, ['месяц', 'месяца', 'месяцев']),
          quarter: plural('ru', count, ['квартал', 'квартала', 'кварталов']),
          year: plural('ru', count, ['год', 'года', 'лет']),
        }[type]
      }`,
    period: 'Период',
    chartTitle: 'Объём продаж и цель',
    reps: 'Менеджеры',
    rep: 'Менеджер',
    rank: 'Место',
    channels: 'Каналы',
    channel: 'Канал',
    dataQuality: 'Качество данных',
    topic: 'Тема',
    details: 'Подробности',
    definitions: 'Определения KPI',
    better: 'Лучше',
    formula: 'Формула',
    higher: '↑ больше',
    lower: '↓ меньше',
    noDirection: '—',
    pp: 'п.п.',
    perWeek: 'в неделю',
    topicRows: 'Строки',
    topicSkipped: 'Пропущена строка',
    topicStatuses: 'Статусы',
    topicTargets: 'Цели',
    topicMismatch: 'Цели не сходятся',
    topicSettings: 'Настройки',
    topicSpend: 'Расходы',
    topicNotShown: 'Не показано',
    topicAsOf: 'Данные на',
    topicNumbers: 'Числа',
    afterAsOf: (rows: number, day: string, n: Count = String) =>
      `${n(rows)} ${plural('ru', rows, ['строка датирована', 'строки датированы', 'строк датированы'])} позже даты ` +
      `«Данные на» ${day} (открытые сделки с ожидаемой датой закрытия или опечатки): в факт они не входят; ` +
      'прогноз сделок учитывает сделки среди них.',
    nonFinite: (cells: number, n: Count = String) =>
      `${n(cells)} ${plural('ru', cells, ['показатель слишком велик', 'показателя слишком велики', 'показателей слишком велики'])} ` +
      'для расчёта (сумма за пределами диапазона чисел) и оставлены пустыми: проверьте суммы — нет ли там ID или ' +
      'случайной строки цифр.',
    notInLog: 'Нет в этом журнале:',
    targetsFrom: (label: string) => `Цели, заданные не для ${label} напрямую:`,
    targetSources: {
      every_period: {
        week: 'каждая неделя',
        month: 'каждый месяц',
        quarter: 'каждый квартал',
        year: 'каждый год',
      },
      sum_of_months: 'сумма целей месяцев',
      every_month: 'цель каждого месяца',
    },
    missingInputs: {
      quantity: 'нет столбца количества',
      status: 'нет столбца статуса',
      customer: 'нет столбца клиента',
      created: 'нет столбца даты создания',
      spend: 'нет таблицы расходов',
    } as Record<MissingInput, string>,
    statusesIntro: (count: number, n: Count = String) =>
      `Статусов, прочитанных как «в работе»: ${n(count)}. Если какой-то из них означает успех, отказ или возврат, ` +
      'укажите это в боковой панели.',
    statusLine: (text: string, rows: number, n: Count = String) =>
      `«${text}»: ${n(rows)} ${plural('ru', rows, ['строка', 'строки', 'строк'])}`,
    statusesMore: (count: number, n: Count = String) => `… и ещё ${n(count)}`,
    allClear: 'Все строки прочитаны, замечаний нет.',
    rows: (table: 'sales' | 'spend', sheet: string, rows: number, skipped: number, n: Count = String) =>
      `${table === 'sales' ? 'Журнал продаж' : 'Таблица расходов'} «${sheet}»: прочитано ${n(rows)} ` +
      `${plural('ru', rows, ['строка', 'строки', 'строк'])}` +
      (skipped === 0 ? ', пропущенных нет.' : `, пропущено ${n(skipped)} (не входят ни в один KPI).`),
    onSheet: (sheet: string, text: string) => `«${sheet}», ${text}`,
    targetIssue: (issue: TargetIssue): string => {
      const where = `строка ${issue.row}`;
      switch (issue.code) {
        case 'missing_column':
          return `нет столбца «${issue.column}»: нужны столбцы Период | Менеджер | KPI | Цель; цели не прочитаны.`;
        case 'blank_kpi':
          return `${where}: KPI не указан.`;
        case 'unknown_kpi':
          return `${where}: «${issue.value}» — не KPI. Укажите ключ, например revenue, или название, например Объём продаж.`;
        case 'unreadable_period':
          return `${where}: период «${issue.value}» — не метка вида 2026-11, 2026-Q4, 2026 или 2026-W47 и не месяц, квартал, неделя или год (каждый период этого типа).`;
        case 'blank_target':
          return `${where}: цель не указана.`;
        case 'unreadable_target':
          return `${where}: цель «${issue.value}» — не число.`;
        case 'rate_out_of_range':
          return `${where}: цель «${issue.value}» — не доля от 0 до 1: напишите 25% или 0,25.`;
        case 'duplicate':
          return `${where} повторяет строку ${issue.earlierRow} (тот же KPI, период и менеджер): используется строка ${issue.row}.`;
      }
    },
    mismatch: (kpi: string, period: string, repsSum: string, team: string, reps: number) =>
      `${kpi}, ${period}: цели ${reps} ${plural('ru', reps, ['менеджера', 'менеджеров', 'менеджеров'])} в сумме ` +
      `${repsSum}, а цель команды — ${team}.`,
    settings: (note: SettingsNote): string =>
      note.code === 'malformed_json'
        ? 'Настройки дополнения не удалось прочитать; использованы значения по умолчанию.'
        : note.code === 'missing_header'
          ? `Столбца «${note.header}», выбранного для поля «${FIELD_NAMES.ru[note.field]}», больше нет на листе продаж, ` +
            'поэтому поле найдено по заголовкам. Выберите столбец в разделе «Данные» боковой панели.'
          : `Настройка «${note.field}» = «${note.value}» недопустима; использовано значение по умолчанию.`,
    reportPeriodIgnored: (label: string, type: string) =>
      `Период отчёта «${label}» в настройках — не ${type}; показан период, в который попадает дата «Данные на».`,
    spendUnreadable: (sheet: string, reason: string) => `«${sheet}»: ${reason} Отчёт без расходов.`,
    spendMissing: (sheet: string) =>
      `Листа расходов «${sheet}», выбранного в настройках, нет; отчёт без расходов.`,
    notShown: (section: 'leaderboard' | 'channels' | 'target_issues', count: number, n: Count = String) =>
      section === 'target_issues'
        ? `… и ещё ${n(count)} ${plural('ru', count, ['строка', 'строки', 'строк'])} целей с ошибками — не показаны.`
        : `… и ещё ${n(count)} ${
            section === 'leaderboard'
              ? plural('ru', count, ['менеджер', 'менеджера', 'менеджеров'])
              : plural('ru', count, ['канал', 'канала', 'каналов'])
          } — не показаны (в отчёте не больше 200).`,
    alertTitle: 'Отчёт KPI',
    noSalesSheet: (sheets: string) =>
      'Журнал продаж не найден. Нужен лист, в первой строке которого есть столбец даты (Дата, Дата закрытия…) и ' +
      `столбец суммы (Сумма, Бюджет…). Листы: ${sheets}. Вставьте журнал продаж или выберите «Вставить пример данных».`,
    salesSheetMissing: (wanted: string, sheets: string) =>
      `Листа продаж «${wanted}», выбранного в настройках, нет. Листы: ${sheets}.`,
    salesUnreadable: (sheet: string, reason: string) => `Лист «${sheet}»: ${reason}`,
    busy: 'Отчёт KPI уже строится. Попробуйте через минуту.',
    failed: (reason: string) => `Не удалось построить отчёт: ${reason} Прежний отчёт сохранён.`,
    failedNothingChanged: (reason: string) => `Не удалось построить отчёт: ${reason} Листы не изменены.`,
    failedLeftover: (reason: string, sheet: string) =>
      `Не удалось построить отчёт: ${reason} Недостроенный лист «${sheet}» остался; следующее построение заменит его.`,
    notRenamed: (sheet: string, reason: string) =>
      `Новый отчёт построен на листе «${sheet}» и заменил прежний, но переименовать его не удалось: ${reason} ` +
      'Следующее построение даст ему его имя.',
    nameTaken: (taken: string, sheet: string) =>
      `Лист «${taken}» — ваш, а не отчёт дополнения, поэтому он не тронут: отчёт на листе «${sheet}». ` +
      'Переименуйте свой лист, чтобы отчёт получил своё имя.',
    ownSheetAsData: (sheet: string, role: 'report' | 'targets', table: 'sales' | 'spend') =>
      `«${sheet}» — ${role === 'report' ? 'отчёт' : 'лист целей'} дополнения, а не ` +
      `${table === 'sales' ? 'журнал продаж' : 'таблица расходов'}: выберите лист с вашими данными в боковой панели.`,
  },
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
