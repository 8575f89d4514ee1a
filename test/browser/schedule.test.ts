// The sidebar's Schedule section in headless Chromium, on the built bundle in the emulator: turning the schedule on
// (and a wrong address said next to its field), and what the section shows on its next load after a scheduled run
// went wrong, in English and in Russian.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fireTrigger } from '../../emulator/index';
import { readCsv } from '../_support/readCsv';
import { launchChromium, openSidebar, type SheetOptions, serveSidebar } from './_sidebarPage';

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

const hubspot: SheetOptions = {
  timeZone: 'America/New_York',
  sheets: { Deals: readCsv('hubspot-deals-en.csv') },
  settings: { asOf: '2026-11-20' },
};

const amo: SheetOptions = {
  locale: 'ru_RU',
  userLocale: 'ru',
  sheets: { Сделки: readCsv('amocrm-deals-ru.csv') },
  settings: { asOf: '2026-11-20' },
};

const schedule = (page: Page, name = 'Schedule') => page.getByRole('region', { name });

describe('the Schedule section', () => {
  it('says a wrong address next to its field and saves nothing', async () => {
    const { page, env } = await openSidebar(browser, server.url, hubspot);
    const section = schedule(page);
    await section.getByLabel('Rebuild the report and e-mail it on a schedule').check();
    // Google does not tell this add-on the user's address: the field asks for one.
    await expect(
      section.getByText('E-mail addresses, separated by commas.', { exact: true }).count(),
    ).resolves.toBe(1);
    await section.getByLabel('To').fill('boss@example.com, nobody');
    await section.getByRole('button', { name: 'Save schedule' }).click();
    await expect(
      section.getByText('"nobody" is not an e-mail address.').first().waitFor(),
    ).resolves.toBeUndefined();
    await expect(section.getByLabel('To').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(env.triggers.list).toEqual([]);
    await page.close();
  });

  it('turns the schedule on, and shows a run that found the mail quota spent on the next load', async () => {
    const { page, env, bundle } = await openSidebar(browser, server.url, hubspot);
    const section = schedule(page);
    await section.getByLabel('Rebuild the report and e-mail it on a schedule').check();
    await section.getByLabel('How often').selectOption('daily');
    await expect(section.getByLabel('Day').count()).resolves.toBe(0); // every day: no day to choose
    await section.getByLabel('Time').selectOption({ label: '07:00' });
    await section.getByLabel('To').fill('boss@example.com');
    await section.getByRole('button', { name: 'Save schedule' }).click();
    await section.getByText('Schedule saved.').waitFor();
    await expect(section.getByText('On: every day at 07:00.').count()).resolves.toBe(1);
    await expect(section.getByText('It has not run yet.').count()).resolves.toBe(1);
    expect(env.triggers.list).toHaveLength(1);

    env.mail.exhaust(env.now());
    fireTrigger(bundle, env.triggers.list[0]);
    await page.reload();
    await expect(
      schedule(page)
        .getByText(/^Last run .*: ⚠ report rebuilt, but no e-mail: today's Google mail quota is spent\./)
        .waitFor(),
    ).resolves.toBeUndefined();
    await page.close();
  });

  it('asks for the user’s permission again when the add-on lost it', async () => {
    const { page, env, bundle } = await openSidebar(browser, server.url, hubspot);
    await schedule(page).getByLabel('Rebuild the report and e-mail it on a schedule').check();
    await schedule(page).getByLabel('To').fill('boss@example.com');
    await schedule(page).getByRole('button', { name: 'Save schedule' }).click();
    await schedule(page).getByText('Schedule saved.').waitFor();
    env.authorizationRequired = true;
    fireTrigger(bundle, env.triggers.list[0]);
    await page.reload();
    const section = schedule(page);
    await expect(section.getByRole('alert').textContent()).resolves.toContain(
      'The add-on needs your permission to run on a schedule and send mail:',
    );
    await expect(
      section.getByText(/^Last run .*: ✗ not run: the add-on needs your permission again/).count(),
    ).resolves.toBe(1);
    expect(env.mail.sent).toEqual([]);
    await page.close();
  });

  it('speaks Russian, and says a schedule whose settings were removed has stopped', async () => {
    const { page, env, bundle } = await openSidebar(browser, server.url, amo);
    const section = schedule(page, 'Расписание');
    await section.getByLabel('Обновлять отчёт и присылать его по расписанию').check();
    await section.getByLabel('День').selectOption({ label: 'пятница' });
    await section.getByLabel('Кому').fill('boss@example.com');
    await section.getByRole('button', { name: 'Сохранить расписание' }).click();
    await section.getByText('Расписание сохранено.').waitFor();
    await expect(section.getByText('Включено: еженедельно, пятница в 09:00.').count()).resolves.toBe(1);
    env.properties.user.delete(`SALES_KPI_SCHEDULE:${env.book.id}`);
    fireTrigger(bundle, env.triggers.list[0]);
    expect(env.triggers.list).toEqual([]);
    await page.reload();
    const again = schedule(page, 'Расписание');
    await expect(
      again.getByText(/^Последний запуск .*: ✗ остановлено: настройки расписания удалены/).waitFor(),
    ).resolves.toBeUndefined();
    await expect(again.getByLabel('Обновлять отчёт и присылать его по расписанию').isChecked()).resolves.toBe(
      false,
    );
    await page.close();
  });
});
