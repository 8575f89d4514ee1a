import { COHORT_MONTHS } from '../../analytics/customerCohorts';
import type { ReportNumberFormats } from '../../format/numberFormats';
import type { Lang } from '../../i18n/lang';
import { repCardsMessages } from '../../i18n/repCards';
import { type Cell, type ConditionalRule, headCell, muted, type Row, type SectionPlace } from '../reportGrid';
import type { ReportModel } from '../reportModel';

/** What the cohorts section reads and adds to of the report being laid out (`layoutReport`'s state). */
export interface CohortsLayout {
  model: ReportModel;
  lang: Lang;
  f: ReportNumberFormats;
  rows: Row[];
  sections: SectionPlace[];
}

/** The heat map's colours: white at 0, Sheets' own green at the highest share. */
export const COHORT_COLORS = Object.freeze({ low: '#ffffff', high: '#57bb8a' });

/** A1 letter of a 0-based column (A…Z). */
const letter = (column: number) => String.fromCharCode(65 + column);

/**
 * Lays out the customer cohorts (spec §7) under the report's last table: title, header (first-purchase month,
 * customers, month 0…11), one row per cohort, a note; the shares of months 1…11 as a heat map (a colour scale from
 * white at 0 to green at the highest share; month 0 is 100 % by definition and stays plain). Without a customer
 * column, one note says why the section is missing; a model without the field (built by hand) adds nothing.
 *
 * @param s The report being laid out: rows are pushed onto it, its place recorded.
 * @returns The heat map's rule (none without cohorts).
 * @example
 * cohortsSection(s) //=> [{ kind: 'gradient', a1: ['D40:N51'], min: { color: '#ffffff', type: 'number', value: 0 }, … }]
 */
export function cohortsSection(s: CohortsLayout): ConditionalRule[] {
  const cohorts = s.model.cohorts;
  if (cohorts === undefined) return [];
  const m = repCardsMessages[s.lang];
  if (cohorts === null) {
    s.rows.push([muted(m.cohortsNoCustomer)], []);
    return [];
  }
  const titleRow = s.rows.length + 1;
  s.rows.push([{ value: m.cohorts, bold: true }]);
  s.rows.push([
    headCell(m.cohort, 'left'),
    headCell(m.customers, 'right'),
    ...Array.from({ length: COHORT_MONTHS }, (_, k) => headCell(m.month(k), 'right')),
  ]);
  const firstRow = s.rows.length + 1;
  for (const row of cohorts.rows) {
    s.rows.push([
      { value: row.label, fit: true },
      { value: row.size, format: s.f.count, align: 'right' },
      ...row.shares.map((share): Cell => ({ value: share ?? '', format: s.f.ratio, align: 'right' })),
    ]);
  }
  const lastRow = s.rows.length;
  s.rows.push([muted(m.cohortsNote)], []);
  s.sections.push({ key: 'cohorts', titleRow, headerRow: titleRow + 1, firstRow, lastRow });
  if (lastRow < firstRow) return [];
  return [
    {
      kind: 'gradient',
      a1: [`${letter(3)}${firstRow}:${letter(2 + COHORT_MONTHS - 1)}${lastRow}`],
      min: { color: COHORT_COLORS.low, type: 'number', value: 0 },
      max: { color: COHORT_COLORS.high, type: 'max' },
    },
  ];
}
