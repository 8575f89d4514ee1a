import type { Period } from '../calendar/periods';
import { kpiValues, type TotalsGrid, totalsAt } from '../engine/computeKpis';
import type { Lang } from '../i18n/lang';
import type { ChannelRow } from './reportModel';

/**
 * The channels of P: sales volume, spend, ROMI and CAC of every channel with a sale, a deal, a return or spend
 * in P; by sales volume, then spend, highest first.
 *
 * @param table The table grouped by channel with the spend split by channel (`spendByGroup`).
 * @example
 * channelsOf(byChannel, parsePeriodLabel('2026-11')!, 'ru')[0] //=> { channel: 'Выставка', revenue: …, spend: …, romi: …, cac: … }
 */
export function channelsOf(table: TotalsGrid, period: Period, lang: Lang): ChannelRow[] {
  const rows: ChannelRow[] = [];
  (table.groups ?? []).forEach((channel, group) => {
    const t = totalsAt(table, period.index, group);
    if (t.won + t.deals + t.returnRows === 0 && t.spend === 0) return;
    const v = kpiValues(table, period.index, group);
    rows.push({ channel, revenue: v.revenue, spend: v.spend, romi: v.romi, cac: v.cac });
  });
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return rows.sort(
    (a, b) =>
      (b.revenue ?? 0) - (a.revenue ?? 0) ||
      (b.spend ?? 0) - (a.spend ?? 0) ||
      collator.compare(a.channel, b.channel),
  );
}
