import { describe, expect, it } from 'vitest';
import { parseArgs, type ReportOptions, usage } from '../../tools/report/args';
import { UsageError } from '../../tools/report/errors';

const CWD = '/home/ann/sales';

/** The options of a command line that parses. */
function options(...argv: string[]): ReportOptions {
  const parsed = parseArgs(argv, CWD);
  if (parsed.help) throw new Error('expected options, got --help');
  return parsed.options;
}

/** The one-line message of a command line that does not parse. */
function failure(...argv: string[]): string {
  try {
    parseArgs(argv, CWD);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`parseArgs accepted ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('needs only --out, and leaves everything else to the sample and the add-on', () => {
    expect(options('--out', 'r.xlsx')).toEqual({
      data: null,
      spend: null,
      targets: null,
      period: null,
      reportPeriod: null,
      asOf: null,
      lang: 'en',
      locale: 'en_US',
      timeZone: 'America/New_York',
      out: '/home/ann/sales/r.xlsx',
      force: false,
      bundle: null,
      columns: null,
      statuses: null,
    });
  });

  it('reads every flag, as --flag value and as --flag=value, with paths relative to the directory', () => {
    expect(
      options(
        '--data',
        'deals.csv',
        '--spend=../spend.xlsx',
        '--targets',
        '/abs/targets.csv',
        '--period',
        'квартал',
        '--report-period',
        '2026-q4',
        '--as-of=2026-11-20',
        '--lang',
        'RU',
        '--locale',
        'en_GB',
        '--time-zone',
        'Asia/Yekaterinburg',
        '--out',
        'out/r.xlsx',
        '--force',
        '--bundle',
        'build/Code.js',
        '--map',
        'date=Период',
        '--status=Отгружен=won',
      ),
    ).toEqual({
      data: '/home/ann/sales/deals.csv',
      spend: '/home/ann/spend.xlsx',
      targets: '/abs/targets.csv',
      period: 'quarter',
      reportPeriod: '2026-Q4',
      asOf: '2026-11-20',
      lang: 'ru',
      locale: 'en_GB',
      timeZone: 'Asia/Yekaterinburg',
      out: '/home/ann/sales/out/r.xlsx',
      force: true,
      bundle: '/home/ann/sales/build/Code.js',
      columns: new Map([['date', 'Период']]),
      statuses: { won: ['Отгружен'] },
    });
  });

  it('gives Russian users a Russian spreadsheet in Moscow time', () => {
    const ru = options('--lang', 'ru', '--out', 'r.xlsx');
    expect([ru.locale, ru.timeZone]).toEqual(['ru_RU', 'Europe/Moscow']);
  });

  it('takes the language from --locale when --lang is not given', () => {
    const ru = options('--locale', 'ru_RU', '--out', 'r.xlsx');
    expect([ru.lang, ru.timeZone]).toEqual(['ru', 'Europe/Moscow']);
  });

  it('takes the period type from --report-period when --period is not given', () => {
    expect(options('--report-period', '2026-W47', '--out', 'r.xlsx').period).toBe('week');
    expect(options('--report-period', '2026', '--out', 'r.xlsx').period).toBe('year');
  });

  describe('--map and --status', () => {
    it('may be given again and again, each with one or more choices', () => {
      const parsed = options(
        '--map',
        'date=Paid at',
        '--map=amount=Сумма, руб.',
        '--map',
        'rep=Deal - Owner; status=-',
        '--status',
        'Closed-Lost to Competition=lost',
        '--status',
        'Анализ причины провала=отказ; Partially refunded=refunded',
        '--out',
        'r.xlsx',
      );
      expect(parsed.columns).toEqual(
        new Map([
          ['date', 'Paid at'],
          ['amount', 'Сумма, руб.'],
          ['rep', 'Deal - Owner'],
          ['status', null],
        ]),
      );
      expect(parsed.statuses).toEqual({
        lost: ['Closed-Lost to Competition', 'Анализ причины провала'],
        refunded: ['Partially refunded'],
      });
    });

    it('takes Russian field and class names', () => {
      const parsed = options(
        '--map',
        'дата=Время',
        '--status',
        'Отгружен=успех',
        '--lang',
        'ru',
        '--out',
        'r.xlsx',
      );
      expect([parsed.columns, parsed.statuses]).toEqual([
        new Map([['date', 'Время']]),
        { won: ['Отгружен'] },
      ]);
    });

    it.each([
      [
        ['--map', 'revenue=Sales'],
        /^--map: There is no field “revenue”\. Fields: date, amount, status, id, /,
      ],
      [['--map', 'Close Date'], /^--map: “Close Date” is not a choice: write field=header\.$/],
      [
        ['--map', 'date=A', '--map', 'date=B'],
        /^--map: The field “date” is mapped twice \(“A”, “B”\): map it once\.$/,
      ],
      [['--map', '__proto__=Date'], /^--map: There is no field “__proto__”\./],
      [
        ['--status', 'Shipped=shipped'],
        /^--status: “shipped” is not a status class\. Classes: won, lost, open, returned, refunded\.$/,
      ],
      [['--status', 'Shipped'], /^--status: “Shipped” is not a choice: write status text=class\.$/],
      [
        ['--status', 'Отгружен=постоянно', '--lang', 'ru'],
        /^--status: «постоянно» — не класс статуса\. Классы: won \(выиграна\), /,
      ],
    ])('%j → one line in the user’s language', (argv, message) => {
      expect(failure(...argv, '--out', 'r.xlsx')).toMatch(message);
    });
  });

  it('answers --help and -h with the usage text', () => {
    expect(parseArgs(['--help'], CWD)).toEqual({ help: true });
    expect(parseArgs(['--out', 'r.xlsx', '-h'], CWD)).toEqual({ help: true });
    expect(usage()).toContain('--report-period <label>');
    expect(usage()).toContain('--map <field=Header>');
    expect(usage()).toContain('--status <Text=class>');
    expect(usage()).toMatch(/^ {2}--force +replace the --out file when it exists$/m);
  });

  describe('bad flags: one line saying what is wrong', () => {
    it.each([
      [['--out', 'r.xlsx', '--asof', '2026-11-01'], 'unknown flag --asof: did you mean --as-of?'],
      [['--out', 'r.xlsx', '--verbose'], 'unknown flag --verbose: see npm run report -- --help'],
      [['--data'], '--data needs a value: --data <sales.csv|.xlsx>'],
      [['--data', '--out', 'r.xlsx'], '--data needs a value: --data <sales.csv|.xlsx>'],
      [['--out='], '--out needs a value: --out <report.xlsx>'],
      [['--out', 'a.xlsx', '--out', 'b.xlsx'], '--out is given twice'],
      [['--out', 'a.xlsx', '--force=yes'], '--force takes no value'],
      [
        ['deals.csv', '--out', 'r.xlsx'],
        'unexpected argument "deals.csv": name each file with its flag, e.g. --data deals.csv or --out deals.csv',
      ],
      [['--data', 'deals.csv'], '--out is required: the .xlsx file to write, e.g. --out report.xlsx'],
      [['--out', 'report.pdf'], '--out "report.pdf" must end in .xlsx'],
      [
        ['--period', 'fortnight', '--out', 'r.xlsx'],
        '--period "fortnight" is not week, month, quarter or year (неделя, месяц, квартал, год)',
      ],
      [
        ['--report-period', '2026-13', '--out', 'r.xlsx'],
        '--report-period "2026-13" is not a period such as 2026-11, 2026-Q4, 2026-W47 or 2026',
      ],
      [
        ['--period', 'month', '--report-period', '2026-Q4', '--out', 'r.xlsx'],
        '--report-period 2026-Q4 is a quarter, but --period is month',
      ],
      [
        ['--as-of', '2026-02-30', '--out', 'r.xlsx'],
        '--as-of "2026-02-30" is not a date in the form YYYY-MM-DD, e.g. 2026-11-20',
      ],
      [
        ['--as-of', '20.11.2026', '--out', 'r.xlsx'],
        '--as-of "20.11.2026" is not a date in the form YYYY-MM-DD, e.g. 2026-11-20',
      ],
      [['--lang', 'de', '--out', 'r.xlsx'], '--lang "de" is not en or ru'],
      [
        ['--locale', 'russian', '--out', 'r.xlsx'],
        '--locale "russian" is not a Sheets locale such as en_US, en_GB or ru_RU',
      ],
      [
        ['--time-zone', 'Mars/Olympus', '--out', 'r.xlsx'],
        '--time-zone "Mars/Olympus" is not a time zone such as Europe/Moscow or UTC',
      ],
    ])('%j → %s', (argv, message) => {
      expect(failure(...argv)).toBe(message);
    });
  });
});
