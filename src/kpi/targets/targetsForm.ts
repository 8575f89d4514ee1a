import { normalizeKey } from '../_lib/normalizeKey';
import { KPIS, type KpiKey } from '../kpis';
import { type Target, targetPeriodKey } from '../plan/targets';
import type { SidebarTargetsInput } from '../sidebar/sidebarProtocol';
import { formatTargetInput } from './formatTargetInput';
import { readTargetInput } from './readTargetInput';

/** The targets of one period as the sidebar's fields show them: text per KPI, and per additive KPI and rep. */
export interface TargetsForm {
  team: Record<KpiKey, string>;
  reps: Record<KpiKey, Record<string, string>>;
}

/** The KPIs that take rep targets: those that add up across reps (revenue, orders…). */
export const REP_KPIS: readonly KpiKey[] = KPIS.filter((k) => k.additive).map((k) => k.key);

/**
 * The fields of one period, filled from the target rows that name exactly that period, or for a period type word
 * (`month`, `quarter`, `week`, `year`: every period of that type) the rows of that word; `month` and `null` also
 * take the rows with a blank period (they mean every month): what saving the form unchanged would keep.
 * Inherited targets (every period, sums of months) are not the period's own, so their fields stay empty.
 *
 * @param rows Every target row.
 * @param period A period label, or a period type word for "every period of that type" (null = every month).
 * @param reps The reps to show (their spelling is kept; rows match them ignoring case).
 * @param locale The spreadsheet's locale (how numbers are written).
 * @returns The fields' texts ('' = no target).
 * @example
 * targetsFormOf([{ kpi: 'conversion', period: '2026-11', rep: null, value: 0.25 }], '2026-11', [], 'en_US').team.conversion
 * //=> '25'
 */
export function targetsFormOf(
  rows: readonly Target[],
  period: string | null,
  reps: readonly string[],
  locale: string,
): TargetsForm {
  const form = emptyTargetsForm(reps);
  const key = periodKey(period);
  const repOf = new Map(reps.map((rep) => [normalizeKey(rep), rep]));
  for (const row of rows) {
    if (periodKey(row.period) !== key) continue;
    const text = formatTargetInput(row.value, KPIS.find((k) => k.key === row.kpi)!.unit, locale);
    if (row.rep === null) form.team[row.kpi] = text;
    else {
      const rep = repOf.get(normalizeKey(row.rep));
      if (rep !== undefined && form.reps[row.kpi] !== undefined) form.reps[row.kpi][rep] = text;
    }
  }
  return form;
}

/**
 * Empty fields for every KPI and, for the additive ones, every rep.
 *
 * @example
 * emptyTargetsForm(['Anna']).reps.revenue //=> { Anna: '' }
 */
export function emptyTargetsForm(reps: readonly string[]): TargetsForm {
  const team = {} as Record<KpiKey, string>;
  const byRep = {} as Record<KpiKey, Record<string, string>>;
  for (const k of KPIS) team[k.key] = '';
  for (const kpi of REP_KPIS) byRep[kpi] = Object.fromEntries(reps.map((rep) => [rep, '']));
  return { team, reps: byRep };
}

/**
 * The target rows after the form's period is saved: the other rows as they are, the period's own rows replaced
 * by the fields that read as numbers. What the report will see (mismatch warnings, inherited targets).
 *
 * @param rows Every target row.
 * @param period The form's period: a label or a type word (null = every month).
 * @param form The fields.
 * @param locale The spreadsheet's locale.
 * @returns The rows.
 */
export function targetsWithForm(
  rows: readonly Target[],
  period: string | null,
  form: TargetsForm,
  locale: string,
): Target[] {
  const key = periodKey(period);
  const result = rows.filter((row) => periodKey(row.period) !== key);
  const add = (kpi: KpiKey, rep: string | null, text: string) => {
    const reading = readTargetInput(text, kpi, locale);
    if (reading.ok && reading.value !== null) result.push({ kpi, period, rep, value: reading.value });
  };
  for (const k of KPIS) add(k.key, null, form.team[k.key]);
  for (const kpi of REP_KPIS)
    for (const [rep, text] of Object.entries(form.reps[kpi] ?? {})) add(kpi, rep, text);
  return result;
}

/**
 * The form as the save payload carries it (every field, so a cleared one deletes its row).
 *
 * @example
 * targetsInputOf('2026-11', emptyTargetsForm([])).period //=> '2026-11'
 */
export function targetsInputOf(period: string | null, form: TargetsForm): SidebarTargetsInput {
  return {
    period,
    team: { ...form.team },
    reps: Object.fromEntries(REP_KPIS.map((k) => [k, { ...form.reps[k] }])),
  };
}

/**
 * Whether two forms say the same (field by field, as typed).
 *
 * @example
 * sameTargetsForm(emptyTargetsForm([]), emptyTargetsForm([])) //=> true
 */
export function sameTargetsForm(a: TargetsForm, b: TargetsForm): boolean {
  if (KPIS.some((k) => a.team[k.key].trim() !== b.team[k.key].trim())) return false;
  return REP_KPIS.every((kpi) =>
    Object.keys({ ...a.reps[kpi], ...b.reps[kpi] }).every(
      (rep) => (a.reps[kpi]?.[rep] ?? '').trim() === (b.reps[kpi]?.[rep] ?? '').trim(),
    ),
  );
}

/** A target period as a key: `2026-1` and `2026-01` are one; `Месяц`, `month` and a blank period are one. */
function periodKey(label: string | null): string {
  return targetPeriodKey(label) ?? `?${label}`;
}
