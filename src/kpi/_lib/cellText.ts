import { formatDay } from '../calendar/day';

/**
 * A cell as text, for headers and for the value quoted in a data-quality note: strings trimmed, numbers as
 * JavaScript writes them, booleans as Sheets shows them, a `Date` as its ISO day in the spreadsheet's zone.
 *
 * @param cell A cell value as Sheets passes it.
 * @param dayOf The spreadsheet zone's `createDayOfDate`, for Date cells.
 * @returns The text (`''` for blank or an invalid Date).
 * @example
 * cellText(12.5, dayOf) //=> '12.5'
 */
export function cellText(cell: unknown, dayOf: (date: Date) => number | null): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) {
    const day = dayOf(cell);
    return day === null ? '' : formatDay(day);
  }
  return cell === null || cell === undefined ? '' : String(cell);
}
