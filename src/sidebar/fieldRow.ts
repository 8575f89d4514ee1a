import { h, uid } from './dom';

/** A form control and where its error goes. */
export interface FieldSlot {
  control: HTMLElement;
  error: HTMLElement;
  /** Ids of what describes the control besides an error: its unit, its hint. */
  described: string[];
}

/** What a row shows around its control. */
export interface FieldRowOptions {
  /** The unit next to the control (`$`, `%`). */
  unit?: string;
  /** A line of help under it. */
  hint?: string;
  /** Label and control on one line (column overrides). */
  compact?: boolean;
}

/**
 * A labelled row: the label (`for` the control), the control with its unit, a hint, and an empty error line. The
 * control is described by its unit and hint (`aria-describedby`); `showFieldError` adds the error.
 *
 * @param key The field's key (`team.revenue`), kept on the control as `data-key`.
 * @param label The label's text (any text: a rep's name is shown as it is).
 * @param control The input or select.
 * @param options Unit, hint, compact.
 * @returns The row and its slot.
 */
export function fieldRow(
  key: string,
  label: string,
  control: HTMLElement,
  options: FieldRowOptions = {},
): { element: HTMLElement; slot: FieldSlot } {
  control.id = control.id || uid('f');
  control.setAttribute('data-key', key);
  const described: string[] = [];
  const unit = options.unit ? h('span', { class: 'unit', id: uid('u'), text: options.unit }) : null;
  if (unit !== null) described.push(unit.id);
  const hint =
    options.hint === undefined ? null : h('p', { class: 'hint', id: uid('h'), text: options.hint });
  if (hint !== null) described.push(hint.id);
  const slot: FieldSlot = {
    control,
    error: h('p', { class: 'error', id: uid('e'), hidden: true }),
    described,
  };
  showFieldError(slot, null);
  const element = h(
    'div',
    { class: options.compact ? 'field compact' : 'field' },
    h('label', { for: control.id, text: label }),
    h('div', { class: 'control' }, control, unit),
    hint,
    slot.error,
  );
  return { element, slot };
}

/**
 * Shows (or clears) the error of a field: its text under the control, `aria-invalid`, and the error's id added to
 * `aria-describedby` so a screen reader reads it with the field.
 *
 * @param slot The field.
 * @param message The error, or null for none.
 */
export function showFieldError(slot: FieldSlot, message: string | null): void {
  slot.error.textContent = message ?? '';
  slot.error.hidden = message === null;
  const ids = message === null ? slot.described : [...slot.described, slot.error.id];
  if (ids.length > 0) slot.control.setAttribute('aria-describedby', ids.join(' '));
  else slot.control.removeAttribute('aria-describedby');
  if (message === null) slot.control.removeAttribute('aria-invalid');
  else slot.control.setAttribute('aria-invalid', 'true');
}
