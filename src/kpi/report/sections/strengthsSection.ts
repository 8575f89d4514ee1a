import type { StrengthItem } from '../../analytics/strengthsAndWeaknesses';
import { analyticsMessages, describeStrength } from '../../i18n/analytics';
import type { Cell, Row } from '../reportGrid';
import { headCell } from '../reportGrid';
import { type AnalyticsLayout, pushTable } from './whatChangedSection';

/** How many strengths and weaknesses the team shows (each rep shows one of each). */
export const TEAM_STRENGTHS_SHOWN = 3;

/**
 * Lays out "Strengths and weaknesses" (spec §7) after "What changed": for the team (up to three) and for each rep
 * (one), the KPI furthest above its target or median and the one furthest below, with how far (`128.0% of target`,
 * `+20.0% vs median $100k · best in 12 months`). Columns: who, strongest KPI, how far (running into the two empty
 * columns after it), weakest KPI, how far. A model without the section adds nothing.
 *
 * @param s The report being laid out.
 * @example
 * strengthsSection(s); s.sections.at(-1).key //=> 'strengths'
 */
export function strengthsSection(s: AnalyticsLayout): void {
  const rows = s.model.strengths;
  if (rows === undefined) return;
  const m = analyticsMessages[s.lang];
  const type = s.model.header.period.type;
  const name = (key: string) => s.model.definitions.find((d) => d.key === key)?.name ?? key;
  const pair = (item: StrengthItem | undefined): Cell[] =>
    item === undefined
      ? [{ value: '—' }, { value: '' }]
      : [
          { value: name(item.key), fit: true },
          { value: describeStrength(item, s.lang, s.model.locale, type) },
        ];
  const gap: Cell = { value: '' };
  const body: Row[] = [];
  for (const row of rows) {
    const who: Cell = { value: row.who ?? m.team, fit: true, bold: row.who === null };
    const { strengths, weaknesses } = row.ranking;
    const lines =
      row.who === null
        ? Math.max(1, Math.min(TEAM_STRENGTHS_SHOWN, Math.max(strengths.length, weaknesses.length)))
        : 1;
    for (let i = 0; i < lines; i++) body.push([who, ...pair(strengths[i]), gap, gap, ...pair(weaknesses[i])]);
  }
  const blankHead = headCell('', 'left');
  pushTable(
    s,
    'strengths',
    m.strengths,
    [
      headCell(m.who, 'left'),
      headCell(m.strength, 'left'),
      headCell(m.reading, 'left'),
      blankHead,
      blankHead,
      headCell(m.weakness, 'left'),
      headCell(m.reading, 'left'),
    ],
    body,
    [m.strengthsNote],
  );
}
