import { describe, expect, it } from 'vitest';
import {
  clip,
  escapeControls,
  MAX_LINE,
  quotable,
  terminalLines,
} from '../../tools/report/_lib/terminalText';

describe('escapeControls', () => {
  it('writes C0 controls, DEL and C1 controls as \\x escapes, and line breaks and tabs as \\n \\r \\t', () => {
    expect(escapeControls('a\u0000b\u0007c\u001b[2Jd\u007fe\u0085f\u009bg')).toBe(
      'a\\x00b\\x07c\\x1b[2Jd\\x7fe\\x85f\\x9bg',
    );
    expect(escapeControls('one\ntwo\r\tthree')).toBe('one\\ntwo\\r\\tthree');
  });

  it('writes bidi overrides, isolates and marks, and the Unicode line separators as \\u escapes', () => {
    expect(escapeControls('Deal\u202eeulaV\u2066x\u2069\u200f\u061c\u2028')).toBe(
      'Deal\\u202eeulaV\\u2066x\\u2069\\u200f\\u061c\\u2028',
    );
  });

  it('leaves letters of every script, emoji, quotes and the no-break space as they are', () => {
    const text = 'Сумма, руб. — “Amount” 🙂 café\u00a0№';
    expect(escapeControls(text)).toBe(text);
  });
});

describe('clip', () => {
  it('keeps a short text, and cuts a long one saying how many characters were left out', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcdef', 3)).toBe('abc… (3 more characters)');
  });
  it('never cuts a character in half', () => {
    expect(clip('🙂🙂🙂', 2)).toBe('🙂🙂… (1 more characters)');
  });
});

describe('quotable', () => {
  it('escapes a text of a file and ends a long one in …', () => {
    expect(quotable('Amount\u001b[31m')).toBe('Amount\\x1b[31m');
    expect(quotable('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('terminalLines', () => {
  it('splits a message on its own line breaks, escapes each line and cuts it short', () => {
    const lines = terminalLines(`error: ${'\u001b'.repeat(400)}\n  second`);
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith('error: \\x1b\\x1b')).toBe(true);
    expect(lines[0]).toMatch(/… \(\d+ more characters\)$/);
    expect(Array.from(lines[0].replace(/… \(\d+ more characters\)$/, ''))).toHaveLength(MAX_LINE);
    expect(lines[1]).toBe('  second');
  });
});
