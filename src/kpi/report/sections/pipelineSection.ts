import { formatDayText } from '../../format/formatNumberText';
import type { ReportNumberFormats } from '../../format/numberFormats';
import type { Lang } from '../../i18n/lang';
import { pipelineMessages } from '../../i18n/pipeline';
import type { PipelineBlock } from '../../plan/pipelineForecast';
import { type Cell, muted, REPORT_COLORS, type Row, type SectionPlace } from '../reportGrid';
import type { ReportModel } from '../reportModel';

/** What the pipeline section reads and adds to of the report being laid out (`layoutReport`'s state). */
export interface PipelineLayout {
  model: ReportModel;
  lang: Lang;
  f: ReportNumberFormats;
  rows: Row[];
  sections: SectionPlace[];
}

/** Pipeline coverage as a multiple: 1.5 → `1.50×` (a Sheets pattern, the same in every locale). */
export const COVERAGE_FORMAT = '0.00"×"';

/**
 * Lays out the "Sales volume forecast" block (KPI-SPEC §7, issue 13 item 4): sales volume so far, the open deals
 * expected after the as-of day, the win rate of the 12 periods before, the pipeline and run-rate forecasts, the
 * target and the pipeline coverage, each with how it is computed; then one sentence on which forecast the
 * scorecard's sales-volume status uses and why. A model without the block (no status column) adds nothing.
 *
 * @param s The report being laid out: rows are pushed onto it, its place recorded.
 * @example
 * pipelineSection(s); s.rows.at(-2)[0].value //=> 'The scorecard judges sales volume by the pipeline forecast: …'
 */
export function pipelineSection(s: PipelineLayout): void {
  const block = s.model.pipeline;
  if (block === undefined || block === null) return;
  const m = pipelineMessages[s.lang];
  const asOf = formatDayText(s.model.header.asOf, s.lang);
  const titleRow = s.rows.length + 1;
  const head = (value: string, align: Cell['align']): Cell => ({
    value,
    bold: true,
    background: REPORT_COLORS.headerFill,
    align,
  });
  s.rows.push([{ value: m.title(s.model.header.periodLabel), bold: true }]);
  s.rows.push([head(m.figure, 'left'), head(m.value, 'right'), head(m.how, 'left')]);
  const firstRow = s.rows.length + 1;
  const line = (label: string, value: number | null, format: string, how: string, bold = false): Row => [
    { value: label, fit: true, bold },
    value === null ? { value: '' } : { value, format, bold },
    muted(how),
  ];
  const { money, ratio } = s.f;
  s.rows.push(
    line(m.soFar, block.revenue, money, m.soFarHow(asOf)),
    line(m.openAhead, block.openAfterAsOf, money, m.openAheadHow(asOf)),
    line(m.winRate, block.winRate, ratio, m.winRateHow(block.winRateFrom, block.winRateTo)),
    line(m.pipeline, block.forecast, money, m.pipelineHow, block.uses === 'pipeline'),
    line(m.runRate, block.runRate, money, m.runRateHow, block.uses === 'run_rate'),
    line(m.target, block.target, money, ''),
    line(m.coverage, block.coverage, COVERAGE_FORMAT, m.coverageHow),
  );
  const lastRow = s.rows.length;
  s.rows.push([muted(reasonOf(block, m, asOf))], []);
  s.sections.push({ key: 'pipeline', titleRow, headerRow: titleRow + 1, firstRow, lastRow });
}

/** The sentence on which forecast judges sales volume, and why. */
function reasonOf(block: PipelineBlock, m: (typeof pipelineMessages)['en'], asOf: string): string {
  switch (block.reason) {
    case 'open_deals':
      return m.open_deals(asOf);
    case 'no_win_rate':
      return m.no_win_rate(block.winRateFrom, block.winRateTo);
    case 'no_open_deals':
      return m.no_open_deals();
    case 'period_over':
      return m.period_over();
  }
}
