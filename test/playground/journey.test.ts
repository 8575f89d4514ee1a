// The whole playground in headless Chromium, as a newcomer uses it after `npm start`: set a revenue target in
// the sidebar, build the report from the add-on menu, read the status, read a CONVERSION value on the Formulas
// sheet, download the workbook. PLAYGROUND_SCREENSHOTS=1 also writes docs/img/playground-*.png.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/_sidebarPage';
import { ROOT } from '../bundle/_bundle';
import { type RunningPlayground, startPlayground } from './_playground';

const SCREENSHOTS = process.env.PLAYGROUND_SCREENSHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: path.join(ROOT, `docs/img/playground-${name}.png`) });
};

let browser: Browser;
let playground: RunningPlayground;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium(); // throws (never skips) when /usr/bin/chromium is missing
  playground = await startPlayground();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(playground.url);
  await page.locator('table.grid').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

/** Clicks Extensions → Sales KPI → item. */
async function menu(item: string): Promise<void> {
  // An alert left open (as a person would close it) must not hide a later step's own failure.
  if (await page.locator('#alert[open]').count()) await page.locator('#alert button').click();
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: 'Sales KPI' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** The text of a cell of the sheet on screen. */
function cell(a1: string) {
  return page.locator(`table.grid td[data-a1="${a1}"]`);
}

/** The row of the first cell of column A with this text. */
async function rowOf(text: string): Promise<number> {
  const a1 = await page
    .locator('table.grid td[data-a1^="A"]', { hasText: new RegExp(`^${text}$`) })
    .first()
    .getAttribute('data-a1');
  return Number(a1?.slice(1));
}

describe('the playground', () => {
  it('opens on the sample workbook with the add-on menu as onOpen registered it', async () => {
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual([
      'Sales',
      'KPI Targets',
      'Formulas',
    ]);
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Sales KPI' }).click();
    await expect(page.locator('.dropdown .dropdown [role=menuitem]').allTextContents()).resolves.toEqual([
      'Build KPI report',
      'Write KPI table (values)',
      'Set targets…',
      'Insert sample data',
      'About / Help',
    ]);
    await shot(page, 'menu');
    await page.keyboard.press('Escape');
    await page.locator('#doc-name').click();
    expect(await cell('A1').textContent()).toBe('Deal ID');
    expect(await page.locator('.more-rows').textContent()).toContain('203 more rows'); // 703 rows, 500 drawn
  });

  it('sets a revenue target in the sidebar', async () => {
    await menu('Set targets…');
    const sidebar = page.locator('#sidebar');
    await sidebar.waitFor();
    expect((await sidebar.boundingBox())?.width).toBe(300);
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByLabel('Sales volume', { exact: true }).fill('150000');
    await frame.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(frame.getByText('Saved.').waitFor()).resolves.toBeUndefined();
  });

  it('builds the KPI report from the menu and shows the status of the sales volume', async () => {
    await menu('Build KPI report');
    await page.locator('table.grid[data-sheet="KPI Report"]').waitFor();
    const row = await rowOf('Sales volume');
    expect(await cell(`C${row}`).textContent()).toBe('$150,000.00');
    expect(await cell(`E${row}`).textContent()).toMatch(/^(✓|⚠|✗) /);
    // The status cell is painted by the report's conditional-format rules.
    const background = await cell(`E${row}`).evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await expect(page.locator('.chart svg rect').count()).resolves.toBeGreaterThan(5);
    await shot(page, 'report');
    await page.locator('.chart').scrollIntoViewIfNeeded();
    await shot(page, 'chart');
  });

  it('keeps the report over a reload (the workbook lives in the server)', async () => {
    await page.reload();
    await page.locator('table.grid[data-sheet="KPI Report"]').waitFor();
    await expect(page.getByRole('tab').allTextContents()).resolves.toContain('KPI Report');
  });

  it('shows CONVERSION computed by the bundle on the Formulas sheet, and unsupported formulas as such', async () => {
    await page.getByRole('tab', { name: 'Formulas' }).click();
    await page.locator('table.grid[data-sheet="Formulas"]').waitFor();
    await cell('G5').click();
    expect(await page.locator('#formula').inputValue()).toBe('=CONVERSION(C5, B5)');
    const won = Number(await cell('C5').textContent());
    const deals = Number(await cell('B5').textContent());
    expect(await cell('G5').textContent()).toBe(`${((won / deals) * 100).toFixed(1)}%`);
    const sum = page.locator('table.grid td.unsupported');
    await expect(sum.count()).resolves.toBe(1);
    await expect(sum.textContent()).resolves.toBe('unsupported formula');
    await shot(page, 'formulas');
  });

  it('downloads the workbook as .xlsx', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'playground-download-'));
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#download').click(),
      ]);
      expect(download.suggestedFilename()).toBe('Sales KPI.xlsx');
      const file = path.join(folder, 'book.xlsx');
      await download.saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        'Sales',
        'KPI Targets',
        'Formulas',
        'KPI Report',
        'Rep cards',
        'KPI History', // hidden in Sheets: the forecast history every build appends to
      ]);
      const g5 = workbook.getWorksheet('Formulas')?.getCell('G5').value as ExcelJS.CellFormulaValue;
      expect(g5.formula).toBe('CONVERSION(C5, B5)');
      expect(typeof g5.result).toBe('number');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('showed no script errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
