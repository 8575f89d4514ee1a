import { describe, expect, it } from 'vitest';
import {
  describeContinuationLines,
  describeFooterLines,
  describeLogError,
  describeSkippedRow,
  describeUnknownStatuses,
  FIELD_NAMES,
  fieldName,
  summarizeQuantityIssues,
  summarizeSkipped,
} from '../../src/kpi/i18n/dataQuality';
import type { DataQuality, LogError, QuantityIssue, SkippedRow } from '../../src/kpi/log/salesLog';

const BAD_DATE: SkippedRow = { code: 'unreadable_date', row: 17, column: 'Дата', value: '31.02.2026' };

/** Data quality with nothing to say, and `changes`. */
function qualityWith(changes: Partial<DataQuality>): DataQuality {
  return {
    rows: 100,
    skippedCount: 0,
    skipped: [],
    unknownStatuses: [],
    footerLines: 0,
    continuationLines: 0,
    quantityIssues: { count: 0, listed: [] },
    ...changes,
  };
}

/** Data quality with `count` skipped rows, the first one `first`. */
function skippedQuality(count: number, first: SkippedRow = BAD_DATE): DataQuality {
  return qualityWith({ skippedCount: count, skipped: [first] });
}

describe('data-quality messages', () => {
  it('says why a date was skipped', () => {
    expect(describeSkippedRow('en', BAD_DATE)).toBe('row 17, “Дата”: the date “31.02.2026” cannot be read');
    expect(describeSkippedRow('ru', BAD_DATE)).toBe(
      'строка 17, «Дата»: не удалось прочитать дату «31.02.2026»',
    );
    const blank: SkippedRow = { ...BAD_DATE, value: '' };
    expect(describeSkippedRow('en', blank)).toBe('row 17, “Дата”: the date is empty');
    expect(describeSkippedRow('ru', blank)).toBe('строка 17, «Дата»: дата не заполнена');
  });

  it('says a date is implausible', () => {
    const row: SkippedRow = { code: 'implausible_date', row: 4, column: 'Date', value: '1900-01-01' };
    expect(describeSkippedRow('en', row)).toBe(
      'row 4, “Date”: the date “1900-01-01” is before 1970 or after 2099 (a typo?)',
    );
    expect(describeSkippedRow('ru', row)).toBe(
      'строка 4, «Date»: дата «1900-01-01» раньше 1970 или позже 2099 года (опечатка?)',
    );
  });

  it('says why a quantity counts 0', () => {
    const unreadable: QuantityIssue = { code: 'unreadable_quantity', row: 7, column: 'Qty', value: 'two' };
    const negative: QuantityIssue = { code: 'negative_quantity', row: 8, column: 'Кол-во', value: '-2' };
    expect(describeSkippedRow('en', unreadable)).toBe(
      'row 7, “Qty”: the quantity “two” cannot be read; counted as 0',
    );
    expect(describeSkippedRow('ru', unreadable)).toBe(
      'строка 7, «Qty»: не удалось прочитать количество «two»; считается 0',
    );
    expect(describeSkippedRow('en', negative)).toBe(
      'row 8, “Кол-во”: the quantity “-2” is negative on a won row; counted as 0',
    );
    expect(describeSkippedRow('ru', negative)).toBe(
      'строка 8, «Кол-во»: отрицательное количество «-2» в успешной сделке; считается 0',
    );
  });

  it('summarizes quantity issues in one line, with the count and the first', () => {
    const first: QuantityIssue = { code: 'negative_quantity', row: 8, column: 'Qty', value: '-2' };
    const one = qualityWith({ quantityIssues: { count: 1, listed: [first] } });
    const three = qualityWith({ quantityIssues: { count: 3, listed: [first] } });
    expect(summarizeQuantityIssues('en', one)).toBe(
      '1 quantity counted as 0: row 8, “Qty”: the quantity “-2” is negative on a won row; counted as 0',
    );
    expect(summarizeQuantityIssues('en', three)).toMatch(/^3 quantities counted as 0; first: row 8,/);
    expect(summarizeQuantityIssues('ru', three)).toMatch(
      /^3 количества считаются равными 0; первое: строка 8,/,
    );
    expect(
      summarizeQuantityIssues('ru', qualityWith({ quantityIssues: { count: 5, listed: [first] } })),
    ).toMatch(/^5 количеств считаются равными 0;/);
    expect(summarizeQuantityIssues('en', qualityWith({}))).toBeNull();
  });

  it('says how many footer lines were ignored, agreeing the words with the count', () => {
    expect(describeFooterLines('en', qualityWith({ footerLines: 3 }))).toBe(
      '3 footer lines after the data (report totals and notices) were ignored: they are no data rows.',
    );
    expect(describeFooterLines('en', qualityWith({ footerLines: 1 }))).toBe(
      '1 footer line after the data (report totals or a notice) was ignored: it is no data row.',
    );
    expect(describeFooterLines('ru', qualityWith({ footerLines: 1 }))).toBe(
      '1 строка подвала после данных (итоги или примечания отчёта) не учтена: это не данные.',
    );
    expect(describeFooterLines('ru', qualityWith({ footerLines: 3 }))).toMatch(
      /^3 строки подвала .* не учтены/,
    );
    expect(describeFooterLines('ru', qualityWith({ footerLines: 5 }))).toMatch(/^5 строк подвала/);
    expect(describeFooterLines('en', qualityWith({}))).toBeNull();
  });

  it('says how many continuation lines were merged into their orders', () => {
    expect(describeContinuationLines('en', qualityWith({ continuationLines: 15 }))).toBe(
      '15 continuation lines (further line items of the order above) were merged into their orders.',
    );
    expect(describeContinuationLines('ru', qualityWith({ continuationLines: 15 }))).toBe(
      '15 строк-продолжений (следующие позиции заказа выше) объединены со своими заказами.',
    );
    expect(describeContinuationLines('ru', qualityWith({ continuationLines: 1 }))).toBe(
      '1 строка-продолжение (следующие позиции заказа выше) объединена со своими заказами.',
    );
    expect(describeContinuationLines('en', qualityWith({}))).toBeNull();
  });

  it('says every row of a log was skipped, with the first reason', () => {
    const error: LogError = {
      code: 'no_readable_rows',
      table: 'sales',
      headersFound: ['Date', 'Amount'],
      skipped: [BAD_DATE],
      skippedCount: 50,
    };
    expect(describeLogError('en', error)).toBe(
      'Every data row of the sales log was skipped (50), so there is nothing to count. First: row 17, “Дата”: the date “31.02.2026” cannot be read',
    );
    expect(describeLogError('ru', error)).toBe(
      'В журнале продаж пропущены все строки с данными (50), считать нечего. Первая: строка 17, «Дата»: не удалось прочитать дату «31.02.2026»',
    );
  });

  it('says why an amount was skipped', () => {
    const bad: SkippedRow = { code: 'unreadable_amount', row: 5, column: 'Amount', value: 'n/a' };
    expect(describeSkippedRow('en', bad)).toBe('row 5, “Amount”: the amount “n/a” cannot be read');
    expect(describeSkippedRow('ru', bad)).toBe('строка 5, «Amount»: не удалось прочитать сумму «n/a»');
    expect(describeSkippedRow('en', { ...bad, value: '' })).toBe('row 5, “Amount”: the amount is empty');
    expect(describeSkippedRow('ru', { ...bad, value: '' })).toBe('строка 5, «Amount»: сумма не заполнена');
  });

  it('explains an ambiguous amount and how to write it', () => {
    const row: SkippedRow = { code: 'ambiguous_amount', row: 9, column: 'Сумма', value: '1.234' };
    expect(describeSkippedRow('en', row)).toBe(
      'row 9, “Сумма”: “1.234” could be 1.234 or 1234 — write 1234 or 1,234',
    );
    expect(describeSkippedRow('ru', row)).toBe(
      'строка 9, «Сумма»: «1.234» может означать 1,234 или 1234 — напишите 1234 или 1,234',
    );
    expect(describeSkippedRow('ru', { ...row, value: '-1.500 ₽' })).toBe(
      'строка 9, «Сумма»: «-1.500 ₽» может означать -1,500 ₽ или -1500 ₽ — напишите -1500 ₽ или -1,500 ₽',
    );
  });

  it('names a missing column in the user language with the headers found', () => {
    const error: LogError = { code: 'missing_column', field: 'date', headersFound: ['ID', 'Бюджет'] };
    expect(describeLogError('en', error)).toBe(
      "No “Date” column in the sales log. Name a column “Date”, “Close Date” or “Closing Date”, or choose it in the sidebar's Data section. Headers found: “ID”, “Бюджет”.",
    );
    expect(describeLogError('ru', error)).toBe(
      'В журнале продаж нет столбца «Дата». Назовите столбец «Дата», «Дата закрытия» или «Дата оплаты» или выберите его в разделе «Данные» боковой панели. Найденные заголовки: «ID», «Бюджет».',
    );
  });

  it('names a missing column of the spend table', () => {
    const error: LogError = { code: 'missing_column', table: 'spend', field: 'spend', headersFound: [] };
    expect(describeLogError('en', error)).toBe(
      'No “Spend” column in the spend table. Name a column “Spend”, “Cost” or “Budget”. Its first row is empty.',
    );
    expect(describeLogError('ru', error)).toBe(
      'В таблице расходов нет столбца «Расход». Назовите столбец «Расход», «Расходы» или «Затраты». Первая строка пуста.',
    );
  });

  it('says a log is empty', () => {
    expect(describeLogError('en', { code: 'empty_log', headersFound: ['Date'] })).toBe(
      'The sales log has no data rows under its header row.',
    );
    expect(describeLogError('ru', { code: 'empty_log', table: 'spend', headersFound: [] })).toBe(
      'В таблице расходов нет строк с данными под строкой заголовков.',
    );
  });

  it('summarizes skipped rows in one line for KPI_TABLE', () => {
    expect(summarizeSkipped('en', skippedQuality(3))).toBe(
      '3 rows skipped; first: row 17, “Дата”: the date “31.02.2026” cannot be read',
    );
    expect(summarizeSkipped('ru', skippedQuality(3))).toBe(
      'Пропущено 3 строки; первая: строка 17, «Дата»: не удалось прочитать дату «31.02.2026»',
    );
    expect(summarizeSkipped('en', skippedQuality(1))).toBe(
      '1 row skipped: row 17, “Дата”: the date “31.02.2026” cannot be read',
    );
  });

  it.each([
    [1, 'Пропущена 1 строка:'],
    [2, 'Пропущено 2 строки;'],
    [5, 'Пропущено 5 строк;'],
    [11, 'Пропущено 11 строк;'],
    [21, 'Пропущена 21 строка;'],
    [104, 'Пропущено 104 строки;'],
  ])('agrees Russian words with %i rows', (count, start) => {
    expect(summarizeSkipped('ru', skippedQuality(count))?.startsWith(start)).toBe(true);
  });

  it('lists unknown statuses, five at most', () => {
    const quality = qualityWith({
      unknownStatuses: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((text, i) => ({ text, count: 10 - i })),
    });
    expect(describeUnknownStatuses('en', quality)).toBe(
      'Statuses read as open: “A” (10), “B” (9), “C” (8), “D” (7), “E” (6) and 2 more. If one of them means won, lost or returned, add it in the sidebar.',
    );
    expect(describeUnknownStatuses('ru', quality)).toBe(
      'Статусы, прочитанные как «в работе»: «A» (10), «B» (9), «C» (8), «D» (7), «E» (6) и ещё 2. Если какой-то из них означает успех, отказ или возврат, укажите это в боковой панели.',
    );
  });

  it('names every field in both languages', () => {
    expect(fieldName('en', 'rep')).toBe('Rep');
    expect(fieldName('ru', 'rep')).toBe('Менеджер');
    expect([fieldName('en', 'refund'), fieldName('ru', 'refund')]).toEqual(['Refund', 'Возврат']);
    expect(Object.keys(FIELD_NAMES.ru)).toEqual(Object.keys(FIELD_NAMES.en));
    for (const name of [...Object.values(FIELD_NAMES.en), ...Object.values(FIELD_NAMES.ru)])
      expect(name).not.toBe('');
  });

  describe('edge cases', () => {
    it('has nothing to say when nothing was skipped or unknown', () => {
      const clean = qualityWith({ rows: 3 });
      expect(summarizeSkipped('en', clean)).toBeNull();
      expect(describeUnknownStatuses('ru', clean)).toBeNull();
    });

    it('describes a row without a column header by its number alone', () => {
      expect(describeSkippedRow('en', { ...BAD_DATE, column: '' })).toBe(
        'row 17: the date “31.02.2026” cannot be read',
      );
    });
  });
});
