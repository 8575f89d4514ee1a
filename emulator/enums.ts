/**
 * Apps Script enums. At run time an Apps Script enum value prints as its name (`String(Ui.Button.OK) === 'OK'`);
 * here each value simply is its name, frozen. The declared type is the one from @types/google-apps-script, so
 * service signatures stay checked against it.
 */
function namesEnum<T>(...names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as T;
}

/** The name of an enum value as the emulator stores it. */
export function enumName(value: unknown): string {
  return String(value);
}

export const Button = namesEnum<typeof GoogleAppsScript.Base.Button>('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = namesEnum<typeof GoogleAppsScript.Base.ButtonSet>(
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
);
export const AuthMode = namesEnum<typeof GoogleAppsScript.Script.AuthMode>(
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
);
export const SandboxMode = namesEnum<typeof GoogleAppsScript.HTML.SandboxMode>(
  'EMULATED',
  'IFRAME',
  'NATIVE',
);
export const XFrameOptionsMode = namesEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(
  'ALLOWALL',
  'DEFAULT',
);
export const ChartType = namesEnum<typeof GoogleAppsScript.Charts.ChartType>(
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
);
export const Position = namesEnum<typeof GoogleAppsScript.Charts.Position>('TOP', 'RIGHT', 'BOTTOM', 'NONE');
export const BorderStyle = namesEnum<typeof GoogleAppsScript.Spreadsheet.BorderStyle>(
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
);
export const WrapStrategy = namesEnum<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(
  'WRAP',
  'OVERFLOW',
  'CLIP',
);
export const ProtectionType = namesEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>('RANGE', 'SHEET');
export const Dimension = namesEnum<typeof GoogleAppsScript.Spreadsheet.Dimension>('COLUMNS', 'ROWS');
export const InterpolationType = namesEnum<typeof GoogleAppsScript.Spreadsheet.InterpolationType>(
  'NUMBER',
  'PERCENT',
  'PERCENTILE',
  'MIN',
  'MAX',
);
export const BooleanCriteria = namesEnum<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);
