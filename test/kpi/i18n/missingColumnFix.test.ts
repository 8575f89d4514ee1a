import { describe, expect, it } from 'vitest';
import { describeLogError } from '../../../src/kpi/i18n/dataQuality';
import type { LogError } from '../../../src/kpi/log/salesLog';

// A missing column says how to map it where the user is: the formula, the sidebar (and the report it configures),
// or the CLI.
describe('describeLogError for a missing column', () => {
  const error: LogError = { code: 'missing_column', field: 'amount', headersFound: ['Date', 'Net "sales"'] };

  it('points to the columns argument in a formula', () => {
    expect(describeLogError('en', error, 'formula')).toMatch(
      /, or give the columns argument, e\.g\. "amount=<header>"\. Headers found: “Date”, “Net "sales"”\.$/,
    );
    expect(describeLogError('ru', error, 'formula')).toMatch(
      / или укажите аргумент columns, например "amount=<заголовок>"\. Найденные заголовки: «Date», «Net "sales"»\.$/,
    );
  });

  it("points to the sidebar's Data section by default", () => {
    expect(describeLogError('en', error)).toContain(", or choose it in the sidebar's Data section.");
    expect(describeLogError('ru', error, 'sidebar')).toContain(
      ' или выберите его в разделе «Данные» боковой панели.',
    );
  });

  it('points to --map in the CLI', () => {
    expect(describeLogError('en', error, 'cli')).toContain(', or map it with --map amount=<header>.');
    expect(describeLogError('ru', error, 'cli')).toContain(
      ' или укажите его флагом --map amount=<заголовок>.',
    );
  });

  it('offers no mapping for the spend table, whose columns are found by their headers only', () => {
    const spend: LogError = { ...error, table: 'spend', field: 'spend' };
    for (const where of ['formula', 'sidebar', 'cli'] as const) {
      expect(describeLogError('en', spend, where)).toMatch(
        /^No “Spend” column in the spend table\. Name a column [^,]+, [^,]+ or [^.]+\. Headers/,
      );
    }
  });
});
