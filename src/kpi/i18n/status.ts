import type { KpiStatus } from '../plan/kpiStatus';
import { defineMessages } from './defineMessages';
import type { Lang } from './lang';

/** The symbol shown with each status, so colour is never the only signal (KPI-SPEC §3). */
export const STATUS_SYMBOLS: Readonly<Record<KpiStatus, string>> = Object.freeze({
  on_track: '✓',
  at_risk: '⚠',
  behind: '✗',
  no_target: '—',
  no_data: '',
});

/** The word of each status, in English and Russian. */
export const statusWords = defineMessages<Readonly<Record<KpiStatus, string>>>({
  en: {
    on_track: 'On track',
    at_risk: 'At risk',
    behind: 'Behind',
    no_target: 'No target',
    no_data: 'No data',
  },
  ru: {
    on_track: 'В графике',
    at_risk: 'Под угрозой',
    behind: 'Отстаёт',
    no_target: 'Нет плана',
    no_data: 'Нет данных',
  },
});

/**
 * The text of a status as a cell shows it: symbol and word.
 *
 * @param status The status code of `kpiStatus`.
 * @param lang The user's language.
 * @returns E.g. `✓ On track`, `⚠ Под угрозой`, `— No target`, `No data`.
 * @example
 * statusLabel('behind', 'ru') //=> '✗ Отстаёт'
 */
export function statusLabel(status: KpiStatus, lang: Lang): string {
  const symbol = STATUS_SYMBOLS[status];
  const word = statusWords[lang][status];
  return symbol === '' ? word : `${symbol} ${word}`;
}
