/** The zone assumed when the spreadsheet cannot say. */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * The spreadsheet's time zone (`Europe/Moscow`…), in which a Date cell names its calendar day (see
 * `createDayOfDate`). One service call: read it once per call, never per cell.
 *
 * @returns The IANA zone, or `UTC` when it cannot be read.
 */
export function sheetTimeZone(): string {
  try {
    if (typeof SpreadsheetApp === 'undefined') return DEFAULT_TIME_ZONE;
    const zone: unknown = SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
    return typeof zone === 'string' && zone.trim() !== '' ? zone.trim() : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}
