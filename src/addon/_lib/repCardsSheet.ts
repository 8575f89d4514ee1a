import { normalizeKey } from '../../kpi/_lib/normalizeKey';
import type { Lang } from '../../kpi/i18n/lang';
import { repCardsMessages } from '../../kpi/i18n/repCards';
import { freeRepCardsName, isRepCardsBuildingName, isRepCardsName } from '../../kpi/report/repCardsSheetName';
import type { ReportGrid } from '../../kpi/report/reportGrid';
import { writeReportGrid } from '../writeReportGrid';
import { markOwned, type OwnedRole } from './ownedSheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The rep cards written before the report's swap, waiting for it: kept when the report succeeds, else deleted. */
export interface PendingRepCards {
  /** The new cards sheet (null: none was written, or writing failed and it is gone). */
  fresh: Sheet | null;
  /** Its final name. */
  name: string;
  /** The previous cards sheet (marked), replaced once the report stands. */
  previous: Sheet | null;
  /** Why the new cards could not be written, for a notice. */
  failure: string | null;
}

/**
 * Writes the rep cards into a new sheet before the report is swapped (so the report, inserted after it, is the
 * active sheet): at the previous cards' place, else last; marked `repCards` from its first call; named as the
 * cards when there are none yet, else with a building name (`Rep cards (new)`). Only a marked sheet is the
 * previous cards; a user's sheet named "Rep cards" is never touched (the cards take `Rep cards (2)`). Leftovers of
 * failed builds (marked, with a building name) are deleted first. A failure deletes the new sheet and is reported
 * in `failure`; it never fails the report.
 *
 * @param grid From `layoutRepCards`; null without a rep column (nothing is written; old cards go with the swap).
 */
export function writeRepCards(
  spreadsheet: Spreadsheet,
  sheets: readonly Sheet[],
  names: readonly string[],
  roleOf: (index: number) => OwnedRole | null,
  grid: ReportGrid | null,
  lang: Lang,
): PendingRepCards {
  let previous = -1;
  const gone = new Set<number>();
  names.forEach((name, i) => {
    const building = isRepCardsBuildingName(name);
    if (!building && !isRepCardsName(name)) return;
    if (roleOf(i) !== 'repCards') return;
    if (!building) {
      const own = normalizeKey(name) === normalizeKey(repCardsMessages[lang].sheetName);
      if (previous === -1 || own) previous = i;
      return;
    }
    try {
      spreadsheet.deleteSheet(sheets[i]);
      gone.add(i);
    } catch (error) {
      console.error(error); // the next build tries again
    }
  });
  const taken = names.filter((_, i) => !gone.has(i) && i !== previous);
  const name = freeRepCardsName(lang, taken);
  const pending: PendingRepCards = {
    fresh: null,
    name,
    previous: previous === -1 ? null : sheets[previous],
    failure: null,
  };
  if (grid === null) return pending;
  const freshName = previous === -1 ? name : freeRepCardsName(lang, taken, true);
  try {
    const before = [...gone].filter((i) => i < previous).length;
    const at = previous === -1 ? names.length - gone.size : previous - before;
    pending.fresh = spreadsheet.insertSheet(freshName, at);
    markOwned(pending.fresh, 'repCards');
    writeReportGrid(pending.fresh, grid);
  } catch (error) {
    console.error(error);
    pending.failure = error instanceof Error ? error.message : String(error);
    if (pending.fresh !== null) {
      try {
        spreadsheet.deleteSheet(pending.fresh);
      } catch (cleanup) {
        console.error(cleanup); // marked, with a building name or the cards' name: replaced or deleted next time
      }
      pending.fresh = null;
    }
  }
  return pending;
}

/**
 * After the report's swap: when the report stands, the previous cards are deleted and the new ones get their name
 * (a failed rename is retried once); when it failed, the new cards are deleted and the previous ones stay.
 *
 * @returns A notice for the user when the cards could not be written or renamed, else null.
 */
export function settleRepCards(
  spreadsheet: Spreadsheet,
  pending: PendingRepCards,
  reportOk: boolean,
  lang: Lang,
): string | null {
  const m = repCardsMessages[lang];
  const { fresh, previous } = pending;
  if (!reportOk) {
    if (fresh !== null) {
      try {
        spreadsheet.deleteSheet(fresh);
      } catch (error) {
        console.error(error);
      }
    }
    return null;
  }
  if (pending.failure !== null) return m.failed(pending.failure);
  if (previous === null) return null;
  try {
    spreadsheet.deleteSheet(previous);
    if (fresh !== null) {
      try {
        fresh.setName(pending.name);
      } catch (error) {
        console.error(error);
        fresh.setName(pending.name);
      }
    }
    return null;
  } catch (error) {
    console.error(error);
    return m.failed(error instanceof Error ? error.message : String(error));
  }
}
