import type { Environment } from '../../emulator/index.js';
import { cellText } from '../../src/kpi/_lib/cellText.js';
import { createDayOfDate } from '../../src/kpi/calendar/dayOfDate.js';
import { describeLogError, describeSkippedRow, type MappingPlace } from '../../src/kpi/i18n/dataQuality.js';
import type { Lang } from '../../src/kpi/i18n/lang.js';
import { mappingErrorMessage } from '../../src/kpi/i18n/mapping.js';
import { readLog } from '../../src/kpi/log/readLog.js';
import type { ColumnMapping, Field, LogError, StatusClass } from '../../src/kpi/log/salesLog.js';
import type { MappingError } from '../../src/kpi/mapping/MappingError.js';
import { resolveColumnChoices } from '../../src/kpi/mapping/resolveColumnChoices.js';
import { MAX_LINE, quotable } from './_lib/terminalText.js';
import { cliMessages, ReportError } from './errors.js';

/** How many skipped rows a "no readable rows" failure lists, one line each. */
export const LISTED_REASONS = 10;

export interface SalesLogCheck {
  lang: Lang;
  locale: string;
  timeZone: string;
  /** The user's columns by header text (`--map`), or null. */
  columns: ReadonlyMap<Field, string | null> | null;
  /** Extra status texts per class (`--status`), or null. */
  statuses: Partial<Record<StatusClass, string[]>> | null;
  /** Where the user is, for how a missing column is to be mapped: the CLI's `--map`, or the playground's sidebar. */
  where: MappingPlace;
  /**
   * The log errors that fail here; the others are left to the add-on. The playground leaves a missing column to
   * the add-on, since its sidebar is where the user maps it. @default ['missing_column', 'no_readable_rows']
   */
  failOn?: readonly LogError['code'][];
}

/** The checked choices, for the add-on's settings: the columns by the header text the sheet has. */
export interface CheckedSalesLog {
  /** Field → the header as the sheet has it (null: no such column); undefined without `--map`. */
  columns: Partial<Record<Field, string | null>> | undefined;
}

/**
 * Reads the imported sales sheet with the core's `readLog`, as the add-on will, before the add-on runs: a `--map`
 * header that is not in the sheet, a missing required column, or a log whose every row is skipped fails here with
 * the words of the place the user is in (`--map date=<header>`, every header quoted; one line per skipped row),
 * rather than as the add-on's alert, which speaks of the sidebar. A log with no data rows is left to the add-on.
 *
 * @param env The emulated spreadsheet, with the sales log imported.
 * @param sheet The sales sheet's name.
 * @param check Language, locale, zone, the user's choices, and where the user is.
 * @returns The choices by header text, for the settings.
 * @throws ReportError with the reason (several lines when every row was skipped: one per reason).
 */
export function checkSalesLog(env: Environment, sheet: string, check: SalesLogCheck): CheckedSalesLog {
  const values = env.sheetValues(sheet);
  // The header texts as readLog reads them (a number as written, a date as its day in the sheet's zone).
  const dayOf = createDayOfDate(check.timeZone);
  const headers = (values[0] ?? []).map((cell) => cellText(cell, dayOf));
  let mapping: ColumnMapping | undefined;
  let columns: CheckedSalesLog['columns'];
  if (check.columns !== null) {
    const resolved = resolveColumnChoices(headers, check.columns);
    if (!resolved.ok) throw new ReportError(describeMappingError(check.lang, resolved.error));
    mapping = resolved.mapping;
    columns = {};
    for (const [field, column] of Object.entries(mapping) as [Field, number][]) {
      columns[field] = column === -1 ? null : headers[column];
    }
  }
  const read = readLog(values, {
    locale: check.locale,
    timeZone: check.timeZone,
    ...(mapping === undefined ? {} : { mapping }),
    ...(check.statuses === null ? {} : { statuses: check.statuses }),
    maxSkippedListed: LISTED_REASONS,
  });
  // An empty log is always left to the add-on: its alert says so in the add-on's words.
  const failOn = check.failOn ?? ['missing_column', 'no_readable_rows'];
  if (!read.ok && read.error.code !== 'empty_log' && failOn.includes(read.error.code)) {
    throw new ReportError(describeFailure(check.lang, read.error, check.where));
  }
  return { columns };
}

/**
 * The failure's text: one sentence, or for a log whose every row was skipped a headline and one line per reason.
 * Every text of the file in it (headers, values) is escaped and cut short (`quotable`), and a list of headers
 * stops where the line would pass {@link MAX_LINE} characters, with "and N more".
 */
export function describeFailure(lang: Lang, error: LogError, where: MappingPlace): string {
  if (error.code !== 'no_readable_rows' || error.skipped === undefined || error.skipped.length === 0) {
    return withShortList(lang, error.headersFound, (headers) =>
      describeLogError(lang, { ...error, headersFound: headers }, where),
    );
  }
  const m = cliMessages[lang];
  const count = error.skippedCount ?? error.skipped.length;
  const listed = error.skipped.slice(0, LISTED_REASONS);
  return [
    m.noReadableRows(count, listed.length),
    ...listed.map(
      (row) =>
        `  ${describeSkippedRow(lang, { ...row, column: quotable(row.column), value: quotable(row.value) })}`,
    ),
    ...(count > listed.length ? [`  ${m.more(count - listed.length)}`] : []),
  ].join('\n');
}

/** `--map: There is no column “Close”. Headers found: …`, its texts escaped and its list short. */
export function describeMappingError(lang: Lang, error: MappingError): string {
  const value = quotable(error.value);
  if (error.code !== 'unknown_header') {
    return `--map: ${mappingErrorMessage({ ...error, value, known: error.known.map((k) => quotable(k)) }, lang)}`;
  }
  return withShortList(
    lang,
    error.known,
    (known) => `--map: ${mappingErrorMessage({ ...error, value, known }, lang)}`,
  );
}

/**
 * A message that ends in a list of headers (`Headers found: “a”, “b”.`), with as many of them as fit in one line
 * and "and N more" for the rest.
 */
function withShortList(lang: Lang, items: readonly string[], message: (list: string[]) => string): string {
  const quoted = items.map((item) => quotable(item));
  let shown = Math.min(quoted.length, 21); // the core lists 20 at most
  let text = message(quoted);
  // The core's own "and N more" after 20 headers is kept when everything fits.
  while (shown > 1 && Array.from(`error: ${text}`).length > MAX_LINE) {
    shown -= 1;
    const more = cliMessages[lang].moreHeaders(quoted.length - shown);
    text = message(quoted.slice(0, shown)).replace(/\.$/, ` ${more}.`);
  }
  return text;
}
