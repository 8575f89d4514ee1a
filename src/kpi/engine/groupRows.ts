import { cellText } from '../_lib/cellText';
import { headerKey, normalizeHeader } from '../_lib/normalizeHeader';
import { normalizeKey } from '../_lib/normalizeKey';
import { createDayOfDate } from '../calendar/dayOfDate';
import { FIELD_NAMES } from '../i18n/dataQuality';
import { headerSynonymsOf } from '../log/detectColumns';
import { FIELDS, type Groups, type SalesLog } from '../log/salesLog';

const SPACES = /\s+/g;

/** The name of the group of rows whose value is blank (spec §1.3). */
export const EMPTY_GROUP = '—';

/**
 * Groups the kept rows of a log by one column (spec §1.3, `KPI_TABLE`'s `group_by`). `by` is resolved, first match
 * wins: a field of the log by its key or its English or Russian name (`rep`, `Менеджер`, `channel`, `канал` …);
 * a header text of the log (trimmed, case-insensitive; the leftmost such column; as written first, then without an
 * object prefix or unit note: `Region` finds `Deal - Region`); a header synonym of a field the log has (`Manager`
 * finds a `Deal Owner` column).
 *
 * Values are compared trimmed, case-insensitive, inner spaces collapsed, `ё` = `е`; a group is named by its most
 * frequent spelling (ties: the first in code-unit order), so row order never renames a group; blank values form
 * the group `—`. Codes follow first appearance (sort `names` for display).
 *
 * @param values The same range the log was read from.
 * @param log The log `readLog` made from it.
 * @param by A field or a header text.
 * @param timeZone The spreadsheet zone, to name groups of Date cells by their day. @default 'UTC'
 * @returns A code per kept row and the group names, or null when `by` names no column of the log.
 * @example
 * const groups = groupRows(values, log, 'менеджер');
 * groups && groups.names //=> ['Анна Смирнова', 'Игорь Морозов']
 */
export function groupRows(
  values: readonly (readonly unknown[])[],
  log: SalesLog,
  by: string,
  timeZone = 'UTC',
): Groups | null {
  const column = resolveColumn(log, by);
  if (column === null) return null;
  const field = FIELDS.find((f) => log.columns[f] === column);

  const dayOf = createDayOfDate(timeZone);
  // Each distinct raw cell (string, number, boolean) → its spelling: one Map lookup per row. Spellings are the
  // trimmed texts; a group is the set of spellings with one `normalizeKey`.
  const spellingOf = new Map<unknown, number>();
  const spellingIndex = new Map<string, number>();
  const spellings: string[] = [];
  const spellingGroup: number[] = [];
  let spellingCount: Int32Array = new Int32Array(16);
  const groupOf = new Map<string, number>();
  let groupCount = 0;
  const spellingCode = new Int32Array(log.size);
  const source = log.source;
  for (let i = 0; i < log.size; i++) {
    const cell = values[source[i]][column];
    let s = spellingOf.get(cell);
    if (s === undefined) {
      const text = cellText(cell, dayOf).replace(SPACES, ' ');
      s = spellingIndex.get(text);
      if (s === undefined) {
        s = spellings.length;
        spellings.push(text);
        spellingIndex.set(text, s);
        const key = normalizeKey(text);
        let g = groupOf.get(key);
        if (g === undefined) {
          g = groupCount++;
          groupOf.set(key, g);
        }
        spellingGroup.push(g);
        if (s === spellingCount.length) spellingCount = grow(spellingCount);
      }
      if (!(cell instanceof Date)) spellingOf.set(cell, s); // a Date is a new object in every cell
    }
    spellingCode[i] = s;
    spellingCount[s]++;
  }

  // A group is named by its most frequent spelling, ties going to the first in code-unit order, so that no
  // reordering of the rows renames a group (`Ann` × 40 and `ann` × 1 is "Ann", whichever comes first).
  const names: string[] = new Array<string>(groupCount).fill('');
  const best = new Int32Array(groupCount).fill(-1);
  for (let s = 0; s < spellings.length; s++) {
    const g = spellingGroup[s];
    const b = best[g];
    if (
      b === -1 ||
      spellingCount[s] > spellingCount[b] ||
      (spellingCount[s] === spellingCount[b] && spellings[s] < spellings[b])
    ) {
      best[g] = s;
    }
  }
  for (let g = 0; g < groupCount; g++)
    names[g] = spellings[best[g]] === '' ? EMPTY_GROUP : spellings[best[g]];
  const code = new Int32Array(log.size);
  for (let i = 0; i < log.size; i++) code[i] = spellingGroup[spellingCode[i]];
  return { code, names, by: field ?? log.headers[column], column };
}

/** The column `by` names in the log, or null. */
function resolveColumn(log: SalesLog, by: string): number | null {
  const wanted = normalizeHeader(by);
  if (wanted === '') return null;
  for (const field of FIELDS) {
    const names = [field, FIELD_NAMES.en[field], FIELD_NAMES.ru[field]];
    if (names.some((name) => normalizeHeader(name) === wanted) && log.columns[field] !== undefined) {
      return log.columns[field];
    }
  }
  // A header as written first (`Amount (converted)` is not `Amount`), then without its prefix or unit note.
  const exact = headerKey(by);
  const at = log.headers.findIndex((header) => headerKey(header) === exact);
  if (at !== -1) return at;
  const near = log.headers.findIndex((header) => normalizeHeader(header) === wanted);
  if (near !== -1) return near;
  for (const field of FIELDS) {
    const synonyms = [...headerSynonymsOf(field, 'en'), ...headerSynonymsOf(field, 'ru')];
    if (log.columns[field] !== undefined && synonyms.some((s) => normalizeHeader(s) === wanted)) {
      return log.columns[field] as number;
    }
  }
  return null;
}

function grow(counts: Int32Array): Int32Array {
  const grown = new Int32Array(counts.length * 2);
  grown.set(counts);
  return grown;
}
