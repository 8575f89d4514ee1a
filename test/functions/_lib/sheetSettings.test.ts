import { afterEach, describe, expect, it, vi } from 'vitest';
import { sheetLocale } from '../../../src/functions/_lib/sheetLocale';
import { sheetTimeZone } from '../../../src/functions/_lib/sheetTimeZone';
import { inSheet } from '../_helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sheetLocale', () => {
  it("reads the spreadsheet's locale", () => {
    expect(inSheet('ru_RU', sheetLocale)).toBe('ru_RU');
    expect(inSheet('de_DE', sheetLocale)).toBe('de_DE');
  });

  describe('edge cases', () => {
    it('is en_US outside Apps Script (no SpreadsheetApp)', () => {
      expect(sheetLocale()).toBe('en_US');
    });

    it('is en_US when there is no active spreadsheet or the service fails', () => {
      vi.stubGlobal('SpreadsheetApp', { getActiveSpreadsheet: () => null });
      expect(sheetLocale()).toBe('en_US');
      vi.stubGlobal('SpreadsheetApp', {
        getActiveSpreadsheet: () => {
          throw new Error('Service Spreadsheets failed');
        },
      });
      expect(sheetLocale()).toBe('en_US');
    });

    it('is en_US for an empty locale', () => {
      expect(inSheet('', sheetLocale)).toBe('en_US');
    });
  });
});

describe('sheetTimeZone', () => {
  it("reads the spreadsheet's time zone", () => {
    vi.stubGlobal('SpreadsheetApp', {
      getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Asia/Yekaterinburg' }),
    });
    expect(sheetTimeZone()).toBe('Asia/Yekaterinburg');
  });

  describe('edge cases', () => {
    it('is UTC outside Apps Script or when the service fails', () => {
      expect(sheetTimeZone()).toBe('UTC');
      vi.stubGlobal('SpreadsheetApp', {
        getActiveSpreadsheet: () => ({
          getSpreadsheetTimeZone: () => {
            throw new Error('no');
          },
        }),
      });
      expect(sheetTimeZone()).toBe('UTC');
    });
  });
});
