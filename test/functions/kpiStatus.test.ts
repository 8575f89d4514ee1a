import { describe, expect, it } from 'vitest';
import { KPI_STATUS } from '../../src/functions/kpiStatus';
import { column, errorIn, inSheet, runInSheet } from './_helpers';

describe('KPI_STATUS', () => {
  it('says on track from attainment 1, at risk from 0.9, behind below', () => {
    expect(KPI_STATUS(100, 100)).toBe('✓ On track');
    expect(KPI_STATUS(95, 100)).toBe('⚠ At risk');
    expect(KPI_STATUS(90, 100)).toBe('⚠ At risk'); // the threshold itself is at risk
    expect(KPI_STATUS(89, 100)).toBe('✗ Behind');
  });

  it("speaks the spreadsheet's language", () => {
    expect(inSheet('ru_RU', () => KPI_STATUS(100, 100))).toBe('✓ В графике');
    expect(inSheet('ru_RU', () => KPI_STATUS(95, 100))).toBe('⚠ Под угрозой');
    expect(inSheet('ru_RU', () => KPI_STATUS(50, 100))).toBe('✗ Отстаёт');
    expect(inSheet('en_GB', () => KPI_STATUS(50, 100))).toBe('✗ Behind');
  });

  it('compares the other way when lower is better', () => {
    // CAC 1,000 against a target of 1,200: better than planned.
    expect(KPI_STATUS(1_000, 1_200, true)).toBe('✓ On track');
    expect(KPI_STATUS(1_300, 1_200, true)).toBe('⚠ At risk'); // 0.923
    expect(KPI_STATUS(2_000, 1_200, 'истина')).toBe('✗ Behind');
  });

  it('compares the actual with a negative target directly (regression: it said behind when beaten)', () => {
    // ROMI −10% against a planned loss of −20% beats the plan.
    expect(KPI_STATUS(-0.1, -0.2)).toBe('✓ On track');
    expect(KPI_STATUS(-0.5, -0.2)).toBe('✗ Behind');
    expect(KPI_STATUS(-0.3, -0.2, true)).toBe('✓ On track');
    expect(KPI_STATUS(-0.1, -0.2, true)).toBe('✗ Behind');
    expect(inSheet('ru_RU', () => KPI_STATUS('-10%', '-20%'))).toBe('✓ В графике');
  });

  it('takes another at-risk threshold, as a fraction or percent text', () => {
    expect(KPI_STATUS(80, 100, false, 0.8)).toBe('⚠ At risk');
    expect(KPI_STATUS(80, 100, '', '75%')).toBe('⚠ At risk');
    expect(KPI_STATUS(80, 100, '', '')).toBe('✗ Behind'); // blank: the default 0.9
    expect(inSheet('ru_RU', () => KPI_STATUS(80, 100, '', '0,8'))).toBe('⚠ Под угрозой');
  });

  it('fills a column, reading the locale once', () => {
    const { result, reads } = runInSheet('ru_RU', () =>
      KPI_STATUS(column(120, 95, 10, ''), column(100, 100, 100, 100)),
    );
    expect(result).toEqual(column('✓ В графике', '⚠ Под угрозой', '✗ Отстаёт', ''));
    expect(reads.locale).toBe(1);
  });

  it('is blank where actual or target is blank', () => {
    expect(KPI_STATUS('', 100)).toBe('');
    expect(KPI_STATUS(50, '')).toBe('');
  });

  it('throws for an at_risk outside (0, 1], naming it in the user language', () => {
    expect(errorIn('en_US', () => KPI_STATUS(1, 1, false, 90))).toBe(
      'KPI_STATUS: argument "at_risk": 90 is out of range: it must be a share above 0 and at most 1, such as 0.9 or 90%.',
    );
    expect(errorIn('ru_RU', () => KPI_STATUS(1, 1, false, '120%'))).toBe(
      'KPI_STATUS: аргумент «at_risk»: «120%» — вне допустимого диапазона: нужна доля больше 0 и не больше 1, ' +
        'например 0,9 или 90%.',
    );
    expect(errorIn('en_US', () => KPI_STATUS(1, 1, false, 0))).toContain('0 is out of range');
  });

  it('throws for bad actuals, targets and flags', () => {
    expect(errorIn('en_US', () => KPI_STATUS('high', 1))).toBe(
      'KPI_STATUS: argument "actual": "high" is not a number.',
    );
    expect(errorIn('ru_RU', () => KPI_STATUS(1, 1, 'нет'))).toBe(
      'KPI_STATUS: аргумент «lower_is_better»: «нет» — не ИСТИНА и не ЛОЖЬ (и не 1 или 0).',
    );
  });

  describe('edge cases', () => {
    it('higher is better with a target of 0: on track for any actual of 0 or more', () => {
      expect(KPI_STATUS(0, 0)).toBe('✓ On track');
      expect(KPI_STATUS(3, 0)).toBe('✓ On track');
      expect(KPI_STATUS(-3, 0)).toBe('✗ Behind');
    });

    it('lower is better with an actual of 0: on track against a target of 0 or more', () => {
      expect(KPI_STATUS(0, 3, true)).toBe('✓ On track'); // no refusals at all
      expect(KPI_STATUS(0, 0, true)).toBe('✓ On track');
    });

    it('lower is better with a target of 0 and some actual: behind', () => {
      expect(KPI_STATUS(2, 0, true)).toBe('✗ Behind');
    });

    it('an at_risk of 1 leaves no at-risk band', () => {
      expect(KPI_STATUS(99, 100, false, 1)).toBe('✗ Behind');
    });
  });
});
