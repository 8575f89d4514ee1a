// The e-mail digest in Chromium (issue 14): laid out at a phone's 375 px and a mail pane's 600 px, with
// pictures, and audited by axe-core (the test fails on any violation).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideAlert } from '../../src/kpi/digest/alertRules';
import { digestOf } from '../../src/kpi/digest/digestOf';
import { renderDigest } from '../../src/kpi/digest/renderDigest';
import type { Lang } from '../../src/kpi/i18n/lang';
import type { ReportModel } from '../../src/kpi/report/reportModel';
import { digestSource } from '../../tools/digest/digestModel';
import { readTable } from '../../tools/report/loadTable';
import { runReport } from '../../tools/report/runReport';
import { code, ROOT } from '../bundle/_bundle';
import { launchChromium } from './_sidebarPage';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const EVIL = '<script>window.__injected = 1</script>';

/** The e-mail of a bundled sample with its targets, as the schedule would send it in alerts mode. */
async function mailOf(lang: Lang, evil: boolean): Promise<string> {
  const sample = lang === 'en' ? 'hubspot-deals-en.csv' : 'amocrm-deals-ru.csv';
  const run = runReport({
    code,
    lang,
    locale: lang === 'en' ? 'en_US' : 'ru_RU',
    timeZone: lang === 'en' ? 'America/New_York' : 'Europe/Moscow',
    sales: await readTable(path.join(ROOT, 'samples', sample)),
    spend: null,
    targets: await readTable(path.join(ROOT, 'samples', `targets-${lang}.csv`)),
    period: null,
    reportPeriod: '2026-10',
    asOf: '2026-10-31',
  });
  const source = digestSource(run, lang, '2026-10-31');
  // A rep's name from the data with markup in it, as the top mover of "What changed" (escaped, never run).
  const w = source.model.whatChanged;
  if (w === undefined || w === null) throw new Error('the sample has no "What changed"');
  const mover = { name: EVIL, previous: 0, current: 0, change: w.bridge.change, share: 1 };
  const model: ReportModel = evil
    ? { ...source.model, whatChanged: { ...w, reps: { up: [mover], down: [mover] } } }
    : source.model;
  const { reasons } = decideAlert(model, null, 'alerts');
  return renderDigest(
    digestOf(
      model,
      {
        spreadsheetUrl: source.spreadsheetUrl,
        reportUrl: source.reportUrl,
        spreadsheetName: evil ? `Sales ${EVIL}` : source.spreadsheetName,
        reportSheet: source.reportSheet ?? '',
      },
      reasons,
    ),
  ).html;
}

let browser: Browser;
let page: Page;
const mails = new Map<Lang, string>();
/** The same e-mails without the markup in the data, for the pictures in docs/img. */
const clean = new Map<Lang, string>();
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  for (const lang of ['en', 'ru'] as const) {
    mails.set(lang, await mailOf(lang, true));
    clean.set(lang, await mailOf(lang, false));
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** Saves a picture of the whole page to test-results/ (git-ignored), or to docs/img with DIGEST_SCREENSHOTS=1. */
async function screenshot(name: string, width: number): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height });
  const folder = process.env.DIGEST_SCREENSHOTS === '1' ? 'docs/img' : 'test-results';
  const file = path.join(ROOT, folder, name);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

describe('the digest e-mail in Chromium', () => {
  for (const lang of ['en', 'ru'] as const) {
    for (const width of [375, 600]) {
      it(`fits ${width} px without scrolling sideways (${lang}), statuses with symbols and words`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.setContent(mails.get(lang)!);
        const sizes = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          card: Math.max(
            ...[...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().width),
          ),
          injected: (window as unknown as { __injected?: number }).__injected,
          text: document.body.textContent ?? '',
        }));
        expect(sizes.scroll).toBeLessThanOrEqual(width);
        expect(sizes.card).toBeLessThanOrEqual(Math.min(width, 600));
        expect(sizes.injected).toBeUndefined();
        expect(sizes.text).toContain(EVIL); // shown as text
        expect(sizes.text).toMatch(lang === 'en' ? /✗ Behind/ : /✗ Отстаёт/);
        await page.setContent(clean.get(lang)!);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await screenshot(`digest-${lang}-${width}.png`, width);
      }, 60_000);
    }

    it(`passes the axe-core audit (${lang})`, async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.setContent(mails.get(lang)!);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
        const result = await axe.run();
        return result.violations.map((v) => {
          const { id, help, nodes } = v as { id: string; help: string; nodes: { html: string }[] };
          return `${id}: ${help} (${nodes.map((n) => n.html.slice(0, 80)).join(' | ')})`;
        });
      });
      expect(violations).toEqual([]);
    }, 60_000);
  }
});
