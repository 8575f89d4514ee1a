import { cellText } from '../_lib/cellText';
import { createDayOfDate } from '../calendar/dayOfDate';
import type { SheetSource } from '../report/locateSheets';
import { narrowMapping } from './columnRuns';
import { type ReadLogOptions, type ReadLogResult, readLog } from './readLog';

/**
 * Reads a sheet's sales log as `readLog` reads it, whether the sheet was read whole or only its log's columns
 * (`SheetSource.columns`): `options.mapping` is against the full header row either way, a missing column's error
 * quotes every header of the sheet, and skipped rows keep their row numbers and header texts.
 *
 * @param source The sheet: whole (`values`), or narrow (`values` of the read columns, `header` the full header row).
 * @param options As `readLog`'s; the mapping against the full header row.
 * @returns `readLog`'s result.
 * @example
 * readSourceLog({ name: 'Sales', header: ['No', 'Date', 'Note', 'Amount'], columns: [0, 1, 3],
 *   values: [['No', 'Date', 'Amount'], [1, '2026-11-05', 10]] }, { locale: 'en_US', timeZone: 'UTC' }).ok //=> true
 */
export function readSourceLog(source: SheetSource, options: ReadLogOptions): ReadLogResult {
  if (source.columns === undefined || source.header === undefined) return readLog(source.values, options);
  const dayOf = createDayOfDate(options.timeZone);
  const headers = source.header.map((cell) => cellText(cell, dayOf));
  const mapping = narrowMapping(headers, options.mapping, source.columns);
  if (mapping === null || mapping.date === -1 || mapping.amount === -1) {
    // The error the whole sheet would give: the header row decides it (a missing column), with every header quoted.
    return readLog([source.header, ...source.values.slice(1, 2)], options);
  }
  const read = readLog(source.values, { ...options, mapping });
  if (read.ok || !('headersFound' in read.error)) return read;
  return { ok: false, error: { ...read.error, headersFound: headers.filter((h) => h !== '') } };
}
