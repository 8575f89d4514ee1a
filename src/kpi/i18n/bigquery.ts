import { defineMessages } from './defineMessages';

/** The BigQuery flavour's menu item, dialog and errors (issue 16), in English and Russian. */
export const bigQueryMessages = defineMessages({
  en: {
    menuItem: 'Report from BigQuery…',
    dialogTitle: 'Report from BigQuery',
    project: 'Google Cloud project (billed for the query)',
    table: 'Table (dataset.table)',
    spendTable: 'Spend table, if any (dataset.table)',
    spendColumns: 'Spend table columns:',
    spendColumnsMissing: (columns: string) =>
      `The spend table needs a date and a spend column (its columns: ${columns}). Choose them in the lists, or clear the spend table.`,
    readColumns: 'Read columns',
    columnsHint: 'Columns found by their names; change any that is wrong.',
    noColumn: '— none —',
    period: 'Period',
    groupBy: 'Group the KPI table by',
    noGroup: 'No grouping',
    run: 'Run query',
    running: 'Running the query in BigQuery…',
    sheetName: 'KPI from BigQuery',
    reportWritten: (report: string, rows: number, sheet: string) =>
      `The KPI report from BigQuery is in the sheet “${report}”; the KPI table (${rows} rows) in “${sheet}”.`,
    processed: (gigabytes: string, queries: number, cached: number) =>
      `BigQuery processed ${gigabytes} GB for it (${queries} queries${cached > 0 ? `, ${cached} answered from its cache` : ''}).`,
    badTable: (text: string) => `“${text}” is not a table name: write dataset.table, e.g. sales.orders.`,
    missingColumn: (field: string, columns: string) =>
      `The table has no ${field} column that the add-on recognises (columns: ${columns}). Choose it in the list.`,
    permission: (detail: string) =>
      `BigQuery refused access: ${detail} Ask the project’s owner for the roles BigQuery Job User (to run queries) and BigQuery Data Viewer (on the dataset), or choose a project you may bill.`,
    notFound: (detail: string) =>
      `BigQuery cannot find the table: ${detail} Check the project, dataset and table names (and the dataset’s location).`,
    resources: (detail: string) =>
      `BigQuery ran out of resources for the query: ${detail} Try a longer period type (month instead of week) or a table with fewer years, or run it again when the project is less busy.`,
    quota: (detail: string) =>
      `BigQuery’s quota or rate limit was reached: ${detail} Try again in a few minutes, or ask the project’s owner to raise the quota.`,
    timeout: (minutes: number) =>
      `The query did not finish within ${minutes} minutes (Apps Script stops a run after 6). Try a shorter period or a smaller table, or run it again later: BigQuery may have it cached.`,
    failed: (detail: string) => `The BigQuery query failed: ${detail}`,
  },
  ru: {
    menuItem: 'Отчёт из BigQuery…',
    dialogTitle: 'Отчёт из BigQuery',
    project: 'Проект Google Cloud (оплачивает запрос)',
    table: 'Таблица (набор.таблица)',
    spendTable: 'Таблица расходов, если есть (набор.таблица)',
    spendColumns: 'Столбцы таблицы расходов:',
    spendColumnsMissing: (columns: string) =>
      `В таблице расходов нужны столбцы даты и расхода (её столбцы: ${columns}). Выберите их в списках или очистите поле таблицы расходов.`,
    readColumns: 'Прочитать столбцы',
    columnsHint: 'Столбцы найдены по названиям; поправьте, если какой-то определён неверно.',
    noColumn: '— нет —',
    period: 'Период',
    groupBy: 'Группировать таблицу KPI по',
    noGroup: 'Без группировки',
    run: 'Выполнить запрос',
    running: 'Запрос выполняется в BigQuery…',
    sheetName: 'KPI из BigQuery',
    reportWritten: (report: string, rows: number, sheet: string) =>
      `Отчёт KPI из BigQuery — на листе «${report}»; таблица KPI (строк: ${rows}) — на листе «${sheet}».`,
    processed: (gigabytes: string, queries: number, cached: number) =>
      `BigQuery обработал для него ${gigabytes} ГБ (запросов: ${queries}${cached > 0 ? `, из кэша: ${cached}` : ''}).`,
    badTable: (text: string) => `«${text}» — не имя таблицы: напишите набор.таблица, например sales.orders.`,
    missingColumn: (field: string, columns: string) =>
      `В таблице нет столбца «${field}», который надстройка узнаёт (столбцы: ${columns}). Выберите его в списке.`,
    permission: (detail: string) =>
      `BigQuery отказал в доступе: ${detail} Попросите владельца проекта выдать роли BigQuery Job User (запуск запросов) и BigQuery Data Viewer (на набор данных) или выберите проект, который вам можно оплачивать.`,
    notFound: (detail: string) =>
      `BigQuery не находит таблицу: ${detail} Проверьте имена проекта, набора данных и таблицы (и регион набора).`,
    resources: (detail: string) =>
      `BigQuery не хватило ресурсов на запрос: ${detail} Выберите период крупнее (месяц вместо недели) или таблицу за меньшее число лет либо повторите, когда проект менее загружен.`,
    quota: (detail: string) =>
      `Достигнута квота или лимит частоты BigQuery: ${detail} Повторите через несколько минут или попросите владельца проекта увеличить квоту.`,
    timeout: (minutes: number) =>
      `Запрос не завершился за ${minutes} мин (Apps Script останавливает запуск через 6). Выберите период короче или таблицу меньше либо повторите позже: BigQuery может взять результат из кэша.`,
    failed: (detail: string) => `Запрос BigQuery не выполнен: ${detail}`,
  },
});
