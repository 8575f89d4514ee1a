import { STATUS_CLASSES, type StatusClass } from '../log/salesLog';
import { STATUS_VOCABULARY, statusKey } from '../log/statusClass';
import { JS_SPACE, type SqlDialect } from './sqlDialect';

/**
 * The status classes as the JS engine knows them (`createStatusClassifier`): every vocabulary word by its
 * `statusKey`, then the user's extra texts, which win over a built-in class of the same text (a text given under
 * two classes goes to the first of won, lost, returned, refunded, open).
 *
 * @param extra The user's extra texts per class.
 * @returns Status key → class.
 * @example
 * statusKeyClasses({ lost: ['Спам'] }).get('спам') //=> 'lost'
 */
export function statusKeyClasses(
  extra?: Partial<Record<StatusClass, readonly string[]>>,
): Map<string, StatusClass> {
  const known = new Map<string, StatusClass>();
  for (const statusClass of STATUS_CLASSES) {
    const { en, ru, extra: more } = STATUS_VOCABULARY[statusClass];
    for (const text of [...en, ...ru, ...more]) known.set(statusKey(text), statusClass);
  }
  const extraClassOf = new Map<string, StatusClass>();
  for (const statusClass of STATUS_CLASSES) {
    for (const text of extra?.[statusClass] ?? []) {
      const key = statusKey(text);
      if (key !== '' && !extraClassOf.has(key)) extraClassOf.set(key, statusClass);
    }
  }
  for (const [key, statusClass] of extraClassOf) known.set(key, statusClass);
  return known;
}

/**
 * SQL of `normalizeKey` (src/kpi/_lib/normalizeKey.ts): trimmed, inner whitespace collapsed to one space, lower
 * case, `ё` read as `е`; whitespace is JavaScript's `\s` (Unicode spaces too), not RE2's ASCII `\s`.
 *
 * @param d The dialect.
 * @param text A text expression.
 * @returns The key expression.
 * @example
 * normalizeKeySql(DUCKDB, 'x') // lower(regexp_replace(regexp_replace(x, …), …)) with ё → е
 */
export function normalizeKeySql(d: SqlDialect, text: string): string {
  return `replace(lower(${collapseSql(d, trimSql(d, text))}), 'ё', 'е')`;
}

/** SQL of JavaScript's `String.prototype.trim` (Unicode whitespace). */
export function trimSql(d: SqlDialect, text: string): string {
  // TRIM with a set of characters is slow on large tables: only texts with white space at an end go through it.
  return `(CASE WHEN ${d.matches(text, `^${JS_SPACE}|${JS_SPACE}$`)} THEN trim(${text}, ${d.spaces}) ELSE ${text} END)`;
}

/** Every run of JavaScript whitespace as one space. */
export function collapseSql(d: SqlDialect, text: string): string {
  return d.replaceAll(text, `${JS_SPACE}+`, ' ');
}

/**
 * SQL of `statusKey` (src/kpi/log/statusClass.ts) over a text expression: `normalizeKey`, a trailing note in
 * parentheses dropped unless it is the whole text, `_` and `-` read as a space, WooCommerce's `wc-` prefix dropped.
 *
 * @param d The dialect.
 * @param text A text expression (a status cell).
 * @returns The status key expression.
 */
export function statusKeySql(d: SqlDialect, text: string): string {
  const key = normalizeKeySql(d, text);
  const cut = d.replaceAll(key, ' ?\\([^()]*\\)$', '');
  const kept = `(CASE WHEN ${cut} = '' THEN ${key} ELSE ${cut} END)`;
  return d.replaceAll(normalizeKeySql(d, d.replaceAll(kept, '[_-]+', ' ')), '^wc ', '');
}

/**
 * The SQL CASE that gives a status key its class (spec §1.1 "Status classes"), generated from the JS engine's
 * vocabulary and the user's extra texts: the same words, compared by the same key; empty and unknown texts are
 * `open`.
 *
 * @param d The dialect.
 * @param key A status key expression (`statusKeySql`).
 * @param extra The user's extra texts per class.
 * @returns `CASE WHEN key IN (…) THEN 'won' … ELSE 'open' END`.
 * @example
 * statusClassSql(DUCKDB, 'k') // CASE WHEN k IN ('won', 'closed won', …) THEN 'won' WHEN … ELSE 'open' END
 */
export function statusClassSql(
  d: SqlDialect,
  key: string,
  extra?: Partial<Record<StatusClass, readonly string[]>>,
): string {
  const byClass = new Map<StatusClass, string[]>();
  for (const [text, statusClass] of statusKeyClasses(extra)) {
    if (statusClass === 'open') continue; // the ELSE
    byClass.set(statusClass, [...(byClass.get(statusClass) ?? []), text]);
  }
  const whens = STATUS_CLASSES.filter((c) => byClass.has(c)).map(
    (c) => `WHEN ${key} IN (${byClass.get(c)!.map(d.str).join(', ')}) THEN '${c}'`,
  );
  return `CASE ${whens.join(' ')} ELSE 'open' END`;
}
