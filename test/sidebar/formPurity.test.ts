import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The sidebar's form state must run without a page (its tests run in Node): it neither touches the DOM nor
// imports the page's views, controls or server calls.

const SIDEBAR = path.resolve(__dirname, '../../src/sidebar');
const PURE = ['formState.ts', 'settingsForm.ts', 'targetsEdits.ts', 'fieldPath.ts', 'dayOfIso.ts'];

describe('the sidebar form state', () => {
  it('uses no DOM and imports only the core and itself', () => {
    const problems: string[] = [];
    for (const file of PURE) {
      const text = readFileSync(path.join(SIDEBAR, file), 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g))
        if (!m[1].startsWith('../kpi/') && !PURE.includes(`${m[1].slice(2)}.ts`))
          problems.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\b(document|window|navigator|HTML\w*Element|Event)\b/g))
        problems.push(`${file}: ${m[1]}`);
    }
    expect(problems).toEqual([]);
  });
});
