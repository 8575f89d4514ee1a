import { dayFromCivil } from '../../../src/kpi/calendar/day';
import { buildReportModel, type ReportInput } from '../../../src/kpi/report/buildReportModel';
import type { ReportModel } from '../../../src/kpi/report/reportModel';
import { DEFAULT_SETTINGS } from '../../../src/kpi/settings/reportSettings';

/**
 * A small sales log as a sheet would give it. November 2026 is the report month; the as-of day is the 10th
 * (10 of 30 days elapsed: forecasts are 3 × the actual).
 */
export const SALES = [
  ['Date', 'ID', 'Customer', 'Rep', 'Channel', 'Status', 'Amount'],
  ['2025-11-03', 'N1', 'Acme', 'Anna', 'Ads', 'Won', 500],
  ['2026-10-05', 'O1', 'Acme', 'Anna', 'Ads', 'Won', 1000],
  ['2026-10-12', 'O2', 'Beta', 'Boris', 'Events', 'Won', 1000],
  ['2026-10-20', 'O3', 'Core', 'Boris', 'Ads', 'Lost', 300],
  ['2026-11-02', 'P1', 'Acme', 'Anna', 'Ads', 'Won', 1200],
  ['2026-11-05', 'P2', 'Core', 'Boris', 'Events', 'Won', 600],
  ['2026-11-06', 'P3', 'Dyn', 'Anna', 'Ads', 'Lost', 400],
  // A return line of order P1 (same id): a return row only. A "Returned" row with an id of its own would be a sale
  // that came back (won and returned, spec §1.1 v2).
  ['2026-11-08', 'P1', 'Acme', 'Anna', 'Ads', 'Returned', 200],
  ['2026-11-09', 'P5', 'Eon', 'Carl', 'Referral', 'Contract sent', 100], // an unknown status: open
  ['2026-02-31', 'P0', 'Eon', 'Carl', 'Referral', 'Won', 50], // no such day: skipped
  ['2026-11-09', 'P6', 'Fox', 'Carl', 'Referral', 'Won', 900],
];

export const SPEND = [
  ['Date', 'Channel', 'Spend'],
  ['2026-10-01', 'Ads', 200],
  ['2026-11-01', 'Ads', 300],
  ['2026-11-01', 'Events', 100],
];

export const TARGETS = [
  ['Period', 'Rep', 'KPI', 'Target'],
  ['2026-11', '', 'Sales volume', 5000],
  ['2026-11', 'Anna', 'Sales volume', 2500],
  ['2026-11', 'Boris', 'Sales volume', 2000],
  ['2026-11', 'Dora', 'Sales volume', 1000], // a new rep: no rows yet
  ['', '', 'Conversion', 0.6],
  ['2026-11', '', 'Revnue', 1], // a typo
];

export const AS_OF = dayFromCivil(2026, 11, 10);

/** The input of `buildReportModel` for the small log, with overrides. */
export function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    sales: { name: 'Sales', values: SALES },
    spend: { name: 'Spend', values: SPEND },
    targets: { name: 'KPI Targets', values: TARGETS },
    settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
    sheetNames: ['Sales', 'Spend', 'KPI Targets'],
    locale: 'en_US',
    timeZone: 'UTC',
    lang: 'en',
    today: dayFromCivil(2026, 11, 25),
    generatedAt: '2026-11-25 10:00',
    ...overrides,
  };
}

/** The model of the small log (throws when it cannot be built). */
export function model(overrides: Partial<ReportInput> = {}): ReportModel {
  const result = buildReportModel(input(overrides));
  if (!result.ok) throw new Error(`no model: ${JSON.stringify(result.error)}`);
  return result.model;
}
