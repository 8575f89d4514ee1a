import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment, loadBundle } from '../../emulator/index';
import { code, ROOT } from '../bundle/_bundle';

describe('showTargetsSidebar', () => {
  it('opens dist/Sidebar.html as the "Sales KPI" sidebar, at the targets, and changes nothing', () => {
    const html = readFileSync(path.join(ROOT, 'dist/Sidebar.html'), 'utf8');
    const env = createEnvironment({ sheets: { Sheet1: [] }, htmlFiles: { Sidebar: html } });
    const before = env.snapshot();
    loadBundle(code, env).call('showTargetsSidebar');
    // The page is told to open at the targets ("Set targets…"): its root carries data-open, nothing else differs.
    const opened = html.replace('<main id="app">', '<main id="app" data-open="targets">');
    expect(opened).not.toBe(html);
    expect(env.ui.sidebars).toEqual([{ title: 'Sales KPI', content: opened, width: 0, height: 0 }]);
    expect(env.ui.alerts).toEqual([]);
    expect(env.snapshot()).toEqual(before);
  });

  it('says what went wrong when the page is missing from the project', () => {
    const env = createEnvironment({ userLocale: 'ru', sheets: { Sheet1: [] } });
    loadBundle(code, env).call('showTargetsSidebar');
    expect(env.ui.sidebars).toEqual([]);
    expect(env.ui.alerts.map((a) => a.title)).toEqual(['Задать цели']);
  });
});
