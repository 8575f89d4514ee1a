import { normalizeKey } from '../kpi/_lib/normalizeKey';
import { dayFromCivil } from '../kpi/calendar/day';
import { type PeriodType, parsePeriodLabel, periodLabel, periodOf } from '../kpi/calendar/periods';
import { FIELDS, type Field, STATUS_CLASSES, type StatusClass } from '../kpi/log/salesLog';
import { type ColumnChoices, findHeader } from '../kpi/settings/reportSettings';
import type { SidebarSettingsInput, SidebarState } from '../kpi/sidebar/sidebarProtocol';
import { formatTargetInput } from '../kpi/targets/formatTargetInput';
import { dayOfIso } from './dayOfIso';

// The settings part of the form, as typed, and what it says: pure functions, no DOM.

/** The settings part of the form, as typed. */
export interface SettingsForm {
  salesSheet: string | null;
  spendMode: 'auto' | 'none' | 'sheet';
  spendSheet: string | null;
  periodType: PeriodType;
  reportPeriod: string | null;
  asOf: string;
  atRisk: string;
  /** Column choices by header text that differ from detection (null = no such column). */
  columns: ColumnChoices;
  /** The user's status classes, by the status text's key (`normalizeKey`). */
  statuses: Map<string, { text: string; statusClass: StatusClass }>;
}

/** The form's settings as the server's state has them. */
export function settingsFormOf(state: SidebarState): SettingsForm {
  const s = state.settings;
  return {
    salesSheet: s.salesSheet,
    spendMode: s.spendMode,
    spendSheet: s.spendSheet,
    periodType: s.periodType,
    reportPeriod: s.reportPeriod,
    asOf: s.asOf ?? '',
    atRisk: formatTargetInput(s.atRisk, 'ratio', state.locale),
    columns: { ...(s.columns ?? {}) },
    statuses: new Map(
      STATUS_CLASSES.flatMap((statusClass) =>
        (s.statuses[statusClass] ?? []).map((text) => [normalizeKey(text), { text, statusClass }] as const),
      ),
    ),
  };
}

/**
 * The status texts per class, each class's texts sorted (so a choice undone is no change).
 *
 * @example
 * statusesRecordOf(new Map([['x', { text: 'X', statusClass: 'lost' }]])) //=> { lost: ['X'] }
 */
export function statusesRecordOf(statuses: SettingsForm['statuses']): Partial<Record<StatusClass, string[]>> {
  const record: Partial<Record<StatusClass, string[]>> = {};
  for (const statusClass of STATUS_CLASSES) {
    const texts = [...statuses.values()]
      .filter((entry) => entry.statusClass === statusClass)
      .map((entry) => entry.text)
      .sort();
    if (texts.length > 0) record[statusClass] = texts;
  }
  return record;
}

/** The settings as the save payload carries them. */
export function settingsInputOf(s: SettingsForm): SidebarSettingsInput {
  return {
    salesSheet: s.salesSheet,
    spendMode: s.spendMode,
    spendSheet: s.spendMode === 'sheet' ? s.spendSheet : null,
    periodType: s.periodType,
    reportPeriod: s.reportPeriod,
    asOf: s.asOf === '' ? null : s.asOf,
    atRisk: s.atRisk,
    columns: Object.keys(s.columns).length === 0 ? null : { ...s.columns },
    statuses: s.statuses.size === 0 ? null : statusesRecordOf(s.statuses),
  };
}

/** The as-of day (or today, an ISO date) in the spreadsheet's zone: it decides the current period. */
export function asOfDayOf(s: SettingsForm, today: string): number {
  return dayOfIso(s.asOf) ?? dayOfIso(today) ?? dayFromCivil(2026, 1, 1);
}

/** The label of the period the as-of day is in. */
export function currentLabelOf(s: SettingsForm, today: string): string {
  return periodLabel(periodOf(s.periodType, asOfDayOf(s, today)));
}

/** The targets' period to show first: the saved report period when of the type, else the current one. */
export function defaultTargetsPeriodOf(s: SettingsForm, today: string): string {
  const saved = s.reportPeriod;
  const period = saved === null ? null : parsePeriodLabel(saved);
  return period !== null && period.type === s.periodType && saved !== null ? saved : currentLabelOf(s, today);
}

/** One status text of the Statuses list, with its row count in the log when known. */
export interface StatusItem {
  text: string;
  count: number | null;
}

/**
 * The status texts the control lists: every unknown one (most frequent first), then those the user mapped,
 * each once, with its row count in the log when known.
 */
export function statusItemsOf(data: SidebarState['data'], statuses: SettingsForm['statuses']): StatusItem[] {
  const quality = data.quality;
  const items = new Map<string, StatusItem>();
  for (const { text, count } of [...(quality?.unknownStatuses ?? []), ...(quality?.mappedStatuses ?? [])]) {
    const key = normalizeKey(text);
    if (!items.has(key)) items.set(key, { text, count });
  }
  for (const [key, { text }] of statuses) if (!items.has(key)) items.set(key, { text, count: null });
  return [...items.values()];
}

/**
 * The column choices after choosing a column for a field: by header text, and a choice equal to what detection
 * finds is no choice.
 *
 * @param columns The choices so far.
 * @param field The field.
 * @param column The column's index, or -1 for "no such column".
 * @param data The log's headers and what detection found.
 * @returns The new choices.
 */
export function withColumnChoice(
  columns: ColumnChoices,
  field: Field,
  column: number,
  data: Pick<SidebarState['data'], 'headers' | 'detected'>,
): ColumnChoices {
  const result: ColumnChoices = { ...columns, [field]: column === -1 ? null : data.headers[column].trim() };
  for (const f of FIELDS) {
    const header = result[f];
    if (header === undefined) continue;
    const at = header === null ? -1 : findHeader(data.headers, header);
    if (at === (data.detected[f] ?? -1)) delete result[f];
  }
  return result;
}
