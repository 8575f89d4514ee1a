/// <reference lib="dom" />
// Code run in the page (page.evaluate) uses the DOM.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, loadBundle } from '../../emulator/index';
import { readCsv } from '../_support/readCsv';
import { code, ROOT } from '../bundle/_bundle';
import { launchChromium, openSidebar, type SheetOptions, serveSidebar } from './_sidebarPage';

// "Set targets…" opens the sidebar at the targets of the current period; an empty target field says where its
// target comes from; a quarter's additive KPI has a ×3 helper.

let browser: Browser;
let plain: Awaited<ReturnType<typeof serveSidebar>>;
let viaMenu: Awaited<ReturnType<typeof serveSidebar>>;

beforeAll(async () => {
  browser = await launchChromium();
  plain = await serveSidebar();
  // The page as the menu item shows it (showTargetsSidebar through the bundle).
  const env = createEnvironment({
    sheets: { Sheet1: [] },
    htmlFiles: { Sidebar: readFileSync(path.join(ROOT, 'dist/Sidebar.html'), 'utf8') },
  });
  loadBundle(code, env).call('showTargetsSidebar');
  viaMenu = await serveSidebar(env.ui.sidebars[0].content);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await viaMenu?.close();
});

const targets = (
  rows: unknown[][],
  settings: SheetOptions['settings'] = { asOf: '2026-11-20' },
): SheetOptions => ({
  timeZone: 'America/New_York',
  sheets: {
    Deals: readCsv('hubspot-deals-en.csv'),
    'KPI Targets': [['Period', 'Rep', 'KPI', 'Target'], ...rows],
  },
  settings,
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** The hint line of a target field (its row's `.hint`), or null when hidden or absent. */
const hintOf = (page: Page, label: string) =>
  field(page, label).evaluate((input) => {
    const hint = input.closest('.field')?.querySelector<HTMLElement>('p.hint');
    return hint === null || hint === undefined || hint.hidden ? null : hint.textContent;
  });

describe('the sidebar’s targets', () => {
  it('opens scrolled to the Targets of the current period from "Set targets…", at the top otherwise', async () => {
    const top = async (page: Page) =>
      page.evaluate(
        () => document.querySelector('[aria-labelledby="h-targets"]')!.getBoundingClientRect().top,
      );
    const menu = await openSidebar(browser, viaMenu.url, targets([]));
    await expect(field(menu.page, 'Period').inputValue()).resolves.toBe('2026-11');
    // Scrolled down past Data and Report settings, the Targets section at the top of the view.
    await expect(menu.page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(300);
    const shown = await top(menu.page);
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(shown).toBeLessThan(30);
    await menu.page.close();
    const other = await openSidebar(browser, plain.url, targets([]));
    expect(await top(other.page)).toBeGreaterThan(300); // below Data and Report settings
    await other.page.close();
  });

  it('says where an empty field’s target comes from, and stops saying it once a value is typed', async () => {
    const { page } = await openSidebar(
      browser,
      viaMenu.url,
      targets([
        ['month', '', 'Sales volume', 76_000],
        ['month', '', 'Conversion', 0.25],
        ["'2026-11", '', 'Orders', 40],
      ]),
    );
    await expect(hintOf(page, 'Sales volume')).resolves.toBe('from every month: 76,000');
    await expect(field(page, 'Sales volume').getAttribute('placeholder')).resolves.toBe('76,000');
    await expect(hintOf(page, 'Conversion')).resolves.toBe('from every month: 25');
    await expect(hintOf(page, 'Orders')).resolves.toBeNull(); // the month's own target, in the field
    await field(page, 'Sales volume').fill('80,000');
    await expect(hintOf(page, 'Sales volume')).resolves.toBeNull();
    await field(page, 'Sales volume').fill('');
    await expect(hintOf(page, 'Sales volume')).resolves.toBe('from every month: 76,000');
    await page.close();
  });

  it('in a quarter: the sum of the months where it applies, and ×3 of a month’s figure typed', async () => {
    const { page, env } = await openSidebar(
      browser,
      viaMenu.url,
      targets([['month', '', 'Sales volume', 76_000]], { asOf: '2026-11-20', periodType: 'quarter' }),
    );
    await expect(field(page, 'Period').inputValue()).resolves.toBe('2026-Q4');
    await expect(hintOf(page, 'Sales volume')).resolves.toBe('sum of its months: 228,000');
    const times = page.getByRole('button', { name: "Orders: multiply the month's figure typed by 3" });
    await expect(times.isDisabled()).resolves.toBe(true); // nothing typed yet
    await expect(page.getByRole('button', { name: /Conversion: multiply/ }).count()).resolves.toBe(0);
    await field(page, 'Orders').fill('40');
    await times.click();
    await expect(field(page, 'Orders').inputValue()).resolves.toBe('120');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('footer .status', { hasText: 'Saved.' }).waitFor();
    expect(env.sheetValues('KPI Targets')).toContainEqual(['2026-Q4', '', 'Orders', 120]);
    await page.close();
  });

  it('says it in Russian: «из каждого месяца: 76 000», «×3 на квартал»', async () => {
    const { page } = await openSidebar(browser, viaMenu.url, {
      locale: 'ru_RU',
      userLocale: 'ru',
      sheets: {
        Сделки: readCsv('amocrm-deals-ru.csv'),
        'Цели KPI': [
          ['Период', 'Менеджер', 'KPI', 'Цель'],
          ['месяц', '', 'Объём продаж', 76_000],
        ],
      },
      settings: { asOf: '2026-11-20' },
    });
    await expect(hintOf(page, 'Объём продаж')).resolves.toBe('из каждого месяца: 76 000');
    await page.locator('select[data-key="periodType"]').selectOption('quarter');
    await expect(hintOf(page, 'Объём продаж')).resolves.toBe('сумма его месяцев: 228 000');
    await expect(page.getByText('×3 на квартал').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
