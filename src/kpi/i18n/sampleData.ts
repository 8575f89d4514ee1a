import { defineMessages } from './defineMessages';

/**
 * «Insert sample data» next to a log the report already reads: the question first, then what was done. The sheet
 * names come quoted in the user's language.
 */
export const sampleDataMessages = defineMessages({
  en: {
    askNextToLog: (log: string) =>
      `This spreadsheet already has a sales log: ${log}. Add the sample next to it and point the report at the ` +
      'sample? Your sheets stay as they are.',
    pointedAtSample: (sheets: string, log: string) =>
      `Sample data added on the sheets ${sheets}; the report now reads the sample. Now choose Extensions → Sales KPI ` +
      `→ Build KPI report. To report on ${log} again, choose it as the sales sheet in Set targets… → Data.`,
  },
  ru: {
    askNextToLog: (log: string) =>
      `В этой таблице уже есть журнал продаж: ${log}. Добавить пример рядом с ним и строить отчёт по примеру? ` +
      'Ваши листы останутся как есть.',
    pointedAtSample: (sheets: string, log: string) =>
      `Пример данных добавлен на листы ${sheets}; отчёт теперь строится по примеру. Выберите Расширения → Sales KPI → ` +
      `Построить отчёт KPI. Чтобы снова строить отчёт по ${log}, выберите его листом продаж в «Задать цели…» → Данные.`,
  },
});
