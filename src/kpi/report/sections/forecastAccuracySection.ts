import type { ReportNumberFormats } from '../../format/numberFormats';
import { ACCURACY_POINTS, type ForecastAccuracyRow } from '../../history/forecastAccuracy';
import { digestMessages } from '../../i18n/digest';
import type { Lang } from '../../i18n/lang';
import { kpiDefinition } from '../../kpis';
import { type Cell, headCell, muted, type Row, type SectionPlace } from '../reportGrid';
import type { ReportModel } from '../reportModel';

/** What the forecast-accuracy section reads and adds to of the report being laid out (`layoutReport`'s state). */
export interface ForecastAccuracyLayout {
  model: ReportModel;
  lang: Lang;
  f: ReportNumberFormats;
  rows: Row[];
  sections: SectionPlace[];
}

/**
 * Lays out the "Forecast accuracy" block (issue 14 item 3): one row per KPI — the last closed period, the forecasts
 * made at 25, 50 and 75 % of it, its final actual, and the mean absolute percentage error at each point over the
 * closed periods counted — then a note on how to read it. Without history of a closed period, the title and one
 * note; a model without the block (no history read) adds nothing.
 *
 * @param s The report being laid out: rows are pushed onto it, its place recorded.
 * @example
 * forecastAccuracySection(s); s.rows.at(-3)[0].value //=> 'Sales volume'
 */
export function forecastAccuracySection(s: ForecastAccuracyLayout): void {
  const block = s.model.forecastAccuracy;
  if (block === undefined || block === null) return;
  const m = digestMessages[s.lang];
  const titleRow = s.rows.length + 1;
  s.rows.push([{ value: m.accuracyTitle, bold: true }]);
  if (block.rows.length === 0) {
    s.rows.push([muted(m.accuracyEmpty)], []);
    s.sections.push({
      key: 'forecastAccuracy',
      titleRow,
      headerRow: 0,
      firstRow: titleRow + 1,
      lastRow: titleRow + 1,
    });
    return;
  }
  const share = (p: number) => `${Math.round(p * 100)}%`;
  s.rows.push([
    headCell(m.kpi, 'left'),
    headCell(m.accuracyLastPeriod, 'left'),
    ...ACCURACY_POINTS.map((p) => headCell(m.accuracyAt(share(p)), 'right')),
    headCell(m.accuracyFinal, 'right'),
    ...ACCURACY_POINTS.map((p) => headCell(m.accuracyMape(share(p)), 'right')),
    headCell(m.accuracyPeriods, 'right'),
  ]);
  const firstRow = s.rows.length + 1;
  for (const row of block.rows) s.rows.push(rowOf(s, row));
  const lastRow = s.rows.length;
  s.rows.push([muted(m.accuracyNote)], []);
  s.sections.push({ key: 'forecastAccuracy', titleRow, headerRow: titleRow + 1, firstRow, lastRow });
}

function rowOf(s: ForecastAccuracyLayout, row: ForecastAccuracyRow): Row {
  const format = row.unit === 'money' ? s.f.money : row.unit === 'ratio' ? s.f.ratio : s.f.count;
  const figure = (value: number | null): Cell => (value === null ? { value: '' } : { value, format });
  const ratio = (value: number | null): Cell =>
    value === null ? { value: '' } : { value, format: s.f.ratio };
  return [
    { value: kpiDefinition(row.key).names[s.lang], fit: true },
    { value: row.lastPeriod },
    ...row.forecasts.map(figure),
    figure(row.actual),
    ...row.mape.map(ratio),
    { value: row.periods, format: s.f.count },
  ];
}
