/**
 * Apps Script's own error texts, in one place. Service errors in Apps Script are named `Exception`, so
 * `String(error)` reads `Exception: Those rows are out of bounds.` exactly as in the Apps Script log.
 */
export class ServiceError extends Error {
  override name = 'Exception';
}

/** Throws a {@link ServiceError} with one of the {@link messages}. */
export function fail(message: string): never {
  throw new ServiceError(message);
}

/** The messages Apps Script uses for the behaviours the emulator copies. */
export const messages = {
  rowsOutOfBounds: 'Those rows are out of bounds.',
  serviceFailed: 'Service Spreadsheets failed while accessing document with id emulated.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  rangeOutsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  cellOutOfRange: 'Cell reference out of range',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  badParameters: (types: string, method: string) =>
    `The parameters (${types}) don't match the method signature for ${method}.`,
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
  cellLimit:
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  duplicateSheetName: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  lastVisibleSheet: "You can't hide all the sheets in a document.",
  lastVisibleSheetDelete: "You can't remove all the visible sheets in a document.",
  invalidTimeZone: (timeZone: string) => `Invalid argument: ${timeZone}`,
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  propertyValueTooLarge: 'Argument too large: value',
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  noHtmlFile: (name: string) => `No HTML file named ${name} was found.`,
  noPermission: (method: string) => `You do not have permission to call ${method}`,
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  functionNotFound: (name: string) => `Script function not found: ${name}`,
} as const;
