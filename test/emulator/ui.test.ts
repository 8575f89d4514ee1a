import { describe, expect, it } from 'vitest';
import { setup } from './_helpers.js';

describe('menus', () => {
  it('record captions and function names, with separators and submenus', () => {
    const { env } = setup({ addonName: 'Sales KPI' });
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Build report', 'buildReport')
      .addSeparator()
      .addSubMenu(ui.createMenu('Help').addItem('About', 'showAbout'))
      .addToUi();
    expect(env.ui.menus).toEqual([
      {
        caption: 'Sales KPI',
        addon: true,
        entries: [
          { kind: 'item', caption: 'Build report', functionName: 'buildReport' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Help',
            entries: [{ kind: 'item', caption: 'About', functionName: 'showAbout' }],
          },
        ],
      },
    ]);
    expect(env.ui.findItem('About')?.functionName).toBe('showAbout');
  });

  it('replace a menu of the same caption when added again', () => {
    const { env } = setup();
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createMenu('KPI').addItem('One', 'one').addToUi();
    ui.createMenu('KPI').addItem('Two', 'two').addToUi();
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.findItem('Two')).toBeDefined();
  });
});

describe('alerts and prompts', () => {
  it('record title, prompt and buttons, and answer with the first button by default', () => {
    const { env } = setup();
    const ui = env.globals.SpreadsheetApp.getUi();
    expect(String(ui.alert('Done'))).toBe('OK');
    expect(String(ui.alert('Replace the report?', ui.ButtonSet.YES_NO))).toBe('YES');
    expect(String(ui.alert('Sales KPI', 'No data found', ui.ButtonSet.OK_CANCEL))).toBe('OK');
    expect(env.ui.alerts).toEqual([
      { title: '', prompt: 'Done', buttons: 'OK', answer: 'OK' },
      { title: '', prompt: 'Replace the report?', buttons: 'YES_NO', answer: 'YES' },
      { title: 'Sales KPI', prompt: 'No data found', buttons: 'OK_CANCEL', answer: 'OK' },
    ]);
  });

  it('answer as the test decides', () => {
    const { env } = setup();
    const ui = env.globals.SpreadsheetApp.getUi();
    env.ui.answerAlert = () => 'NO';
    env.ui.answerPrompt = () => ({ button: 'OK', text: 'Q4' });
    expect(ui.alert('Replace?', ui.ButtonSet.YES_NO) === ui.Button.NO).toBe(true);
    const response = ui.prompt('Period', 'Which quarter?', ui.ButtonSet.OK_CANCEL);
    expect([response.getResponseText(), String(response.getSelectedButton())]).toEqual(['Q4', 'OK']);
  });
});

describe('HTML and sidebars', () => {
  it('reads project HTML files, with or without .html, and records the sidebar shown', () => {
    const { env } = setup({ htmlFiles: { Sidebar: '<p>Targets</p>' } });
    const html = env.globals.HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Targets')
      .setWidth(320)
      .setSandboxMode(env.globals.HtmlService.SandboxMode.IFRAME);
    env.globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(env.ui.sidebars).toEqual([{ title: 'Targets', content: '<p>Targets</p>', width: 320, height: 0 }]);
    expect(env.globals.HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe(
      '<p>Targets</p>',
    );
  });

  it('throws Apps Script’s error for a missing file', () => {
    const { env } = setup();
    expect(() => env.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  it('builds HTML from strings and records dialogs', () => {
    const { env } = setup();
    const html = env.globals.HtmlService.createHtmlOutput('<b>Hi</b>').append('!').appendUntrusted('<i>');
    expect(html.getContent()).toBe('<b>Hi</b>!&lt;i&gt;');
    env.globals.SpreadsheetApp.getUi().showModalDialog(html.setWidth(400).setHeight(200), 'About');
    expect(env.ui.dialogs).toEqual([
      { title: 'About', content: '<b>Hi</b>!&lt;i&gt;', width: 400, height: 200, modal: true },
    ]);
  });
});
