import { instrument } from './callLog.js';
import { newConditionalFormatRule } from './conditionalFormat.js';
import {
  BooleanCriteria,
  BorderStyle,
  Dimension,
  InterpolationType,
  ProtectionType,
  WrapStrategy,
} from './enums.js';
import { fail, messages } from './errors.js';
import { Service } from './service.js';
import { sheetApi } from './sheet.js';
import { activeRange, activeSheetState, spreadsheetApi } from './spreadsheet.js';
import { uiApi } from './ui.js';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export type SpreadsheetAppApi = Pick<
  GasApp,
  | 'BooleanCriteria'
  | 'BorderStyle'
  | 'Dimension'
  | 'InterpolationType'
  | 'ProtectionType'
  | 'WrapStrategy'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
>;

/** The `SpreadsheetApp` global, bound to the world's one spreadsheet. */
export class SpreadsheetApp extends Service implements SpreadsheetAppApi {
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly InterpolationType = InterpolationType;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;

  /** Null in a trigger of a deleted spreadsheet (`env.documentGone`). */
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.world.documentGone ? (null as never) : spreadsheetApi(this.world);
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.world.documentGone ? (null as never) : spreadsheetApi(this.world);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetApi(this.world, activeSheetState(this.world));
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return activeRange(this.world);
  }
  /** Throws in a custom function, which has no user interface (Apps Script's message). */
  getUi(): GoogleAppsScript.Base.Ui {
    if (this.world.authMode === 'CUSTOM_FUNCTION') fail(messages.noUi);
    return uiApi(this.world);
  }
  /** Writes are applied at once here, so there is nothing to flush. */
  flush(): void {}
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return newConditionalFormatRule(this.world);
  }
}

instrument(SpreadsheetApp, 'SpreadsheetApp');
