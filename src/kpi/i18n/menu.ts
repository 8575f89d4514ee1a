import { defineMessages } from './defineMessages';

/** The add-on menu, Help, the targets sidebar's title and "Insert sample data", in English and Russian. */
export const menuMessages = defineMessages({
  en: {
    buildReport: 'Build KPI report',
    writeValues: 'Write KPI table (values)',
    valuesSheet: 'KPI Table (values)',
    valuesMade: (at: string) =>
      `KPI_TABLE of the sales log as values, made ${at}. Run the menu command again after the log changes.`,
    valuesFailed: (reason: string) => `The KPI table could not be written: ${reason}`,
    setTargets: 'Set targets…',
    insertSample: 'Insert sample data',
    help: 'About / Help',
    helpTitle: 'Sales KPI',
    helpText:
      'Sales KPI turns a sales log into the KPIs a sales manager tracks.\n\n' +
      '• Build KPI report: finds your sales log (a sheet whose first row has Date and Amount columns, in English ' +
      'or Russian), an optional marketing spend sheet and a “KPI Targets” sheet, and writes the “KPI Report” sheet: ' +
      'scorecard, trend, reps, channels, data quality and definitions. Your data sheets are never changed.\n' +
      '• Set targets: a “KPI Targets” sheet with the columns Period | Rep | KPI | Target (blank period = every ' +
      'period, blank rep = the team; rates as 25%).\n' +
      '• Insert sample data: adds a sample sales log, spend and targets to try the report on.\n' +
      '• Custom functions: =CONVERSION(), =RETENTION(), =KPI_TABLE(Sales!A1:I, "month") and more; type = and a ' +
      'name to see their help.',
    targetsTitle: 'Set targets',
    sampleTitle: 'Sample data',
    sampleInserted: (sheets: string) =>
      `Sample data added on the sheets ${sheets}. Now choose Extensions → Sales KPI → Build KPI report.`,
    sampleFailed: (reason: string) => `The sample data could not be added: ${reason}`,
    // The sample sheets: names and headers.
    sampleSalesSheet: 'Sales (sample)',
    sampleSpendSheet: 'Marketing spend (sample)',
    sampleSalesHeaders: ['Date', 'Deal ID', 'Customer', 'Rep', 'Channel', 'Stage', 'Amount'],
    sampleSpendHeaders: ['Date', 'Channel', 'Spend'],
    sampleStatuses: { won: 'Won', lost: 'Lost', open: 'In progress', returned: 'Returned' },
  },
  ru: {
    buildReport: 'Построить отчёт KPI',
    writeValues: 'Записать таблицу KPI значениями',
    valuesSheet: 'Таблица KPI (значения)',
    valuesMade: (at: string) =>
      `KPI_TABLE журнала продаж значениями, создано ${at}. После изменения журнала запустите команду меню снова.`,
    valuesFailed: (reason: string) => `Не удалось записать таблицу KPI: ${reason}`,
    setTargets: 'Задать цели…',
    insertSample: 'Вставить пример данных',
    help: 'О дополнении / Справка',
    helpTitle: 'Sales KPI',
    helpText:
      'Sales KPI превращает журнал продаж в показатели, которые отслеживает руководитель отдела продаж.\n\n' +
      '• Построить отчёт KPI: находит журнал продаж (лист, в первой строке которого есть столбцы Дата и Сумма), ' +
      'лист расходов на маркетинг (если есть) и лист «Цели KPI» и создаёт лист «Отчёт KPI»: показатели, динамика, ' +
      'менеджеры, каналы, качество данных и определения. Листы с данными не изменяются.\n' +
      '• Задать цели: лист «Цели KPI» со столбцами Период | Менеджер | KPI | Цель (пустой период — любой период, ' +
      'пустой менеджер — вся команда; доли как 25%).\n' +
      '• Вставить пример данных: добавляет пример журнала продаж, расходов и целей, чтобы попробовать отчёт.\n' +
      '• Свои функции: =CONVERSION(), =RETENTION(), =KPI_TABLE(Продажи!A1:I; "месяц") и другие; введите = и имя ' +
      'функции, чтобы увидеть подсказку.',
    targetsTitle: 'Задать цели',
    sampleTitle: 'Пример данных',
    sampleInserted: (sheets: string) =>
      `Пример данных добавлен на листы ${sheets}. Теперь выберите Расширения → Sales KPI → Построить отчёт KPI.`,
    sampleFailed: (reason: string) => `Не удалось добавить пример данных: ${reason}`,
    sampleSalesSheet: 'Продажи (пример)',
    sampleSpendSheet: 'Расходы (пример)',
    sampleSalesHeaders: ['Дата', 'ID сделки', 'Клиент', 'Менеджер', 'Канал', 'Этап сделки', 'Сумма'],
    sampleSpendHeaders: ['Дата', 'Канал', 'Расход'],
    sampleStatuses: { won: 'Успешно', lost: 'Отказ', open: 'В работе', returned: 'Возврат' },
  },
});
