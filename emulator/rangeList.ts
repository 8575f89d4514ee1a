import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { enumName } from './enums.js';
import { normalizeColor } from './format.js';
import type { Range } from './range.js';
import { clearTarget, drawBorders, fillFormat, fillValue } from './rangeOps.js';
import { Service } from './service.js';
import type { CellFormat } from './state.js';
import type { World } from './world.js';

type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;

export type RangeListApi = Pick<
  GasRangeList,
  | 'activate'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'getRanges'
  | 'setBackground'
  | 'setBorder'
  | 'setFontColor'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFormula'
  | 'setHorizontalAlignment'
  | 'setNumberFormat'
  | 'setValue'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWrapStrategy'
>;

/** A RangeList over checked ranges, typed as Apps Script's RangeList. */
export function rangeListApi(world: World, ranges: Range[]): GasRangeList {
  return asApi<GasRangeList>(new RangeList(world, ranges));
}

/** `SpreadsheetApp.RangeList`: one call formats several ranges (one counted call, as in Apps Script). */
export class RangeList extends Service implements RangeListApi {
  constructor(
    world: World,
    readonly ranges: Range[],
  ) {
    super(world);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.ranges.map((range) => asApi<GoogleAppsScript.Spreadsheet.Range>(range));
  }
  activate(): GasRangeList {
    const last = this.ranges[this.ranges.length - 1];
    if (last !== undefined) {
      this.world.book.activeSheetId = last.sheet.id;
      this.world.book.activeRange = { sheetId: last.sheet.id, ...last.area };
    }
    return asApi(this);
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasRangeList {
    for (const range of this.ranges) clearTarget(range, options);
    return asApi(this);
  }
  clearContent(): GasRangeList {
    for (const range of this.ranges) clearTarget(range, { contentsOnly: true });
    return asApi(this);
  }
  clearFormat(): GasRangeList {
    for (const range of this.ranges) clearTarget(range, { formatOnly: true });
    return asApi(this);
  }
  setValue(value: unknown): GasRangeList {
    for (const range of this.ranges) fillValue(range, value);
    return asApi(this);
  }
  setFormula(formula: string): GasRangeList {
    for (const range of this.ranges) fillValue(range, formula);
    return asApi(this);
  }
  setBackground(color: string | null): GasRangeList {
    return fillAll(this, 'background', color === null ? undefined : normalizeColor(color));
  }
  setFontColor(color: string | null): GasRangeList {
    return fillAll(this, 'fontColor', color === null ? undefined : normalizeColor(color));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRangeList {
    return fillAll(this, 'fontWeight', fontWeight ?? undefined);
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GasRangeList {
    return fillAll(this, 'fontStyle', fontStyle ?? undefined);
  }
  setFontSize(size: number): GasRangeList {
    return fillAll(this, 'fontSize', size);
  }
  setNumberFormat(numberFormat: string): GasRangeList {
    return fillAll(this, 'numberFormat', String(numberFormat));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRangeList {
    return fillAll(this, 'horizontalAlignment', alignment ?? undefined);
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GasRangeList {
    return fillAll(this, 'verticalAlignment', alignment ?? undefined);
  }
  setWrap(isWrapEnabled: boolean): GasRangeList {
    return fillAll(this, 'wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GasRangeList {
    return fillAll(this, 'wrapStrategy', enumName(strategy) as CellFormat['wrapStrategy']);
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GasRangeList {
    const look = {
      color: color == null ? '#000000' : normalizeColor(color),
      style: style == null ? 'SOLID' : enumName(style),
    };
    for (const range of this.ranges) {
      drawBorders(range, { top, left, bottom, right }, { vertical, horizontal }, look);
    }
    return asApi(this);
  }
}

function fillAll<K extends keyof CellFormat>(list: RangeList, key: K, value: CellFormat[K]): GasRangeList {
  for (const range of list.ranges) fillFormat(range, key, value);
  return asApi(list);
}

instrument(RangeList, 'RangeList', { documentData: true });
