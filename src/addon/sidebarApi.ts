import { isReportSheetName } from '../kpi/report/reportSheetName';
import { mergeSettingsJson, PROPERTY_MAX_BYTES, utf8Length } from '../kpi/settings/mergeSettingsJson';
import { resolveReportSettings, SETTINGS_PROPERTY } from '../kpi/settings/reportSettings';
import { validateSidebarSave } from '../kpi/settings/validateSidebarSave';
import { encodeJournal, formHash, type SaveJournal } from '../kpi/sidebar/saveJournal';
import type {
  SidebarBuildResult,
  SidebarSavePayload,
  SidebarSaveResult,
  SidebarState,
  SidebarStateRequest,
  SidebarStateResult,
} from '../kpi/sidebar/sidebarProtocol';
import { sidebarDataOf, sidebarStateOf } from '../kpi/sidebar/sidebarStateOf';
import { sidebarVersion } from '../kpi/sidebar/sidebarVersion';
import { knownReps } from '../kpi/targets/knownReps';
import { readTargets } from '../kpi/targets/readTargets';
import { isTargetsSheetName } from '../kpi/targets/targetsSheet';
import { ownedRole } from './_lib/ownedSheets';
import { runReportBuild } from './buildKpiReport';
import { scheduleViewOf } from './schedule/scheduleView';
import {
  closeJournal,
  finishInterruptedSave,
  finishPending,
  finishUnderLock,
  isJournaled,
  isUnfinished,
  LOCK_WAIT_MS,
  release,
} from './sidebarSaveJournal';
import { readSidebarSources, type SidebarSources } from './sidebarState';
import { applyTargets, plansWrites, planTargets } from './sidebarTargetsWriter';

// The sheets, the sales log's detected columns, headers, reps and data-quality counts, the settings, every target
// of the "KPI Targets" sheet and the rows it cannot read, and the version a save must carry. Reads only, unless a
// save was interrupted halfway: then it first writes what that save still lacks (under the document lock). The
// JSDoc of the three globals is copied into dist/Code.js, which every custom-function call loads: kept short.
/**
 * Sidebar: reads all it shows (sheets, columns, reps, data quality, settings, targets, version).
 *
 * @param request Optional sales sheet and column overrides to show instead of the saved ones.
 */
export function getSidebarState(request?: SidebarStateRequest | null): SidebarStateResult {
  try {
    let sources = readSidebarSources();
    if (isUnfinished(sources)) sources = finishUnderLock(sources);
    const state = sidebarStateOf(sources, request ?? null);
    if (request === null || request === undefined) state.schedule = scheduleOf(sources);
    return { ok: true, state };
  } catch (error) {
    console.error(error);
    return { ok: false, message: messageOf(error) };
  }
}

// Settings go to the SALES_KPI_SETTINGS document property, targets to the "KPI Targets" sheet (created when
// first needed), under the document lock. Every field is checked again here; a save based on an older version
// than the spreadsheet's (someone changed the targets or settings meanwhile) is refused, never merged over theirs.
// Atomic: the settings and a journal of the target edits are written in one call before any cell changes, the
// journal is removed once all are written; an unfinished journal is finished by the next load or save (SIDEBAR.md).
/**
 * Sidebar: checks and saves the settings and the targets of one period, unless someone saved since.
 *
 * @param payload The form as typed, with the version it was based on.
 */
export function saveSidebarState(payload: SidebarSavePayload): SidebarSaveResult {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  // Whether a journal may be in the document properties when a call fails: the answer says so.
  let journaled = false;
  // The form whose journal is being written: when that call fails, whether it was written is read back.
  let committing: string | null = null;
  try {
    lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      lock = null;
      return { ok: false, reason: 'busy' };
    }
    if (typeof payload?.baseVersion !== 'string') {
      return {
        ok: false,
        reason: 'invalid',
        errors: [{ field: 'payload', code: 'malformed', value: 'version' }],
      };
    }
    let sources = readSidebarSources();
    const form = formHash(payload);
    const earlier = sources.pending;
    if (isUnfinished(sources)) {
      // An earlier save was interrupted: finish it first (a failure here leaves its journal for the next try).
      journaled = earlier !== null;
      sources = finishPending(sources);
      journaled = false;
    }
    const current = sidebarVersion(sources.targetsValues, sources.settingsJson);
    // A retry of the last save's form from the same base (its answer was lost, or it failed halfway and was
    // finished since) is no conflict while nobody changed anything after it.
    const retry =
      earlier !== null &&
      earlier.base === payload.baseVersion &&
      earlier.form === form &&
      (earlier.done === undefined || earlier.done === current);
    if (!retry && payload.baseVersion !== current) return { ok: false, reason: 'conflict' };
    // The log the form chooses (sheet, columns and status texts), for its headers and reps; the checks below judge
    // the choice. Read with the statuses the save will store, so the state answered after it reuses this log.
    const raw = payload.settings ?? {};
    const salesSheet = typeof raw.salesSheet === 'string' ? raw.salesSheet : null;
    const chosen = resolveReportSettings({ columns: raw.columns, statuses: raw.statuses }).settings;
    const statuses = raw.statuses === undefined ? undefined : chosen.statuses;
    const data = sidebarDataOf(sources, { salesSheet, columns: chosen.columns, statuses });
    const { locale, timeZone } = sources;
    const targetRows =
      sources.targetsValues === null ? [] : readTargets(sources.targetsValues, { locale, timeZone }).targets;
    const checked = validateSidebarSave(payload, {
      locale,
      sheets: sources.names,
      headers: data.headers,
      reps: knownReps(
        data.reps,
        targetRows.map((t) => t.rep),
      ),
      ownSheets: ownSheetsOf(sources, [raw.salesSheet, raw.spendSheet]),
    });
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };

    const { targets, settings } = checked.value;
    const plan = planTargets(sources, targets);
    if (!plan.ok) return { ok: false, reason: 'targets_sheet', sheet: plan.sheet, column: plan.column };
    const json = mergeSettingsJson(sources.settingsJson, settings);
    if (utf8Length(SETTINGS_PROPERTY) + utf8Length(json) > PROPERTY_MAX_BYTES) {
      return { ok: false, reason: 'invalid', errors: [{ field: 'statuses', code: 'settings_too_large' }] };
    }
    const properties = PropertiesService.getDocumentProperties();
    if (plansWrites(plan)) {
      // The commit point: settings and journal in one call. Before it nothing is written; after it, the save
      // is finished by whoever comes next if this execution dies.
      const journal: SaveJournal = {
        base: payload.baseVersion,
        form,
        entries: plan.edit.effective,
        create: plan.sheet === null,
      };
      committing = form;
      properties.setProperties({ ...encodeJournal(journal), [SETTINGS_PROPERTY]: json });
      journaled = true;
      applyTargets(sources, plan, journal.create);
      // Read back before the journal is closed: a failure here still leaves it for a retry.
      const after = readSidebarSources(sources);
      const state = sidebarStateOf(after, null);
      closeJournal(after, journal);
      journaled = false;
      return { ok: true, state, targetsWritten: plan.edit.set + plan.edit.deleted };
    }
    if (json !== sources.settingsJson) {
      // One call: the settings and the record of this save (for a retry whose answer was lost).
      const done = sidebarVersion(sources.targetsValues, json);
      properties.setProperties({
        ...encodeJournal({ base: payload.baseVersion, form, entries: [], create: false, done }),
        [SETTINGS_PROPERTY]: json,
      });
    }
    return { ok: true, state: sidebarStateOf(readSidebarSources(sources), null), targetsWritten: 0 };
  } catch (error) {
    console.error(error);
    const saved = journaled || (committing !== null && isJournaled(committing)) ? 'pending' : 'no';
    return { ok: false, reason: 'failed', message: messageOf(error), saved };
  } finally {
    release(lock);
  }
}

/**
 * The sheets a form may not take as its sales or spend sheet: the report's and the targets sheet's names, and a
 * chosen sheet the add-on marked as its own (one metadata read per chosen sheet).
 */
function ownSheetsOf(sources: SidebarSources, chosen: readonly unknown[]): string[] {
  const own = sources.names.filter((name) => isReportSheetName(name) || isTargetsSheetName(name));
  for (const choice of chosen) {
    if (typeof choice !== 'string') continue;
    const at = sources.names.findIndex((name) => name.toLowerCase() === choice.toLowerCase());
    if (at !== -1 && !own.includes(sources.names[at]) && ownedRole(sources.sheets[at]) !== null) {
      own.push(sources.names[at]);
    }
  }
  return own;
}

/**
 * Sidebar: builds the KPI report as the menu's "Build KPI report" does (same lock, same sheet swap); when it
 * cannot, the reason comes back to show next to the button instead of in an alert.
 */
export function buildReportFromSidebar(): SidebarBuildResult {
  try {
    // A save interrupted halfway is finished first: the report never reads a half-edited targets sheet.
    finishInterruptedSave();
    const outcome = runReportBuild();
    return outcome.ok ? outcome : { ok: false, reason: 'failed', message: outcome.message };
  } catch (error) {
    console.error(error);
    return { ok: false, reason: 'failed', message: messageOf(error) };
  }
}

/** The Schedule section's view; a failure to read it leaves the section out, never the sidebar. */
function scheduleOf(sources: SidebarSources): SidebarState['schedule'] {
  try {
    return scheduleViewOf(sources.spreadsheet, sources.lang);
  } catch (error) {
    console.error(error);
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
