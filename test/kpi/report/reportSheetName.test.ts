import { describe, expect, it } from 'vitest';
import {
  buildingSheetName,
  freeReportName,
  isBuildingSheetName,
  isReportName,
  isReportSheetName,
} from '../../../src/kpi/report/reportSheetName';

describe('report sheet names', () => {
  it('tells a building name from a report name, in either language', () => {
    expect(['KPI Report (new)', 'kpi report (new 3)', 'Отчет KPI (новый)'].map(isBuildingSheetName)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['KPI Report', 'KPI Report (2)', 'KPI Report (newer)', 'My KPI Report (new)'].map(isBuildingSheetName),
    ).toEqual([false, false, false, false]);
    expect(['KPI Report', 'Отчет kpi', 'KPI Report (12)'].map(isReportName)).toEqual([true, true, true]);
    expect(['KPI Report (new)', 'KPI Report 2', 'KPI Reports'].map(isReportName)).toEqual([
      false,
      false,
      false,
    ]);
    expect(isReportSheetName(buildingSheetName('ru', ['Отчёт KPI (новый)']))).toBe(true);
  });

  it('gives a new report a free name when a sheet that reads the same holds its own', () => {
    expect(freeReportName('en', ['Sales'])).toBe('KPI Report');
    expect(freeReportName('en', ['kpi  report', 'KPI Report (2)'])).toBe('KPI Report (3)');
    expect(freeReportName('ru', ['Отчет KPI'])).toBe('Отчёт KPI (2)');
  });
});
