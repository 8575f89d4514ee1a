import { type LocatedSheets, locateSheets } from '../../kpi/report/locateSheets';
import type { ResolvedReportSettings } from '../../kpi/settings/reportSettings';
import { type OwnedRole, ownedRole } from './ownedSheets';
import { createSheetReader } from './sheetReader';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the report's data are, and a reader of each sheet's mark. */
export interface DataSheets {
  /** A sheet's mark by its index in the sheets (read once, on first use). */
  roleOf: (index: number) => OwnedRole | null;
  located: LocatedSheets;
}

/**
 * Finds the sales, spend and targets sheets for a report or a KPI table, as `locateSheets` does, reading each
 * sheet's header and the log's columns selectively, and refusing the add-on's own report and targets sheets as data.
 *
 * @param sheets The spreadsheet's sheets (`getSheets()`, read once by the caller).
 * @param names Their names, in the same order.
 * @param settings The resolved settings.
 * @param timeZone The spreadsheet's time zone.
 */
export function locateDataSheets(
  sheets: readonly Sheet[],
  names: readonly string[],
  settings: ResolvedReportSettings,
  timeZone: string,
): DataSheets {
  const roleOf = createRoleReader(sheets);
  const read = (name: string) => sheets[names.indexOf(name)].getDataRange().getValues();
  const located = locateSheets(
    names,
    read,
    settings,
    timeZone,
    (name) => dataRole(roleOf(names.indexOf(name))),
    createSheetReader(sheets, names),
  );
  return { roleOf, located };
}

/**
 * A mark as `locateSheets` refuses it: the report and the targets sheet (a sheet of KPI values is no log anyway);
 * the forecast history is the add-on's output, refused as its report is.
 */
function dataRole(role: OwnedRole | null): 'report' | 'targets' | null {
  return role === 'values' ? null : role === 'history' || role === 'repCards' ? 'report' : role;
}

/** Reads a sheet's mark once (by its index in `sheets`). */
function createRoleReader(sheets: readonly Sheet[]): (index: number) => OwnedRole | null {
  const roles = new Map<number, OwnedRole | null>();
  return (index) => {
    if (index < 0) return null;
    let role = roles.get(index);
    if (role === undefined) {
      role = ownedRole(sheets[index]);
      roles.set(index, role);
    }
    return role;
  };
}
