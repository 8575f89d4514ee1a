// The playground's "KPI Targets" sheet (issue 15): the bundled sample comes with its own targets file
// (samples/targets-<lang>.csv, the one the README's report commands use); a user's --data gets none, only the header
// row, so that no status in the report rests on a target the user never set.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../playground/server/demoWorkbook';
import { TARGETS_HEADERS, TARGETS_SHEET_NAMES } from '../../src/kpi/targets/targetsSheet';
import { ROOT } from '../bundle/_bundle';

describe('the playground’s targets', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`are the rows of samples/targets-${lang}.csv with the bundled ${lang} sample`, async () => {
      const { env, sources } = await createWorkbook({ root: ROOT, lang, data: null, spend: null });
      expect(sources).toContain(path.join(ROOT, `samples/targets-${lang}.csv`));
      const csv = readFileSync(path.join(ROOT, `samples/targets-${lang}.csv`), 'utf8')
        .trim()
        .split('\n');
      const values = env.sheetValues(TARGETS_SHEET_NAMES[lang]);
      expect(values[0]).toEqual(TARGETS_HEADERS[lang]);
      // Period, Rep and KPI are texts, as in the file; the Target column parses as numbers.
      expect(values.slice(1).map((row) => row.slice(0, 3).join(','))).toEqual(
        csv.slice(1).map((line) => line.split(',').slice(0, 3).join(',')),
      );
      expect(values.slice(1).every((row) => typeof row[3] === 'number' && row[3] > 0)).toBe(true);
    });
  }

  it('are only the header row with --data: never invented', async () => {
    const file = path.join(os.tmpdir(), `playground-${process.pid}-targets.csv`);
    writeFileSync(file, 'Date,Amount,Status,Rep\n2026-10-05,1200,Won,Ann\n2026-11-06,900,Won,Bob\n');
    try {
      for (const lang of ['en', 'ru'] as const) {
        const { env, sources } = await createWorkbook({ root: ROOT, lang, data: file, spend: null });
        expect(sources).toEqual([file]);
        expect(env.sheetValues(TARGETS_SHEET_NAMES[lang])).toEqual([[...TARGETS_HEADERS[lang]]]);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
});
