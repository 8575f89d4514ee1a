import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KPIS } from '../../src/kpi/kpis';
import { KPIS_DOC_COMMAND, KPIS_DOC_PATH, kpisMarkdown } from '../../tools/docs/kpisDoc';

const doc = readFileSync(new URL(`../../${KPIS_DOC_PATH}`, import.meta.url), 'utf8');

describe('docs/KPIS.md', () => {
  it('is what the registry generates now (else run the generator)', () => {
    // A failure here means src/kpi/kpis.ts or src/kpi/engine/totals.ts changed: run `npm run docs:kpis`.
    expect(doc === kpisMarkdown(), `${KPIS_DOC_PATH} is stale: run \`${KPIS_DOC_COMMAND}\``).toBe(true);
  });

  it('says it is generated and must not be edited', () => {
    expect(doc.split('\n')[0]).toContain('do not edit');
    expect(doc).toContain('Generated — do not edit.');
  });

  it('gives every KPI its names, unit, direction and needs on one row, in registry order', () => {
    const rows = doc
      .split('\n')
      .filter((line) => /^\| `[a-z_]+` +\| /.test(line))
      .slice(0, KPIS.length)
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => cells[1])).toEqual(KPIS.map((k) => `\`${k.key}\``));
    for (const [i, k] of KPIS.entries()) {
      expect(rows[i].slice(2, 4), k.key).toEqual([k.names.en, k.names.ru]);
      expect(rows[i][5], k.key).toBe(k.direction ?? '—');
      expect(rows[i][7] === '—', k.key).toBe(k.needs.length === 0);
    }
  });

  it('writes every formula in both languages', () => {
    for (const k of KPIS) {
      expect(doc, k.key).toContain(k.formula.en);
      expect(doc, k.key).toContain(k.formula.ru);
    }
  });

  it('lists returning customers after CAC among KPI_TABLE’s columns', () => {
    expect(doc).toContain('ROMI, CAC, Returning customers');
    expect(doc).toContain('Стоимость привлечения, Повторные клиенты');
  });

  it('ends KPI_TABLE’s columns with the sales cycle and the open pipeline (spec v2 §6)', () => {
    expect(doc).toContain('CAC, Returning customers, Sales cycle (days), Open pipeline\n');
    expect(doc).toContain('Повторные клиенты, Цикл сделки, дней, Открытые сделки, сумма\n');
  });

  // Hand-written lists of KPI_TABLE's columns (the custom function's help text cannot be generated): they must
  // follow the registry, so a new KPI cannot be forgotten there.
  it.each(['README.md', 'docs/SALES-LOG.md', 'src/functions/kpiTable.ts'])(
    'matches the columns of KPI_TABLE listed in %s',
    (file) => {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
        .replace(/\n\s*\*?\s*/g, ' ')
        .replace(/\s+/g, ' ');
      const columns = KPIS.map((k) => (k.columnNames ?? k.names).en);
      expect(text).toContain(`${columns.join(', ')}.`);
    },
  );
});
