import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_SYNONYMS } from '../../src/kpi/log/detectColumns';
import { SPEND_HEADER_SYNONYMS } from '../../src/kpi/log/readSpend';

// docs/SALES-LOG.md is the user's reference for the input format: it must list what the code recognises.
// Table cells are padded by the formatter: compare with runs of spaces collapsed.
const doc = readFileSync(new URL('../../docs/SALES-LOG.md', import.meta.url), 'utf8').replace(/ {2,}/g, ' ');
const rowOf = (field: string, table: 'log' | 'spend') => {
  const section =
    table === 'log' ? doc.split('## A marketing spend')[0] : doc.split('## A marketing spend')[1];
  return section.split('\n').find((line) => line.startsWith(`| \`${field}\` |`)) ?? '';
};

describe('docs/SALES-LOG.md', () => {
  it.each(Object.entries(HEADER_SYNONYMS))(
    'lists every header the log reader knows for %s',
    (field, synonyms) => {
      const row = rowOf(field, 'log');
      for (const header of [...synonyms.en, ...synonyms.ru]) expect(row).toContain(header);
      const fallback =
        synonyms.fallback === undefined ? [] : [...synonyms.fallback.en, ...synonyms.fallback.ru];
      for (const header of fallback) expect(row.split('fallback:').slice(1).join('')).toContain(header);
    },
  );

  it.each(Object.entries(SPEND_HEADER_SYNONYMS))('lists every spend header for %s', (field, synonyms) => {
    const row = rowOf(field, 'spend');
    for (const header of [...synonyms.en, ...synonyms.ru]) expect(row).toContain(header);
  });

  // Every KPI's names and formula are in docs/KPIS.md, generated from the registry (test/docs/kpisDoc.test.ts).
  it('points to the generated KPI reference for the KPIs', () => {
    expect(doc.split('## The KPIs')[1]).toContain('[KPIS.md](KPIS.md)');
  });
});
