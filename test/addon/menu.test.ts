import { describe, expect, it } from 'vitest';
import { openEvent } from '../../emulator/index';
import { book } from './_addon';

const EN_MENU = [
  { kind: 'item', caption: 'Build KPI report', functionName: 'buildKpiReport' },
  { kind: 'item', caption: 'Write KPI table (values)', functionName: 'writeKpiTableValues' },
  { kind: 'item', caption: 'Set targets…', functionName: 'showTargetsSidebar' },
  { kind: 'item', caption: 'Insert sample data', functionName: 'insertSampleData' },
  { kind: 'separator' },
  { kind: 'item', caption: 'About / Help', functionName: 'showHelp' },
];

describe('onOpen', () => {
  it('adds the add-on menu in English for an English user', () => {
    const { env, bundle } = book({ sheets: { Sheet1: [] } });
    bundle.call('onOpen', openEvent(env));
    expect(env.ui.menus).toEqual([{ caption: 'Add-on', addon: true, entries: EN_MENU }]);
  });

  it('adds it in Russian for a Russian user, or in a Russian spreadsheet when the user locale is unknown', () => {
    const russianUser = book({ userLocale: 'ru', sheets: { Sheet1: [] } });
    russianUser.bundle.call('onOpen', openEvent(russianUser.env));
    expect(russianUser.env.ui.menus[0].entries).toEqual([
      { kind: 'item', caption: 'Построить отчёт KPI', functionName: 'buildKpiReport' },
      { kind: 'item', caption: 'Записать таблицу KPI значениями', functionName: 'writeKpiTableValues' },
      { kind: 'item', caption: 'Задать цели…', functionName: 'showTargetsSidebar' },
      { kind: 'item', caption: 'Вставить пример данных', functionName: 'insertSampleData' },
      { kind: 'separator' },
      { kind: 'item', caption: 'О дополнении / Справка', functionName: 'showHelp' },
    ]);
    const russianSheet = book({ userLocale: '', locale: 'ru_RU', sheets: { Лист1: [] } });
    russianSheet.bundle.call('onOpen', openEvent(russianSheet.env));
    expect(russianSheet.env.ui.findItem('Построить отчёт KPI')?.functionName).toBe('buildKpiReport');
  });

  it('in AuthMode.NONE only builds the menu: no other service is called', () => {
    const { env, bundle } = book({ userLocale: 'ru', sheets: { Sheet1: [] } });
    const before = env.snapshot();
    bundle.call('onOpen', openEvent(env, 'NONE'));
    expect(env.ui.menus[0].entries).toEqual(EN_MENU); // the user's locale cannot be asked for
    expect(env.calls.toJSON()).toEqual({
      'Menu.addItem': 5,
      'Menu.addSeparator': 1,
      'Menu.addToUi': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createAddonMenu': 1,
    });
    expect(env.snapshot()).toEqual(before);
  });

  it('onInstall adds the same menu at once', () => {
    const { env, bundle } = book({ sheets: { Sheet1: [] } });
    bundle.call('onInstall', openEvent(env, 'FULL'));
    expect(env.ui.menus[0].entries).toEqual(EN_MENU);
  });
});

describe('Help', () => {
  it('shows a localised alert and changes nothing', () => {
    const { env, bundle } = book({ userLocale: 'ru', sheets: { Sheet1: [] } });
    const before = env.snapshot();
    bundle.call('showHelp');
    expect(env.ui.alerts.map((a) => [a.title, a.buttons])).toEqual([['Sales KPI', 'OK']]);
    expect(env.ui.alerts[0].prompt).toContain('Построить отчёт KPI');
    expect(env.snapshot()).toEqual(before);
  });
});
