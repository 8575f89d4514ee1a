import { resolveReportSettings, SETTINGS_PROPERTY } from '../kpi/report/reportSettings';
import { knownReps } from '../kpi/sidebar/knownReps';
import { mergeSettingsJson } from '../kpi/sidebar/mergeSettingsJson';
import type {
  SidebarBuildResult,
  SidebarSavePayload,
  SidebarSaveResult,
  SidebarStateRequest,
  SidebarStateResult,
} from '../kpi/sidebar/sidebarProtocol';
import { sidebarVersion } from '../kpi/sidebar/sidebarVersion';
import { validateSidebarSave } from '../kpi/sidebar/validateSidebarSave';
import { readTargets } from '../kpi/targets/readTargets';
import { runReportBuild } from './buildKpiReport';
import { readSidebarSources, sidebarDataOf, sidebarStateOf } from './sidebarState';
import { writeTargets } from './sidebarTargetsWriter';

/** How long a save waits for another save or a report build to finish. */
const LOCK_WAIT_MS = 10_000;

// Reads only: the sheets, the sales log's detected columns, headers, reps and data-quality counts, the settings,
// every target of the "KPI Targets" sheet and the rows it cannot read, and the version a save must carry. The
// JSDoc of the three globals is copied into dist/Code.js, which every custom-function call loads: kept short.
/**
 * Sidebar: reads all it shows (sheets, columns, reps, data quality, settings, targets, version).
 *
 * @param request Optional sales sheet and column overrides to show instead of the saved ones.
 */
export function getSidebarState(request?: SidebarStateRequest | null): SidebarStateResult {
  try {
    return { ok: true, state: sidebarStateOf(readSidebarSources(), request ?? null) };
  } catch (error) {
    console.error(error);
    return { ok: false, message: messageOf(error) };
  }
}

// Settings go to the SALES_KPI_SETTINGS document property, targets to the "KPI Targets" sheet (created when
// first needed), under the document lock. Every field is checked again here; a save based on an older version
// than the spreadsheet's (someone changed the targets or settings meanwhile) is refused, never merged over theirs.
/**
 * Sidebar: checks and saves the settings and the targets of one period, unless someone saved since.
 *
 * @param payload The form as typed, with the version it was based on.
 */
export function saveSidebarState(payload: SidebarSavePayload): SidebarSaveResult {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
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
    const sources = readSidebarSources();
    if (payload.baseVersion !== sidebarVersion(sources.targetsValues, sources.settingsJson)) {
      return { ok: false, reason: 'conflict' };
    }
    // The log the form chooses (sheet and columns), for its headers and reps; the checks below judge the choice.
    const raw = payload.settings ?? {};
    const salesSheet = typeof raw.salesSheet === 'string' ? raw.salesSheet : null;
    const { columns } = resolveReportSettings({ columns: raw.columns }).settings;
    const data = sidebarDataOf(sources, { salesSheet, columns });
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
    });
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };

    let written = 0;
    const { targets, settings } = checked.value;
    if (targets.length > 0) {
      const result = writeTargets(sources, targets);
      if (!result.ok)
        return { ok: false, reason: 'targets_sheet', sheet: result.sheet, column: result.column };
      written = result.written;
    }
    const json = mergeSettingsJson(sources.settingsJson, settings);
    if (json !== sources.settingsJson) {
      PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, json);
    }
    return { ok: true, state: sidebarStateOf(readSidebarSources(sources), null), targetsWritten: written };
  } catch (error) {
    console.error(error);
    return { ok: false, reason: 'failed', message: messageOf(error) };
  } finally {
    lock?.releaseLock();
  }
}

/**
 * Sidebar: builds the KPI report as the menu's "Build KPI report" does (same lock, same sheet swap); when it
 * cannot, the reason comes back to show next to the button instead of in an alert.
 */
export function buildReportFromSidebar(): SidebarBuildResult {
  try {
    const outcome = runReportBuild();
    return outcome.ok ? outcome : { ok: false, reason: 'failed', message: outcome.message };
  } catch (error) {
    console.error(error);
    return { ok: false, reason: 'failed', message: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
