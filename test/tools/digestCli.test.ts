import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { statusLabel } from '../../src/kpi/i18n/status';
import { parseDigestArgs } from '../../tools/digest/args';
import { main } from '../../tools/digest/main';
import { readTable } from '../../tools/report/loadTable';
import { runReport } from '../../tools/report/runReport';
import { code, ROOT } from '../bundle/_bundle';

// `npm run digest` in process (tools/digest/main.ts with the built dist/Code.js), as a user runs it on the bundled
// English sample with its targets: October 2026 as of the 20th shows ✓ and ✗ (samples/targets-en.csv).
const TARGETS = path.join(ROOT, 'samples/targets-en.csv');
const COMMON = ['--targets', TARGETS, '--report-period', '2026-10', '--as-of', '2026-10-20'];

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'digest-cli-'));
});

describe('npm run digest', () => {
  it('writes the HTML e-mail and its plain text next to it, and prints the subject', async () => {
    const html = path.join(dir, 'en.html');
    const run = await cli([...COMMON, '--out', html]);
    expect(run).toMatchObject({ status: 0, err: '' });
    expect(run.out).toMatch(/subject: Sales KPI: KPI 2026-10 — ✗ Behind \d+ · /);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    const text = readFileSync(path.join(dir, 'en.txt'), 'utf8');
    expect(text).toContain('KPI digest 2026-10');
    expect(text).toContain('Month 2026-10-01 – 2026-10-31, data as of 2026-10-20');
    // The first run of the period: the KPIs already behind are new (the sample's orders are behind on the 20th).
    expect(text).toMatch(/New since the last e-mail\n(- .+\n)*- Orders slipped to ✗\u00a0Behind\./);
  }, 60_000);

  it('gives each KPI the status the add-on’s report sheet shows for the same files (the same model)', async () => {
    const html = path.join(dir, 'same.html');
    expect((await cli([...COMMON, '--out', html])).status).toBe(0);
    const text = readFileSync(path.join(dir, 'same.txt'), 'utf8');
    const report = runReport({
      code,
      lang: 'en',
      locale: 'en_US',
      timeZone: 'America/New_York',
      sales: await readTable(path.join(ROOT, 'samples/hubspot-deals-en.csv')),
      spend: null,
      targets: await readTable(TARGETS),
      period: null,
      reportPeriod: '2026-10',
      asOf: '2026-10-20',
    });
    const values = report.env.spreadsheet.getSheetByName('KPI Report')!.getDataRange().getValues();
    const header = values.findIndex((row) => row[0] === 'KPI' && row.includes('Status'));
    const status = values[header].indexOf('Status');
    const rows = values.slice(header + 1).filter((row) => /^(✓|⚠|✗)/.test(String(row[status])));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(text).toContain(`- ${row[0]}: ${row[status]} — `);
    const labels = (['on_track', 'at_risk', 'behind'] as const).map((s) => statusLabel(s, 'en'));
    expect(rows.every((row) => labels.includes(String(row[status])))).toBe(true);
  }, 60_000);

  it('writes the Russian e-mail with --lang ru', async () => {
    const html = path.join(dir, 'ru.html');
    const run = await cli([
      '--lang',
      'ru',
      '--report-period',
      '2026-11',
      '--as-of',
      '2026-11-20',
      '--out',
      html,
    ]);
    expect(run.status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<html lang="ru">');
    expect(readFileSync(path.join(dir, 'ru.txt'), 'utf8')).toContain('Сводка KPI 2026-11');
  }, 60_000);

  it('refuses an --out that exists without --force, and replaces it with --force', async () => {
    const html = path.join(dir, 'old.html');
    writeFileSync(html, 'old');
    const refused = await cli([...COMMON, '--out', html]);
    expect(refused).toMatchObject({ status: 2 });
    expect(refused.err).toMatch(/exists: add --force/);
    expect(readFileSync(html, 'utf8')).toBe('old');
    expect((await cli([...COMMON, '--force', '--out', html])).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  }, 60_000);

  it('says what is wrong with a bad --out or flag, and writes nothing', async () => {
    expect(await cli([...COMMON])).toMatchObject({
      status: 2,
      err: expect.stringMatching(/--out is required/),
    });
    const xlsx = path.join(dir, 'x.xlsx');
    expect(await cli([...COMMON, '--out', xlsx])).toMatchObject({
      status: 2,
      err: expect.stringMatching(/\.html/),
    });
    expect(await cli(['--period', 'fortnight', '--out', path.join(dir, 'p.html')])).toMatchObject({
      status: 2,
    });
    expect(existsSync(path.join(dir, 'p.html'))).toBe(false);
    const missing = await cli(['--data', path.join(dir, 'none.csv'), '--out', path.join(dir, 'm.html')]);
    expect(missing.status).toBe(1);
    expect(existsSync(path.join(dir, 'm.html'))).toBe(false);
  }, 60_000);
});

describe('parseDigestArgs', () => {
  it('puts the text file next to the HTML and passes every other flag to the report’s parser', () => {
    const parsed = parseDigestArgs(['--lang', 'ru', '--out=mail.htm'], '/tmp/x');
    expect(parsed.help).toBe(false);
    if (parsed.help) return;
    expect(parsed.options).toMatchObject({ html: '/tmp/x/mail.htm', text: '/tmp/x/mail.txt', force: false });
    expect(parsed.options.report).toMatchObject({ lang: 'ru', locale: 'ru_RU' });
    expect(parseDigestArgs(['--help'], '/tmp')).toEqual({ help: true });
  });
});
