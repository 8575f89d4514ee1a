import type { sidebarMessages } from '../kpi/i18n/sidebar';
import type { FieldPath } from './fieldPath';
import type { FieldRowOptions } from './fieldRow';
import type { FormState } from './formState';

// What a section's view gets from the page (app.ts): the form, the words, and a few services. A view renders its
// section from the form and, on input, changes the form and says what to render again.

/** The sidebar's words in the user's language. */
export type Messages = (typeof sidebarMessages)['en'];

/** The sections a change can ask to render again. */
export type Section = 'data' | 'settings' | 'targets';

export interface ViewHost {
  readonly form: FormState;
  readonly t: Messages;
  readonly sections: Record<Section | 'footer', HTMLElement>;
  /** A labelled row whose control is registered under its path (errors show in it). */
  row(path: FieldPath, label: string, control: HTMLElement, options?: FieldRowOptions): HTMLElement;
  /** Shows the kept error of a field of the period shown. */
  showError(path: FieldPath): void;
  /** Shows every kept error in its field. */
  showErrors(): void;
  /** Renders sections again, the keyboard focus kept on the same field. */
  rerender(...sections: Section[]): void;
  /** A form value changed: renders these sections again and updates the status line (and the formula). */
  changed(...sections: Section[]): void;
  /** Reads the sales log again with the sheet and columns the form chooses. */
  refreshData(): void;
  /** Sets what brings the KPI_TABLE formula up to date with the form (null: none shown). */
  setFormulaUpdate(update: (() => void) | null): void;
}
