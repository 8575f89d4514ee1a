/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Code run in the page (page.evaluate, the google.script.run shim) uses the DOM.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Environment } from '../../emulator/index';
import type { SidebarStateResult } from '../../src/kpi/sidebar/sidebarProtocol';
import { readCsv } from '../_support/readCsv';
import { ROOT } from '../bundle/_bundle';
import { launchChromium, openSidebar, type SheetOptions, SIDEBAR_WIDTH, serveSidebar } from './_sidebarPage';

// The sidebar (dist/Sidebar.html) in headless Chromium, on the built bundle in the Apps Script emulator: what a
// user does, and what lands in the spreadsheet. See _sidebarPage.ts for the google.script.run shim.

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSidebar>>;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveSidebar();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const AS_OF = '2026-11-20';

/** The English HubSpot sample in an en_US spreadsheet, reported as of 2026-11-20. */
const hubspot = (
  deals = readCsv('hubspot-deals-en.csv'),
  more: Record<string, unknown[][]> = {},
): SheetOptions => ({
  timeZone: 'America/New_York',
  sheets: { Deals: deals, ...more },
  settings: { asOf: AS_OF },
});

/** The Russian amoCRM sample and its spend table in a ru_RU spreadsheet, for a Russian user. */
const amo: SheetOptions = {
  locale: 'ru_RU',
  userLocale: 'ru',
  sheets: { Сделки: readCsv('amocrm-deals-ru.csv'), Расходы: readCsv('marketing-spend-ru.csv') },
  settings: { asOf: AS_OF },
};

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function saveAndWait(page: Page, button = 'Save', saved = 'Saved.'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.locator('footer .status', { hasText: saved }).waitFor();
}

/**
 * Saves a picture of the whole sidebar, 300 px wide (the footer, sticky in Sheets, at its end), to test-results/
 * (git-ignored), or to the README's docs/img/ with SIDEBAR_SCREENSHOTS=1.
 */
async function screenshot(page: Page, name: string): Promise<Buffer> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: SIDEBAR_WIDTH, height });
  const folder = process.env.SIDEBAR_SCREENSHOTS === '1' ? 'docs/img' : 'test-results';
  const file = path.join(ROOT, folder, name);
  mkdirSync(path.dirname(file), { recursive: true });
  const png = await page.screenshot({ path: file });
  await page.setViewportSize({ width: SIDEBAR_WIDTH, height: 900 });
  return png;
}

/** The scorecard row of a KPI on the report sheet: [name, actual, target, attainment, status, …]. */
function scorecardRow(env: Environment, sheet: string, kpi: string): unknown[] {
  const rows = env.sheetValues(sheet);
  const header = rows.findIndex((row) => row[0] === 'KPI');
  const row = rows.slice(header).find((r) => r[0] === kpi);
  if (row === undefined) throw new Error(`no scorecard row ${kpi} on ${sheet}`);
  return row;
}

describe('the sidebar in Chromium', () => {
  it('says which targets are better lower: the sales cycle in days, returns', async () => {
    const { page } = await openSidebar(browser, server.url, hubspot());
    await page.getByText('More KPIs', { exact: false }).click();
    const cycle = field(page, 'Sales cycle, days (lower is better)');
    await expect(cycle.count()).resolves.toBe(1);
    const unit = page.locator('.field', { has: cycle }).locator('.unit');
    await expect(unit.textContent()).resolves.toBe('days');
    await expect(field(page, 'Returns (lower is better)').count()).resolves.toBe(1);
    await expect(field(page, 'Open pipeline').count()).resolves.toBe(1); // higher is better: the name alone
    await page.close();
  });

  it("loads with the sample's reps, detected columns and data-quality counts, and nothing from elsewhere", async () => {
    const { page, bundle, calls, dialogs, foreignRequests } = await openSidebar(
      browser,
      server.url,
      hubspot(),
    );
    const state = (bundle.call('getSidebarState', null) as Extract<SidebarStateResult, { ok: true }>).state;

    await expect(field(page, 'Sales sheet').locator('option:checked').textContent()).resolves.toBe(
      'Auto-detect: Deals',
    );
    const quality = state.data.quality!;
    await expect(page.locator('.quality').textContent()).resolves.toBe(
      `${quality.rows} rows read · ${quality.skipped} skipped · ${quality.unknownStatuses.length} unknown statuses`,
    );
    for (const rep of state.data.reps) await expect(field(page, rep).count()).resolves.toBe(1);
    expect(state.data.reps).toHaveLength(5);

    await page.getByText('Columns', { exact: true }).click();
    const chosen = async (name: string) => field(page, name).locator('option:checked').textContent();
    await expect(chosen('Date')).resolves.toBe('E · Close Date');
    await expect(chosen('Amount')).resolves.toBe('D · Amount');
    await expect(chosen('Rep')).resolves.toBe('G · Deal owner');
    await expect(chosen('Quantity')).resolves.toBe('— none —');

    expect(calls).toEqual(['getSidebarState']);
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('labels every control, in document order, with no tab-order tricks', async () => {
    const { page } = await openSidebar(browser, server.url, hubspot());
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, button')]
        .filter((el) => {
          const labels = (el as HTMLInputElement).labels;
          return (
            (labels === null || labels.length === 0) &&
            el.textContent?.trim() === '' &&
            !el.getAttribute('aria-label')
          );
        })
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await expect(page.locator('[tabindex]').count()).resolves.toBe(0);
    // Tab walks the fields top to bottom: the sales sheet, the Columns and Statuses summaries, the spend sheet.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-key'))).resolves.toBe(
      'salesSheet',
    );
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Tab');
    await expect(focusedText()).resolves.toMatch(/^Columns/);
    await page.keyboard.press('Tab');
    await expect(focusedText()).resolves.toMatch(/^Statuses/);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-key'))).resolves.toBe(
      'spendSheet',
    );
    await page.close();
  });

  it('saves a team revenue target and two rep targets as rows of "KPI Targets"', async () => {
    const { page, env, calls } = await openSidebar(browser, server.url, hubspot());
    await field(page, 'Sales volume').fill('150,000');
    await field(page, 'Brooklyn Simmons').fill('90000');
    await field(page, 'Esther Howard').fill('60 000');
    await expect(page.locator('.sum').textContent()).resolves.toBe(
      'Reps add up to $150,000.00 · team target $150,000.00',
    );
    await expect(page.getByText('Unsaved changes.').count()).resolves.toBe(1);
    env.calls.reset();
    await saveAndWait(page);

    expect(env.sheetValues('KPI Targets')).toEqual([
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-11', '', 'Sales volume', 150_000],
      ['2026-11', 'Brooklyn Simmons', 'Sales volume', 90_000],
      ['2026-11', 'Esther Howard', 'Sales volume', 60_000],
    ]);
    expect(env.calls.get('Range.setValues')).toBe(1);
    expect(calls).toEqual(['getSidebarState', 'saveSidebarState']);
    // The fields now show what the sheet says.
    await expect(field(page, 'Esther Howard').inputValue()).resolves.toBe('60,000');
    await page.close();
  });

  it('warns when the rep targets do not add up to the team target', async () => {
    const { page } = await openSidebar(browser, server.url, hubspot());
    await field(page, 'Sales volume').fill('150000');
    await field(page, 'Jane Cooper').fill('100000');
    await expect(page.locator('[data-role="mismatch"]').textContent()).resolves.toBe(
      '⚠ Sales volume: the rep targets add up to $100,000.00, but the team target is $150,000.00.',
    );
    await field(page, 'Wade Warren').fill('50000');
    await expect(page.locator('[data-role="mismatch"]').textContent()).resolves.toBe('');
    await page.close();
  });

  it('shows an error next to an invalid field, and saves nothing', async () => {
    const { page, env, calls } = await openSidebar(browser, server.url, hubspot());
    await field(page, 'Orders').fill('-5');
    await field(page, 'Conversion').fill('abc');
    const orders = field(page, 'Orders');
    await expect(orders.getAttribute('aria-invalid')).resolves.toBe('true');
    const described = (await orders.getAttribute('aria-describedby'))!.split(' ');
    const error = page.locator(`[id="${described.at(-1)}"]`);
    await expect(error.textContent()).resolves.toBe('Must be 0 or more.');
    await expect(error.isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('footer .status').textContent()).resolves.toBe('2 fields need attention.');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-key'))).resolves.toBe(
      'team.orders',
    );
    await expect(
      page
        .locator('.field', { has: field(page, 'Conversion') })
        .locator('.error')
        .textContent(),
    ).resolves.toBe('“abc” is not a number.');

    await field(page, 'At-risk threshold').fill('150');
    await expect(
      page
        .locator('.field', { has: field(page, 'At-risk threshold') })
        .locator('.error')
        .textContent(),
    ).resolves.toBe('Write a percentage between 1 and 100, e.g. 90.');
    expect(calls).toEqual(['getSidebarState']); // the form never left the browser
    expect(env.snapshot().sheets.map((s) => s.name)).toEqual(['Deals']);
    expect(env.properties.document.toObject().SALES_KPI_SETTINGS).toBe(`{"asOf":"${AS_OF}"}`);

    await field(page, 'Orders').fill('');
    await expect(field(page, 'Orders').getAttribute('aria-invalid')).resolves.toBe(null);
    await page.close();
  });

  it('renders a rep named <img src=x onerror=alert(1)>, and other markup from the data, as text', async () => {
    const deals = readCsv('hubspot-deals-en.csv');
    const rep = '<img src=x onerror=alert(1)>';
    for (const row of deals.slice(1, 40)) row[6] = rep;
    deals[0].push('<svg onload=alert(2)>');
    const sheet = '<b onmouseover=alert(3)>Notes</b>';
    const { page, dialogs } = await openSidebar(browser, server.url, hubspot(deals, { [sheet]: [['x']] }));

    await expect(field(page, rep).count()).resolves.toBe(1);
    await expect(page.locator('label', { hasText: rep }).textContent()).resolves.toBe(rep);
    await expect(
      field(page, 'Sales sheet').locator('option', { hasText: sheet }).textContent(),
    ).resolves.toBe(sheet);
    await page.getByText('Columns', { exact: true }).click();
    await expect(field(page, 'Date').locator('option').last().textContent()).resolves.toBe(
      'J · <svg onload=alert(2)>',
    );
    await expect(page.locator('img, svg, b').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(1);

    await field(page, rep).fill('5000');
    await saveAndWait(page);
    await page.waitForTimeout(200); // an onerror would fire about now
    expect(dialogs.map((d) => d.message())).toEqual([]);
    await page.close();
  });

  it('says so when the report had to take a free name next to a user sheet called “KPI Report”', async () => {
    const mine = [['My notes'], ['keep me']];
    const { page, env } = await openSidebar(browser, server.url, hubspot(undefined, { 'KPI Report': mine }));
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.locator('.result .ok-box').waitFor();
    const text = (await page.locator('.result').textContent()) ?? '';
    expect(text).toMatch(/^✓ The report for November 2026 is on the sheet “KPI Report \(2\)”\. /);
    expect(text.length).toBeGreaterThan(
      '✓ The report for November 2026 is on the sheet “KPI Report (2)”. '.length,
    );
    expect(env.sheetValues('KPI Report')).toEqual(mine);
    await page.close();
  });

  it('builds the report: its revenue status follows the target set in the sidebar', async () => {
    const { page, env, dialogs } = await openSidebar(browser, server.url, hubspot());
    await field(page, 'Sales volume').fill('1');
    await page.getByRole('button', { name: 'Build report' }).click(); // saves first, then builds
    await page.locator('.result .ok-box').waitFor();
    await expect(page.locator('.result').textContent()).resolves.toBe(
      '✓ The report for November 2026 is on the sheet “KPI Report”.',
    );
    expect(scorecardRow(env, 'KPI Report', 'Sales volume').slice(2, 5)).toEqual([
      1,
      expect.any(Number),
      '✓ On track',
    ]);

    await field(page, 'Sales volume').fill('1,000,000,000');
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.locator('.result .ok-box').waitFor();
    const [, actual, target, attainment, status] = scorecardRow(env, 'KPI Report', 'Sales volume');
    expect(target).toBe(1_000_000_000);
    expect(attainment).toBeLessThan(0.9);
    expect(status).toBe('✗ Behind');
    expect(actual).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(env.ui.alerts).toEqual([]);
    await page.close();
  });

  it('re-reads the log when a column is chosen by hand: no rep column, no rep targets', async () => {
    const { page, calls } = await openSidebar(browser, server.url, hubspot());
    await page.getByText('Columns', { exact: true }).click();
    await field(page, 'Rep').selectOption({ label: '— none —' });
    await page.getByText('No rep column in the sales log, so no rep targets.').waitFor();
    expect(calls).toEqual(['getSidebarState', 'getSidebarState']);
    await expect(field(page, 'Brooklyn Simmons').count()).resolves.toBe(0);
    await page.close();
  });

  it('maps an unknown status to a class: saved in the settings, used by the state and the report', async () => {
    const { page, env, bundle } = await openSidebar(browser, server.url, hubspot());
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.locator('.result .ok-box').waitFor();
    const before = scorecardRow(env, 'KPI Report', 'Refusal rate')[1] as number;

    await page.getByText('Statuses', { exact: true }).click();
    const status = field(page, 'Decision Maker Bought-In');
    await expect(page.locator('.field', { has: status }).locator('.unit').textContent()).resolves.toBe('69'); // its rows
    await expect(status.locator('option:checked').textContent()).resolves.toBe('Unknown');
    await expect(status.locator('option').allTextContents()).resolves.toEqual([
      'Unknown',
      'Won',
      'Lost',
      'Return',
      'Sold, refunded',
      'Open',
    ]);
    await status.selectOption({ label: 'Lost' });
    await expect(page.locator('textarea.formula').inputValue()).resolves.toBe(
      '=KPI_TABLE(Deals!A1:I, "month", , , , "Decision Maker Bought-In=lost")',
    );
    await saveAndWait(page);
    expect(JSON.parse(env.properties.document.toObject().SALES_KPI_SETTINGS).statuses).toEqual({
      lost: ['Decision Maker Bought-In'],
    });
    const state = (bundle.call('getSidebarState', null) as Extract<SidebarStateResult, { ok: true }>).state;
    expect(state.data.quality!.unknownStatuses.map((s) => s.text)).not.toContain('Decision Maker Bought-In');
    expect(state.data.quality!.mappedStatuses).toEqual([{ text: 'Decision Maker Bought-In', count: 69 }]);
    // Still listed, with the class it now has, after the save.
    await expect(
      field(page, 'Decision Maker Bought-In').locator('option:checked').textContent(),
    ).resolves.toBe('Lost');

    await page.getByRole('button', { name: 'Build report' }).click();
    await page.locator('.result .ok-box').waitFor();
    expect(scorecardRow(env, 'KPI Report', 'Refusal rate')[1]).toBeGreaterThan(before);
    // Nothing is wider than the sidebar.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      SIDEBAR_WIDTH,
    );
    await page.close();
  });

  it('saves a column chosen by hand by its header text, and puts it in the formula to copy', async () => {
    const { page, env } = await openSidebar(browser, server.url, hubspot());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByText('Columns', { exact: true }).click();
    await field(page, 'Date').selectOption({ label: 'F · Create Date' });
    await expect(page.locator('textarea.formula').inputValue()).resolves.toBe(
      '=KPI_TABLE(Deals!A1:I, "month", , , "date=Create Date")',
    );
    await saveAndWait(page);
    expect(JSON.parse(env.properties.document.toObject().SALES_KPI_SETTINGS)).toMatchObject({
      columns: { date: 'Create Date' },
    });
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByText('Copied.', { exact: true }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      '=KPI_TABLE(Deals!A1:I, "month", , , "date=Create Date")',
    );
    await page.close();
  });

  it('refuses to overwrite a change someone made after the sidebar loaded, and reloads on request', async () => {
    const { page, env } = await openSidebar(browser, server.url, hubspot());
    // Someone else types a target on the sheet meanwhile.
    env.addSheet('KPI Targets', [
      ['Period', 'Rep', 'KPI', 'Target'],
      ["'2026-11", '', 'Orders', 40],
    ]);
    await field(page, 'Sales volume').fill('150000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('footer .status', { hasText: 'Someone changed the targets' }).waitFor();
    expect(env.sheetValues('KPI Targets')).toEqual([
      ['Period', 'Rep', 'KPI', 'Target'],
      ['2026-11', '', 'Orders', 40],
    ]);
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(field(page, 'Orders').inputValue()).resolves.toBe('40');
    await expect(field(page, 'Sales volume').inputValue()).resolves.toBe('');
    await page.close();
  });

  it('copies the targets of the previous period', async () => {
    const { page } = await openSidebar(
      browser,
      server.url,
      hubspot(undefined, {
        'KPI Targets': [
          ['Period', 'Rep', 'KPI', 'Target'],
          ["'2026-10", '', 'Sales volume', 120_000],
          ["'2026-10", 'Jane Cooper', 'Sales volume', 70_000],
        ],
      }),
    );
    await expect(field(page, 'Sales volume').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Copy the targets of October 2026' }).click();
    await expect(field(page, 'Sales volume').inputValue()).resolves.toBe('120,000');
    await expect(field(page, 'Jane Cooper').inputValue()).resolves.toBe('70,000');
    await page.getByText('Copied the targets of October 2026. Save to keep them.').waitFor();
    await page.close();
  });

  it('sets a target for every month: a row with the Period “month”, shown as the placeholder of a month without one', async () => {
    const { page, env } = await openSidebar(browser, server.url, hubspot());
    await page.getByLabel('Same every month').check();
    await expect(field(page, 'Period').isDisabled()).resolves.toBe(true);
    await field(page, 'Win rate').fill('40%');
    await saveAndWait(page);
    expect(env.sheetValues('KPI Targets')).toEqual([
      ['Period', 'Rep', 'KPI', 'Target'],
      ['month', '', 'Win rate', 0.4],
    ]);
    await page.getByLabel('Same every month').uncheck();
    await expect(field(page, 'Win rate').inputValue()).resolves.toBe('');
    await expect(field(page, 'Win rate').getAttribute('placeholder')).resolves.toBe('40');
    await page.close();
  });

  it('shows the English sidebar, 300 px wide', async () => {
    const { page } = await openSidebar(browser, server.url, hubspot());
    await page.getByText('Columns', { exact: true }).click();
    await page.getByText('Statuses', { exact: true }).click();
    await field(page, 'Contract Sent').selectOption({ label: 'Open' });
    await field(page, 'Sales volume').fill('150,000');
    await field(page, 'Conversion').fill('25');
    await field(page, 'Brooklyn Simmons').fill('90,000');
    await field(page, 'Esther Howard').fill('50,000');
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.locator('.result .ok-box').waitFor();
    const png = await screenshot(page, 'sidebar-en.png');
    expect(png.readUInt32BE(16)).toBe(SIDEBAR_WIDTH); // the PNG's width
    await page.close();
  });
});

describe('the sidebar in Russian (ru_RU spreadsheet, Russian user)', () => {
  // The date field shows 11/20/2026 here: Debian's chromium carries the en-US locale only (chromium-l10n adds the
  // others); a Russian user's browser shows 20.11.2026.
  it('speaks Russian, reads numbers the Russian way and saves «Цели KPI»', async () => {
    const { page, env } = await openSidebar(browser, server.url, amo);
    await expect(page.locator('h2').allTextContents()).resolves.toEqual([
      'Данные',
      'Настройки отчёта',
      'Цели',
      'Расписание',
    ]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(field(page, 'Лист продаж').locator('option:checked').textContent()).resolves.toBe(
      'Авто: Сделки',
    );
    await expect(
      page
        .locator('.field', { has: field(page, 'Объём продаж') })
        .locator('.unit')
        .textContent(),
    ).resolves.toBe('₽');
    await field(page, 'Объём продаж').fill('1 500 000');
    await field(page, 'Конверсия').fill('12,5');
    await field(page, 'Анна Смирнова').fill('600 000');
    await field(page, 'Игорь Морозов').fill('500 000');
    await expect(page.locator('[data-role="mismatch"]').textContent()).resolves.toBe(
      '⚠ Объём продаж: цели менеджеров в сумме дают 1\u00a0100\u00a0000,00 ₽, а цель команды — 1\u00a0500\u00a0000,00 ₽.',
    );
    await field(page, 'Продажи (заказы)').fill('-1');
    await expect(
      page
        .locator('.field', { has: field(page, 'Продажи (заказы)') })
        .locator('.error')
        .textContent(),
    ).resolves.toBe('Не может быть меньше 0.');
    await field(page, 'Продажи (заказы)').fill('');
    await saveAndWait(page, 'Сохранить', 'Сохранено.');
    expect(env.sheetValues('Цели KPI')).toEqual([
      ['Период', 'Менеджер', 'KPI', 'Цель'],
      ['2026-11', '', 'Объём продаж', 1_500_000],
      ['2026-11', '', 'Конверсия', 0.125],
      ['2026-11', 'Анна Смирнова', 'Объём продаж', 600_000],
      ['2026-11', 'Игорь Морозов', 'Объём продаж', 500_000],
    ]);
    // The formula to copy separates its arguments with «;», as a Russian spreadsheet writes them.
    await expect(page.locator('textarea.formula').inputValue()).resolves.toMatch(
      /^=KPI_TABLE\(Сделки!A1:[A-Z]+; "месяц"\)$/,
    );
    await page.getByRole('button', { name: 'Построить отчёт' }).click();
    await page.locator('.result .ok-box').waitFor();
    await expect(page.locator('.result').textContent()).resolves.toBe(
      '✓ Отчёт (Ноябрь 2026 г.) построен на листе «Отчёт KPI».',
    );
    const png = await screenshot(page, 'sidebar-ru.png');
    expect(png.readUInt32BE(16)).toBe(SIDEBAR_WIDTH);
    await page.close();
  });
});
