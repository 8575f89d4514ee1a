/**
 * Shows an alert with an OK button (two service calls). When there is no UI to show it in (a trigger, the script
 * editor), the message is logged instead.
 *
 * @param title The dialog's title.
 * @param message The text.
 */
export function showAlert(title: string, message: string): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch (error) {
    console.warn(`${title}: ${message} (no UI to show it: ${String(error)})`);
  }
}
