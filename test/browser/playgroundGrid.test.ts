/// <reference lib="dom" />
// Code run in the page (locator.evaluate) uses the DOM.
// The playground's grid behaves like Sheets where a user looks (issue 15 item 4): text runs over empty neighbours
// whatever their fill and stops at a filled one; cells are edited in place (Enter, Tab, Esc, the formula bar) and the
// formulas that depend on them are computed again by the bundle; the page's own controls and the formulas speak the
// spreadsheet's language (`;` between arguments in a decimal-comma locale). Runs `npm start`'s server in Chromium.

import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../bundle/_bundle';
import { type RunningPlayground, startPlayground } from '../playground/_playground';
import { launchChromium } from './_sidebarPage';

/** PLAYGROUND_SCREENSHOTS=1 writes docs/img/playground-<name>.png, as the journey test does. */
const shot = async (page: Page, name: string) => {
  if (process.env.PLAYGROUND_SCREENSHOTS === '1')
    await page.screenshot({ path: path.join(ROOT, `docs/img/playground-${name}.png`) });
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a fresh playground (its own server: edits do not leak between tests) in a new page. */
async function open(
  args: string[] = [],
): Promise<{ page: Page; playground: RunningPlayground; errors: string[] }> {
  const playground = await startPlayground(args);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(playground.url);
  await page.locator('table.grid').waitFor();
  return { page, playground, errors };
}

const cell = (page: Page, a1: string) => page.locator(`table.grid td[data-a1="${a1}"]`);

/** The width of a cell's text box and the width its text needs (equal when the text is not cut). */
const spillOf = (page: Page, a1: string) =>
  cell(page, a1).evaluate((td) => {
    const spill = td.querySelector<HTMLElement>('.spill');
    return spill === null ? null : { box: spill.clientWidth, text: spill.scrollWidth, cell: td.clientWidth };
  });

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
}

/**
 * Types into a cell in place: double-click, type, then the key that ends the edit; waits until the page has drawn
 * the server's answer and selected the next cell (Enter: the one below, Tab: the one on the right).
 */
async function typeInto(page: Page, a1: string, text: string, end: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  await cell(page, a1).dblclick();
  const editor = page.locator('.cell-editor');
  await editor.fill(text);
  await editor.press(end);
  await expect(editor.count()).resolves.toBe(0);
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const next =
    end === 'Enter'
      ? `${letters}${Number(digits) + 1}`
      : `${String.fromCharCode(letters.charCodeAt(0) + 1)}${digits}`;
  await expect.poll(() => page.locator('#name-box').textContent(), { timeout: 10_000 }).toBe(next);
}

describe('the playground grid', () => {
  it('lets the report’s long texts run over the white cells beside them, cut nowhere', async () => {
    const { page, playground, errors } = await open();
    try {
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.getByRole('menuitem', { name: 'Sales KPI' }).click();
      await page.getByRole('menuitem', { name: 'Build KPI report', exact: true }).click();
      await page.locator('table.grid[data-sheet="KPI Report"]').waitFor();
      if (await page.locator('#alert[open]').count()) await page.locator('#alert button').click();
      // Every cell of the report is filled white, and every text that needs more than its cell runs on.
      const cut = await page
        .locator('table.grid td.overflow > .spill')
        .evaluateAll((spills) =>
          spills
            .filter((s) => s.scrollWidth > s.clientWidth + 1)
            .map((s) => `${(s.parentElement as HTMLElement).dataset.a1}: ${s.textContent}`),
        );
      expect(cut).toEqual([]);
      // Nor is any drawn over by a neighbour (the frozen header rows are sticky cells, each painted white): the end
      // of every text on screen is the topmost thing there.
      const covered = await page.locator('table.grid td.overflow > .spill').evaluateAll((spills) => {
        const view = document.getElementById('grid-wrap')!.getBoundingClientRect();
        return spills.flatMap((s) => {
          const box = s.getBoundingClientRect();
          const x = box.left + Math.min(s.scrollWidth, box.width) - 3;
          const y = box.top + box.height / 2;
          if (x > view.right - 20 || y > view.bottom - 20 || y < view.top) return [];
          const element = s as HTMLElement;
          element.style.pointerEvents = 'auto';
          const top = document.elementFromPoint(x, y);
          element.style.pointerEvents = '';
          return top === s ? [] : [`${(s.parentElement as HTMLElement).dataset.a1}: ${s.textContent}`];
        });
      });
      expect(covered).toEqual([]);
      const long = await page
        .locator('table.grid td.overflow > .spill')
        .evaluateAll(
          (spills) =>
            spills.filter((s) => s.scrollWidth > (s.parentElement as HTMLElement).clientWidth).length,
        );
      expect(long).toBeGreaterThan(10); // data-quality details, definitions, the notes: wider than their cells
      const background = await page
        .locator('table.grid td.overflow')
        .first()
        .evaluate((td) => getComputedStyle(td).backgroundColor);
      expect(background).toBe('rgb(255, 255, 255)'); // a filled cell, and yet it runs over
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await playground.stop();
    }
  });

  it('stops a text at the first neighbour that holds something, and runs on again once it is cleared', async () => {
    const { page, playground } = await open();
    try {
      await tab(page, 'Formulas');
      const text = 'A long text typed into a cell to see how far it runs over the cells beside it';
      await typeInto(page, 'B3', text);
      const free = await spillOf(page, 'B3');
      expect(free?.box).toBeGreaterThanOrEqual(free?.text ?? Infinity); // not cut
      expect(free?.box).toBeGreaterThan(free?.cell ?? Infinity);
      await typeInto(page, 'C3', 'x');
      const stopped = await spillOf(page, 'B3');
      expect(stopped?.box).toBeLessThanOrEqual(stopped?.cell ?? 0); // cut at its own cell
      await cell(page, 'C3').click();
      await page.keyboard.press('Delete');
      await expect.poll(async () => (await spillOf(page, 'B3'))?.box, { timeout: 10_000 }).toBe(free?.box);
    } finally {
      await page.close();
      await playground.stop();
    }
  });

  it('edits a value in place and computes the formulas that depend on it again, through the bundle', async () => {
    const { page, playground } = await open();
    try {
      await tab(page, 'Formulas');
      // G5 is =CONVERSION(C5, B5): won / deals.
      const deals = Number(await cell(page, 'B5').textContent());
      await typeInto(page, 'C5', String(deals / 4));
      await expect.poll(() => cell(page, 'G5').textContent(), { timeout: 10_000 }).toBe('25.0%');
      // (typeInto checked that Enter moved down to C6, and below that Tab moves right to O5.)
      // A formula of ours and a reference, typed in empty cells; Tab moves right.
      await typeInto(page, 'N5', '=CONVERSION(C5, B5)', 'Tab');
      await expect.poll(() => cell(page, 'N5').textContent(), { timeout: 10_000 }).toBe('0.25');
      await typeInto(page, 'N6', '=C5');
      await expect.poll(() => cell(page, 'N6').textContent(), { timeout: 10_000 }).toBe(String(deals / 4));
      await typeInto(page, 'C5', String(deals / 2));
      await expect.poll(() => cell(page, 'N5').textContent(), { timeout: 10_000 }).toBe('0.5'); // every dependent formula
      await expect.poll(() => cell(page, 'N6').textContent(), { timeout: 10_000 }).toBe(String(deals / 2));
      await expect.poll(() => cell(page, 'G5').textContent(), { timeout: 10_000 }).toBe('50.0%');
    } finally {
      await page.close();
      await playground.stop();
    }
  });

  it('drops an edit on Esc, starts one by typing on a selected cell, and edits in the formula bar', async () => {
    const { page, playground } = await open();
    try {
      await tab(page, 'Formulas');
      const before = await cell(page, 'C5').textContent();
      await cell(page, 'C5').dblclick();
      await page.locator('.cell-editor').fill('999');
      await page.locator('.cell-editor').press('Escape');
      await expect(cell(page, 'C5').textContent()).resolves.toBe(before);
      await cell(page, 'N7').click();
      await page.keyboard.type('42');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, 'N7').textContent(), { timeout: 10_000 }).toBe('42');
      await cell(page, 'N8').click();
      await page.locator('#formula').fill('=N7');
      await page.locator('#formula').press('Enter');
      await expect.poll(() => cell(page, 'N8').textContent(), { timeout: 10_000 }).toBe('42');
      await cell(page, 'N8').click();
      await expect(page.locator('#formula').inputValue()).resolves.toBe('=N7');
    } finally {
      await page.close();
      await playground.stop();
    }
  });

  it('shows the question «Insert sample data» asks next to a log, with the answer the playground gave', async () => {
    const { page, playground } = await open();
    try {
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.getByRole('menuitem', { name: 'Sales KPI' }).click();
      await page.getByRole('menuitem', { name: 'Insert sample data', exact: true }).click();
      const prompt = page.locator('#alert-prompt');
      await expect
        .poll(() => prompt.textContent(), { timeout: 10_000 })
        .toBe(
          'This spreadsheet already has a sales log: “Sales”. Add the sample next to it and point the report at the ' +
            'sample? Your sheets stay as they are.\n\nThe playground answered: Yes.',
        );
      await page.locator('#alert button').click();
      await expect
        .poll(() => prompt.textContent(), { timeout: 10_000 })
        .toMatch(/the report now reads the sample/);
      await page.locator('#alert button').click();
      await expect(page.getByRole('tab').allTextContents()).resolves.toContain('Sales (sample)');
    } finally {
      await page.close();
      await playground.stop();
    }
  });

  it('speaks Russian in a Russian spreadsheet: its own controls, and formulas with “;”', async () => {
    const { page, playground, errors } = await open(['--lang', 'ru']);
    try {
      await expect(page.getByRole('button', { name: 'Расширения' }).count()).resolves.toBe(1);
      await expect(page.locator('#download').textContent()).resolves.toBe('Скачать .xlsx');
      await expect(page.locator('#formula').getAttribute('aria-label')).resolves.toBe('Строка формул');
      await expect(page.locator('.more-rows').textContent()).resolves.toMatch(/^Ещё \d+ строк не показано/);
      await tab(page, 'Формулы');
      await cell(page, 'G5').click();
      await expect(page.locator('#formula').inputValue()).resolves.toBe('=CONVERSION(C5; B5)');
      await expect(page.locator('table.grid td.unsupported').first().textContent()).resolves.toBe(
        'формула не поддерживается',
      );
      // Typed the Russian way: `;` between the arguments, a decimal comma.
      await typeInto(page, 'N5', '=RUN_RATE(1000; 10; 30,5)');
      await expect.poll(() => cell(page, 'N5').textContent(), { timeout: 10_000 }).toBe('3050');
      await cell(page, 'N5').click();
      await expect(page.locator('#formula').inputValue()).resolves.toBe('=RUN_RATE(1000; 10; 30,5)');
      await cell(page, 'G5').click();
      await page.locator('#grid-wrap').evaluate((wrap) => {
        wrap.scrollLeft = 0;
      });
      await shot(page, 'formulas-ru');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await playground.stop();
    }
  });
});
