import { h } from './dom';

/**
 * An `<option>`; its text is text, whatever it holds (a sheet named `<b>x</b>` shows as those characters).
 *
 * @example
 * option('sheet:Deals', 'Deals', true)
 */
export function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  return h('option', { value, text, selected });
}

/** A `<select>` of options that reports the chosen value. */
export function selectControl(
  key: string,
  options: HTMLOptionElement[],
  onChange: (value: string) => void,
): HTMLSelectElement {
  return h(
    'select',
    {
      'data-key': key,
      onchange: (event: Event) => onChange((event.currentTarget as HTMLSelectElement).value),
    },
    options,
  );
}

/** An `<input>` with these attributes, properties and listeners. */
export function inputControl(
  key: string,
  props: Record<string, string | boolean | EventListener>,
): HTMLInputElement {
  return h('input', { ...props, 'data-key': key });
}

/** A column's letter as Sheets names it (`columnLetter(27)` is `AB`). */
export { columnLetter } from '../kpi/sidebar/kpiTableFormula';
