/// <reference lib="dom" />
// Code run in the page (locator.evaluate) uses the DOM.
// The rep cards sheet and the customer cohorts' heat map as a user sees them in the playground (issue 13 item 7):
// `npm start`'s server in Chromium, the report built from the menu. PLAYGROUND_SCREENSHOTS=1 writes
// docs/img/playground-rep-cards.png and docs/img/playground-cohorts.png.

import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../bundle/_bundle';
import { type RunningPlayground, startPlayground } from '../playground/_playground';
import { launchChromium } from './_sidebarPage';

let browser: Browser;
let playground: RunningPlayground;
let page: Page;
const errors: string[] = [];

const shot = async (name: string) => {
  if (process.env.PLAYGROUND_SCREENSHOTS === '1')
    await page.screenshot({ path: path.join(ROOT, `docs/img/playground-${name}.png`) });
};

beforeAll(async () => {
  browser = await launchChromium();
  playground = await startPlayground();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(playground.url);
  await page.locator('table.grid').waitFor();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Sales KPI' }).click();
  await page.getByRole('menuitem', { name: 'Build KPI report', exact: true }).click();
  await page.locator('table.grid[data-sheet="KPI Report"]').waitFor();
  if (await page.locator('#alert[open]').count()) await page.locator('#alert button').click();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

describe('the playground after "Build KPI report"', () => {
  it("paints the cohorts' shares as a heat map: the higher the share, the greener", async () => {
    const header = page.locator('table.grid td', { hasText: /^First purchase$/ });
    await header.scrollIntoViewIfNeeded();
    const row = Number(await header.getAttribute('data-a1').then((a1) => /\d+/.exec(a1 ?? '')?.[0]));
    const shades = await page.locator('table.grid td').evaluateAll(
      (tds, first) =>
        tds.flatMap((td) => {
          const a1 = (td as HTMLElement).dataset.a1 ?? '';
          const m = /^([D-N])(\d+)$/.exec(a1);
          if (m === null || Number(m[2]) <= first || Number(m[2]) > first + 12 || td.textContent === '')
            return [];
          const share = Number.parseFloat(td.textContent!.replace(',', '.'));
          const [r, g, b] = getComputedStyle(td).backgroundColor.match(/\d+/g)!.map(Number);
          return [{ share, whiteness: r + b - g }];
        }),
      row,
    );
    expect(shades.length).toBeGreaterThan(0);
    const zero = shades.filter((s) => s.share === 0);
    const most = Math.max(...shades.map((s) => s.share));
    for (const s of zero) expect(s.whiteness).toBe(255 + 255 - 255); // #ffffff
    for (const s of shades.filter((x) => x.share === most)) expect(s.whiteness).toBe(0x57 + 0x8a - 0xbb);
    await shot('cohorts');
  });

  it('shows the Rep cards tab with a card per rep and each trend as numbers', async () => {
    await page.getByRole('tab', { name: 'Rep cards' }).click();
    await page.locator('table.grid[data-sheet="Rep cards"]').waitFor();
    await expect(page.locator('table.grid td[data-a1="A1"]').textContent()).resolves.toMatch(
      /^Rep cards \d{4}-\d{2}$/,
    );
    const places = await page.locator('table.grid td', { hasText: /^Place by sales volume$/ }).count();
    expect(places).toBeGreaterThan(1);
    expect(await page.locator('table.grid td.unsupported').count()).toBe(0);
    expect(errors).toEqual([]);
    await shot('rep-cards');
  });
});
