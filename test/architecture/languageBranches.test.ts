import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A language is decided in one place, src/kpi/i18n (docs/ARCHITECTURE.md, "Where do I add… a locale convention"):
// words per area (`defineMessages({ en, ru })`), conventions in src/kpi/i18n/locales/ (quotes, plurals, money
// position, days, quarters, lists), read with `conventionsOf(lang)`, `quoted`, `plural`, `currencyOf(locale)`.
// Everywhere else in src/ and in the front ends that run in Node (tools/, playground/) a line that tests a language
// or a locale's language code, or writes a value in hand-picked quotes, is a branch that belongs there. The
// emulator (emulator/) is left out: it plays Google's own behaviour (Sheet1/Лист1), not the add-on's.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = /\.(?:ts|mts|mjs|js)$/;
const ALLOWED_FOLDER = 'src/kpi/i18n';
const SCANNED = ['src', 'tools', 'playground'];

// Branches not yet moved, in files another change owns, with how many each holds: an entry fails when its count
// changes, so the list only shrinks (remove a file's entry when its branches move into src/kpi/i18n).
const NOT_YET_MOVED: ReadonlyMap<string, number> = new Map([]);

// A language (or locale) literal: 'ru', "en", 'ru_RU', 'en-US'.
const LANGUAGE = String.raw`['"\x60](?:en|ru)(?:[-_][A-Za-z]{2})?['"\x60]`;
const BRANCHES: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  {
    pattern: new RegExp(String.raw`[!=]==?\s*${LANGUAGE}|${LANGUAGE}\s*[!=]==?`),
    what: 'compares with a language',
  },
  { pattern: new RegExp(String.raw`\bcase\s+${LANGUAGE}\s*:`), what: 'switches on a language' },
  {
    pattern: /\.(?:startsWith|endsWith|includes|indexOf)\(\s*['"`](?:en|ru)(?:[-_][A-Za-z]{2})?['"`]/,
    what: 'tests a locale for a language',
  },
  { pattern: /\/\^\(?(?:\?:)?(?:en|ru)\b/i, what: 'matches a locale against a language' },
  { pattern: /[«“„]\$\{[^}]*\}[»”“]/, what: 'quotes a value by hand' },
];

// Fixture source text with template literals in it (`${…}` written out would be a template of the test itself).
const DOLLAR = '$';

/** A line that is only a comment (JSDoc, `//`): examples there are not code. */
const COMMENT = /^\s*(?:\*|\/\/|\/\*)/;

/**
 * The language branches of one file, as `file:line: what — code`.
 * @param file The path relative to the root (with /).
 * @param text The file's source.
 * @returns One line per branch found (empty when none).
 * @example branchesIn('a.ts', "const q = lang === 'ru' ? '«' : '“';") //=> ["a.ts:1: compares with a language — const q = …"]
 */
function branchesIn(file: string, text: string): string[] {
  if (file === ALLOWED_FOLDER || file.startsWith(`${ALLOWED_FOLDER}/`)) return [];
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (COMMENT.test(line)) return;
    const code = line.replace(/\s\/\/\s.*$/, '');
    for (const { pattern, what } of BRANCHES) {
      if (pattern.test(code)) found.push(`${file}:${index + 1}: ${what} — ${line.trim()}`);
    }
  });
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`)
    .filter((file) => CODE.test(file) && !file.endsWith('.d.ts') && !/(?:^|\/)node_modules\//.test(file));
}

/** Every branch in the scanned folders, by file. */
function branchesByFile(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of SCANNED.flatMap(sourceFiles)) {
    const branches = branchesIn(file, readFileSync(path.join(ROOT, file), 'utf8'));
    if (branches.length > 0) found.set(file, branches);
  }
  return found;
}

describe('language branches', () => {
  it('finds none in src/, tools/ and playground/ outside src/kpi/i18n but the files not yet moved', () => {
    const found = [...branchesByFile()].flatMap(([file, branches]) =>
      NOT_YET_MOVED.has(file) ? [] : branches,
    );
    expect(found).toEqual([]);
  });

  it('finds as many branches as listed in each file not yet moved (the list only shrinks)', () => {
    const found = branchesByFile();
    const counts = [...NOT_YET_MOVED.keys()].map((file) => [file, found.get(file)?.length ?? 0] as const);
    expect(new Map(counts)).toEqual(NOT_YET_MOVED);
  });

  it('names the file and line of each kind of branch', () => {
    const fixture = [
      'const a = 1;',
      "const money = lang === 'ru' ? after : before;",
      "if ('en' !== lang) return;",
      "const first = locale.startsWith('en') ? symbol + text : text + symbol;",
      "case 'ru':",
      'const ru = /^ru(?:[_-]|$)/i.test(locale);',
      `titles.push(\`«${DOLLAR}{name}»\`);`,
      `const t = \`“${DOLLAR}{name}”\`;`,
    ].join('\n');
    expect(branchesIn('src/addon/fixture.ts', fixture).map((line) => line.split(' — ')[0])).toEqual([
      'src/addon/fixture.ts:2: compares with a language',
      'src/addon/fixture.ts:3: compares with a language',
      'src/addon/fixture.ts:4: tests a locale for a language',
      'src/addon/fixture.ts:5: switches on a language',
      'src/addon/fixture.ts:6: matches a locale against a language',
      'src/addon/fixture.ts:7: quotes a value by hand',
      'src/addon/fixture.ts:8: quotes a value by hand',
    ]);
  });

  it('leaves src/kpi/i18n, comments, tables keyed by language and quotes inside a sentence alone', () => {
    expect(branchesIn('src/kpi/i18n/locales/ru.ts', "const x = lang === 'ru';")).toEqual([]);
    const fixture = [
      " * langOf('ru_RU') //=> 'ru'",
      "// lang === 'ru' in a comment",
      "const names = { en: 'KPI Report', ru: 'Отчёт KPI' };",
      `const company = \`ООО «${DOLLAR}{a} ${DOLLAR}{b}»\`;`,
      "const lang: Lang = 'en';",
    ].join('\n');
    expect(branchesIn('src/kpi/sample/fixture.ts', fixture)).toEqual([]);
  });
});
