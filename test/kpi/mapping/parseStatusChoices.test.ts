import { describe, expect, it } from 'vitest';
import { classOfName } from '../../../src/kpi/mapping/classOfName';
import { parseStatusChoices } from '../../../src/kpi/mapping/parseStatusChoices';

describe('parseStatusChoices', () => {
  it('reads texts and classes separated by semicolons and line breaks', () => {
    expect(parseStatusChoices('Отгружен=won; Анализ причины=lost\nPaid, not shipped = open')).toEqual({
      ok: true,
      statuses: { won: ['Отгружен'], lost: ['Анализ причины'], open: ['Paid, not shipped'] },
    });
  });

  it('splits at the last =, so a status text may hold =', () => {
    expect(parseStatusChoices('Stage=Won=won')).toEqual({ ok: true, statuses: { won: ['Stage=Won'] } });
  });

  it('reads a quoted text that holds a semicolon', () => {
    expect(parseStatusChoices('"Paid; shipped"=won')).toEqual({
      ok: true,
      statuses: { won: ['Paid; shipped'] },
    });
  });

  it('takes every class and its Russian names', () => {
    expect(
      parseStatusChoices(
        'A=won; B=LOST; C=open; D=returned; E=refunded; Ф=успех; Х=Отказ; Ц=в работе; Ч=возврат; Ш=возвращена частично',
      ),
    ).toEqual({
      ok: true,
      statuses: {
        won: ['A', 'Ф'],
        lost: ['B', 'Х'],
        open: ['C', 'Ц'],
        returned: ['D', 'Ч'],
        refunded: ['E', 'Ш'],
      },
    });
  });

  it('reads a two-column range and skips a Status | Class first row', () => {
    expect(
      parseStatusChoices([
        ['Status', 'Class'],
        ['Closed-Lost to Competition', 'lost'],
        ['', ''],
        ['Отгружен', 'выиграна'],
      ]),
    ).toEqual({ ok: true, statuses: { lost: ['Closed-Lost to Competition'], won: ['Отгружен'] } });
  });

  it('keeps a text given twice to one class once', () => {
    expect(parseStatusChoices('Done=won; done=won')).toEqual({ ok: true, statuses: { won: ['Done'] } });
  });

  describe('errors', () => {
    it('names an unknown class and lists the classes', () => {
      expect(parseStatusChoices('Отгружен=shipped')).toEqual({
        ok: false,
        error: {
          code: 'unknown_class',
          value: 'shipped',
          known: ['won', 'lost', 'open', 'returned', 'refunded'],
        },
      });
    });

    it.each(['__proto__', 'constructor', 'toString', 'valueOf'])('rejects %s as a class name', (name) => {
      expect(classOfName(name)).toBeNull();
      expect(parseStatusChoices(`Paid=${name}`)).toMatchObject({
        ok: false,
        error: { code: 'unknown_class', value: name },
      });
    });

    it('keeps __proto__ as a status text without touching the prototype', () => {
      const result = parseStatusChoices('__proto__=won');
      expect(result).toEqual({ ok: true, statuses: { won: ['__proto__'] } });
      expect(({} as Record<string, unknown>).won).toBeUndefined();
    });

    it('rejects a pair without a class or without =', () => {
      expect(parseStatusChoices('Paid=')).toEqual({
        ok: false,
        error: { code: 'bad_pair', value: 'Paid=', known: ['status', 'class'] },
      });
      expect(parseStatusChoices('Paid won')).toMatchObject({
        ok: false,
        error: { code: 'bad_pair', value: 'Paid won' },
      });
    });

    it('rejects a text given two classes', () => {
      expect(parseStatusChoices('Закрыт=won; закрыт=lost')).toEqual({
        ok: false,
        error: { code: 'duplicate_status', value: 'закрыт', known: ['won', 'lost'] },
      });
    });
  });
});
