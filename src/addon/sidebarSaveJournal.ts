import { decodeJournal, encodeJournal, JOURNAL_PROPERTY, type SaveJournal } from '../kpi/sidebar/saveJournal';
import { sidebarVersion } from '../kpi/sidebar/sidebarVersion';
import { readSidebarSources, type SidebarSources } from './sidebarState';
import { applyTargets, plansWrites, planTargets } from './sidebarTargetsWriter';

// The Apps Script side of a sidebar save's journal (`src/kpi/sidebar/saveJournal.ts`, docs/SIDEBAR.md "A save is
// one step"): finishing a save that was interrupted after its commit point, and closing the journal.

/** How long a save waits for another save or a report build to finish. */
export const LOCK_WAIT_MS = 10_000;

/**
 * Finishes a sidebar save that was interrupted halfway, if there is one (one `getProperties` call otherwise). Call
 * it before reading the targets sheet for a report, and not while holding the document lock (it takes it).
 *
 * @returns Whether there was one to finish.
 */
export function finishInterruptedSave(): boolean {
  const { journal, keys } = decodeJournal(PropertiesService.getDocumentProperties().getProperties());
  if (!isUnfinished({ pending: journal, journalKeys: keys })) return false;
  finishUnderLock(readSidebarSources());
  return true;
}

/** Finishes an interrupted save under the document lock; when another execution holds it, shows what is there. */
export function finishUnderLock(sources: SidebarSources): SidebarSources {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return sources;
  try {
    const fresh = readSidebarSources(sources);
    return isUnfinished(fresh) ? finishPending(fresh) : fresh;
  } finally {
    release(lock);
  }
}

/** Whether the unfinished journal of this form is in the document properties (true when that cannot be read). */
export function isJournaled(form: string): boolean {
  try {
    const { journal } = decodeJournal(PropertiesService.getDocumentProperties().getProperties());
    return journal !== null && journal.form === form && journal.done === undefined;
  } catch {
    return true;
  }
}

/** Whether the document properties hold an unfinished save, or leftover parts of a journal, to finish. */
export function isUnfinished({
  pending,
  journalKeys,
}: Pick<SidebarSources, 'pending' | 'journalKeys'>): boolean {
  if (pending === null) return journalKeys.length > 0;
  return pending.done === undefined || journalKeys.length > 1;
}

/**
 * Writes what an interrupted save still lacks (its journal's targets, planned again on the sheet as it is now),
 * then closes the journal. A journal that can no longer apply (the sheet lost its KPI column) is only closed;
 * leftover parts of a broken one are removed.
 */
export function finishPending(sources: SidebarSources): SidebarSources {
  const journal = sources.pending;
  if (journal === null) {
    const properties = PropertiesService.getDocumentProperties();
    for (const key of sources.journalKeys) properties.deleteProperty(key);
    return { ...sources, journalKeys: [] };
  }
  let after = sources;
  if (journal.done === undefined) {
    const plan = planTargets(sources, journal.entries);
    if (plan.ok && plansWrites(plan)) {
      applyTargets(sources, plan, journal.create);
      after = readSidebarSources(sources);
    }
  }
  return closeJournal(after, journal);
}

/**
 * Marks a save complete: its journal becomes the small record `{ base, form, done: version }` (one call), and the
 * journal's other parts are removed.
 *
 * @returns The sources with the closed journal.
 */
export function closeJournal(sources: SidebarSources, journal: SaveJournal): SidebarSources {
  const done = journal.done ?? sidebarVersion(sources.targetsValues, sources.settingsJson);
  const record: SaveJournal = { base: journal.base, form: journal.form, entries: [], create: false, done };
  const properties = PropertiesService.getDocumentProperties();
  if (journal.done === undefined)
    properties.setProperty(JOURNAL_PROPERTY, encodeJournal(record)[JOURNAL_PROPERTY]);
  for (const key of sources.journalKeys) if (key !== JOURNAL_PROPERTY) properties.deleteProperty(key);
  return { ...sources, pending: record, journalKeys: [JOURNAL_PROPERTY] };
}

/** Releases the lock; a failure to release is no failure of the save (Apps Script releases it at the end). */
export function release(lock: GoogleAppsScript.Lock.Lock | null): void {
  try {
    lock?.releaseLock();
  } catch (error) {
    console.error(error);
  }
}
