import { readFileSync } from 'node:fs';
import path from 'node:path';
import { columnLetters, quoteSheetName } from '../../emulator/a1.js';
import {
  type Bundle,
  createEnvironment,
  EmulatedClock,
  type Environment,
  loadBundle,
  openEvent,
  runCustomFunction,
} from '../../emulator/index.js';
import { textWidth } from '../../src/kpi/format/textWidth.js';
import type { Lang } from '../../src/kpi/i18n/lang.js';
import { conventionsOf } from '../../src/kpi/i18n/locales/index.js';
import { offlineWorkbookMessages } from '../../src/kpi/i18n/offlineWorkbook.js';
import { type ReportSettings, SETTINGS_PROPERTY } from '../../src/kpi/settings/reportSettings.js';
import { TARGETS_HEADERS } from '../../src/kpi/targets/targetsSheet.js';
import { checkSalesLog } from '../../tools/report/checkSalesLog.js';
import { cliMessages, InputError, oneLine } from '../../tools/report/errors.js';
import { loadTable, maxInputBytes, readTable, type Table } from '../../tools/report/loadTable.js';
import { SHEET_NAMES } from '../../tools/report/runReport.js';
import { SAMPLES } from '../../tools/workbook/samples.js';
import { type FormulaEngine, formulaEngine } from './formulas.js';

export interface WorkbookOptions {
  /** The project folder (samples/, dist/). */
  root: string;
  lang: Lang;
  /** The sales log (.csv/.xlsx), absolute; null: the bundled sample of the language. */
  data: string | null;
  /** The spend table, absolute; null: none (or the sample's, with the Russian sample). */
  spend: string | null;
}

/** The spreadsheet the playground shows, with the add-on loaded and opened in it. */
export interface Workbook {
  env: Environment;
  bundle: Bundle;
  formulas: FormulaEngine;
  /** What the user should know about how the files were read. */
  notes: string[];
  /** The files the sheets came from (shown on start). */
  sources: string[];
  /** The clock the add-on reads; the Outbox's controls move it to fire the schedule's trigger. */
  clock: EmulatedClock;
}

const FORMULAS_SHEET: Record<Lang, string> = { en: 'Formulas', ru: 'Формулы' };

const WORDS = {
  en: {
    title: 'Sales KPI formulas',
    intro:
      "Every formula here is computed by the add-on's own custom functions (dist/Code.js). Select a cell to see its formula.",
    monthly: ['Month', 'Deals', 'Won', 'Lost', 'Sales volume', 'Target'],
    computed: ['Conversion', 'Refusal rate', 'Average check', 'Attainment', 'Status', 'Growth'],
    single: 'Single values',
    retention: 'Retention (120 customers at the end, 30 new, 100 at the start)',
    romi: 'ROMI (250,000 revenue on 50,000 spend)',
    cac: 'CAC (50,000 spend, 40 new customers)',
    runRate: 'Run rate (sales volume of the last month after 20 of 30 days)',
    unsupported: 'Not our function: the playground does not compute it',
    table: 'KPI_TABLE over the whole sales log, by month',
    period: 'month',
  },
  ru: {
    title: 'Формулы Sales KPI',
    intro:
      'Каждую формулу здесь считают функции самого дополнения (dist/Code.js). Выберите ячейку, чтобы увидеть формулу.',
    monthly: ['Месяц', 'Сделки', 'Выиграно', 'Проиграно', 'Объём продаж', 'Цель'],
    computed: ['Конверсия', 'Доля отказов', 'Средний чек', 'Выполнение', 'Статус', 'Рост'],
    single: 'Отдельные значения',
    retention: 'Удержание (120 клиентов в конце, 30 новых, 100 в начале)',
    romi: 'ROMI (выручка 250 000 на 50 000 расходов)',
    cac: 'CAC (расходы 50 000, 40 новых клиентов)',
    runRate: 'Прогноз (объём продаж прошлого месяца за 20 дней из 30)',
    unsupported: 'Не наша функция: песочница её не считает',
    table: 'KPI_TABLE по всему журналу продаж, по месяцам',
    period: 'месяц',
  },
} as const;

/**
 * Builds the playground's spreadsheet: the sales log (and spend) from files, a "KPI Targets" sheet with a few
 * targets, and a "Formulas" sheet of our custom functions over the data; saves the report settings, loads
 * dist/Code.js and runs `onOpen`, as opening the spreadsheet in Sheets does.
 *
 * @throws InputError (one line) when a file cannot be read, or the bundle cannot be loaded.
 */
export async function createWorkbook(options: WorkbookOptions): Promise<Workbook> {
  const { root, lang } = options;
  const names = SHEET_NAMES[lang];
  const notes: string[] = [];
  let { data, spend } = options;
  // Targets only with the bundled sample (its own file); a user's --data gets an empty targets sheet, never
  // invented targets.
  let targets: string | null = null;
  if (data === null) {
    const sample = SAMPLES[lang];
    data = path.join(root, sample.data);
    targets = path.join(root, sample.targets);
    if (spend === null && sample.spend !== null) spend = path.join(root, sample.spend);
  }
  const maxBytes = maxInputBytes();
  const read = async (file: string): Promise<Table> => {
    const table = await readTable(file, {
      fallbackEncoding: conventionsOf(lang).legacyEncoding,
      lang,
      maxBytes,
    });
    if (table.note !== null) notes.push(table.note);
    return table;
  };
  const sales = await read(data);
  const spendTable = spend === null ? null : await read(spend);
  const targetsTable = targets === null ? null : await read(targets);

  const code = readDist(root, 'Code.js');
  const sidebar = readDist(root, 'Sidebar.html', true);
  let bundle: Bundle | null = null;
  let env: Environment | null = null;
  const formulas = formulaEngine(
    () => env!,
    () => bundle,
  );
  const clock = new EmulatedClock();
  env = createEnvironment({
    now: clock.now,
    // The playground's user, so that the schedule's e-mail has a default recipient (a real add-on may not know it).
    userEmail: 'you@example.com',
    effectiveUserEmail: 'you@example.com',
    spreadsheetName: offlineWorkbookMessages[lang].spreadsheetName,
    spreadsheetLocale: conventionsOf(lang).sheetsLocale,
    timeZone: conventionsOf(lang).timeZone,
    userLocale: lang,
    addonName: 'Sales KPI',
    sheets: { [names.sales]: [] },
    htmlFiles: sidebar === null ? {} : { Sidebar: sidebar },
    evaluateFormula: formulas.evaluate,
  });
  loadTable(env, names.sales, sales);
  // A log whose every row is skipped would show an empty playground: stop with the reasons, as the CLI does.
  checkSalesLog(env, names.sales, {
    lang,
    locale: env.spreadsheetLocale,
    timeZone: env.timeZone,
    columns: null,
    statuses: null,
    where: 'sidebar',
    failOn: ['no_readable_rows'],
  });
  if (spendTable !== null) loadTable(env, names.spend, spendTable);
  const settings: ReportSettings = {
    salesSheet: names.sales,
    spendSheet: spendTable === null ? null : names.spend,
  };
  env.properties.document.setAll({ [SETTINGS_PROPERTY]: JSON.stringify(settings) });

  try {
    bundle = loadBundle(code, env);
  } catch (error) {
    throw new InputError(`dist/Code.js does not load: ${(error as Error).message}`);
  }
  const loaded = bundle;
  const spendSheet = spendTable === null ? null : names.spend;
  try {
    const monthly = monthlyRows(env, loaded, names.sales, spendSheet, lang);
    if (targetsTable === null) env.addSheet(names.targets, [[...TARGETS_HEADERS[lang]]]);
    else loadTable(env, names.targets, targetsTable);
    addFormulasSheet(env, lang, names.sales, spendSheet, monthly);
    if (loaded.has('onOpen')) loaded.call('onOpen', openEvent(env));
  } catch (error) {
    // The spreadsheet's own limits (Sheets' 10 million cells) reached by a big log: one line, not a stack trace.
    if (!(error instanceof Error) || !/limit of 10000000 cells/.test(error.message)) throw error;
    throw new InputError(cliMessages[lang].workbookTooBig(oneLine(error.message)));
  }
  return {
    env,
    bundle: loaded,
    formulas,
    notes,
    clock,
    sources: [data, ...(spend === null ? [] : [spend]), ...(targets === null ? [] : [targets])],
  };
}

function readDist(root: string, file: string, optional = false): string {
  try {
    return readFileSync(path.join(root, 'dist', file), 'utf8');
  } catch {
    if (optional) return null as unknown as string;
    throw new InputError(`dist/${file} is missing: build the add-on first (npm run build)`);
  }
}

interface Month {
  label: string;
  deals: number;
  won: number;
  lost: number;
  volume: number;
}

/** The log's complete months, as KPI_TABLE computes them (the current, partial month left out). */
function monthlyRows(
  env: Environment,
  bundle: Bundle,
  sales: string,
  spend: string | null,
  lang: Lang,
): Month[] {
  let table: unknown;
  try {
    table = runCustomFunction(bundle, 'KPI_TABLE', [
      env.ref(`${quoteSheetName(sales)}!A:Z`),
      WORDS[lang].period,
      '',
      spend === null ? '' : env.ref(`${quoteSheetName(spend)}!A:C`),
    ]);
  } catch {
    return [];
  }
  if (!Array.isArray(table)) return [];
  // KPI_TABLE's columns: Period, Sales volume, Gross sales, Returns, Orders, Units, Average check, Deals,
  // Conversion, Win rate, Refusal rate, …
  const rows = (table as unknown[][]).filter(
    (row) => typeof row[0] === 'string' && /^\d{4}-\d{2}$/.test(row[0]),
  );
  // The months before the current one: complete (the log also holds deals closing later).
  const current = currentMonth(env);
  return rows
    .filter((row) => String(row[0]) < current)
    .map((row) => {
      const deals = Number(row[7]) || 0;
      return {
        label: String(row[0]),
        deals,
        won: Number(row[4]) || 0,
        lost: Math.round((Number(row[10]) || 0) * deals),
        volume: Math.round(Number(row[1]) || 0),
      };
    })
    .filter((m) => m.deals > 0);
}

/** `yyyy-mm` of today in the spreadsheet's time zone. */
function currentMonth(env: Environment): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: env.timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(env.now());
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

function addFormulasSheet(
  env: Environment,
  lang: Lang,
  sales: string,
  spend: string | null,
  months: Month[],
): void {
  const w = WORDS[lang];
  const name = FORMULAS_SHEET[lang];
  const rows: unknown[][] = [[w.title], [w.intro], []];
  const header = 4;
  rows.push([...w.monthly, ...w.computed]);
  const shown = months.slice(-3);
  shown.forEach((m, i) => {
    const r = header + 1 + i;
    const target = Math.round((m.volume * 1.05) / 1000) * 1000 || 1000;
    rows.push([
      `'${m.label}`,
      m.deals,
      m.won,
      m.lost,
      m.volume,
      target,
      `=CONVERSION(C${r}, B${r})`,
      `=REFUSAL_RATE(D${r}, B${r})`,
      `=AVERAGE_CHECK(E${r}, C${r})`,
      `=ATTAINMENT(E${r}, F${r})`,
      `=KPI_STATUS(E${r}, F${r})`,
      i === 0 ? '' : `=GROWTH_RATE(E${r}, E${r - 1})`,
    ]);
  });
  const last = header + shown.length;
  rows.push([]);
  const singleRow = rows.length + 1;
  rows.push([w.single]);
  rows.push([w.retention, '', '', '', '', '', '=RETENTION(120, 30, 100)']);
  rows.push([w.romi, '', '', '', '', '', '=ROMI(250000, 50000)']);
  rows.push([w.cac, '', '', '', '', '', '=CAC(50000, 40)']);
  rows.push([
    w.runRate,
    '',
    '',
    '',
    '',
    '',
    shown.length > 0 ? `=RUN_RATE(E${last}, 20, 30)` : '=RUN_RATE(1000, 20, 30)',
  ]);
  rows.push([w.unsupported, '', '', '', '', '', `=SUM(E${header + 1}:E${Math.max(last, header + 1)})`]);
  rows.push([]);
  const tableTitleRow = rows.length + 1;
  rows.push([w.table]);
  const lastColumn = columnLetters(Math.max(1, env.sheetValues(sales)[0].length));
  const spendArg = spend === null ? '' : `, , ${quoteSheetName(spend)}!A1:C`;
  rows.push([`=KPI_TABLE(${quoteSheetName(sales)}!A1:${lastColumn}, "${w.period}"${spendArg})`]);
  const tableRow = rows.length;

  env.addSheet(name, rows);
  env.calls.untracked(() => {
    const sheet = env.spreadsheet.getSheetByName(name)!;
    sheet.getRange('A1').setFontWeight('bold').setFontSize(14);
    sheet.getRange('A2').setFontColor('#5f6368');
    sheet.getRange(header, 1, 1, 12).setFontWeight('bold').setBackground('#e8eaed');
    sheet.setFrozenRows(0);
    if (shown.length > 0) {
      const n = shown.length;
      sheet.getRange(header + 1, 5, n, 2).setNumberFormat('#,##0');
      sheet.getRange(header + 1, 7, n, 2).setNumberFormat('0.0%');
      sheet.getRange(header + 1, 9, n, 1).setNumberFormat('#,##0.00');
      sheet.getRange(header + 1, 10, n, 1).setNumberFormat('0.0%');
      sheet.getRange(header + 1, 12, n, 1).setNumberFormat('0.0%');
    }
    sheet.getRange(singleRow, 1).setFontWeight('bold');
    sheet.getRange(singleRow + 1, 7, 2, 1).setNumberFormat('0.0%');
    sheet.getRange(singleRow + 3, 7, 2, 1).setNumberFormat('#,##0.00');
    sheet.getRange(tableTitleRow, 1).setFontWeight('bold');
    sheet.getRange(tableRow, 1, 1, 18).setFontWeight('bold').setBackground('#e8eaed');
    // KPI_TABLE's columns by position: money, counts and rates (see monthlyRows).
    const formats = [
      '',
      '#,##0',
      '#,##0',
      '#,##0',
      '0',
      '0',
      '#,##0.00',
      '0',
      '0.0%',
      '0.0%',
      '0.0%',
      '0.0%',
      '0',
      '0',
      '0.0%',
      '#,##0',
      '0.0%',
      '#,##0.00',
    ];
    formats.forEach((format, i) => {
      if (format !== '') sheet.getRange(tableRow + 1, i + 1, 60, 1).setNumberFormat(format);
    });
    sheet.setColumnWidth(1, 120);
    sheet.setColumnWidth(7, 120);
    // Each other column as wide as its bold headers (the monthly table's and KPI_TABLE's, in the sheet's
    // language), so no header is cut by the next one, as Sheets would cut it.
    const headers = [header, tableRow].map((row) => sheet.getRange(row, 1, 1, 18).getDisplayValues()[0]);
    for (let column = 2; column <= 18; column++) {
      const widest = Math.max(...headers.map((texts) => textWidth(texts[column - 1] ?? '', true)));
      if (widest > sheet.getColumnWidth(column)) sheet.setColumnWidth(column, Math.ceil(widest));
    }
  });
}
