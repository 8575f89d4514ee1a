import { defineMessages } from './defineMessages';

/** The words of a workbook made in Node (the CLI `npm run report`, the playground `npm start`). */
export const offlineWorkbookMessages = defineMessages({
  en: {
    /** The emulated spreadsheet's name (the file's title, the schedule's e-mail subject). */
    spreadsheetName: 'Sales KPI',
    /** A size as the docs state input limits: `200 MB`, `1.5 KB`, `12 bytes`. */
    byteUnits: { mb: 'MB', kb: 'KB', b: 'bytes' },
  },
  ru: {
    spreadsheetName: 'Продажи — KPI',
    byteUnits: { mb: 'МБ', kb: 'КБ', b: 'байт' },
  },
});
