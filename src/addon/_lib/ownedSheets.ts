type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The developer-metadata keys that mark a sheet the add-on created, one per role (`salesKpi.report`,
 * `salesKpi.targets`; the value repeats the role), so reading a mark takes `getKey` only.
 */
export const OWNED_KEYS: Readonly<Record<OwnedRole, string>> = Object.freeze({
  report: 'salesKpi.report',
  targets: 'salesKpi.targets',
  values: 'salesKpi.values',
  history: 'salesKpi.history',
  repCards: 'salesKpi.repCards',
});

/**
 * What an owned sheet is: the report or the targets sheet. A report is marked as soon as its sheet is inserted; one
 * that still has its building name (`KPI Report (new)`, see `isBuildingSheetName`) is a leftover of a build that
 * failed halfway, which the next build deletes.
 */
export type OwnedRole = 'report' | 'targets' | 'values' | 'history' | 'repCards';

const ROLE_OF_KEY: ReadonlyMap<string, OwnedRole> = new Map([
  [OWNED_KEYS.report, 'report'],
  [OWNED_KEYS.targets, 'targets'],
  [OWNED_KEYS.values, 'values'],
  [OWNED_KEYS.history, 'history'],
  [OWNED_KEYS.repCards, 'repCards'],
]);

/**
 * Marks a sheet as the add-on's own (one service call). Only marked sheets are ever replaced or deleted.
 *
 * @param sheet The sheet the add-on has just created.
 * @param role What it is.
 * @example
 * markOwned(spreadsheet.insertSheet('KPI Targets'), 'targets')
 */
export function markOwned(sheet: Sheet, role: OwnedRole): void {
  sheet.addDeveloperMetadata(OWNED_KEYS[role], role);
}

/**
 * The role a sheet was marked with, or null for a user's sheet (one `getDeveloperMetadata` call, plus one
 * `getKey` per metadata item up to ours).
 *
 * @param sheet Any sheet.
 * @returns Its role, or null when the add-on did not create it.
 * @example
 * ownedRole(userSheet) //=> null
 */
export function ownedRole(sheet: Sheet): OwnedRole | null {
  return ownedMetadata(sheet)?.role ?? null;
}

/** The metadata item that marks a sheet, and its role; or null for a user's sheet. */
export function ownedMetadata(
  sheet: Sheet,
): { role: OwnedRole; metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata } | null {
  for (const metadata of sheet.getDeveloperMetadata()) {
    const role = ROLE_OF_KEY.get(metadata.getKey());
    if (role !== undefined) return { role, metadata };
  }
  return null;
}
