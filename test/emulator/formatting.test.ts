import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('cell formatting', () => {
  it('has Sheets’ defaults on an untouched cell', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    expect([
      cell.getNumberFormat(),
      cell.getFontWeight(),
      cell.getFontStyle(),
      cell.getFontColor(),
      cell.getBackground(),
      cell.getFontSize(),
      cell.getHorizontalAlignment(),
      cell.getVerticalAlignment(),
      cell.getWrap(),
    ]).toEqual([
      '0.###############',
      'normal',
      'normal',
      '#000000',
      '#ffffff',
      10,
      'general',
      'bottom',
      false,
    ]);
  });

  it('sets one format on a whole range and reads it back per cell', () => {
    const { sheet } = setup();
    const header = sheet.getRange('A1:C1');
    header
      .setFontWeight('bold')
      .setBackground('#ABC')
      .setFontColor('white')
      .setHorizontalAlignment('center')
      .setFontSize(12)
      .setFontStyle('italic')
      .setWrap(true);
    expect(header.getFontWeights()).toEqual([['bold', 'bold', 'bold']]);
    expect(header.getBackgrounds()).toEqual([['#aabbcc', '#aabbcc', '#aabbcc']]);
    expect(header.getFontColors()).toEqual([['#ffffff', '#ffffff', '#ffffff']]);
    expect(header.getHorizontalAlignments()).toEqual([['center', 'center', 'center']]);
    expect(header.getFontSizes()).toEqual([[12, 12, 12]]);
    expect(header.getFontStyles()).toEqual([['italic', 'italic', 'italic']]);
    expect(header.getWraps()).toEqual([[true, true, true]]);
    header.setBackground(null).setFontWeight(null);
    expect(header.getBackground()).toBe('#ffffff');
    expect(header.getFontWeight()).toBe('normal');
  });

  it('sets formats per cell from matrices, checking their shape', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    range
      .setNumberFormats([['0.00', '@']])
      .setBackgrounds([['red', null]])
      .setFontWeights([['bold', null]]);
    expect(range.getNumberFormats()).toEqual([['0.00', '@']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(() => range.setBackgrounds([['red']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('uses the enums for wrap strategy and borders', () => {
    const { env, sheet } = setup();
    const app = env.globals.SpreadsheetApp;
    const cell = sheet.getRange('B2');
    cell.setWrapStrategy(app.WrapStrategy.CLIP);
    expect(String(cell.getWrapStrategy())).toBe('CLIP');
    sheet
      .getRange('A1:B2')
      .setBorder(true, true, true, true, false, false, '#333', app.BorderStyle.SOLID_MEDIUM);
    const cells = env.snapshot().sheets[0].cells;
    expect(cells.find((c) => c.a1 === 'B2')?.format).toMatchObject({
      wrapStrategy: 'CLIP',
      borderBottom: { color: '#333333', style: 'SOLID_MEDIUM' },
      borderRight: { color: '#333333', style: 'SOLID_MEDIUM' },
    });
    expect(cells.find((c) => c.a1 === 'A1')?.format.borderRight).toBeUndefined();
  });

  it('keeps notes', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNotes([['first', null]]);
    sheet.getRange('C1').setNote('third');
    expect(sheet.getRange('A1:C1').getNotes()).toEqual([['first', '', 'third']]);
    sheet.getRange('A1').clearNote();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  it('clears contents, formats, or both', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('A1');
    cell.setValue(5).setBackground('#eeeeee');
    cell.clearFormat();
    expect([cell.getValue(), cell.getBackground()]).toEqual([5, '#ffffff']);
    cell.setBackground('#eeeeee').clearContent();
    expect([cell.getValue(), cell.getBackground()]).toEqual(['', '#eeeeee']);
    cell.setValue(1).clear();
    expect([cell.getValue(), cell.getBackground()]).toEqual(['', '#ffffff']);
  });

  it('records merges', () => {
    const { env, sheet } = setup();
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(env.snapshot().sheets[0].merges.map((m) => m.a1)).toEqual(['A1:C1']);
    sheet.getRange('A1').breakApart();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(false);
  });
});

describe('a range', () => {
  it('knows its position and its sheet', () => {
    const { sheet } = setup();
    const range = sheet.getRange(2, 3, 4, 5);
    expect([
      range.getA1Notation(),
      range.getRow(),
      range.getColumn(),
      range.getLastRow(),
      range.getLastColumn(),
    ]).toEqual(['C2:G5', 2, 3, 5, 7]);
    expect([range.getNumRows(), range.getNumColumns(), range.getSheet().getName()]).toEqual([4, 5, 'Sheet1']);
  });

  it('offsets and picks cells within the grid', () => {
    const { sheet } = setup();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => range.offset(-5, 0)).toThrow('The starting row of the range is too small.');
    expect(() => range.getCell(3, 1)).toThrow('Cell reference out of range');
  });

  it('tells blank from filled', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1:B2').isBlank()).toBe(true);
    sheet.getRange('B2').setValue(0);
    expect(sheet.getRange('A1:B2').isBlank()).toBe(false);
  });
});

describe('a range list', () => {
  it('formats several ranges in one counted call', () => {
    const { env, sheet } = setup();
    const list = sheet.getRangeList(['A1:B1', 'D4']);
    env.calls.reset();
    list
      .setFontWeight('bold')
      .setBackground('#eeeeee')
      .setNumberFormat('0.0%')
      .setHorizontalAlignment('right');
    expect(env.calls.toJSON()).toEqual({
      'RangeList.setBackground': 1,
      'RangeList.setFontWeight': 1,
      'RangeList.setHorizontalAlignment': 1,
      'RangeList.setNumberFormat': 1,
    });
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('D4').getNumberFormat()).toBe('0.0%');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1', 'D4']);
  });
});
