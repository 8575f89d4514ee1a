import type { TargetEntry } from '../settings/validateSidebarSave';
import type { SidebarSavePayload } from './sidebarProtocol';
import { hashText } from './sidebarVersion';

/** The document property that holds an unfinished sidebar save (more parts: `_2`, `_3` …). */
export const JOURNAL_PROPERTY = 'SALES_KPI_SAVE_PENDING';

/** Characters per property value: the journal is ASCII (JSON with `\u` escapes), under the 9 KB per value. */
const PART_LENGTH = 8000;

/**
 * A sidebar save in progress (or the last one, once `done`): written with the settings in one `setProperties` call before any cell of the
 * targets sheet changes, deleted once every cell is written. While it is there, the save is unfinished: the next
 * load of the sidebar, or a retry of the same form, writes what is still missing (by planning the entries again:
 * `editTargetsSheet` plans only what a sheet still lacks).
 */
export interface SaveJournal {
  /** The version the save was based on. */
  base: string;
  /** `formHash` of the form: a retry of the same form after a failure is no conflict. */
  form: string;
  /** The targets the save sets (value) or deletes (null) that change the sheet. */
  entries: TargetEntry[];
  /** The save creates the targets sheet (to mark it as the add-on's own when a failure came before). */
  create: boolean;
  /**
   * Set once the save is complete: the version it left (a done journal has no entries). A retry of the same form
   * from the same base finds it and is answered as saved while the version is still this one (the first answer
   * was lost, or another load finished the save).
   */
  done?: string;
}

/**
 * The hash of what a form asks to save (settings and targets, not the version it was based on).
 *
 * @param payload The save as the sidebar sent it.
 * @returns A short hex text.
 * @example
 * formHash({ baseVersion: 'a', settings, targets }) === formHash({ baseVersion: 'b', settings, targets }) //=> true
 */
export function formHash(payload: SidebarSavePayload): string {
  return hashText(JSON.stringify([payload.settings ?? null, payload.targets ?? null]));
}

/**
 * The document properties that hold a journal: ASCII JSON cut into parts that each fit a property value.
 *
 * @param journal The journal.
 * @returns Property name → value, the first part under `JOURNAL_PROPERTY` as `<parts>:<text>`.
 * @example
 * encodeJournal({ base: 'a', form: 'b', entries: [], create: false })
 * //=> { SALES_KPI_SAVE_PENDING: '1:{"base":"a","form":"b","entries":[],"create":false}' }
 */
export function encodeJournal(journal: SaveJournal): Record<string, string> {
  const text = JSON.stringify(journal).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART_LENGTH) parts.push(text.slice(i, i + PART_LENGTH));
  const out: Record<string, string> = Object.create(null);
  parts.forEach((part, i) => {
    out[i === 0 ? JOURNAL_PROPERTY : `${JOURNAL_PROPERTY}_${i + 1}`] =
      i === 0 ? `${parts.length}:${part}` : part;
  });
  return out;
}

/**
 * The journal the document properties hold, or null (none, or a broken one: its parts are then only removed).
 *
 * @param properties All document properties (`getProperties()`).
 * @returns The journal and the names of every property it uses (head first), or null and the leftover names.
 */
export function decodeJournal(properties: Readonly<Record<string, string>>): {
  journal: SaveJournal | null;
  keys: string[];
} {
  const keys = Object.keys(properties)
    .filter((k) => k === JOURNAL_PROPERTY || /^SALES_KPI_SAVE_PENDING_\d+$/.test(k))
    .sort((a, b) => partOf(a) - partOf(b));
  const head = has(properties, JOURNAL_PROPERTY) ? properties[JOURNAL_PROPERTY] : undefined;
  const match = head === undefined ? null : /^(\d+):/.exec(head);
  if (head === undefined || match === null) return { journal: null, keys };
  const count = Number(match[1]);
  let text = head.slice(match[0].length);
  for (let i = 2; i <= count; i++) {
    const key = `${JOURNAL_PROPERTY}_${i}`;
    if (!has(properties, key)) return { journal: null, keys };
    text += properties[key];
  }
  try {
    const parsed = JSON.parse(text) as SaveJournal;
    const ok =
      typeof parsed?.base === 'string' && typeof parsed.form === 'string' && Array.isArray(parsed.entries);
    if (!ok) return { journal: null, keys };
    const done = typeof parsed.done === 'string' ? { done: parsed.done } : {};
    return {
      journal: {
        base: parsed.base,
        form: parsed.form,
        entries: parsed.entries,
        create: parsed.create === true,
        ...done,
      },
      keys,
    };
  } catch {
    return { journal: null, keys };
  }
}

function partOf(key: string): number {
  return key === JOURNAL_PROPERTY ? 1 : Number(key.slice(JOURNAL_PROPERTY.length + 1));
}

function has(object: object, key: string): boolean {
  return Object.hasOwn(object, key);
}
