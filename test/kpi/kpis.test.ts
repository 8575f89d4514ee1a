import { describe, expect, it } from 'vitest';
import { type KpiInputs, type KpiNeed, TOTAL_FIELD_NAMES, type Totals } from '../../src/kpi/engine/totals';
import { KPI_KEYS, KPIS, kpiDefinition, kpiValue, missingNeeds } from '../../src/kpi/kpis';

const ALL: KpiInputs = { status: true, customer: true, quantity: true, created: true, spend: true };
const NEEDS: readonly KpiNeed[] = ['status', 'customer', 'quantity', 'created', 'spend'];

/** Totals whose every field is `value` (customers one more, so no difference of two fields is 0), recording reads. */
function recording(value: number, reads: Set<string>): Totals {
  const t = {} as Totals;
  for (const field of TOTAL_FIELD_NAMES) {
    Object.defineProperty(t, field, {
      get: () => {
        reads.add(field);
        return field === 'customers' ? value + 1 : value;
      },
    });
  }
  return t;
}

describe('the KPI registry', () => {
  it('declares exactly the totals each formula reads, this period and the one before', () => {
    for (const k of KPIS) {
      const now = new Set<string>();
      const before = new Set<string>();
      k.compute(recording(2, now), recording(3, before));
      expect([...now].sort(), k.key).toEqual([...k.reads].sort());
      expect([...before].sort(), k.key).toEqual([...(k.readsPrevious ?? [])].sort());
    }
  });

  it('gives a KPI blank exactly when the log lacks one of its needs', () => {
    for (const k of KPIS) {
      const t = recording(2, new Set());
      expect(kpiValue(k, t, t, ALL), k.key).not.toBeNull();
      for (const need of NEEDS) {
        const blank = kpiValue(k, t, t, { ...ALL, [need]: false }) === null;
        expect(blank, `${k.key} without ${need}`).toBe(k.needs.includes(need));
      }
    }
  });

  it('names what a KPI lacks, in the order of its needs', () => {
    const none: KpiInputs = { status: false, customer: false, quantity: false, created: false, spend: false };
    expect(missingNeeds(kpiDefinition('cac'), none)).toEqual(['spend', 'customer']);
    expect(missingNeeds(kpiDefinition('cac'), { ...none, spend: true })).toEqual(['customer']);
    expect(missingNeeds(kpiDefinition('revenue'), none)).toEqual([]);
  });

  it('never gives -0', () => {
    const t = { ...Object.fromEntries(TOTAL_FIELD_NAMES.map((f) => [f, 4])), gross: -0 } as Totals;
    expect(Object.is(kpiValue(kpiDefinition('average_check'), t, t, ALL), 0)).toBe(true);
  });

  it('has a name in both languages and a formula in words for every KPI, keys unique', () => {
    expect(new Set(KPI_KEYS).size).toBe(KPIS.length);
    for (const k of KPIS) {
      expect(k.names.en.trim(), k.key).not.toBe('');
      expect(k.names.ru.trim(), k.key).not.toBe('');
      expect(k.formula.en.trim(), k.key).not.toBe('');
      expect(k.formula.ru.trim(), k.key).not.toBe('');
    }
  });

  describe('returning_customers (spec v2)', () => {
    const k = kpiDefinition('returning_customers');

    it('comes after CAC, so KPI_TABLE columns picked by position keep working', () => {
      expect(KPI_KEYS.indexOf('returning_customers')).toBe(KPI_KEYS.indexOf('cac') + 1);
    });

    it('is a count where higher is better, summable, needing a customer column', () => {
      expect(k.names).toEqual({ en: 'Returning customers', ru: 'Повторные клиенты' });
      expect([k.unit, k.direction, k.additive]).toEqual(['count', 'higher', true]);
      expect(k.needs).toEqual(['customer']);
    });

    it('is customers − new customers of the period', () => {
      const t = {
        ...Object.fromEntries(TOTAL_FIELD_NAMES.map((f) => [f, 0])),
        customers: 7,
        newCustomers: 3,
      };
      expect(kpiValue(k, t as Totals, t as Totals, ALL)).toBe(4);
      expect(kpiValue(k, t as Totals, t as Totals, { ...ALL, customer: false })).toBeNull();
    });
  });
});
