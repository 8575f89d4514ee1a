import type { Mover, TopMovers } from '../../analytics/topMovers';
import type { ReportNumberFormats } from '../../format/numberFormats';
import { analyticsMessages, describeWhatChanged } from '../../i18n/analytics';
import type { Lang } from '../../i18n/lang';
import { type Cell, headCell, muted, type Row, type SectionKey, type SectionPlace } from '../reportGrid';
import type { ReportModel } from '../reportModel';

/** What the analytics sections read and add to of the report being laid out (`layoutReport`'s state). */
export interface AnalyticsLayout {
  model: ReportModel;
  lang: Lang;
  f: ReportNumberFormats;
  rows: Row[];
  sections: SectionPlace[];
}

/**
 * Pushes a table of the analytics sections: bold title, optional line under it, header, rows (a `—` when there are
 * none), and notes; then a blank row; records its place.
 *
 * @example
 * pushTable(s, 'strengths', 'Strengths and weaknesses', [head…], rows, [note])
 */
export function pushTable(
  s: AnalyticsLayout,
  key: SectionKey,
  title: string,
  header: Row,
  body: readonly Row[],
  notes: readonly string[] = [],
  lead: Row | null = null,
): void {
  const titleRow = s.rows.length + 1;
  s.rows.push([{ value: title, bold: true }]);
  if (lead !== null) s.rows.push(lead);
  const headerRow = s.rows.length + 1;
  s.rows.push(header);
  const firstRow = s.rows.length + 1;
  s.rows.push(...(body.length > 0 ? body : [[muted('—')]]));
  s.sections.push({ key, titleRow, headerRow, firstRow, lastRow: s.rows.length });
  for (const note of notes) s.rows.push([muted(note)]);
  s.rows.push([]);
}

/**
 * Lays out "What changed" (spec §7) under the scorecard, on the report's first page: the sentence (what changed,
 * why, who), the sales-volume bridge (P-1, the orders, average-check and returns effects, P: each with its driver
 * before and now), then the reps and the channels that moved it most (up to 3 up and 3 down, with their shares of
 * the change; the last two columns are the sales volume of P-1 and P). A model without the section (built by
 * hand, or P not started) adds nothing.
 *
 * @param s The report being laid out: rows are pushed onto it, its places recorded.
 * @example
 * whatChangedSection(s); s.sections.at(-1).key //=> 'channelMovers'
 */
export function whatChangedSection(s: AnalyticsLayout): void {
  const w = s.model.whatChanged;
  if (w === undefined || w === null) return;
  const { f, lang } = s;
  const m = analyticsMessages[lang];
  const b = w.bridge;
  const money = (value: number | null): Cell => (value === null ? { value: '' } : { value, format: f.money });
  const count = (value: number): Cell => ({ value, format: f.count });
  const label = (text: string): Cell => ({ value: text, fit: true });
  const now = w.running ? m.salesVolumeSoFar(w.periodLabel) : m.salesVolumeOf(w.periodLabel);
  pushTable(
    s,
    'whatChanged',
    m.whatChanged(w.periodLabel, w.previousLabel),
    [
      headCell(m.step, 'left'),
      headCell(m.amount, 'right'),
      headCell(m.before, 'right'),
      headCell(m.now, 'right'),
    ],
    [
      [label(m.salesVolumeOf(w.previousLabel)), money(b.previous)],
      [label(m.ordersEffect), money(b.ordersEffect), count(b.ordersBefore), count(b.ordersNow)],
      [
        label(m.averageCheckEffect),
        money(b.averageCheckEffect),
        money(b.averageCheckBefore),
        money(b.averageCheckNow),
      ],
      [label(m.returnsEffect), money(b.returnsEffect), money(b.returnsBefore), money(b.returnsNow)],
      [label(now), money(b.current)],
    ],
    w.running ? [m.bridgeNote, m.runningNote(w.periodLabel, w.previousLabel)] : [m.bridgeNote],
    [{ value: describeWhatChanged(w, lang, s.model.locale) }],
  );
  if (w.reps !== null) moversTable(s, 'repMovers', m.moversReps, m.rep, w.reps, w);
  if (w.channels !== null) moversTable(s, 'channelMovers', m.moversChannels, m.channel, w.channels, w);
}

/** The movers of one kind: rises, largest first, then falls, largest first. */
function moversTable(
  s: AnalyticsLayout,
  key: SectionKey,
  title: string,
  who: string,
  movers: TopMovers,
  w: { periodLabel: string; previousLabel: string },
): void {
  const m = analyticsMessages[s.lang];
  const { f } = s;
  const row = (mover: Mover): Row => [
    { value: mover.name, fit: true },
    { value: mover.change, format: f.money },
    mover.share === null ? { value: '' } : { value: mover.share, format: f.ratio },
    { value: mover.previous, format: f.money },
    { value: mover.current, format: f.money },
  ];
  pushTable(
    s,
    key,
    title,
    [
      headCell(who, 'left'),
      headCell(m.change, 'right'),
      headCell(m.share, 'right'),
      headCell(w.previousLabel, 'right'),
      headCell(w.periodLabel, 'right'),
    ],
    [...movers.up, ...movers.down].map(row),
  );
}
