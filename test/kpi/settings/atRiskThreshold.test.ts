import { describe, expect, it } from 'vitest';
import { kpiStatus } from '../../../src/kpi/plan/kpiStatus';
import {
  DEFAULT_AT_RISK,
  isAtRiskThreshold,
  readAtRiskPercent,
} from '../../../src/kpi/settings/atRiskThreshold';
import { parseReportSettings } from '../../../src/kpi/settings/reportSettings';

const CANDIDATES = [-0.5, 0, 0.001, 0.01, 0.5, 0.9, 1, 1.0001, 2, 90, Number.NaN, Number.POSITIVE_INFINITY];

describe('the at-risk threshold', () => {
  it('is a fraction above 0 and at most 1', () => {
    expect(CANDIDATES.filter(isAtRiskThreshold)).toEqual([0.001, 0.01, 0.5, 0.9, 1]);
    expect(isAtRiskThreshold('0.9')).toBe(false);
  });

  it('is what the stored settings keep, the default with a note otherwise', () => {
    for (const value of CANDIDATES.filter(Number.isFinite)) {
      const { settings, notes } = parseReportSettings(JSON.stringify({ atRisk: value }));
      const kept = isAtRiskThreshold(value);
      expect(settings.atRisk, String(value)).toBe(kept ? value : DEFAULT_AT_RISK);
      expect(notes.length, String(value)).toBe(kept ? 0 : 1);
    }
  });

  it('is what kpiStatus accepts', () => {
    for (const value of CANDIDATES) {
      const call = () => kpiStatus(95, 100, { atRisk: value });
      if (isAtRiskThreshold(value)) expect(call, String(value)).not.toThrow();
      else expect(call, String(value)).toThrow();
    }
  });
});

describe('readAtRiskPercent', () => {
  it('reads a percent from 1 to 100 as a fraction, in the locale, with or without %', () => {
    expect(readAtRiskPercent('90', 'en_US')).toEqual({ ok: true, value: 0.9 });
    expect(readAtRiskPercent(' 87,5% ', 'ru_RU')).toEqual({ ok: true, value: 0.875 });
    expect(readAtRiskPercent('1', 'en_US')).toEqual({ ok: true, value: 0.01 });
    expect(readAtRiskPercent('100%', 'en_US')).toEqual({ ok: true, value: 1 });
  });

  it('refuses a fraction typed where a percent is asked, and anything out of 1–100', () => {
    for (const text of ['0.9', '0', '100.5', '150', '-5']) {
      expect(readAtRiskPercent(text, 'en_US'), text).toEqual({ ok: false, code: 'at_risk_out_of_range' });
    }
  });

  it('says why other text cannot be read', () => {
    expect(readAtRiskPercent('  ', 'en_US')).toEqual({ ok: false, code: 'required' });
    expect(readAtRiskPercent('ninety', 'en_US')).toEqual({ ok: false, code: 'not_a_number' });
    expect(readAtRiskPercent('1.234', 'ru_RU')).toEqual({ ok: false, code: 'ambiguous_number' });
  });

  it('gives only thresholds', () => {
    for (const text of ['1', '33.3', '90', '99.99', '100']) {
      const reading = readAtRiskPercent(text, 'en_US');
      expect(reading.ok && isAtRiskThreshold(reading.value), text).toBe(true);
    }
  });
});
