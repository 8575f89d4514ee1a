import { describe, expect, it } from 'vitest';
import { currencyOf, withCurrency } from '../../../src/kpi/format/currencyOf';
import { reportNumberFormats } from '../../../src/kpi/format/numberFormats';

describe('currencyOf', () => {
  it('knows the rouble, the dollar, the pound and the euro, placed as the locale writes them', () => {
    expect(currencyOf('ru_RU')).toEqual({ symbol: '₽', position: 'after' });
    expect(currencyOf('ru')).toEqual({ symbol: '₽', position: 'after' });
    expect(currencyOf('en_US')).toEqual({ symbol: '$', position: 'before' });
    expect(currencyOf('en_GB')).toEqual({ symbol: '£', position: 'before' });
    expect(currencyOf('de_DE')).toEqual({ symbol: '€', position: 'after' });
    expect(currencyOf('en_IE')).toEqual({ symbol: '€', position: 'before' });
  });

  it('has no symbol for a locale without a known currency', () => {
    expect(currencyOf('ja_JP').symbol).toBe('');
    expect(currencyOf('en').symbol).toBe('');
    expect(currencyOf('ru_UA').symbol).toBe('');
  });

  it('is the currency of the report’s money format', () => {
    expect(reportNumberFormats('ru_RU').money).toBe('#,##0.00 "₽"');
    expect(reportNumberFormats('en_US').money).toBe('"$"#,##0.00');
    expect(reportNumberFormats('fr_FR').money).toBe('#,##0.00 "€"');
    expect(reportNumberFormats('en_IE').money).toBe('"€"#,##0.00');
    expect(reportNumberFormats('ja_JP').money).toBe('#,##0.00');
  });
});

describe('withCurrency', () => {
  it('writes the symbol before an English amount and after any other, with a space', () => {
    expect(withCurrency('1,200.00', '$', 'en_US')).toBe('$1,200.00');
    expect(withCurrency('1 200,00', '₽', 'ru_RU')).toBe('1 200,00 ₽');
    expect(withCurrency('1.200,00', '€', 'de_DE')).toBe('1.200,00 €');
  });

  it('leaves the amount alone without a symbol', () => {
    expect(withCurrency('1 200', '', 'ru_RU')).toBe('1 200');
  });
});
