import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionsIn, OPTIONAL, ROOT, SPEC } from './_bundle';

// The README's function reference must match the code: every example formula is run through the built bundle.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const en = functionsIn('en_US');

/** A formula argument or result as the README writes it: 12.5, TRUE, "text". */
function literal(text: string): unknown {
  const t = text.trim();
  if (t === 'TRUE' || t === 'FALSE') return t === 'TRUE';
  if (t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1);
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`README: cannot read ${t}`);
  return n;
}

// `=NAME(args)` → `result` (reference table) and | `=NAME(args)` | `result` | (more examples).
const EXAMPLE = /`=([A-Z_]+)\(([^`]*)\)`(?: → |\s+\|\s+)`([^`]*)`/g;
const examples = [...readme.matchAll(EXAMPLE)].map(([, name, args, result]) => ({
  name,
  args: args.split(',').map(literal),
  result: literal(result),
}));

describe('README function reference', () => {
  it('shows every function with its parameters in the spec order, optional ones in brackets', () => {
    for (const [name, params] of Object.entries(SPEC)) {
      const signature = params.map((p) => (OPTIONAL.has(p) ? `[${p}]` : p)).join(', ');
      expect(readme).toMatch(new RegExp(`\\| \`${name}\\(${signature.replace(/[[\]]/g, '\\$&')}\\)\` +\\|`));
    }
  });

  it('has an example for every function, and more', () => {
    // KPI_TABLE takes ranges: its example is a formula over the sample sheets, checked in test/bundle/kpiTable.test.ts.
    const scalar = Object.keys(SPEC).filter((name) => name !== 'KPI_TABLE');
    expect(new Set(examples.map((e) => e.name))).toEqual(new Set(scalar));
    expect(examples.length).toBe(18); // 12 in the reference table, 6 more below it
    expect(readme).toContain('=KPI_TABLE(Sales!A1:I, "month", "rep", Spend!A1:C)');
  });

  it.each(examples.map((e) => [`${e.name}(${e.args.join(', ')})`, e] as const))('%s is right', (_, e) => {
    expect(en[e.name](...e.args)).toEqual(e.result);
  });
});
