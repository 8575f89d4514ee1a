import { normalizeKey } from '../_lib/normalizeKey';
import { KPIS, type KpiKey } from '../kpis';

let byName: Map<string, KpiKey> | null = null;

/**
 * The KPI a cell names: its key (`revenue`, `average_check`, also written `average check`) or its English or
 * Russian name or column name (`Sales volume`, `Объём продаж`, `Retention`), compared trimmed, case-insensitive,
 * `ё` = `е`.
 *
 * @param text The cell text.
 * @returns The KPI key, or null when the text names no KPI.
 * @example
 * kpiKeyOf(' объем продаж ') //=> 'revenue'
 */
export function kpiKeyOf(text: string): KpiKey | null {
  if (byName === null) {
    byName = new Map();
    for (const k of KPIS) {
      const names = [k.key, k.key.replace(/_/g, ' '), k.names.en, k.names.ru];
      if (k.columnNames) names.push(k.columnNames.en, k.columnNames.ru);
      for (const name of names) byName.set(normalizeKey(name), k.key);
    }
  }
  return byName.get(normalizeKey(text)) ?? null;
}
