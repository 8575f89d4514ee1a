// Issue 14's "done when", in headless Chromium: in the playground a user turns on a weekly digest in the sidebar's
// Schedule section, advances the clock a week in the Outbox, and sees the e-mail there, rendered. Then the sidebar,
// loaded again, says when the schedule last ran. PLAYGROUND_SCREENSHOTS=1 also writes docs/img/playground-outbox.png.

import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/_sidebarPage';
import { ROOT } from '../bundle/_bundle';
import { type RunningPlayground, startPlayground } from './_playground';

let browser: Browser;
let playground: RunningPlayground;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  playground = await startPlayground();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(playground.url);
  await page.locator('table.grid').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

async function menu(item: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Sales KPI' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('the schedule in the playground', () => {
  it('starts with an empty outbox', async () => {
    await expect(page.locator('#outbox-open').textContent()).resolves.toBe('Outbox (0)');
  });

  it('turns on a weekly digest in the sidebar', async () => {
    await menu('Set targets…');
    const frame = page.frameLocator('#sidebar-frame');
    const section = frame.getByRole('region', { name: 'Schedule' });
    await section.getByLabel('Rebuild the report and e-mail it on a schedule').check();
    await section.getByLabel('How often').selectOption('weekly');
    await section.getByLabel('Day').selectOption({ label: 'Monday' });
    await section.getByLabel('Time').selectOption({ label: '09:00' });
    await section.getByLabel('Send').selectOption('always');
    await section.getByRole('button', { name: 'Save schedule' }).click();
    await expect(section.getByText('Schedule saved.').waitFor()).resolves.toBeUndefined();
    await expect(section.getByText('On: every Monday at 09:00.').count()).resolves.toBe(1);
  });

  it('advances the clock a week and shows the digest in the outbox', async () => {
    await page.locator('#outbox-open').click();
    const outbox = page.locator('#outbox');
    await outbox
      .getByText(
        /^runScheduledReport: Every Monday at 09:00 \(America\/New_York\); next run \d{4}-\d{2}-\d{2} 09:00$/,
      )
      .waitFor();
    await outbox.getByRole('button', { name: '+1 week' }).click();
    await page.locator('#outbox-open', { hasText: 'Outbox (1)' }).waitFor();
    const mail = outbox.locator('article.outbox-mail');
    await expect(mail.count()).resolves.toBe(1);
    await expect(mail.locator('h3').textContent()).resolves.toMatch(/^Sales KPI: KPI \d{4}-\d{2}/);
    await expect(mail.locator('.outbox-meta').textContent()).resolves.toContain('you@example.com');
    // The HTML body, in a frame without scripts: its scorecard table is there to read.
    const frame = mail.locator('iframe.outbox-frame');
    await expect(frame.getAttribute('sandbox')).resolves.toBe('');
    // The frame's document loads after the mail is listed (its srcdoc): wait for it, as a reader's eye does.
    const tables = page.frameLocator('iframe.outbox-frame').locator('table');
    await tables.first().waitFor();
    await expect(tables.count()).resolves.toBeGreaterThan(0);
    if (process.env.PLAYGROUND_SCREENSHOTS === '1') {
      await page.screenshot({ path: path.join(ROOT, 'docs/img/playground-outbox.png') });
    }
  });

  it('keeps the mails shown when the page redraws: their frames do not load again', async () => {
    const frame = await page.locator('iframe.outbox-frame').first().elementHandle();
    const clock = await page.locator('#outbox .outbox-clock').elementHandle();
    // Showing a sheet redraws the workbook, and the outbox after it.
    await page.getByRole('tab').first().click();
    await clock?.waitForElementState('hidden'); // the clock's line was drawn anew (the old one left the page)
    await expect(frame?.evaluate((node) => node.isConnected)).resolves.toBe(true);
    await expect(page.locator('iframe.outbox-frame').count()).resolves.toBe(1);
    await expect(page.frameLocator('iframe.outbox-frame').locator('table').first().isVisible()).resolves.toBe(
      true,
    );
  });

  it('the report was rebuilt by the run, and the sidebar says when the schedule last ran', async () => {
    await page.getByRole('tab', { name: 'KPI Report' }).waitFor();
    await menu('Set targets…');
    const section = page.frameLocator('#sidebar-frame').getByRole('region', { name: 'Schedule' });
    await expect(
      section.getByText(/^Last run .*: ✓ report rebuilt, e-mail sent to 1 address\.$/).waitFor(),
    ).resolves.toBeUndefined();
  });

  it('runs the schedule now on request', async () => {
    await page.locator('#outbox').getByRole('button', { name: 'Run schedule now' }).click();
    await page.locator('#outbox-open', { hasText: 'Outbox (2)' }).waitFor();
    await expect(page.locator('#outbox article.outbox-mail').count()).resolves.toBe(2);
  });

  it('showed no script errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
