import { plural } from '../_lib/plural';
import type { PeriodType } from '../calendar/periods';
import type { StatusClass } from '../log/salesLog';
import type { FieldError } from '../sidebar/sidebarProtocol';
import { defineMessages } from './defineMessages';
import type { Lang } from './lang';

const PERIOD_EXAMPLES: Readonly<Record<PeriodType, string>> = {
  week: '2026-W47',
  month: '2026-11',
  quarter: '2026-Q4',
  year: '2026',
};

/** Every word of the targets sidebar (Extensions → Sales KPI → Set targets…), English and Russian. */
export const sidebarMessages = defineMessages({
  en: {
    title: 'Sales KPI',
    loading: 'Loading…',
    refreshing: 'Reading the sheet…',
    // Data
    data: 'Data',
    salesSheet: 'Sales sheet',
    auto: (found: string | null) => (found === null ? 'Auto-detect (none found)' : `Auto-detect: ${found}`),
    columns: 'Columns',
    columnsFound: (found: number, total: number) => `${found} of ${total} found`,
    noColumn: '— none —',
    column: (letter: string, header: string) => (header === '' ? letter : `${letter} · ${header}`),
    spendSheet: 'Marketing spend (optional)',
    noSpend: 'None',
    rowsRead: (n: number) => `${n} ${plural('en', n, ['row', 'rows'])} read`,
    skipped: (n: number) => `${n} skipped`,
    unknownStatuses: (n: number) => `${n} unknown ${plural('en', n, ['status', 'statuses'])}`,
    statuses: 'Statuses',
    statusesHint: 'What each status of the log means. Unknown ones are read as open.',
    unmapped: 'Unknown',
    classNames: {
      won: 'Won',
      lost: 'Lost',
      open: 'Open',
      returned: 'Return',
      refunded: 'Sold, refunded',
    } as Record<StatusClass, string>,
    formula: 'KPI_TABLE formula',
    formulaHint: 'Paste it into an empty sheet: every KPI of every period, updated with the data.',
    copy: 'Copy',
    formulaCopied: 'Copied.',
    copyFailed: 'Select the formula and press Ctrl+C.',
    // Report settings
    settings: 'Report settings',
    periodType: 'Period type',
    periodTypes: { week: 'Week', month: 'Month', quarter: 'Quarter', year: 'Year' } as Record<
      PeriodType,
      string
    >,
    reportPeriod: 'Report period',
    current: (label: string) => `Current (${label})`,
    asOf: 'As-of date',
    asOfHint: 'Empty: today.',
    atRisk: 'At-risk threshold',
    atRiskHint: 'Below target, but at least this share of it: “at risk”.',
    // Targets
    targets: 'Targets',
    targetsFor: 'Period',
    everyPeriod: {
      week: 'Same every week',
      month: 'Same every month',
      quarter: 'Same every quarter',
      year: 'Same every year',
    } as Record<PeriodType, string>,
    everyPeriodHint: {
      week: 'Applies to every week that has no target of its own.',
      month:
        'Applies to every month that has no target of its own. A quarter or year without one adds up its months ' +
        '(rates: the same target).',
      quarter: 'Applies to every quarter that has no target of its own.',
      year: 'Applies to every year that has no target of its own.',
    } as Record<PeriodType, string>,
    copyFrom: (period: string) => `Copy the targets of ${period}`,
    copied: (period: string) => `Copied the targets of ${period}. Save to keep them.`,
    nothingToCopy: (period: string) => `${period} has no targets to copy.`,
    team: 'Team',
    moreKpis: (n: number) => `More KPIs (${n})`,
    repTargets: 'Per rep',
    repKpi: 'KPI for reps',
    noReps: 'No rep column in the sales log, so no rep targets.',
    repsSum: (sum: string, team: string) => `Reps add up to ${sum} · team target ${team}`,
    repsSumNoTeam: (sum: string) => `Reps add up to ${sum}`,
    mismatch: (kpi: string, sum: string, team: string) =>
      `${kpi}: the rep targets add up to ${sum}, but the team target is ${team}.`,
    units: { count: '#', ratio: '%', days: 'days' },
    targetIssues: (sheet: string, n: number) =>
      `${n} ${plural('en', n, ['row', 'rows'])} of “${sheet}” could not be read. They are kept as they are; fix them on the sheet:`,
    // Actions
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    unsaved: 'Unsaved changes.',
    build: 'Build report',
    building: 'Building the report…',
    built: (sheet: string, period: string) => `The report for ${period} is on the sheet “${sheet}”.`,
    reload: 'Reload',
    retry: 'Try again',
    fixErrors: (n: number) => `${n} ${plural('en', n, ['field needs', 'fields need'])} attention.`,
    // Failures
    conflict:
      'Someone changed the targets or the settings after this sidebar loaded them, so nothing was saved ' +
      '(that would overwrite their change). Reload to see the latest values, then make your change again.',
    busy: 'A save or a report build is running in this spreadsheet. Try again in a moment.',
    loadFailed: (reason: string) => `The sidebar could not read the spreadsheet: ${reason}`,
    saveFailed: (reason: string) => `Nothing was saved: ${reason}`,
    savePending: (reason: string) =>
      `The save was interrupted (${reason}). What was written is kept; the rest is written when you save again or reopen the sidebar.`,
    buildFailed: (reason: string) => `The report was not built: ${reason}`,
    noHost: 'This page works inside Google Sheets only (Extensions → Sales KPI → Set targets…).',
    targetsSheetColumn: (sheet: string, column: string) =>
      `the sheet “${sheet}” has no “${column}” column, so targets cannot be saved there. Add the column to its ` +
      'first row (Period | Rep | KPI | Target), or rename the sheet to keep it.',
    noSalesSheet:
      'No sales log found: a sheet whose first row has a date column and an amount column. Paste your log, or ' +
      'use Extensions → Sales KPI → Insert sample data.',
    // Validation
    error: (e: FieldError): string => {
      switch (e.code) {
        case 'required':
          return 'Required.';
        case 'not_a_number':
          return `“${e.value}” is not a number.`;
        case 'ambiguous_number':
          return `“${e.value}” could be read two ways: write it without thousands separators, e.g. 1234.5.`;
        case 'percent_not_allowed':
          return 'This KPI is not a percentage: write a plain number.';
        case 'negative':
          return 'Must be 0 or more.';
        case 'rate_out_of_range':
          return 'Must be between 0 and 100 %.';
        case 'romi_out_of_range':
          return 'Must be −100 % or more.';
        case 'too_large':
          return 'This number is too large.';
        case 'at_risk_out_of_range':
          return 'Write a percentage between 1 and 100, e.g. 90.';
        case 'bad_date':
          return `“${e.value}” is not a date (yyyy-mm-dd).`;
        case 'bad_period':
          return `“${e.value}” is not a ${e.arg ?? 'period'} such as ${PERIOD_EXAMPLES[(e.arg as PeriodType) ?? 'month'] ?? '2026-11'}.`;
        case 'bad_period_type':
          return `“${e.value}” is not a period type (week, month, quarter, year).`;
        case 'unknown_sheet':
          return `There is no sheet “${e.value}”.`;
        case 'own_sheet':
          return `“${e.value}” is the add-on's own sheet (the report or the targets): choose the sheet of your data.`;
        case 'settings_too_large':
          return 'Too many status texts to save (the settings hold 9 KB): map fewer of them.';
        case 'unknown_rep':
          return `“${e.value}” is not a rep of the sales log or of the targets sheet.`;
        case 'unknown_kpi':
          return `“${e.value}” is not a KPI.`;
        case 'not_additive':
          return `Rep targets are for KPIs that add up across reps; “${e.value}” does not.`;
        case 'bad_column':
          return e.value === undefined
            ? 'Not a column of the sales sheet.'
            : `The sales sheet has no column “${e.value}”.`;
        case 'column_taken':
          return `This column is already chosen for ${e.arg}.`;
        case 'column_required':
          return `The report needs the ${e.arg} column: choose it.`;
        case 'header_not_unique':
          return `Two columns are named “${e.value}”: rename one of them to choose it.`;
        case 'malformed':
          return `The request is malformed (${e.value}). Reload the sidebar.`;
      }
    },
  },
  ru: {
    title: 'Sales KPI',
    loading: 'Загрузка…',
    refreshing: 'Читаю лист…',
    data: 'Данные',
    salesSheet: 'Лист продаж',
    auto: (found: string | null) => (found === null ? 'Автоопределение (не найден)' : `Авто: ${found}`),
    columns: 'Столбцы',
    columnsFound: (found: number, total: number) => `найдено ${found} из ${total}`,
    noColumn: '— нет —',
    column: (letter: string, header: string) => (header === '' ? letter : `${letter} · ${header}`),
    spendSheet: 'Расходы на маркетинг (необязательно)',
    noSpend: 'Нет',
    rowsRead: (n: number) =>
      `${plural('ru', n, ['Прочитана', 'Прочитаны', 'Прочитано'])} ${n} ${plural('ru', n, ['строка', 'строки', 'строк'])}`,
    skipped: (n: number) => `пропущено: ${n}`,
    unknownStatuses: (n: number) => `неизвестных статусов: ${n}`,
    statuses: 'Статусы',
    statusesHint: 'Что означает каждый статус журнала. Неизвестные считаются открытыми.',
    unmapped: 'Неизвестен',
    classNames: {
      won: 'Успех',
      lost: 'Отказ',
      open: 'В работе',
      returned: 'Возврат',
      refunded: 'Продан, возвращён',
    } as Record<StatusClass, string>,
    formula: 'Формула KPI_TABLE',
    formulaHint: 'Вставьте её на пустой лист: все KPI за все периоды, с обновлением по данным.',
    copy: 'Копировать',
    formulaCopied: 'Скопировано.',
    copyFailed: 'Выделите формулу и нажмите Ctrl+C.',
    settings: 'Настройки отчёта',
    periodType: 'Период',
    periodTypes: { week: 'Неделя', month: 'Месяц', quarter: 'Квартал', year: 'Год' } as Record<
      PeriodType,
      string
    >,
    reportPeriod: 'Период отчёта',
    current: (label: string) => `Текущий (${label})`,
    asOf: 'Данные на дату',
    asOfHint: 'Пусто — сегодня.',
    atRisk: 'Порог «под угрозой»',
    atRiskHint: 'Ниже цели, но не меньше этой доли от неё — «под угрозой».',
    targets: 'Цели',
    targetsFor: 'Период',
    everyPeriod: {
      week: 'Одинаковые для каждой недели',
      month: 'Одинаковые для каждого месяца',
      quarter: 'Одинаковые для каждого квартала',
      year: 'Одинаковые для каждого года',
    } as Record<PeriodType, string>,
    everyPeriodHint: {
      week: 'Действуют в каждой неделе, у которой нет своей цели.',
      month:
        'Действуют в каждом месяце, у которого нет своей цели. Квартал или год без своей цели складывает цели ' +
        'месяцев (доли — та же цель).',
      quarter: 'Действуют в каждом квартале, у которого нет своей цели.',
      year: 'Действуют в каждом году, у которого нет своей цели.',
    } as Record<PeriodType, string>,
    copyFrom: (period: string) => `Скопировать цели: ${period}`,
    copied: (period: string) => `Цели скопированы (${period}). Сохраните, чтобы их записать.`,
    nothingToCopy: (period: string) => `Нет целей для копирования (${period}).`,
    team: 'Команда',
    moreKpis: (n: number) => `Другие KPI (${n})`,
    repTargets: 'По менеджерам',
    repKpi: 'KPI для менеджеров',
    noReps: 'В журнале продаж нет столбца менеджера, поэтому цели по менеджерам не задаются.',
    repsSum: (sum: string, team: string) => `Сумма по менеджерам ${sum} · цель команды ${team}`,
    repsSumNoTeam: (sum: string) => `Сумма по менеджерам ${sum}`,
    mismatch: (kpi: string, sum: string, team: string) =>
      `${kpi}: цели менеджеров в сумме дают ${sum}, а цель команды — ${team}.`,
    units: { count: 'шт.', ratio: '%', days: 'дн.' },
    targetIssues: (sheet: string, n: number) =>
      `${n} ${plural('ru', n, ['строку', 'строки', 'строк'])} листа «${sheet}» не удалось прочитать. Они остаются ` +
      'как есть; исправьте их на листе:',
    save: 'Сохранить',
    saving: 'Сохраняю…',
    saved: 'Сохранено.',
    unsaved: 'Есть несохранённые изменения.',
    build: 'Построить отчёт',
    building: 'Строю отчёт…',
    built: (sheet: string, period: string) => `Отчёт (${period}) построен на листе «${sheet}».`,
    reload: 'Обновить',
    retry: 'Повторить',
    fixErrors: (n: number) =>
      `${plural('ru', n, ['Требует', 'Требуют', 'Требуют'])} исправления ${n} ${plural('ru', n, ['поле', 'поля', 'полей'])}.`,
    conflict:
      'После того как панель загрузила цели и настройки, их изменил кто-то другой, поэтому ничего не сохранено ' +
      '(иначе его изменения пропали бы). Обновите панель, чтобы увидеть новые значения, и внесите правку снова.',
    busy: 'В этой таблице сейчас идёт сохранение или построение отчёта. Повторите через минуту.',
    loadFailed: (reason: string) => `Панель не смогла прочитать таблицу: ${reason}`,
    saveFailed: (reason: string) => `Ничего не сохранено: ${reason}`,
    savePending: (reason: string) =>
      `Сохранение прервано (${reason}). Записанное сохранено; остальное запишется при следующем сохранении или открытии боковой панели.`,
    buildFailed: (reason: string) => `Отчёт не построен: ${reason}`,
    noHost: 'Эта страница работает только внутри Google Таблиц (Расширения → Sales KPI → Задать цели…).',
    targetsSheetColumn: (sheet: string, column: string) =>
      `на листе «${sheet}» нет столбца «${column}», поэтому сохранить туда цели нельзя. Добавьте столбец в первую ` +
      'строку (Период | Менеджер | KPI | Цель) или переименуйте лист, чтобы сохранить его.',
    noSalesSheet:
      'Журнал продаж не найден: нужен лист, в первой строке которого есть столбец даты и столбец суммы. Вставьте ' +
      'свой журнал или выберите Расширения → Sales KPI → Вставить пример данных.',
    error: (e: FieldError): string => {
      switch (e.code) {
        case 'required':
          return 'Обязательное поле.';
        case 'not_a_number':
          return `«${e.value}» — не число.`;
        case 'ambiguous_number':
          return `«${e.value}» можно прочитать двояко: напишите без разделителей разрядов, например 1234,5.`;
        case 'percent_not_allowed':
          return 'Этот KPI — не доля: напишите просто число.';
        case 'negative':
          return 'Не может быть меньше 0.';
        case 'rate_out_of_range':
          return 'Должно быть от 0 до 100 %.';
        case 'romi_out_of_range':
          return 'Не может быть меньше −100 %.';
        case 'too_large':
          return 'Слишком большое число.';
        case 'at_risk_out_of_range':
          return 'Напишите процент от 1 до 100, например 90.';
        case 'bad_date':
          return `«${e.value}» — не дата (гггг-мм-дд).`;
        case 'bad_period':
          return `«${e.value}» — не ${RU_PERIOD_NAMES[(e.arg as PeriodType) ?? 'month'] ?? 'период'} вида ${PERIOD_EXAMPLES[(e.arg as PeriodType) ?? 'month'] ?? '2026-11'}.`;
        case 'bad_period_type':
          return `«${e.value}» — не тип периода (неделя, месяц, квартал, год).`;
        case 'unknown_sheet':
          return `Листа «${e.value}» нет.`;
        case 'own_sheet':
          return `«${e.value}» — лист самого дополнения (отчёт или цели): выберите лист с вашими данными.`;
        case 'settings_too_large':
          return 'Слишком много текстов статусов (настройки вмещают 9 КБ): сопоставьте меньше.';
        case 'unknown_rep':
          return `«${e.value}» — не менеджер из журнала продаж или листа целей.`;
        case 'unknown_kpi':
          return `«${e.value}» — не KPI.`;
        case 'not_additive':
          return `Цели по менеджерам задаются для KPI, которые суммируются; «${e.value}» не суммируется.`;
        case 'bad_column':
          return e.value === undefined
            ? 'Такого столбца на листе продаж нет.'
            : `На листе продаж нет столбца «${e.value}».`;
        case 'column_taken':
          return `Этот столбец уже выбран для поля «${e.arg}».`;
        case 'column_required':
          return `Для отчёта нужен столбец «${e.arg}»: выберите его.`;
        case 'header_not_unique':
          return `Столбцов с заголовком «${e.value}» несколько: переименуйте один из них, чтобы его выбрать.`;
        case 'malformed':
          return `Запрос повреждён (${e.value}). Обновите панель.`;
      }
    },
  },
});

const RU_PERIOD_NAMES: Readonly<Record<PeriodType, string>> = {
  week: 'неделя',
  month: 'месяц',
  quarter: 'квартал',
  year: 'год',
};

/**
 * The text of a validation error in a language.
 *
 * @param lang The user's language.
 * @param error The error from `validateSidebarSave`.
 * @param fieldNames The names of the log's fields in `lang` (`FIELD_NAMES`), for the column errors.
 * @returns The sentence shown next to the field.
 * @example
 * describeFieldError('en', { field: 'team.revenue', code: 'negative' }) //=> 'Must be 0 or more.'
 */
export function describeFieldError(
  lang: Lang,
  error: FieldError,
  fieldNames?: Readonly<Record<string, string>>,
): string {
  const named = error.code === 'column_taken' || error.code === 'column_required';
  const arg = named && error.arg !== undefined ? (fieldNames?.[error.arg] ?? error.arg) : error.arg;
  return sidebarMessages[lang].error({ ...error, arg });
}
