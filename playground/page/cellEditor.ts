/** How an edit ends: Enter moves down, Tab right; a click elsewhere keeps the place; Esc drops the edit. */
export type EditEnd = { text: string; move: 'down' | 'right' | 'none' } | null;

/**
 * Opens a text box over a cell, as Sheets edits in place: it starts with `initial` (the cell's formula or value, or
 * the key that started the edit), Enter and Tab commit (moving down or right), Esc cancels, leaving it commits.
 *
 * @param wrap The grid's scrolling container (the box is placed in it, over the cell).
 * @param td The cell.
 * @param initial The text to start with.
 * @param label The box's accessible name (the cell's A1).
 * @param done Called once with how the edit ended.
 */
export function openCellEditor(
  wrap: HTMLElement,
  td: HTMLTableCellElement,
  initial: string,
  label: string,
  done: (end: EditEnd) => void,
): HTMLInputElement {
  const input = document.createElement('input');
  input.className = 'cell-editor';
  input.value = initial;
  input.setAttribute('aria-label', label);
  const cell = td.getBoundingClientRect();
  const box = wrap.getBoundingClientRect();
  input.style.left = `${cell.left - box.left + wrap.scrollLeft}px`;
  input.style.top = `${cell.top - box.top + wrap.scrollTop}px`;
  input.style.minWidth = `${cell.width}px`;
  input.style.height = `${cell.height}px`;
  let finished = false;
  const finish = (end: EditEnd) => {
    if (finished) return;
    finished = true;
    input.remove();
    done(end);
  };
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish({ text: input.value, move: 'down' });
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish({ text: input.value, move: 'right' });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(null);
    }
  });
  input.addEventListener('blur', () => finish({ text: input.value, move: 'none' }));
  wrap.append(input);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  return input;
}
