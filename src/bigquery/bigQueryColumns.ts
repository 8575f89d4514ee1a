import { userLanguage } from '../addon/_lib/userLanguage';
import { createHeaderMatcher } from '../kpi/_lib/matchHeaders';
import { bigQueryMessages } from '../kpi/i18n/bigquery';
import { detectColumns } from '../kpi/log/detectColumns';
import { SPEND_HEADER_SYNONYMS } from '../kpi/log/readSpend';
import { FIELDS, type Field, type SpendField } from '../kpi/log/salesLog';
import { bigQueryErrorOf } from '../kpi/sql/bigQueryError';
import type { SqlDateKind } from '../kpi/sql/kpiSqlRequest';

/** A column of the table: its name and BigQuery type. */
export interface BigQueryColumn {
  name: string;
  type: string;
}

/** What the dialog asks for after "Read columns". */
export interface BigQueryColumnsRequest {
  project: string;
  /** `dataset.table`. */
  table: string;
  /** The spend table's `dataset.table`, or '' for none. */
  spendTable?: string;
}

export type BigQueryColumnsResult =
  | {
      ok: true;
      columns: BigQueryColumn[];
      mapping: Partial<Record<Field, string>>;
      /** The spend table's columns and the detected date, spend and channel (empty without a spend table). */
      spendColumns: BigQueryColumn[];
      spendMapping: Partial<Record<SpendField, string>>;
    }
  | { ok: false; message: string };

const matchSpendHeaders = createHeaderMatcher(SPEND_HEADER_SYNONYMS);

/** The date kind of a BigQuery column type. */
export function dateKindOf(type: string): SqlDateKind {
  const t = type.toUpperCase();
  if (t === 'TIMESTAMP') return 'timestamp';
  if (t === 'DATETIME') return 'datetime';
  if (t === 'DATE') return 'date';
  return 'text';
}

/**
 * The dialog's "Read columns": the table's schema (`BigQuery.Tables.get`) and the columns found for each field by the
 * same header detection as a sheet's log (`detectColumns`, names read with `_` as spaces: `close_date` as
 * `close date`); with a spend table, its schema and the date, spend and channel columns found as a spend sheet's are.
 * The user corrects the rest in the dialog.
 *
 * @param request Project, `dataset.table` and the spend table's, if any.
 * @returns The columns and the detected mapping, or a message in the user's language saying what to do.
 */
export function bigQueryColumns(request: BigQueryColumnsRequest): BigQueryColumnsResult {
  const lang = userLanguage(() => SpreadsheetApp.getActive().getSpreadsheetLocale());
  const m = bigQueryMessages[lang];
  const parts = splitTable(request.table);
  if (parts === null) return { ok: false, message: m.badTable(request.table) };
  const spendText = request.spendTable?.trim() ?? '';
  const spendParts = spendText === '' ? null : splitTable(spendText);
  if (spendText !== '' && spendParts === null) return { ok: false, message: m.badTable(spendText) };
  try {
    const schema = (dataset: string, table: string): BigQueryColumn[] =>
      (BigQuery!.Tables!.get(request.project.trim(), dataset, table).schema?.fields ?? []).map((f) => ({
        name: f.name!,
        type: f.type ?? 'STRING',
      }));
    const headers = (columns: BigQueryColumn[]) => columns.map((c) => c.name.replace(/_/g, ' '));
    const columns = schema(parts.dataset, parts.table);
    const found = detectColumns(headers(columns));
    const mapping: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const at = found[field];
      if (at !== undefined && at >= 0) mapping[field] = columns[at].name;
    }
    const spendColumns = spendParts === null ? [] : schema(spendParts.dataset, spendParts.table);
    const spendFound = matchSpendHeaders(headers(spendColumns), new Set());
    const spendMapping: Partial<Record<SpendField, string>> = {};
    for (const field of ['date', 'spend', 'channel'] as const) {
      const at = spendFound[field];
      if (at !== undefined) spendMapping[field] = spendColumns[at].name;
    }
    return { ok: true, columns, mapping, spendColumns, spendMapping };
  } catch (error) {
    return { ok: false, message: bigQueryMessage(error, lang) };
  }
}

/** `dataset.table` (names of letters, digits, `_` and `-`), or null. */
export function splitTable(text: string): { dataset: string; table: string } | null {
  const match = /^\s*([\w-]+)\.([\w$-]+)\s*$/.exec(text);
  return match === null ? null : { dataset: match[1], table: match[2] };
}

/** A BigQuery error in the user's words, with what to do. */
export function bigQueryMessage(error: unknown, lang: 'en' | 'ru'): string {
  const m = bigQueryMessages[lang];
  const { kind, detail } = bigQueryErrorOf(error instanceof Error ? error.message : String(error));
  return m[kind](detail);
}
