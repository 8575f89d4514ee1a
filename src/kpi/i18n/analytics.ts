import { decimalSeparatorOf } from '../_lib/decimalSeparatorOf';
import { plural } from '../_lib/plural';
import type { SalesBridge } from '../analytics/salesBridge';
import type { StrengthItem } from '../analytics/strengthsAndWeaknesses';
import type { Mover } from '../analytics/topMovers';
import type { WhatChanged } from '../analytics/whatChanged';
import type { PeriodType } from '../calendar/periods';
import { EMPTY_GROUP } from '../engine/groupRows';
import { formatNumberText } from '../format/formatNumberText';
import { reportNumberFormats } from '../format/numberFormats';
import { kpiDefinition } from '../kpis';
import { defineMessages } from './defineMessages';
import type { Lang } from './lang';

/** The true minus sign of the sentences (`−$52k`). */
const MINUS = '\u2212';

/** Words of the "What changed" and "Strengths and weaknesses" sections (spec §7), English and Russian. */
export const analyticsMessages = defineMessages({
  en: {
    whatChanged: (period: string, previous: string) => `What changed: ${period} vs ${previous}`,
    step: 'Step',
    amount: 'Amount',
    before: 'Before',
    now: 'Now',
    salesVolumeOf: (period: string) => `Sales volume ${period}`,
    salesVolumeSoFar: (period: string) => `Sales volume ${period} so far`,
    ordersEffect: 'Orders effect',
    averageCheckEffect: 'Average-check effect',
    returnsEffect: 'Returns effect',
    bridgeNote:
      'Orders effect = Δorders × the average check before; average-check effect = Δaverage check × orders now; ' +
      'returns effect = −Δreturns. The three add up to the change.',
    runningNote: (period: string, previous: string) =>
      `${period} is still running: its sales so far are compared with the whole of ${previous} (the scorecard's Δ compares the forecast).`,
    moversReps: 'Who moved it: reps',
    moversChannels: 'Who moved it: channels',
    rep: 'Rep',
    channel: 'Channel',
    change: 'Δ sales volume',
    share: 'Share of the change',
    noRep: 'rows without a rep',
    noChannel: 'rows without a channel',
    rose: 'rose',
    fell: 'fell',
    strengths: 'Strengths and weaknesses',
    who: 'Who',
    team: 'Team',
    strength: 'Strongest KPI',
    weakness: 'Weakest KPI',
    reading: 'How far',
    strengthsNote:
      'Each KPI’s forecast against its target (attainment), or without a target against its median of the 12 periods before.',
    ofTarget: (attainment: string) => `${attainment} of target`,
    vsMedian: (change: string, median: string) => `${change} vs median ${median}`,
    best: (n: number, type: PeriodType) => `best in ${n} ${periodWords.en(n, type)}`,
    worst: (n: number, type: PeriodType) => `worst in ${n} ${periodWords.en(n, type)}`,
  },
  ru: {
    whatChanged: (period: string, previous: string) => `Что изменилось: ${period} к ${previous}`,
    step: 'Шаг',
    amount: 'Сумма',
    before: 'Было',
    now: 'Стало',
    salesVolumeOf: (period: string) => `Объём продаж ${period}`,
    salesVolumeSoFar: (period: string) => `Объём продаж ${period} на сегодня`,
    ordersEffect: 'Влияние числа заказов',
    averageCheckEffect: 'Влияние среднего чека',
    returnsEffect: 'Влияние возвратов',
    bridgeNote:
      'Влияние числа заказов = Δзаказов × прежний средний чек; влияние среднего чека = Δсреднего чека × заказы сейчас; ' +
      'влияние возвратов = −Δвозвратов. Вместе они дают изменение.',
    runningNote: (period: string, previous: string) =>
      `${period} ещё идёт: продажи на сегодня сравниваются со всем ${previous} (Δ в сводке сравнивает прогноз).`,
    moversReps: 'Кто изменил объём: менеджеры',
    moversChannels: 'Кто изменил объём: каналы',
    rep: 'Менеджер',
    channel: 'Канал',
    change: 'Δ объёма продаж',
    share: 'Доля изменения',
    noRep: 'строки без менеджера',
    noChannel: 'строки без канала',
    rose: 'вырос',
    fell: 'снизился',
    strengths: 'Сильные и слабые стороны',
    who: 'Кто',
    team: 'Команда',
    strength: 'Самый сильный KPI',
    weakness: 'Самый слабый KPI',
    reading: 'Насколько',
    strengthsNote:
      'Прогноз каждого KPI против цели (выполнение), а без цели — против его медианы за 12 предыдущих периодов.',
    ofTarget: (attainment: string) => `${attainment} от цели`,
    vsMedian: (change: string, median: string) => `${change} к медиане ${median}`,
    best: (n: number, type: PeriodType) => `лучший за ${n} ${periodWords.ru(n, type)}`,
    worst: (n: number, type: PeriodType) => `худший за ${n} ${periodWords.ru(n, type)}`,
  },
});

/** "12 months", "за 3 недели": a count of periods of a type. */
const periodWords: Record<Lang, (n: number, type: PeriodType) => string> = {
  en: (n, type) => plural('en', n, [type, `${type}s`]),
  ru: (n, type) =>
    plural(
      'ru',
      n,
      type === 'week'
        ? ['неделю', 'недели', 'недель']
        : type === 'month'
          ? ['месяц', 'месяца', 'месяцев']
          : type === 'quarter'
            ? ['квартал', 'квартала', 'кварталов']
            : ['год', 'года', 'лет'],
    ),
};

/** Thousands, millions, billions: English suffixes and Russian words. */
const SCALES: Record<Lang, readonly [number, string][]> = {
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ],
  ru: [
    [1e9, ' млрд'],
    [1e6, ' млн'],
    [1e3, ' тыс.'],
  ],
};

/**
 * An amount as a sentence says it, short: thousands, millions, billions (`$52k`, `$1.2M`; `52 тыс. ₽`,
 * `1,2 млн ₽`), one decimal below 10 of a unit, whole otherwise; below a thousand whole (cents under 100); the
 * currency of the spreadsheet's locale as the report's money format has it, before or after; a true minus sign, and
 * a plus when `signed`.
 *
 * @param value The amount.
 * @param locale The spreadsheet locale (currency, decimal mark).
 * @param lang The words of the scales.
 * @param signed Whether a positive amount gets `+`. @default false
 * @example
 * compactMoney(-52340, 'en_US', 'en') //=> '−$52k'
 * compactMoney(1234567, 'ru_RU', 'ru', true) //=> '+1,2 млн ₽'
 */
export function compactMoney(value: number, locale: string, lang: Lang, signed = false): string {
  const abs = Math.abs(value);
  let text = '';
  for (const [size, word] of SCALES[lang]) {
    const scaled = abs / size;
    const digits = scaled < 9.95 ? 1 : 0;
    const rounded = Number(scaled.toFixed(digits));
    if (rounded < 1) continue;
    text = `${decimalText(rounded, digits, locale)}${word}`;
    break;
  }
  if (text === '') {
    const rounded = abs < 100 && !Number.isInteger(abs) ? Number(abs.toFixed(2)) : Math.round(abs);
    if (rounded >= 1000) text = `1${SCALES[lang][2][1]}`;
    else text = decimalText(rounded, Number.isInteger(rounded) ? 0 : 2, locale);
  }
  const pattern = reportNumberFormats(locale, lang).money;
  const prefix = /^"([^"]+)"/.exec(pattern)?.[1] ?? '';
  const suffix = /"([^"]+)"$/.exec(pattern)?.[1];
  const sign = text === '0' ? '' : value < 0 ? MINUS : signed && value > 0 ? '+' : '';
  return `${sign}${prefix}${text}${suffix === undefined ? '' : ` ${suffix}`}`;
}

/** A non-negative number with `digits` decimals (trailing `.0` dropped), grouped, in the locale's marks. */
function decimalText(n: number, digits: number, locale: string): string {
  const fixed = n.toFixed(digits).replace(/\.0+$/, '');
  const [whole, fraction] = fixed.split('.');
  const grouped = formatNumberText(Number(whole), 'count', locale);
  return fraction === undefined ? grouped : `${grouped}${decimalSeparatorOf(locale)}${fraction}`;
}

/** A mover's name for a sentence: rows without a rep or channel are named so, not `—`. */
function moverName(name: string, kind: 'rep' | 'channel', lang: Lang): string {
  if (name !== EMPTY_GROUP) return name;
  const m = analyticsMessages[lang];
  return kind === 'rep' ? m.noRep : m.noChannel;
}

/** English list: `a`, `a and b`, `a, b and c`; Russian with `и`. */
function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'ru' ? ' и ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/** The effects of a bridge in words, largest first; effects that round to nothing are left out. */
function effectTexts(b: SalesBridge, lang: Lang, locale: string): string[] {
  const money = (x: number) => compactMoney(x, locale, lang, true);
  const orders = b.ordersNow - b.ordersBefore;
  const parts: [number, string][] = [];
  const n = (x: number) => formatNumberText(Math.abs(x), 'count', locale);
  if (b.ordersEffect !== 0 && orders !== 0) {
    const count = Math.abs(orders);
    const words =
      lang === 'ru'
        ? `на ${n(count)} ${plural('ru', count, ['заказ', 'заказа', 'заказов'])} ${orders < 0 ? 'меньше' : 'больше'}`
        : `${n(count)} ${orders < 0 ? 'fewer' : 'more'} ${plural('en', count, ['order', 'orders'])}`;
    parts.push([b.ordersEffect, `${words} (${money(b.ordersEffect)})`]);
  }
  if (b.averageCheckEffect !== 0) {
    const up = b.averageCheckEffect > 0;
    const words =
      lang === 'ru'
        ? up
          ? 'средний чек выше'
          : 'средний чек ниже'
        : up
          ? 'a larger average check'
          : 'a smaller average check';
    parts.push([b.averageCheckEffect, `${words} (${money(b.averageCheckEffect)})`]);
  }
  if (b.returnsEffect !== 0) {
    const more = b.returnsEffect < 0;
    const words =
      lang === 'ru'
        ? more
          ? 'больше возвратов'
          : 'меньше возвратов'
        : more
          ? 'more returns'
          : 'fewer returns';
    parts.push([b.returnsEffect, `${words} (${money(b.returnsEffect)})`]);
  }
  return parts
    .filter(([x]) => compactMoney(x, locale, lang) !== compactMoney(0, locale, lang))
    .sort((a, c) => Math.abs(c[0]) - Math.abs(a[0]))
    .map(([, text]) => text);
}

/**
 * The one sentence on top of "What changed" (spec §7): how sales volume moved against P-1 (by how much in percent,
 * or in money when P-1 sold nothing), what did it (the bridge's effects, largest first), and who (the rep and the
 * channel that moved most the same way as the team). While P runs it says it is P so far.
 *
 * @param w The section's data.
 * @param lang The report's language.
 * @param locale The spreadsheet locale (numbers, currency).
 * @returns The sentence.
 * @example
 * describeWhatChanged(w, 'en', 'en_US')
 * //=> 'Sales volume fell 58.9% vs 2026-10: 4 fewer orders (−$52k) and a smaller average check (−$18k); Anna −$31k, SEO −$20k.'
 */
export function describeWhatChanged(w: WhatChanged, lang: Lang, locale: string): string {
  const b = w.bridge;
  const ru = lang === 'ru';
  const m = analyticsMessages[lang];
  const lead = w.running
    ? ru
      ? `Пока (день ${w.elapsedDays} из ${w.periodDays}) объём продаж`
      : `So far (day ${w.elapsedDays} of ${w.periodDays}), sales volume`
    : ru
      ? 'Объём продаж'
      : 'Sales volume';
  const vs = ru ? `к ${w.previousLabel}` : `vs ${w.previousLabel}`;
  let head: string;
  if (b.change === 0) head = ru ? `${lead} не изменился ${vs}` : `${lead} did not change ${vs}`;
  else {
    const verb = b.change > 0 ? m.rose : m.fell;
    const by =
      b.relativeChange === null
        ? compactMoney(Math.abs(b.change), locale, lang)
        : formatNumberText(Math.abs(b.relativeChange), 'ratio', locale);
    head = ru ? `${lead} ${verb} на ${by} ${vs}` : `${lead} ${verb} ${by} ${vs}`;
  }
  const effects = effectTexts(b, lang, locale);
  const who = [
    topMover(w.reps, b.change, 'rep', lang, locale),
    topMover(w.channels, b.change, 'channel', lang, locale),
  ].filter((t): t is string => t !== null);
  return `${head}${effects.length > 0 ? `: ${listText(effects, lang)}` : ''}${who.length > 0 ? `; ${who.join(', ')}` : ''}.`;
}

/** The mover that went most the way the team went (`Anna −$31k`), or null. */
function topMover(
  movers: { up: Mover[]; down: Mover[] } | null,
  change: number,
  kind: 'rep' | 'channel',
  lang: Lang,
  locale: string,
): string | null {
  if (movers === null || change === 0) return null;
  const top = (change < 0 ? movers.down : movers.up)[0];
  if (top === undefined) return null;
  return `${moverName(top.name, kind, lang)} ${compactMoney(top.change, locale, lang, true)}`;
}

/**
 * How far a KPI is from its reference, in words: `128.0% of target`, `+35.0% vs median 0.2%`, with the value's
 * record (`best in 12 months`).
 *
 * @param item The judged KPI.
 * @param lang The report's language.
 * @param locale The spreadsheet locale.
 * @param periodType The report's period type (the record's words).
 * @example
 * describeStrength({ key: 'conversion', basis: 'target', measure: 1.28, record: null, … }, 'en', 'en_US', 'month')
 * //=> '128.0% of target'
 */
export function describeStrength(
  item: StrengthItem,
  lang: Lang,
  locale: string,
  periodType: PeriodType,
): string {
  const m = analyticsMessages[lang];
  const unit = kpiDefinition(item.key).unit;
  const valueText = (x: number) =>
    unit === 'money'
      ? compactMoney(x, locale, lang)
      : formatNumberText(x, unit === 'ratio' ? 'ratio' : 'count', locale);
  const reading =
    item.basis === 'target'
      ? m.ofTarget(formatNumberText(item.measure, 'ratio', locale))
      : m.vsMedian(
          `${item.measure > 0 ? '+' : item.measure < 0 ? MINUS : ''}${formatNumberText(Math.abs(item.measure), 'ratio', locale)}`,
          valueText(item.reference),
        );
  if (item.record === null) return reading;
  const record = item.record.kind === 'best' ? m.best : m.worst;
  return `${reading} · ${record(item.record.periods, periodType)}`;
}
