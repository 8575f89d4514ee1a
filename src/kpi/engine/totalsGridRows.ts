import { periodLabel } from '../calendar/periods';
import { kpiTableMessages } from '../i18n/kpiTable';
import type { Lang } from '../i18n/lang';
import { KPIS } from '../kpis';
import { kpiValues, type TotalsGrid } from './computeKpis';
import { EMPTY_GROUP } from './groupRows';

/** A cell of a table written back to Sheets: blank is `''`. */
export type Cell = string | number;

/**
 * The rows `KPI_TABLE` returns (spec §6): a header in the user's language, then one row per period (and group),
 * ascending by period, then by group name (the empty group `—` last); blank cells where a KPI is blank.
 *
 * @param table From `computeKpis`.
 * @param lang The language of the header texts.
 * @param note A last row to append (the skipped-rows summary), or null.
 * @returns A rectangular 2D array.
 * @example
 * totalsGridRows(table, 'en', null)[0].slice(0, 3) //=> ['Period', 'Sales volume', 'Gross sales']
 */
export function totalsGridRows(table: TotalsGrid, lang: Lang, note: string | null): Cell[][] {
  const words = kpiTableMessages[lang];
  const header: Cell[] = [
    words.period,
    ...(table.groups ? [words.group] : []),
    ...KPIS.map((k) => (k.columnNames ?? k.names)[lang]),
  ];
  const rows: Cell[][] = [header];
  const groupOrder = table.groups ? sortedGroupCodes(table.groups, lang) : [0];
  for (let p = 0; p < table.periodCount; p++) {
    const index = table.firstIndex + p;
    const label = periodLabel({ type: table.period, index });
    for (const group of groupOrder) {
      const values = kpiValues(table, index, group);
      const row: Cell[] = [label];
      if (table.groups) row.push(table.groups[group]);
      for (const k of KPIS) row.push(values[k.key] ?? '');
      rows.push(row);
    }
  }
  if (note !== null) rows.push([note, ...new Array<Cell>(header.length - 1).fill('')]);
  return rows;
}

/** Group codes in the order KPI_TABLE lists groups: by name in the language's collation, the empty group `—` last. */
export function sortedGroupCodes(names: readonly string[], lang: Lang): number[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return names
    .map((_, code) => code)
    .sort((a, b) => {
      const emptyA = names[a] === EMPTY_GROUP;
      const emptyB = names[b] === EMPTY_GROUP;
      if (emptyA !== emptyB) return emptyA ? 1 : -1;
      return collator.compare(names[a], names[b]);
    });
}
