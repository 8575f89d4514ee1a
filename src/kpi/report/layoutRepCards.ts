import { dropFloatNoise } from '../_lib/dropFloatNoise';
import type { RepCard, RepCardKpi, RepCards } from '../analytics/repCards';
import { EMPTY_GROUP } from '../engine/groupRows';
import { reportNumberFormats } from '../format/numberFormats';
import type { Lang } from '../i18n/lang';
import { repCardsMessages } from '../i18n/repCards';
import { reportMessages } from '../i18n/report';
import { statusWords } from '../i18n/status';
import { kpiDefinition } from '../kpis';
import { MAX_SECTION_ROWS } from './buildReportModel';
import { type Column, cellOf, headerCell } from './reportColumns';
import {
  AUTOMATIC_FORMAT,
  type Cell,
  type ConditionalRule,
  columnWidths,
  headCell,
  muted,
  REPORT_COLORS,
  type ReportGrid,
  type Row,
  toGrid,
} from './reportGrid';
import type { ReportModel } from './reportModel';

/**
 * The in-cell trend: Sheets' own `SPARKLINE` over literal whole numbers (never user text), one per row of the
 * array (`;` separates rows in every locale's formula syntax, and whole numbers have no decimal mark). A period
 * without data counts 0.
 *
 * @example
 * sparklineFormula([1200.4, null, -50]) //=> '=SPARKLINE({1200;0;-50})'
 */
export function sparklineFormula(values: readonly (number | null)[]): string {
  return `=SPARKLINE({${values.map((v) => (v === null || !Number.isFinite(v) ? 0 : Math.round(v))).join(';')}})`;
}

/**
 * The "Rep cards" sheet (pure): a title, then one block per rep (sorted by sales volume, at most 200): their place,
 * share of the team's sales volume, Δ vs P-1, sales cycle, win rate, strongest and weakest KPI against the team;
 * their KPIs against their targets with status and the team's actual; the sales volume of the last 12 periods as
 * numbers and as an in-cell `SPARKLINE` (a formula cell: `formulaCells`). Status colours as in the report.
 *
 * @param model From `buildReportModel`.
 * @returns The grid, or null when the model has no cards (no rep column).
 * @example
 * layoutRepCards(model)!.values[0][0] //=> 'Rep cards 2026-11'
 */
export function layoutRepCards(
  model: ReportModel,
): (ReportGrid & { formulaCells: [number, number][] }) | null {
  const cards = model.repCards;
  if (cards === undefined || cards === null) return null;
  const { lang } = model;
  const f = reportNumberFormats(model.locale, lang);
  const m = repCardsMessages[lang];
  const words = reportMessages[lang];
  const context = { model, m: words };
  const rows: Row[] = [[{ value: m.title(model.header.periodLabel), bold: true }], [muted(m.intro)], []];
  const statusA1: string[] = [];
  const formulas: [number, number][] = [];
  const columns = kpiColumns(cards, lang);
  const shown = cards.cards.slice(0, MAX_SECTION_ROWS);
  const count = cards.cards.length;
  for (const card of shown) {
    const revenue = card.kpis.find((k) => k.key === 'revenue');
    const name = (key: RepCardKpi['key']) => kpiDefinition(key).names[lang];
    const standing = (label: string, s: RepCard['strongest']): Row =>
      s === null
        ? [muted(label, true), muted(words.none)]
        : [
            muted(label, true),
            { value: name(s.key) },
            { value: s.score, format: f.ratio },
            muted(m.standing),
          ];
    rows.push(
      [
        {
          value: card.rep === EMPTY_GROUP ? m.noRep : card.rep,
          bold: true,
          background: REPORT_COLORS.headerFill,
        },
      ],
      [muted(m.rank, true), { value: card.rank, format: f.count }, muted(m.of(count))],
      [muted(m.share, true), { value: card.share ?? '', format: f.ratio }],
      [
        muted(`${name('revenue')}, ${words.deltaVs(cards.previousLabel)}`, true),
        { value: revenue?.deltaPrevious ?? '', format: f.relativeDelta },
      ],
      [muted(m.salesCycle, true), { value: card.salesCycle ?? '', format: f.count }],
      [muted(name('win_rate'), true), { value: card.winRate ?? '', format: f.ratio }],
      standing(m.strongest, card.strongest),
      standing(m.weakest, card.weakest),
      [],
      columns.map((column) => headerCell(column, context)),
    );
    const first = rows.length + 1;
    for (const kpi of card.kpis) rows.push(columns.map((column) => cellOf(column, kpi, context, f)));
    if (card.kpis.length > 0) statusA1.push(`E${first}:E${rows.length}`);
    rows.push(
      [],
      [{ value: m.trend(cards.trendLabels.length), bold: true }],
      [headCell(words.period, 'left'), ...cards.trendLabels.map((label) => headCell(label, 'right'))],
      [{ value: name('revenue') }, ...card.trend.map((v): Cell => ({ value: v ?? '', format: f.money }))],
      [{ value: m.sparkline }, { value: sparklineFormula(card.trend) }],
      [],
      [],
    );
    formulas.push([rows.length - 3, 1]);
  }
  if (count > shown.length) rows.push([muted(words.notShown('leaderboard', count - shown.length))]);
  const grid = toGrid(rows, f);
  for (const [r, c] of formulas) {
    grid.textCells[r][c] = false;
    grid.numberFormats[r][c] = AUTOMATIC_FORMAT;
  }
  return {
    ...grid,
    columnWidths: columnWidths(rows),
    frozenRows: 0,
    conditionalRules: statusRules(statusA1, lang),
    chart: null,
    sections: [],
    formulaCells: formulas,
  };
}

/** The columns of a card's KPI table: KPI, actual, target, attainment, status (E), Δ vs P-1, the team's actual. */
function kpiColumns(cards: RepCards, lang: Lang): Column<RepCardKpi>[] {
  const unit = (k: RepCardKpi) => k.unit;
  return [
    { key: 'kpi', role: 'label', value: (k) => kpiDefinition(k.key).names[lang] },
    { key: 'actual', format: unit, value: (k) => k.actual },
    { key: 'target', role: 'target', format: unit, value: (k) => k.target },
    { key: 'attainment', role: 'attainment', format: 'ratio', value: (k) => k.attainment },
    { key: 'status', role: 'status', value: (k) => (k.direction === null ? null : k.status) },
    {
      key: 'deltaPrevious',
      header: (c) => c.m.deltaVs(cards.previousLabel),
      format: (k) => (k.deltaKind === 'points' ? 'pointsDelta' : 'relativeDelta'),
      value: (k) =>
        k.deltaPrevious !== null && k.deltaKind === 'points'
          ? dropFloatNoise(k.deltaPrevious * 100)
          : k.deltaPrevious,
    },
    { key: 'team', header: () => repCardsMessages[lang].team, format: unit, value: (k) => k.team },
  ];
}

/** The status colours on the cards' status cells, as the report's (always with the symbol and the word). */
function statusRules(a1: string[], lang: Lang): ConditionalRule[] {
  if (a1.length === 0) return [];
  return [
    { a1, textStartsWith: '✓', ...REPORT_COLORS.onTrack },
    { a1, textStartsWith: '⚠', ...REPORT_COLORS.atRisk },
    { a1, textStartsWith: '✗', ...REPORT_COLORS.behind },
    { a1, textStartsWith: statusWords[lang].no_data, ...REPORT_COLORS.noData },
  ];
}
