import { dropFloatNoise } from '../kpi/_lib/dropFloatNoise';
import { ownValue } from '../kpi/_lib/ownValue';
import { type PeriodType, parsePeriodLabel, periodOf } from '../kpi/calendar/periods';
import { type KpiKey, kpiDefinition } from '../kpi/kpis';
import {
  resolveTarget,
  type Target,
  type TargetMismatch,
  targetMismatches,
  targetPeriodKey,
} from '../kpi/plan/targets';
import { formatTargetInput } from '../kpi/targets/formatTargetInput';
import { readTargetInput } from '../kpi/targets/readTargetInput';
import {
  emptyTargetsForm,
  REP_KPIS,
  sameTargetsForm,
  type TargetsForm,
  targetsFormOf,
  targetsWithForm,
} from '../kpi/targets/targetsForm';
import { EVERY } from './fieldPath';

// The targets part of the form: the fields of every period edited so far, and what they add up to. No DOM.

/**
 * The period of a period key: a label, or for `*<type>` the type word (every period of that type).
 *
 * @example
 * periodOfKey('*month') //=> 'month'
 */
export function periodOfKey(key: string): string {
  return key.startsWith(EVERY) ? key.slice(EVERY.length) : key;
}

/**
 * A form for these reps with the team fields of `source` and its rep fields; a rep `source` lacks takes its field
 * from `fallback` (else empty). Copying a period and following new reps both use it.
 *
 * @param source The fields to keep.
 * @param reps The reps the form must have.
 * @param fallback Where a rep new to `source` takes its field (the period's saved fields).
 * @returns A new form.
 * @example
 * formForReps(emptyTargetsForm(['Anna']), ['Anna', 'Boris']).reps.revenue //=> { Anna: '', Boris: '' }
 */
export function formForReps(
  source: TargetsForm,
  reps: readonly string[],
  fallback?: TargetsForm,
): TargetsForm {
  const form = emptyTargetsForm(reps);
  form.team = { ...source.team };
  for (const kpi of REP_KPIS)
    for (const rep of reps)
      form.reps[kpi][rep] = ownValue(source.reps[kpi], rep) ?? fallback?.reps[kpi][rep] ?? '';
  return form;
}

/**
 * Whether every field of a form is empty (blanks count as empty).
 *
 * @example
 * isEmptyForm(emptyTargetsForm(['Anna'])) //=> true
 */
export function isEmptyForm(form: TargetsForm): boolean {
  return (
    Object.values(form.team).every((v) => v.trim() === '') &&
    REP_KPIS.every((kpi) => Object.values(form.reps[kpi] ?? {}).every((v) => v.trim() === ''))
  );
}

/** The target fields of every period edited so far, by period key, over the saved target rows. */
export class TargetsEdits {
  private readonly edits = new Map<string, TargetsForm>();

  /**
   * @param rows The saved target rows (what the sheet says).
   * @param reps The reps shown.
   * @param locale The spreadsheet's locale.
   */
  constructor(
    private rows: readonly Target[],
    private reps: readonly string[],
    private readonly locale: string,
  ) {}

  /** The saved fields of a period. */
  saved(key: string): TargetsForm {
    return targetsFormOf(this.rows, periodOfKey(key), this.reps, this.locale);
  }

  /** The fields of a period as edited (created from the saved ones on first use). */
  form(key: string): TargetsForm {
    let form = this.edits.get(key);
    if (form === undefined) {
      form = this.saved(key);
      this.edits.set(key, form);
    }
    return form;
  }

  /** The fields as edited when the period was edited, else as saved (nothing is created). */
  peek(key: string): TargetsForm {
    return this.edits.get(key) ?? this.saved(key);
  }

  set(key: string, form: TargetsForm): void {
    this.edits.set(key, form);
  }

  /** Keeps every edited period's rep fields in step with new reps (a rep new to a form takes its saved field). */
  alignReps(reps: readonly string[]): void {
    this.reps = reps;
    for (const [key, form] of this.edits) this.edits.set(key, formForReps(form, reps, this.saved(key)));
  }

  /** The keys of the periods whose fields differ from what is saved. */
  dirty(): string[] {
    return [...this.edits.entries()]
      .filter(([key, form]) => !sameTargetsForm(form, this.saved(key)))
      .map(([key]) => key);
  }
}

/** The target rows a period's fields meet, as the report will see them once saved, and the period to probe. */
export interface TargetsOutlook {
  rows: Target[];
  probe: ReturnType<typeof periodOf>;
}

/**
 * The target rows after saving a period's fields, and the period the report would look them up for. For "every
 * period" (`*<type>`), only the type's rows: what a period without targets of its own gets, probed at the as-of day.
 */
export function targetsOutlook(
  saved: readonly Target[],
  key: string,
  form: TargetsForm,
  type: PeriodType,
  asOfDay: number,
  locale: string,
): TargetsOutlook {
  const every = key.startsWith(EVERY);
  const period = periodOfKey(key);
  const all = targetsWithForm(saved, period, form, locale);
  return every
    ? { rows: all.filter((row) => targetPeriodKey(row.period) === type), probe: periodOf(type, asOfDay) }
    : { rows: all, probe: parsePeriodLabel(period)! };
}

/**
 * The placeholder of a team field: the inherited target when the field is empty and the period has none of its own.
 */
export function inheritedPlaceholder(
  outlook: TargetsOutlook,
  form: TargetsForm,
  kpi: KpiKey,
  locale: string,
): string {
  if (form.team[kpi].trim() !== '') return '';
  const inherited = resolveTarget(outlook.rows, kpi, outlook.probe, null);
  return inherited !== null && inherited.source !== 'exact'
    ? formatTargetInput(inherited.value, kpiDefinition(kpi).unit, locale)
    : '';
}

/** Where an empty team field's target comes from: every period of a type, or the sum of the months. */
export interface InheritedTarget {
  value: number;
  /** A period type: the target of every period of it; `months`: the sum of the months' targets. */
  from: PeriodType | 'months';
}

/**
 * The target an empty team field takes from elsewhere, and from where (null: the field has a value, or the period
 * has a target of its own, or none applies).
 *
 * @example
 * inheritedTarget(outlook, form, 'revenue') //=> { value: 76000, from: 'month' } with a row "month | revenue | 76000"
 */
export function inheritedTarget(
  outlook: TargetsOutlook,
  form: TargetsForm,
  kpi: KpiKey,
): InheritedTarget | null {
  if (form.team[kpi].trim() !== '') return null;
  const inherited = resolveTarget(outlook.rows, kpi, outlook.probe, null);
  if (inherited === null || inherited.source === 'exact') return null;
  const from =
    inherited.source === 'sum_of_months'
      ? 'months'
      : inherited.source === 'every_month'
        ? 'month'
        : outlook.probe.type;
  return { value: inherited.value, from };
}

/**
 * How many months a period of this type has when a KPI's target there is the sum of its months (quarter 3, year
 * 12), for the "×3 for the quarter" helper; null where the sum of months does not apply (the type, or the KPI).
 *
 * @example
 * monthsFactor('quarter', 'revenue') //=> 3
 * monthsFactor('quarter', 'conversion') //=> null
 */
export function monthsFactor(type: PeriodType, kpi: KpiKey): number | null {
  if (!kpiDefinition(kpi).quarterSumsMonths) return null;
  return type === 'quarter' ? 3 : type === 'year' ? 12 : null;
}

/**
 * A field's figure multiplied (a month's target typed into a quarter's field, ×3), as the field shows numbers; null
 * when the text does not read as a number.
 *
 * @example
 * multiplyTargetInput('76 000', 'revenue', 3, 'ru_RU') //=> '228 000'
 */
export function multiplyTargetInput(
  text: string,
  kpi: KpiKey,
  factor: number,
  locale: string,
): string | null {
  const reading = readTargetInput(text, kpi, locale);
  if (!reading.ok || reading.value === null) return null;
  return formatTargetInput(dropFloatNoise(reading.value * factor), kpiDefinition(kpi).unit, locale);
}

/** What the rep fields of a KPI add up to, against the team target. */
export interface RepSum {
  /** The sum of the fields that read as numbers. */
  sum: number;
  /** How many fields read as numbers (0: no line shown). */
  count: number;
  /** The team target the report will use, or null. */
  team: number | null;
}

/**
 * The sum of a KPI's rep fields as typed, and the team target.
 *
 * @example
 * repSum(outlook, form, 'revenue', 'en_US').sum //=> 1500 when Anna has 1000 and Boris 500
 */
export function repSum(outlook: TargetsOutlook, form: TargetsForm, kpi: KpiKey, locale: string): RepSum {
  let sum = 0;
  let count = 0;
  for (const text of Object.values(form.reps[kpi] ?? {})) {
    const reading = readTargetInput(text, kpi, locale);
    if (reading.ok && reading.value !== null) {
      sum += reading.value;
      count += 1;
    }
  }
  const team = resolveTarget(outlook.rows, kpi, outlook.probe, null);
  return { sum: dropFloatNoise(sum), count, team: team === null ? null : team.value };
}

/** The rep targets that will not add up to their team target (the report's own check, same tolerance). */
export function mismatchesOf(outlook: TargetsOutlook): TargetMismatch[] {
  return targetMismatches(outlook.rows, outlook.probe);
}
