import { describe, expect, it } from 'vitest';
import { FieldErrors, fieldOfPath, pathOfField, periodKeyOf, slotKey } from '../../src/sidebar/fieldPath';

// Field paths: errors and controls keyed by arrays, so a rep named "A. Smith" stays one name.

describe('pathOfField', () => {
  it('keeps a rep name with dots whole', () => {
    expect(pathOfField('rep.revenue.A. B. Smith')).toEqual(['rep', 'revenue', 'A. B. Smith']);
    expect(fieldOfPath(['rep', 'revenue', 'A. B. Smith'])).toBe('rep.revenue.A. B. Smith');
  });

  it('keeps a status text with dots whole, and a plain field as it is', () => {
    expect(pathOfField('status.sent. waiting')).toEqual(['status', 'sent. waiting']);
    expect(pathOfField('columns.date')).toEqual(['columns', 'date']);
    expect(pathOfField('asOf')).toEqual(['asOf']);
  });
});

describe('periodKeyOf', () => {
  it('gives a label as it is, "every period" of a type word, and the period shown without one', () => {
    expect(periodKeyOf('2026-12', '2026-11')).toBe('2026-12');
    expect(periodKeyOf('quarter', '2026-11')).toBe('*quarter');
    expect(periodKeyOf(null, '2026-11')).toBe('*month');
    expect(periodKeyOf(undefined, '2026-11')).toBe('2026-11');
  });
});

describe('FieldErrors', () => {
  it('keeps target errors per period and other errors once', () => {
    const errors = new FieldErrors();
    errors.set(['team', 'revenue'], '2026-11', 'bad');
    errors.set(['asOf'], '2026-11', 'no date');
    expect(errors.get(['team', 'revenue'], '2026-12')).toBeNull();
    expect(errors.get(['asOf'], '2026-12')).toBe('no date');
    expect(errors.at(slotKey(['team', 'revenue'], '2026-11'))).toBe('bad');
  });

  it('clears the target errors of one period only', () => {
    const errors = new FieldErrors();
    errors.set(['team', 'revenue'], '2026-11', 'a');
    errors.set(['rep', 'revenue', 'Anna'], '2026-11', 'b');
    errors.set(['team', 'revenue'], '2026-10', 'c');
    errors.set(['columns', 'date'], '2026-11', 'd');
    errors.clearTargets('2026-11');
    expect(errors.get(['team', 'revenue'], '2026-11')).toBeNull();
    expect(errors.get(['rep', 'revenue', 'Anna'], '2026-11')).toBeNull();
    expect(errors.get(['team', 'revenue'], '2026-10')).toBe('c');
    expect(errors.get(['columns', 'date'], '2026-11')).toBe('d');
    errors.clearUnder('columns');
    expect(errors.get(['columns', 'date'], '2026-11')).toBeNull();
  });
});
