import { describe, expect, it } from 'vitest';
import type { Environment } from '../../emulator/index';
import { book, sheetNames, sheetsPicture } from './_addon';

// Issue 10: make every service call of a report build fail in turn, on a fresh copy of a workbook full of the
// user's work, and check that nothing of theirs is lost, that a report is always there under its name, and that
// the alert tells what happened.

/** A user of each language, with a sheet of their own named like the report in the other language. */
const USERS = [
  {
    userLocale: 'en',
    report: 'KPI Report',
    cards: 'Rep cards',
    lookalike: 'Отчет KPI',
    failed: 'The report could not be built: ',
    kept: 'The previous report was kept.',
    unchanged: 'No sheet was changed.',
  },
  {
    userLocale: 'ru',
    report: 'Отчёт KPI',
    cards: 'Карточки менеджеров',
    lookalike: 'KPI report',
    failed: 'Не удалось построить отчёт: ',
    kept: 'Прежний отчёт сохранён.',
    unchanged: 'Листы не изменены.',
  },
] as const;
type User = (typeof USERS)[number];

function workbook(user: User) {
  const { env, bundle } = book({
    userLocale: user.userLocale,
    sheets: {
      Sales: [
        ['Date', 'Rep', 'Channel', 'Status', 'Amount'],
        ['2026-11-02', 'Anna', 'Ads', 'Won', 1200],
        ['2026-11-05', 'Boris', 'Email', 'Won', 800],
        ['2026-11-09', 'Anna', 'Ads', 'Lost', 300],
        ['2026-10-12', 'Boris', 'Email', 'Won', 500],
      ],
      Notes: [
        ['Plan', 'Value'],
        ['Q4', 0.25],
      ],
      [user.lookalike]: [['Мои заметки'], ['не трогать']],
      'KPI Targets': [
        ['Period', 'Rep', 'KPI', 'Target'],
        ["'2026-11", '', 'Sales volume', 2000],
        ["'2026-11", 'Anna', 'Sales volume', ''],
      ],
    },
    settings: { asOf: '2026-11-20' },
  });
  env.calls.untracked(() => {
    const notes = env.spreadsheet.getSheetByName('Notes')!;
    notes.getRange('C2').setFormula('=B2*2');
    notes.getRange('A1').setNote('mine');
    notes.getRange('B2').setNumberFormat('0%').setBackground('#ffff00');
    env.spreadsheet.getSheetByName(user.lookalike)!.getRange('A1').setNote('a sheet of the user’s own');
    const targets = env.spreadsheet.getSheetByName('KPI Targets')!;
    targets.getRange('D3').setFormula('=D2*0.5');
    targets.getRange('D2').setNote('agreed with Anna');
  });
  bundle.call('buildKpiReport'); // the existing report
  expect(env.ui.alerts).toEqual([]);
  env.ui.alerts.length = 0;
  return { env, bundle };
}

const reportOf = (env: Environment, user: User) =>
  env.snapshot().sheets.filter((s) => s.name === user.report);

describe.each(USERS)('a report build that fails at any service call, for a user in $userLocale', (user) => {
  const USER_SHEETS = ['Sales', 'Notes', user.lookalike, 'KPI Targets'];
  const clean = workbook(user);
  const userBefore = sheetsPicture(clean.env, USER_SHEETS);
  const propertiesOf = (env: Environment) => ({
    document: env.properties.document.toObject(),
    user: env.properties.user.toObject(),
    script: env.properties.script.toObject(),
  });
  const propertiesBefore = propertiesOf(clean.env);
  // Every sheet after a build: the user's, the report, the rep cards (and any other sheet a build adds).
  const BUILT = sheetNames(clean.env);
  clean.env.calls.reset();
  clean.bundle.call('buildKpiReport');
  const total = clean.env.calls.total();
  const sequence = clean.env.calls.sequence();
  // The 1-based position of the last sheet name read: from then on the build knows a report is there.
  const langKnown = sequence.indexOf('Session.getActiveUserLocale') + 1;
  const namesKnown = sequence.indexOf('Spreadsheet.getSheets') + 1 + BUILT.length;

  it('makes calls enough to be worth the suite (and runs clean without a fault)', () => {
    expect(total).toBeGreaterThan(40);
    expect(clean.env.ui.alerts).toEqual([]);
    expect(BUILT.slice(0, USER_SHEETS.length + 1)).toEqual([...USER_SHEETS, user.report]);
    expect(BUILT).toContain(user.cards);
    expect(sheetNames(clean.env)).toEqual(BUILT);
  });

  const outcomes = new Map<string, 'replaced' | 'kept'>(); // failing call → what became of the report

  for (let n = 1; n <= total; n++) {
    it(`loses nothing and says what happened when call ${n} fails`, () => {
      const { env, bundle } = workbook(user);
      const old = reportOf(env, user)[0];
      env.calls.reset();
      env.calls.failAt(n);
      bundle.call('buildKpiReport');
      expect(env.calls.faultPending(), `call ${n} (${sequence[n - 1]}) fired`).toBe(false);

      // Nothing of the user's is lost or changed.
      expect(sheetsPicture(env, USER_SHEETS)).toEqual(userBefore);
      expect(propertiesOf(env)).toEqual(propertiesBefore);
      // Exactly one sheet under the report's name: the old one or the new one.
      const reports = reportOf(env, user);
      expect(reports, sheetNames(env).join(', ')).toHaveLength(1);
      // Exactly one sheet under the rep cards' name, marked as the add-on's (the old one or the new one).
      const cards = env.snapshot().sheets.filter((s) => s.name === user.cards);
      expect(cards.map((s) => s.metadata)).toEqual([[{ key: 'salesKpi.repCards', value: 'repCards' }]]);
      const replaced = reports[0].id !== old.id;
      outcomes.set(`${n} ${sequence[n - 1]}`, replaced ? 'replaced' : 'kept');
      const prompts = env.ui.alerts.map((a) => a.prompt);
      if (replaced) {
        // A new report in place: success, or at most a notice that does not say the build failed.
        expect(prompts.filter((p) => p.startsWith(user.failed))).toEqual([]);
        expect(reports[0].metadata).toEqual([{ key: 'salesKpi.report', value: 'report' }]);
      } else {
        // The old report untouched: the alert says so (before the build has seen the sheets, that nothing changed).
        expect(reports[0]).toEqual(old);
        expect(prompts).toHaveLength(1);
        // Before the user's language is read, the spreadsheet's (en_US) is all the build knows.
        const said = n > langKnown ? user : USERS[0];
        expect(prompts[0].startsWith(said.failed), prompts[0]).toBe(true);
        expect(prompts[0].endsWith(n > namesKnown ? said.kept : said.unchanged), prompts[0]).toBe(true);
      }

      // The next build succeeds and leaves no building sheet behind.
      env.ui.alerts.length = 0;
      bundle.call('buildKpiReport');
      expect(env.ui.alerts).toEqual([]);
      expect(sheetNames(env)).toEqual(BUILT);
      expect(sheetsPicture(env, USER_SHEETS)).toEqual(userBefore);
      expect(env.locks.isHeld('document')).toBe(false);
    });
  }

  it('kept the old report for every failure up to the swap, and put the new one in place after it', () => {
    // The report's own calls: from its sheet's insertSheet (the last one: the rep cards' sheet is written before it).
    const keys = [...outcomes.keys()];
    const inserts = keys.flatMap((key, i) => (key.endsWith(' Spreadsheet.insertSheet') ? [i] : []));
    const reportInsert = inserts[inserts.length - 1];
    const at = (call: string) =>
      outcomes.get(keys.find((key, i) => i >= reportInsert && key.endsWith(` ${call}`)) ?? '');
    expect(outcomes.size).toBe(total);
    expect(at('Spreadsheet.insertSheet')).toBe('kept');
    expect(at('Range.setValues')).toBe('kept');
    expect(at('Spreadsheet.deleteSheet')).toBe('kept');
    expect(at('Sheet.setName')).toBe('replaced'); // retried once: the report gets its name
    expect(at('Lock.releaseLock')).toBe('replaced'); // not "the build failed"
  });
});
