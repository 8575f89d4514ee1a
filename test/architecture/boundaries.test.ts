import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The project's rooms and the doors between them (docs/ARCHITECTURE.md, "Boundaries"):
//   1. src/kpi is the pure core: it imports nothing outside src/kpi (no package, no Node module, no other folder);
//   2. nothing in src/ imports the emulator (the add-on runs in Apps Script, the emulator only stands in for it);
//   3. a front end (tools/report/, the CLI; playground/) never imports another front end's entry file: what both
//      need lives in a module of its own (tools/workbook/) or in a non-entry module;
//   4. src/functions and src/addon do not import each other: what both need is in src/kpi.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['src', 'emulator', 'tools', 'playground', 'bench', 'scripts'];
const CODE = /\.(?:ts|mts|mjs|js)$/;

/** The front ends and their entry files (what `npm run report` and `npm start` run; the page's two scripts). */
const FRONT_ENDS: ReadonlyArray<{ name: string; folder: string; entries: readonly string[] }> = [
  { name: 'the CLI', folder: 'tools/report', entries: ['tools/report/main.ts', 'tools/report.mjs'] },
  {
    name: 'the playground',
    folder: 'playground',
    entries: [
      'playground/server/main.ts',
      'playground/page/main.ts',
      'playground/page/gasShim.ts',
      'playground/start.mjs',
    ],
  },
];

/**
 * The module specifiers of a file: imports, `import type`, re-exports, `import()` and `require()`.
 * @param text The file's source.
 * @returns Each specifier, in order.
 * @example specifiersOf("import { a } from './a.js';\nexport * from '../b';") //=> ['./a.js', '../b']
 */
function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Where a specifier of a file points, relative to the root; null for a bare (package) specifier. */
function targetOf(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  if (/\.(?:ts|mjs|mts|json|css|html)$/.test(resolved)) return resolved;
  if (resolved.endsWith('.js')) return `${resolved.slice(0, -3)}.ts`;
  return `${resolved}.ts`;
}

const inside = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

/**
 * What breaks the rules, one line per import (empty when nothing).
 * @param files Each file's path relative to the root (with /) and its source text.
 * @returns "file imports specifier: rule" lines.
 */
function violations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [from, text] of files) {
    for (const specifier of specifiersOf(text)) {
      const target = targetOf(from, specifier);
      const say = (rule: string) => found.push(`${from} imports ${specifier}: ${rule}`);
      if (inside(from, 'src/kpi') && (target === null || !inside(target, 'src/kpi'))) {
        say('src/kpi is the pure core and imports nothing outside src/kpi');
      }
      if (target === null) continue;
      if (inside(from, 'src') && inside(target, 'emulator')) say('src/ must not import the emulator');
      for (const frontEnd of FRONT_ENDS) {
        if (!inside(from, frontEnd.folder) && frontEnd.entries.includes(target)) {
          say(
            `${target} is the entry file of ${frontEnd.name}; move what is shared into a module of its own`,
          );
        }
      }
      if (
        (inside(from, 'src/functions') && inside(target, 'src/addon')) ||
        (inside(from, 'src/addon') && inside(target, 'src/functions'))
      ) {
        say('src/functions and src/addon share code only through src/kpi');
      }
    }
  }
  return found;
}

/** Every code file under the scanned folders (node_modules and dist aside), relative to the root. */
function projectFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(rel);
      } else if (CODE.test(entry.name) && !entry.name.endsWith('.d.mts') && !entry.name.endsWith('.d.ts')) {
        files.set(rel, readFileSync(path.join(ROOT, rel), 'utf8'));
      }
    }
  };
  for (const dir of SCANNED) walk(dir);
  return files;
}

describe('boundaries', () => {
  it('holds for every file of src/, emulator/, tools/, playground/, bench/ and scripts/', () => {
    const files = projectFiles();
    expect(files.size).toBeGreaterThan(100);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['src/kpi/kpis.ts', 'tools/report/main.ts']));
    expect(violations(files)).toEqual([]);
  });

  it('reads every kind of import: named, type-only, re-export, dynamic, require, multi-line', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b';",
      "export * from './c';",
      "export { d } from './d.js';",
      "const e = await import('./e.js');",
      "const f = require('./f');",
      'import {',
      '  g,',
      "} from './g.js';",
      "// import { no } from './comment.js';",
      'const text = "import { no } from \'./string.js\'";',
    ].join('\n');
    expect(specifiersOf(text)).toEqual(['./a.js', '../b', './c', './d.js', './e.js', './f', './g.js']);
  });

  describe('fails', () => {
    const check = (from: string, text: string) => violations(new Map([[from, text]]));

    it('when src/kpi imports anything outside src/kpi: a package, a Node module, another folder of src', () => {
      expect(check('src/kpi/report/x.ts', "import { y } from '../../addon/y.js';")).toEqual([
        'src/kpi/report/x.ts imports ../../addon/y.js: src/kpi is the pure core and imports nothing outside src/kpi',
      ]);
      expect(check('src/kpi/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
      expect(check('src/kpi/x.ts', "import Papa from 'papaparse';")).toHaveLength(1);
      expect(check('src/kpi/x.ts', "export type { T } from '../sidebar/t';")).toHaveLength(1);
      expect(check('src/kpi/report/x.ts', "import { ratio } from '../formulas/ratio.js';")).toEqual([]);
    });

    it('when src/ imports the emulator', () => {
      expect(check('src/addon/x.ts', "import { a1 } from '../../emulator/a1.js';")).toEqual([
        'src/addon/x.ts imports ../../emulator/a1.js: src/ must not import the emulator',
      ]);
      expect(check('tools/report/x.ts', "import { a1 } from '../../emulator/a1.js';")).toEqual([]);
    });

    it("when a front end imports another front end's entry file, not its other modules", () => {
      expect(
        check('playground/server/x.ts', "import { SAMPLES } from '../../tools/report/main.js';"),
      ).toEqual([
        'playground/server/x.ts imports ../../tools/report/main.js: tools/report/main.ts is the entry file of the CLI; move what is shared into a module of its own',
      ]);
      expect(check('tools/report/x.ts', "import { main } from '../../playground/server/main';")).toHaveLength(
        1,
      );
      expect(check('playground/server/x.ts', "import { t } from '../../tools/report/loadTable.js';")).toEqual(
        [],
      );
      expect(check('tools/report/args.ts', "import { main } from './main.js';")).toEqual([]);
    });

    it('when src/functions and src/addon import each other', () => {
      expect(check('src/functions/x.ts', "import { y } from '../addon/y.js';")).toEqual([
        'src/functions/x.ts imports ../addon/y.js: src/functions and src/addon share code only through src/kpi',
      ]);
      expect(check('src/addon/_lib/x.ts', "import { CAC } from '../../functions/cac';")).toHaveLength(1);
      expect(check('src/addon/x.ts', "import { cac } from '../kpi/formulas/cac.js';")).toEqual([]);
    });
  });
});
