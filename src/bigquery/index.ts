// The BigQuery flavour (npm run build -- --flavour bigquery → dist-bigquery/): every global of the add-on, its own
// onOpen/onInstall (a BigQuery menu beside the add-on's), and the dialog's server functions. See docs/SQL.md.
export * from '../index';
export { bigQueryColumns } from './bigQueryColumns';
export { onInstall, onOpen } from './onOpen';
export { runBigQueryReport } from './runBigQueryReport';
// In place of the add-on's: a scheduled run builds from BigQuery when the dialog's form ran here.
export { runScheduledReport } from './scheduledBigQueryReport';
export { showBigQueryDialog } from './showBigQueryDialog';
