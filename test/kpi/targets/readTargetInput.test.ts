import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KPIS, type KpiKey } from '../../../src/kpi/kpis';
import { formatTargetInput } from '../../../src/kpi/targets/formatTargetInput';
import { readTargetInput } from '../../../src/kpi/targets/readTargetInput';

describe('readTargetInput', () => {
  it.each([
    ['1 000 000', 'revenue', 'ru_RU', 1_000_000],
    ['1,000,000.50', 'revenue', 'en_US', 1_000_000.5],
    ['1 234,5 ₽', 'revenue', 'ru_RU', 1234.5],
    ['$2,500', 'average_check', 'en_US', 2500],
    ['120', 'orders', 'en_US', 120],
    ['25', 'conversion', 'en_US', 0.25], // the field is in percent
    ['25%', 'conversion', 'en_US', 0.25],
    ['12,5', 'win_rate', 'ru_RU', 0.125],
    ['0', 'refusal_rate', 'en_US', 0],
    ['100', 'return_rate', 'en_US', 1],
    ['-50', 'romi', 'en_US', -0.5], // ROMI may be planned below zero, down to −100 %
    ['250', 'romi', 'en_US', 2.5],
    ['95', 'retention', 'en_US', 0.95],
  ] as const)('reads %j for %s in %s as %d', (text, kpi, locale, value) => {
    expect(readTargetInput(text, kpi, locale)).toEqual({ ok: true, value });
  });

  it('reads a blank field as no target', () => {
    expect(readTargetInput('   ', 'revenue', 'en_US')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'revenue', 'en_US', 'not_a_number'],
    ['1.234', 'revenue', 'ru_RU', 'ambiguous_number'],
    ['25%', 'revenue', 'en_US', 'percent_not_allowed'],
    ['-1', 'orders', 'en_US', 'negative'],
    ['101', 'conversion', 'en_US', 'rate_out_of_range'],
    ['-5%', 'win_rate', 'en_US', 'rate_out_of_range'],
    ['-101', 'romi', 'en_US', 'romi_out_of_range'],
    ['110', 'retention', 'en_US', 'rate_out_of_range'], // bounded retention (spec v2) never exceeds 100 %
    ['-3', 'retention', 'en_US', 'rate_out_of_range'],
    ['1e20', 'revenue', 'en_US', 'not_a_number'],
    ['99999999999999', 'revenue', 'en_US', 'too_large'],
  ] as const)('refuses %j for %s in %s: %s', (text, kpi, locale, code) => {
    expect(readTargetInput(text, kpi, locale)).toEqual({ ok: false, code, value: text });
  });
});

describe('formatTargetInput', () => {
  it('writes rates in percent and groups amounts in the locale', () => {
    expect(formatTargetInput(0.35, 'ratio', 'en_US')).toBe('35');
    expect(formatTargetInput(0.125, 'ratio', 'ru_RU')).toBe('12,5');
    expect(formatTargetInput(1_234_567.5, 'money', 'ru_RU')).toBe('1 234 567,5');
    expect(formatTargetInput(1_234_567.5, 'money', 'en_US')).toBe('1,234,567.5');
    expect(formatTargetInput(40, 'count', 'en_US')).toBe('40');
  });

  it('reads back as the same value, for every KPI, in both locales', () => {
    const kpis = KPIS.map((k) => k.key);
    fc.assert(
      fc.property(
        fc.constantFrom(...kpis),
        fc.constantFrom('en_US', 'ru_RU', 'de_DE'),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        (kpi: KpiKey, locale, units, decimals) => {
          const unit = KPIS.find((k) => k.key === kpi)!.unit;
          // Amounts to the cent; rates to 0.01 % and within their range.
          const value = unit === 'ratio' ? (units % 10_001) / 10_000 : units / 10 ** decimals;
          const text = formatTargetInput(value, unit, locale);
          expect(readTargetInput(text, kpi, locale)).toEqual({ ok: true, value });
        },
      ),
    );
  });
});
