import { describe, expect, it } from 'vitest';
import { FunctionArgumentError } from '../../../src/functions/_lib/FunctionArgumentError';
import { FunctionCall } from '../../../src/functions/_lib/FunctionCall';
import { runInSheet } from '../_helpers';

describe('FunctionCall', () => {
  it('reads the locale on first use, once', () => {
    const { result, reads } = runInSheet('ru_RU', () => {
      const call = new FunctionCall('CONVERSION');
      return [call.locale, call.lang, call.locale, call.lang];
    });
    expect(result).toEqual(['ru_RU', 'ru', 'ru_RU', 'ru']);
    expect(reads.locale).toBe(1);
  });

  it('uses a locale it is given without asking the spreadsheet', () => {
    const { result, reads } = runInSheet('ru_RU', () => new FunctionCall('KPI_TABLE', 'en_GB').lang);
    expect(result).toBe('en');
    expect(reads.locale).toBe(0);
  });

  it('throws issues as FunctionArgumentError in the user language, keeping the issue', () => {
    const issue = {
      code: 'not_a_number',
      fn: 'CONVERSION',
      argument: 'opportunities',
      at: { row: 3, column: 1 },
      value: 'abc',
    } as const;
    let thrown: unknown;
    try {
      new FunctionCall('CONVERSION', 'ru_RU').fail(issue);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FunctionArgumentError);
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as FunctionArgumentError).issue).toEqual(issue);
    expect((thrown as Error).message).toBe(
      'CONVERSION: аргумент «opportunities», строка 3, столбец 1 диапазона: «abc» — не число.',
    );
  });

  describe('edge cases', () => {
    it('shows a date in the spreadsheet zone, and falls back to UTC for an unknown zone', () => {
      const instant = new Date('2026-11-04T21:00:00Z'); // midnight of 5 Nov in Moscow
      expect(runInSheet('en_US', () => new FunctionCall('X').showDate(instant)).result).toEqual({
        date: '2026-11-05',
      });
      expect(runInSheet('en_US', () => new FunctionCall('X').showDate(instant), 'Not/AZone').result).toEqual({
        date: '2026-11-04',
      });
    });
  });
});
