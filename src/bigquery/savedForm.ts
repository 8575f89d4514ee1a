import type { Field, SpendField } from '../kpi/log/salesLog';

/** The dialog's form as the last run left it (document property `SALES_KPI_BIGQUERY`). */
export interface SavedBigQueryForm {
  project?: string;
  table?: string;
  spendTable?: string;
  columns?: Partial<Record<Field, string>>;
  spendColumns?: Partial<Record<SpendField, string>>;
  groupBy?: string;
}

/** The document property holding the last form that ran. */
export const SAVED_FORM_PROPERTY = 'SALES_KPI_BIGQUERY';

/**
 * The last form that ran in this spreadsheet: the dialog opens with it, the flavour's scheduled run builds from it.
 *
 * @returns The saved form, or null when there is none or it does not read (an old or hand-edited property).
 */
export function readSavedForm(): SavedBigQueryForm | null {
  const json = PropertiesService.getDocumentProperties().getProperty(SAVED_FORM_PROPERTY);
  if (json === null) return null;
  try {
    const form = JSON.parse(json) as unknown;
    return form !== null && typeof form === 'object' && !Array.isArray(form)
      ? (form as SavedBigQueryForm)
      : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the form that ran, for the dialog's next opening and the scheduled run: names of the project, tables, columns
 * and group, never any data.
 *
 * @param form The form "Run query" ran.
 */
export function saveForm(form: SavedBigQueryForm): void {
  const { project, table, spendTable, columns, spendColumns, groupBy } = form;
  PropertiesService.getDocumentProperties().setProperty(
    SAVED_FORM_PROPERTY,
    JSON.stringify({ project, table, spendTable, columns, spendColumns, groupBy }),
  );
}
