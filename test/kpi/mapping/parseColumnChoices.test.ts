import { describe, expect, it } from 'vitest';
import { parseColumnChoices } from '../../../src/kpi/mapping/parseColumnChoices';

function choicesOf(input: Parameters<typeof parseColumnChoices>[0]): [string, string | null][] {
  const result = parseColumnChoices(input);
  if (!result.ok) throw new Error(`expected choices, got ${JSON.stringify(result.error)}`);
  return [...result.choices];
}

describe('parseColumnChoices', () => {
  describe('text', () => {
    it('reads choices separated by semicolons and line breaks', () => {
      expect(choicesOf('date=Close date; amount=Deal Value\nrep = Deal owner\r\nstatus=Stage')).toEqual([
        ['date', 'Close date'],
        ['amount', 'Deal Value'],
        ['rep', 'Deal owner'],
        ['status', 'Stage'],
      ]);
    });

    it('keeps commas, dots and = inside a header text', () => {
      expect(choicesOf('amount=Сумма, руб.; id=Key=Value')).toEqual([
        ['amount', 'Сумма, руб.'],
        ['id', 'Key=Value'],
      ]);
    });

    it('reads a quoted header that holds a semicolon', () => {
      expect(choicesOf('amount="Sum; USD"; customer=«Клиент; ИНН»')).toEqual([
        ['amount', 'Sum; USD'],
        ['customer', 'Клиент; ИНН'],
      ]);
    });

    it('keeps quote marks inside a header', () => {
      expect(choicesOf('id=Order "Paid" No')).toEqual([['id', 'Order "Paid" No']]);
    });

    it('takes Russian and English field names in any case', () => {
      expect(
        choicesOf('дата=Дата закрытия; Сумма=Бюджет; МЕНЕДЖЕР=Ответственный; Дата создания=Создана'),
      ).toEqual([
        ['date', 'Дата закрытия'],
        ['amount', 'Бюджет'],
        ['rep', 'Ответственный'],
        ['created', 'Создана'],
      ]);
      expect(choicesOf('Customer=Account Name; Channel=Lead Source')).toEqual([
        ['customer', 'Account Name'],
        ['channel', 'Lead Source'],
      ]);
    });

    it('takes the refund field by its code and its Russian name', () => {
      expect(choicesOf('refund=Refunded Amount')).toEqual([['refund', 'Refunded Amount']]);
      expect(choicesOf('Возврат=Сумма возврата')).toEqual([['refund', 'Сумма возврата']]);
    });

    it('reads an empty header, - or — as "no such column"', () => {
      expect(choicesOf('status=; channel=-; quantity=—')).toEqual([
        ['status', null],
        ['channel', null],
        ['quantity', null],
      ]);
    });

    it('ignores empty choices and an empty text', () => {
      expect(choicesOf(';;\n date=Day ;\n\n')).toEqual([['date', 'Day']]);
      expect(choicesOf('')).toEqual([]);
    });
  });

  describe('range', () => {
    it('reads one choice per row, skipping blank rows', () => {
      expect(
        choicesOf([
          ['date', 'Период'],
          ['', ''],
          ['amount', 'Сумма, руб.'],
          ['status', ''],
        ]),
      ).toEqual([
        ['date', 'Период'],
        ['amount', 'Сумма, руб.'],
        ['status', null],
      ]);
    });

    it('skips a Field | Header first row', () => {
      expect(
        choicesOf([
          ['Field', 'Header'],
          ['date', 'Время'],
        ]),
      ).toEqual([['date', 'Время']]);
      expect(
        choicesOf([
          ['Поле', 'Заголовок'],
          ['дата', 'Время'],
        ]),
      ).toEqual([['date', 'Время']]);
    });

    it('does not skip a first row that is a choice', () => {
      expect(
        choicesOf([
          ['date', 'Field'],
          ['amount', 'Sum'],
        ]),
      ).toEqual([
        ['date', 'Field'],
        ['amount', 'Sum'],
      ]);
    });

    it('reads a one-column range of texts', () => {
      expect(choicesOf([['date=Paid at; amount=Net Sales'], ['rep=Owner']])).toEqual([
        ['date', 'Paid at'],
        ['amount', 'Net Sales'],
        ['rep', 'Owner'],
      ]);
    });

    it('reads numbers as text', () => {
      expect(choicesOf([['id', 2026]])).toEqual([['id', '2026']]);
    });
  });

  describe('errors', () => {
    it('names an unknown field and lists the fields', () => {
      const result = parseColumnChoices('date=Day; revenue=Sales');
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_field', value: 'revenue' } });
      if (result.ok) return;
      expect(result.error.known).toEqual(expect.arrayContaining(['date', 'amount', 'status', 'created']));
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      'rejects %s as a field name',
      (name) => {
        expect(parseColumnChoices(`${name}=Date`)).toMatchObject({
          ok: false,
          error: { code: 'unknown_field', value: name },
        });
      },
    );

    it('rejects a choice without =', () => {
      expect(parseColumnChoices('date=Day; Amount')).toEqual({
        ok: false,
        error: { code: 'bad_pair', value: 'Amount', known: ['field', 'header'] },
      });
    });

    it('rejects a choice without a field', () => {
      expect(parseColumnChoices('=Amount')).toMatchObject({
        ok: false,
        error: { code: 'bad_pair', value: '=Amount' },
      });
      expect(parseColumnChoices([['', 'Amount']])).toMatchObject({ ok: false, error: { code: 'bad_pair' } });
    });

    it('rejects a field mapped twice, naming both headers', () => {
      expect(parseColumnChoices('date=Created; Дата=Closed')).toEqual({
        ok: false,
        error: { code: 'duplicate_field', value: 'Дата', known: ['Created', 'Closed'] },
      });
    });
  });
});
