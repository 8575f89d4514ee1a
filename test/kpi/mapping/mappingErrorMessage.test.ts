import { describe, expect, it } from 'vitest';
import { mappingErrorMessage } from '../../../src/kpi/i18n/mapping';
import type { MappingError } from '../../../src/kpi/mapping/MappingError';
import { parseColumnChoices } from '../../../src/kpi/mapping/parseColumnChoices';
import { parseStatusChoices } from '../../../src/kpi/mapping/parseStatusChoices';

function errorOf(result: { ok: true } | { ok: false; error: MappingError }): MappingError {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('mappingErrorMessage', () => {
  it('lists the fields for an unknown field, with Russian names in Russian', () => {
    const error = errorOf(parseColumnChoices('выручка=Сумма'));
    expect(mappingErrorMessage(error, 'en')).toMatch(
      /^There is no field “выручка”\. Fields: date, amount, status, /,
    );
    expect(mappingErrorMessage(error, 'ru')).toMatch(
      /^Нет поля «выручка»\. Поля: date \(Дата\), amount \(Сумма\), status \(Статус\), /,
    );
  });

  it('quotes every header found for an unknown header', () => {
    const error: MappingError = {
      code: 'unknown_header',
      value: 'Close',
      known: ['Deal - Title', 'Deal - Value'],
    };
    expect(mappingErrorMessage(error, 'en')).toBe(
      'There is no column “Close”. Headers found: “Deal - Title”, “Deal - Value”.',
    );
    expect(mappingErrorMessage(error, 'ru')).toBe(
      'Нет столбца «Close». Найденные заголовки: «Deal - Title», «Deal - Value».',
    );
  });

  it('shortens a long header list', () => {
    const known = Array.from({ length: 25 }, (_, i) => `H${i + 1}`);
    const text = mappingErrorMessage({ code: 'unknown_header', value: 'X', known }, 'en');
    expect(text).toContain('“H20” and 5 more.');
    expect(text).not.toContain('H21');
  });

  it('lists the classes for an unknown class', () => {
    const error = errorOf(parseStatusChoices('A=shipped'));
    expect(mappingErrorMessage(error, 'en')).toBe(
      '“shipped” is not a status class. Classes: won, lost, open, returned, refunded.',
    );
    expect(mappingErrorMessage(error, 'ru')).toContain('won (выиграна), lost (проиграна)');
  });

  it('says how to write a pair', () => {
    expect(mappingErrorMessage(errorOf(parseColumnChoices('Amount')), 'en')).toBe(
      '“Amount” is not a choice: write field=header.',
    );
    expect(mappingErrorMessage(errorOf(parseStatusChoices('Paid')), 'ru')).toBe(
      '«Paid» — не выбор: напишите текст статуса=класс.',
    );
  });

  it('names both sides of a duplicate', () => {
    expect(mappingErrorMessage(errorOf(parseColumnChoices('date=A; date=B')), 'en')).toBe(
      'The field “date” is mapped twice (“A”, “B”): map it once.',
    );
    expect(mappingErrorMessage(errorOf(parseStatusChoices('X=won; X=lost')), 'en')).toBe(
      'The status “X” is given two classes (won, lost): give it one.',
    );
    expect(
      mappingErrorMessage({ code: 'duplicate_header', value: 'Created', known: ['date', 'created'] }, 'ru'),
    ).toBe(
      'Столбец «Created» указан для двух полей (date (Дата), created (Дата создания)): в столбце одно поле.',
    );
  });
});
