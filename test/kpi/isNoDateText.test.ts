import { describe, expect, it } from 'vitest';
import { isNoDateText } from '../../src/kpi/_lib/isNoDateText';

describe('isNoDateText', () => {
  it.each([
    'не закрыта', // amoCRM's close date of an open deal
    'Не закрыта',
    '  НЕ   ЗАКРЫТА ',
    'не закрыт',
    'не закрыто',
    'нет',
    'Нет даты',
    'н/д',
    'not closed',
    'Not Closed',
    'none',
    '(none)',
    'n/a',
    'N/A',
    'NA',
    'null',
    'NULL',
    '-',
    '--',
    '–',
    '—',
    ' — ',
    '0000-00-00', // MySQL's zero date (WooCommerce dumps)
    '0000-00-00 00:00:00',
    '00.00.0000', // 1C
    '00.00.0000 0:00:00',
  ])('reads %j as no date', (text) => {
    expect(isNoDateText(text)).toBe(true);
  });

  it.each([
    '',
    '05.11.2026',
    'закрыта',
    'нет и не будет',
    'not closed yet, call back',
    'never',
    'n/a n/a',
    '-5',
    'no',
    'nan',
    '#N/A',
    '2000-01-01',
    '00.00.2026',
    '0000-00-00 12:30:00',
  ])('does not read %j as no date', (text) => {
    expect(isNoDateText(text)).toBe(false);
  });
});
