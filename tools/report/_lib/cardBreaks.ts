import type { SheetSnapshot } from '../../../emulator/index.js';

/** The mark of the add-on's Rep cards sheet (src/addon/_lib/ownedSheets.ts). */
const CARDS_KEY = 'salesKpi.repCards';

/**
 * The rows after which an .xlsx page ends so that the Rep cards print one card per page (Apps Script cannot set
 * page breaks in Sheets; an .xlsx can): on the sheet the add-on marked as its rep cards, the row above each card
 * but the first. A card starts with its rep's name alone in column A, bold on the header shade (the KPI table's
 * and the trend's header rows have more cells; the sheet's title has no shade).
 *
 * @param sheet A sheet of the emulator's snapshot.
 * @returns The 1-based rows to break after (none for any other sheet).
 * @example
 * cardBreakRows(cardsSheet) //=> [36, 70]
 */
export function cardBreakRows(sheet: SheetSnapshot): number[] {
  if (!sheet.metadata.some((m) => m.key === CARDS_KEY)) return [];
  const filled = new Map<number, number>();
  for (const cell of sheet.cells) {
    if (cell.value !== '') filled.set(cell.row, (filled.get(cell.row) ?? 0) + 1);
  }
  const starts = sheet.cells
    .filter(
      (cell) =>
        cell.column === 1 &&
        cell.value !== '' &&
        filled.get(cell.row) === 1 &&
        cell.format.fontWeight === 'bold' &&
        cell.format.background === '#f3f3f3',
    )
    .map((cell) => cell.row)
    .sort((a, b) => a - b);
  return starts.slice(1).map((row) => row - 1);
}
