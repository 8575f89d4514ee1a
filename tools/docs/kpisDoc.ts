import { TOTAL_FIELDS, type TotalField } from '../../src/kpi/engine/totals';
import { kpiTableMessages } from '../../src/kpi/i18n/kpiTable';
import type { Lang } from '../../src/kpi/i18n/lang';
import { KPIS, type KpiDefinition } from '../../src/kpi/kpis';

/** Where the generated reference lives, from the repository's root. */
export const KPIS_DOC_PATH = 'docs/KPIS.md';

/** The command that rewrites it. */
export const KPIS_DOC_COMMAND = 'npm run docs:kpis';

const UNIT: Readonly<Record<KpiDefinition['unit'], string>> = {
  money: 'money',
  count: 'count',
  ratio: 'ratio (%)',
  days: 'days',
};

const NEED: Readonly<Record<KpiDefinition['needs'][number], string>> = {
  status: 'status column',
  customer: 'customer column',
  quantity: 'quantity column',
  created: 'created column',
  spend: 'spend table',
};

/**
 * docs/KPIS.md, the KPI reference, written from the registry (`src/kpi/kpis.ts`) and the totals list
 * (`src/kpi/engine/totals.ts`): every KPI's names, column names, formula in words, unit, direction and needs.
 * `test/docs/kpisDoc.test.ts` fails when the file in the repository differs from this.
 *
 * @returns The whole Markdown text.
 * @example
 * kpisMarkdown().startsWith('<!-- generated') //=> true
 */
export function kpisMarkdown(): string {
  const lines = [
    `<!-- generated from src/kpi/kpis.ts by \`${KPIS_DOC_COMMAND}\` — do not edit -->`,
    '',
    '# KPI reference',
    '',
    `**Generated — do not edit.** This page is written from the KPI registry, \`src/kpi/kpis.ts\`, by`,
    `\`${KPIS_DOC_COMMAND}\`; a test fails when it is out of date. It lists every KPI the custom functions,`,
    '`KPI_TABLE`, the report and the sidebar know, in the order of `KPI_TABLE`’s columns and of the report’s',
    'scorecard. How the log is read (headers, statuses, returns, dates) is in [SALES-LOG.md](SALES-LOG.md); the',
    'report’s targets, forecasts and statuses are in [REPORT.md](REPORT.md).',
    '',
    '## The KPIs',
    '',
    ...table(
      ['key', 'English', 'Russian', 'unit', 'better', 'additive', 'needs', 'forecast', 'quarter target'],
      KPIS.map((k) => [
        code(k.key),
        k.names.en,
        k.names.ru,
        UNIT[k.unit],
        k.direction ?? '—',
        k.additive ? 'yes' : 'no',
        k.needs.length === 0 ? '—' : k.needs.map((n) => NEED[n]).join(', '),
        k.flow ? 'run rate' : k.key === 'deals' ? 'every deal of P' : 'actual',
        k.quarterSumsMonths ? 'sum of months' : k.additive ? 'own' : 'every-month',
      ]),
    ),
    '',
    '- **better**: which way is good; it decides attainment (forecast / target, or target / forecast when lower is',
    '  better) and the colours of deltas. Marketing spend has no direction.',
    '- **additive**: summable over days and groups; the sidebar has targets per rep for it.',
    '- **needs**: what the log must have beyond a date and an amount. Without it the KPI is blank (never 0), and the',
    '  report lists it under “Not in this log”.',
    '- **forecast** (registry field `flow`): a flow accumulates day by day, so its forecast for the whole period is the',
    '  run rate `actual × days(P) / elapsed`; the others are forecast by their actual (`deals`: every deal row dated',
    '  in P). The report may replace sales volume’s run rate by the pipeline forecast ([REPORT.md](REPORT.md)).',
    '- **quarter target** (registry field `quarterSumsMonths`): a quarter or a year without a target of its own',
    '  takes the sum of its months’ targets (sum of months), the every-month target (every-month), or none (own).',
    '- A ratio whose denominator is 0 is blank, never 0 and never an error.',
    '',
    '## Formulas',
    '',
    ...table(
      ['key', 'formula', 'формула', 'reads (totals of the period)'],
      KPIS.map((k) => [
        code(k.key),
        k.formula.en,
        k.formula.ru,
        [
          ...k.reads.map((f) => code(f)),
          ...(k.readsPrevious ?? []).map((f) => `${code(f)} of the period before`),
        ].join(', '),
      ]),
    ),
    '',
    '## Columns of `KPI_TABLE`',
    '',
    'Always in this order; blank where not derivable. New KPIs are appended at the end, so formulas that pick a',
    'column by position keep working.',
    '',
    `- English: ${columnsOf('en')}`,
    `- Russian: ${columnsOf('ru')}`,
    '',
    '## The totals',
    '',
    'Every KPI is computed from these sums and distinct counts of a period (for the team or one group), made in one',
    'pass over the log. Counts are distinct ids when the log has an id column (an empty id counts one), else rows.',
    '',
    ...table(
      ['total', 'what it holds'],
      (Object.entries(TOTAL_FIELDS) as [TotalField, string][]).map(([field, text]) => [code(field), text]),
    ),
    '',
    '## Adding a KPI',
    '',
    'Add one entry to `KPIS` in `src/kpi/kpis.ts` (names in both languages, formula in words, unit, direction,',
    'additive, flow, quarterSumsMonths, needs, the totals it reads and its formula, calling the shared maths in',
    '`src/kpi/formulas/`), a test',
    `with hand-computed figures, and run \`${KPIS_DOC_COMMAND}\`. \`KPI_TABLE\`, the report’s scorecard, the`,
    'sidebar’s targets and this page follow from the entry. A KPI that needs a new total adds it to',
    '`TOTAL_FIELDS` in `src/kpi/engine/totals.ts` and its counting to the engine (`src/kpi/engine/sumRows.ts` for a',
    'sum, `countDistinct.ts` for a distinct count, a file of its own otherwise, as `salesCycles.ts`). The run-rate',
    'forecast (`FLOW_KPIS` in `src/kpi/plan/forecast.ts`) and the quarter and year targets summed from months',
    '(`src/kpi/plan/targets.ts`) follow the entry’s `flow` and `quarterSumsMonths`.',
    '',
  ];
  return lines.join('\n');
}

/** KPI_TABLE's header texts in one language, the group column in brackets (it is there with `group_by`). */
function columnsOf(lang: Lang): string {
  const words = kpiTableMessages[lang];
  return [words.period, `[${words.group}]`, ...KPIS.map((k) => (k.columnNames ?? k.names)[lang])].join(', ');
}

function code(text: string): string {
  return `\`${text}\``;
}

/** A Markdown table with its columns padded to one width, `|` in cells escaped. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => [...row[i]].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)];
}
