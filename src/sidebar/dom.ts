// The sidebar builds its DOM with these helpers only. Text goes in as text nodes (`textContent`), never as HTML:
// rep names, sheet names and headers come from the user's data, and a rep named `<img src=x onerror=…>` must show
// as those characters. Nothing in src/sidebar/ uses innerHTML, outerHTML, insertAdjacentHTML or document.write
// (test/sidebar/noHtmlInjection.test.ts checks).

/** A child: an element, a text (as text), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Attributes (strings, numbers, true = present), DOM properties (`value`, `checked`…), and `on…` listeners. */
export type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

// Set as properties, not attributes: the live state of a form control.
const PROPERTIES = new Set(['value', 'checked', 'selected', 'open']);

/**
 * Makes an element.
 *
 * @param tag The tag name.
 * @param props Attributes, properties (`value`, `checked`, `selected`, `open`), `text` (its text content) and
 *   `on<event>` listeners; null, undefined and false are left out.
 * @param children Elements and texts, in order (arrays are flattened).
 * @returns The element.
 * @example
 * h('label', { for: 'x', text: repName }) // a label whose text is the name, whatever characters it holds
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') element.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function')
      element.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key)) (element as unknown as Record<string, unknown>)[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/**
 * Appends children (texts as text nodes).
 *
 * @param parent The element.
 * @param children Elements, texts and nothings, nested arrays allowed.
 */
export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Replaces an element's children.
 *
 * @example
 * replaceChildren(list, reps.map((rep) => h('li', { text: rep })))
 */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

let nextId = 0;

/**
 * A fresh element id (ids built from data could collide or hold any character).
 *
 * @example
 * uid('rep') //=> 'rep-7'
 */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
