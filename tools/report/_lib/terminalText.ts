/**
 * Text from a user's file (a header, a cell, a worksheet name) as the CLI and the playground print it: control
 * characters cannot move the cursor, recolour the terminal, rewrite the line or reorder it, and one line stays short.
 */

/** The longest line the CLI and the playground print (longer ones end in "… (N more characters)"). */
export const MAX_LINE = 300;

/** The longest text of a file (a header, a value, a name) quoted in a message. */
export const MAX_QUOTED = 40;

// C0 controls (tab and line breaks too), DEL, C1 controls; the bidi marks, embeddings, overrides and isolates
// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes every character a terminal would act on: `\x1b` for ESC, `\n` for a line break, `\u202e` for a
 * right-to-left override.
 *
 * @param text Any text.
 * @returns The text with those characters written as escapes; the rest unchanged.
 * @example
 * escapeControls('Amount\u001b[2J\r') //=> 'Amount\\x1b[2J\\r'
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/**
 * Cuts a text to `max` characters, saying how many were left out.
 *
 * @param text Any text.
 * @param max The most characters kept (the note on what was cut comes on top).
 * @returns The text, or its start and `… (N more characters)`.
 * @example
 * clip('abcdef', 3) //=> 'abc… (3 more characters)'
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text); // never halves a surrogate pair
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('')}… (${chars.length - max} more characters)`;
}

/**
 * A text of a file as a message quotes it: escaped and, when long, cut short with `…`.
 *
 * @example
 * quotable('Deal\u202eeulaV') //=> 'Deal\\u202eeulaV'
 */
export function quotable(text: string, max: number = MAX_QUOTED): string {
  const escaped = Array.from(escapeControls(text));
  return escaped.length <= max ? escaped.join('') : `${escaped.slice(0, max - 1).join('')}…`;
}

/**
 * A message as the lines to print: each line of it (the message's own line breaks) escaped and cut to
 * {@link MAX_LINE} characters.
 *
 * @example
 * terminalLines('error: a\u001b[31m\n  b') //=> ['error: a\\x1b[31m', '  b']
 */
export function terminalLines(message: string): string[] {
  return message.split('\n').map((line) => clip(escapeControls(line), MAX_LINE));
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}
