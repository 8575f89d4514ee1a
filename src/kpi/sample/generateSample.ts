import { type Day, formatDay } from '../calendar/day';
import { periodLabel, periodOf, periodStart } from '../calendar/periods';
import type { Lang } from '../i18n/lang';
import { menuMessages } from '../i18n/menu';
import { kpiDefinition } from '../kpis';
import { TARGETS_HEADERS, TARGETS_SHEET_NAMES } from '../targets/targetsSheet';
import { pickWeighted, seededRandom } from './random';

/** One sheet of sample data, ready to write. */
export interface SampleSheet {
  name: string;
  /** Header first. Dates are ISO text (`2026-11-05`), which Sheets turns into date cells in every locale. */
  values: (string | number)[][];
  /** 0-based columns to write as literal text (period labels such as `2026-11` would become dates). */
  textColumns: number[];
  /** Number formats of the data rows, per column ('' = leave as typed). */
  columnFormats: string[];
}

/** The sample: a sales log, a marketing spend table and a few targets. */
export interface SampleData {
  sales: SampleSheet;
  spend: SampleSheet;
  targets: SampleSheet;
}

/** Options of `generateSample`. */
export interface GenerateSampleOptions {
  /** The language of headers, statuses and names. */
  lang: Lang;
  /** The last day with data (today in the spreadsheet's zone): the current month has data up to it. */
  today: Day;
  /** @default 20261125 */
  seed?: number;
  /** @default 300 */
  rows?: number;
  /** Months of history, the current one included. @default 14 */
  months?: number;
}

interface Names {
  reps: string[];
  channels: string[];
  /** Channels that cost money (the others get no spend rows). */
  paid: boolean[];
  customers: string[];
  /** A typical deal, in the currency the language suggests. */
  dealSize: number;
  round: number;
}

const NAMES: Record<Lang, Names> = {
  en: {
    reps: ['Olivia Bennett', 'Liam Carter', 'Sofia Martinez', 'Noah Patel'],
    channels: ['Paid search', 'Referral', 'Email', 'Trade show'],
    paid: [true, false, true, true],
    customers: combine(
      [
        'Northwind',
        'Blue Harbor',
        'Summit',
        'Pioneer',
        'Maple',
        'Granite',
        'Silverline',
        'Evergreen',
        'Brightwave',
      ],
      ['Trading', 'Logistics', 'Foods', 'Labs', 'Studio'],
      (a, b) => `${a} ${b}`,
    ),
    dealSize: 2400,
    round: 10,
  },
  ru: {
    reps: ['Анна Смирнова', 'Игорь Морозов', 'Ольга Новикова', 'Дмитрий Волков'],
    channels: ['Яндекс Директ', 'Рекомендация', 'Email-рассылка', 'Выставка'],
    paid: [true, false, true, true],
    customers: combine(
      ['Ромашка', 'Вектор', 'Север', 'Альфа', 'Меридиан', 'Горизонт', 'Кедр', 'Парус', 'Сфера'],
      ['Трейд', 'Логистик', 'Продукт', 'Сервис', 'Строй', 'Ритейл', 'Системс', 'Партнёр', 'Групп', 'Маркет'],
      (a, b) => `ООО «${a} ${b}»`,
    ),
    dealSize: 68000,
    round: 100,
  },
};

const REP_WEIGHTS = [1.3, 1, 0.9, 0.7];
const REP_SIZE = [1.1, 1, 0.95, 0.85];
const CHANNEL_WEIGHTS = [1.4, 1, 0.8, 0.6];
const TARGET_SHARES = [1.55, 0.95, 0.85, 0.5];

/**
 * A realistic, reproducible sample (pure; the same options give the same sheets): about 300 deals over the last
 * 14 months up to `today` (more in recent months; recent deals still open), four reps, four channels, repeat
 * customers, a few returns; monthly spend for the paid channels; and targets — the team's sales volume for this
 * month and the last, rep targets for this month that add up to the team's, an orders target and a conversion
 * target for every period.
 *
 * @param options Language, today, and optionally the seed, row count and months.
 * @returns The three sheets.
 * @example
 * generateSample({ lang: 'en', today: dayFromCivil(2026, 11, 25) }).sales.values[0]
 * //=> ['Date', 'Deal ID', 'Customer', 'Rep', 'Channel', 'Stage', 'Amount']
 */
export function generateSample(options: GenerateSampleOptions): SampleData {
  const { lang, today } = options;
  const random = seededRandom(options.seed ?? 20261125);
  const count = options.rows ?? 300;
  const months = options.months ?? 14;
  const names = NAMES[lang];
  const words = menuMessages[lang];
  const month = periodOf('month', today);
  const firstDay = periodStart({ type: 'month', index: month.index - months + 1 });
  const span = today - firstDay + 1;

  // Deals: a day (more of them recently), a rep, a channel, a customer (three deals in ten bring a new one), a stage
  // (the last weeks' deals are often still open) and an amount.
  const days: Day[] = [];
  while (days.length < count) {
    const day = firstDay + Math.floor(random() * span);
    const growth = 0.6 + 0.8 * ((day - firstDay) / span);
    if (random() * 1.4 <= growth) days.push(day);
  }
  days.sort((a, b) => a - b);
  const stages = words.sampleStatuses;
  const known: number[] = [];
  let nextCustomer = 0;
  const deals = days.map((day) => {
    const rep = pickWeighted(REP_WEIGHTS, random);
    const channel = pickWeighted(CHANNEL_WEIGHTS, random);
    let customer: number;
    if (known.length === 0 || (random() < 0.3 && nextCustomer < names.customers.length)) {
      customer = nextCustomer++;
      known.push(customer);
    } else {
      customer = known[Math.floor(random() ** 1.5 * known.length)]; // regulars buy more often
    }
    const age = today - day;
    const odds = age < 7 ? [45, 15, 40, 0] : age < 21 ? [58, 24, 18, 0] : [63, 33, 2, 1.5];
    const stage = [stages.won, stages.lost, stages.open, stages.returned][pickWeighted(odds, random)];
    const size = names.dealSize * REP_SIZE[rep] * Math.exp(0.5 * gaussian(random));
    return { day, rep, channel, customer, stage, amount: Math.max(names.round, round(size, names.round)) };
  });

  const sales: SampleSheet = {
    name: words.sampleSalesSheet,
    values: [
      [...words.sampleSalesHeaders],
      ...deals.map((d, i) => [
        formatDay(d.day),
        `D-${1001 + i}`,
        names.customers[d.customer],
        names.reps[d.rep],
        names.channels[d.channel],
        d.stage,
        d.amount,
      ]),
    ],
    textColumns: [1, 2, 3, 4, 5],
    columnFormats: ['', '', '', '', '', '', '#,##0.00'],
  };

  // Spend: the paid channels' monthly budgets, dated the 1st, about a tenth of their sales.
  const wonByMonthChannel = new Map<string, number>();
  const wonByMonth = new Map<number, { revenue: number; orders: number }>();
  for (const d of deals) {
    if (d.stage !== words.sampleStatuses.won) continue;
    const index = periodOf('month', d.day).index;
    const key = `${index}:${d.channel}`;
    wonByMonthChannel.set(key, (wonByMonthChannel.get(key) ?? 0) + d.amount);
    const m = wonByMonth.get(index) ?? { revenue: 0, orders: 0 };
    m.revenue += d.amount;
    m.orders += 1;
    wonByMonth.set(index, m);
  }
  const spendRows: (string | number)[][] = [];
  for (let index = month.index - months + 1; index <= month.index; index++) {
    const start = periodStart({ type: 'month', index });
    names.channels.forEach((channel, c) => {
      if (!names.paid[c]) return;
      const base = (wonByMonthChannel.get(`${month.index - 1}:${c}`) ?? names.dealSize * 4) * 0.12;
      spendRows.push([formatDay(start), channel, round(base * (0.8 + 0.4 * random()), names.round)]);
    });
  }
  const spend: SampleSheet = {
    name: words.sampleSpendSheet,
    values: [[...words.sampleSpendHeaders], ...spendRows],
    textColumns: [1],
    columnFormats: ['', '', '#,##0.00'],
  };

  // Targets: 5 % above the average of the last three full months; the split between reps stretches the best
  // and spares the newest, so the leaderboard shows every status.
  const recent = [1, 2, 3].map((k) => wonByMonth.get(month.index - k) ?? { revenue: 0, orders: 0 });
  const avgRevenue = recent.reduce((s, m) => s + m.revenue, 0) / recent.length;
  const avgOrders = recent.reduce((s, m) => s + m.orders, 0) / recent.length;
  const step = names.round * 100;
  const teamTarget = Math.max(step, round(avgRevenue * 1.05, step));
  const lastMonthTarget = Math.max(step, round(avgRevenue, step));
  const shares = TARGET_SHARES;
  const shareSum = shares.reduce((s, x) => s + x, 0);
  const repTargets = shares.map((s) => round((teamTarget * s) / shareSum, step / 10));
  repTargets[repTargets.length - 1] = teamTarget - repTargets.slice(0, -1).reduce((s, x) => s + x, 0);
  const revenue = kpiDefinition('revenue').names[lang];
  const thisMonth = periodLabel(month);
  const targetRows: (string | number)[][] = [
    [periodLabel({ type: 'month', index: month.index - 1 }), '', revenue, lastMonthTarget],
    [thisMonth, '', revenue, teamTarget],
    ...names.reps.map((rep, i) => [thisMonth, rep, revenue, repTargets[i]]),
    ['', '', kpiDefinition('orders').names[lang], Math.max(1, Math.round(avgOrders * 1.05))],
    // Typed as a percentage, as a user would: Sheets stores 0.35 and shows 35%.
    ['', '', kpiDefinition('conversion').names[lang], '35%'],
  ];
  const targets: SampleSheet = {
    name: TARGETS_SHEET_NAMES[lang],
    values: [[...TARGETS_HEADERS[lang]], ...targetRows],
    textColumns: [0, 1, 2],
    columnFormats: ['', '', '', ''],
  };
  return { sales, spend, targets };
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function round(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function combine(a: string[], b: string[], join: (a: string, b: string) => string): string[] {
  return a.flatMap((x) => b.map((y) => join(x, y)));
}
