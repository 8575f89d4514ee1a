import { normalizeKey } from '../_lib/normalizeKey';
import type { Day } from '../calendar/day';
import type { SpendTable } from '../log/salesLog';
import type { Accumulators } from './accumulators';

/**
 * The group code of each spend row by channel, adding groups (to `groupNames`) for channels only the spend table
 * names: their spend and ROMI are worth seeing.
 *
 * @example
 * const names = ['SEO'];
 * [...spendGroupCodes(spend, names)] //=> [0, 1]; names //=> ['SEO', 'Ads']
 */
export function spendGroupCodes(spend: SpendTable, groupNames: string[]): Int32Array {
  const byKey = new Map<string, number>();
  groupNames.forEach((name, code) => {
    const key = normalizeKey(name);
    if (!byKey.has(key)) byKey.set(key, code);
  });
  const codes = new Int32Array(spend.size);
  for (let i = 0; i < spend.size; i++) {
    const name = spend.channel![i].trim() || '—';
    const key = normalizeKey(name);
    let code = byKey.get(key);
    if (code === undefined) {
      code = groupNames.length;
      groupNames.push(name);
      byKey.set(key, code);
    }
    codes[i] = code;
  }
  return codes;
}

/**
 * Adds the spend of every row dated up to `lastDay` to its bucket (by group when `group` is given).
 *
 * @example
 * sumSpend(spend, null, lookup, minDay, 1, acc, null); acc.spend[0] //=> 500
 */
export function sumSpend(
  spend: SpendTable,
  group: Int32Array | null,
  periodOfDay: Int32Array,
  minDay: Day,
  periodCount: number,
  acc: Accumulators,
  lastDay: Day | null,
): void {
  for (let i = 0; i < spend.size; i++) {
    if (lastDay !== null && spend.day[i] > lastDay) continue;
    const p = periodOfDay[spend.day[i] - minDay];
    acc.spend[(group ? group[i] * periodCount : 0) + p] += spend.spend[i];
  }
}
