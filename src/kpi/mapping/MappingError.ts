/**
 * Why a column or status mapping given as text or as a range cannot be used (`KPI_TABLE`'s `columns` and
 * `statuses` arguments, the CLI's `--map` and `--status`). The words people read are made by
 * `mappingErrorMessage` (`src/kpi/i18n/mapping.ts`).
 *
 * - `unknown_field`: `value` is not a field name; `known` = the fields (`date`, `amount` …).
 * - `unknown_header`: no header of the log is `value`; `known` = the headers found.
 * - `unknown_class`: `value` is not a status class; `known` = the classes (`won`, `lost` …).
 * - `bad_pair`: `value` is not a `name=value` pair; `known` = the expected shape, `['field', 'header']` or
 *   `['status', 'class']`.
 * - `duplicate_field`: the field `value` is mapped twice; `known` = the two header texts given.
 * - `duplicate_header`: the column `value` is given to two fields; `known` = those fields.
 * - `duplicate_status`: the status text `value` is given two classes; `known` = those classes.
 */
export interface MappingError {
  code:
    | 'unknown_field'
    | 'unknown_header'
    | 'unknown_class'
    | 'bad_pair'
    | 'duplicate_field'
    | 'duplicate_header'
    | 'duplicate_status';
  value: string;
  known: string[];
}

/** The result of a mapping parser: the value, or the first error. */
export type MappingResult<K extends string, T> =
  | ({ ok: true } & { [key in K]: T })
  | { ok: false; error: MappingError };
