import type { MappingError } from '../MappingError';

/** One `name=value` choice of a mapping text or range, trimmed and unquoted; `text` is the choice as written. */
export interface Choice {
  name: string;
  value: string;
  text: string;
}

/** How the choices are split and which first row of a range is a header row to skip. */
export interface SplitChoicesOptions {
  /** Split a `name=value` text at the first `=` (header texts may hold `=`) or the last (status texts may). */
  splitAt: 'first' | 'last';
  /** The shape of a choice, for `bad_pair` errors: `['field', 'header']` or `['status', 'class']`. */
  shape: [string, string];
  /** Whether the first non-blank row of a two-column range is its header row (`Field | Header`). */
  isHeaderRow(name: string, value: string): boolean;
}

// Quotes that may wrap a name or a value, so that `;` and `=` can be part of it: "…", «…», “…”.
const CLOSING_QUOTE: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['«', '»'],
  ['“', '”'],
]);

/**
 * Splits a mapping given as text (`date=Close date; amount=Сумма, руб.`, `;` or line breaks between choices) or
 * as a range (one row per choice: name | value; a one-column range holds texts) into choices.
 *
 * @param input The text, or the range's values.
 * @param options How to split, and the header row of a range.
 * @returns The choices in order, or a `bad_pair` error for a choice with no `=` or no name.
 * @example
 * splitChoices('date=Close date;\namount = "Sum; USD"', options)
 * //=> { ok: true, choices: [{ name: 'date', value: 'Close date', … }, { name: 'amount', value: 'Sum; USD', … }] }
 */
export function splitChoices(
  input: string | readonly (readonly unknown[])[],
  options: SplitChoicesOptions,
): { ok: true; choices: Choice[] } | { ok: false; error: MappingError } {
  const choices: Choice[] = [];
  const badPair = (text: string) => ({
    ok: false as const,
    error: { code: 'bad_pair' as const, value: text, known: [...options.shape] },
  });
  const addText = (text: string): Choice | null => {
    for (const segment of splitOutsideQuotes(text, /[;\r\n]/)) {
      const written = segment.trim();
      if (written === '') continue;
      const at = findOutsideQuotes(written, '=', options.splitAt);
      if (at < 0) return { name: '', value: '', text: written };
      const choice = {
        name: unquote(written.slice(0, at)),
        value: unquote(written.slice(at + 1)),
        text: written,
      };
      if (choice.name === '') return choice;
      choices.push(choice);
    }
    return null;
  };

  if (typeof input === 'string') {
    const bad = addText(input);
    return bad === null ? { ok: true, choices } : badPair(bad.text);
  }
  const width = input.reduce((max, row) => Math.max(max, row.length), 0);
  let first = true;
  for (const row of input) {
    const name = cellToText(row[0]);
    const value = width > 1 ? cellToText(row[1]) : '';
    if (name === '' && value === '') continue;
    const isFirst = first;
    first = false;
    if (width <= 1 || (value === '' && findOutsideQuotes(name, '=', 'first') >= 0)) {
      const bad = addText(name);
      if (bad !== null) return badPair(bad.text);
      continue;
    }
    if (isFirst && options.isHeaderRow(name, value)) continue;
    const text = `${name} | ${value}`;
    if (name === '') return badPair(text);
    choices.push({ name: unquote(name), value: unquote(value), text });
  }
  return { ok: true, choices };
}

/** A range cell as text: strings trimmed, numbers and booleans as written, anything else as its string. */
function cellToText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

/** The parts of a text between separators that are not inside quotes. */
function splitOutsideQuotes(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  let closing: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (closing !== null) {
      if (char === closing) closing = null;
    } else if (CLOSING_QUOTE.has(char) && isQuoteStart(text, i)) {
      closing = CLOSING_QUOTE.get(char) ?? null;
    } else if (separator.test(char)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** The first or last index of `char` outside quotes, or -1. */
function findOutsideQuotes(text: string, char: string, which: 'first' | 'last'): number {
  let found = -1;
  let closing: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (closing !== null) {
      if (c === closing) closing = null;
    } else if (CLOSING_QUOTE.has(c) && isQuoteStart(text, i)) {
      closing = CLOSING_QUOTE.get(c) ?? null;
    } else if (c === char) {
      if (which === 'first') return i;
      found = i;
    }
  }
  return found;
}

/**
 * A quote opens a quoted part only at the start of a name or value (after `=`, `;`, a line break or spaces), so
 * that a header such as `Order "Paid"` or `5" screens` keeps its quote marks.
 */
function isQuoteStart(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  const closing = CLOSING_QUOTE.get(text[at]);
  return (
    (before === '' || /[=;\r\n]$/.test(before)) && closing !== undefined && text.indexOf(closing, at + 1) > at
  );
}

/** Trimmed, without one pair of wrapping quotes. */
function unquote(text: string): string {
  const trimmed = text.trim();
  const closing = CLOSING_QUOTE.get(trimmed[0] ?? '');
  if (closing !== undefined && trimmed.length >= 2 && trimmed.endsWith(closing)) {
    return trimmed.slice(1, -1).trim();
  }
  return trimmed;
}
