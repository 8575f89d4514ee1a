import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { parsePeriodLabel } from '../../../src/kpi/calendar/periods';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';
import { reportPeriodOf } from '../../../src/kpi/sql/sqlReportModel';

// The report from SQL takes its period and as-of day by the add-on's rules (buildReportModel), before any query runs.

const TODAY = dayFromCivil(2026, 11, 20);

describe('reportPeriodOf', () => {
  it('takes the period holding today when the settings fix neither day nor period', () => {
    expect(reportPeriodOf(DEFAULT_SETTINGS, TODAY)).toEqual({
      period: parsePeriodLabel('2026-11'),
      asOf: TODAY,
      notes: [],
    });
  });

  it('takes the settings’ as-of day and a report period of the chosen type', () => {
    const asOf = dayFromCivil(2026, 6, 20);
    const r = reportPeriodOf(
      { ...DEFAULT_SETTINGS, periodType: 'quarter', asOf, reportPeriod: '2026-Q1' },
      TODAY,
    );
    expect(r).toEqual({ period: parsePeriodLabel('2026-Q1'), asOf, notes: [] });
  });

  it('ignores a report period of another type, with a note, as the add-on does', () => {
    const r = reportPeriodOf({ ...DEFAULT_SETTINGS, periodType: 'week', reportPeriod: '2026-10' }, TODAY);
    expect(r.period).toEqual(parsePeriodLabel('2026-W47'));
    expect(r.notes).toEqual([{ kind: 'report_period_ignored', label: '2026-10' }]);
  });
});
