import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Everything a doc links to is a file of this repository: the docs stand alone (a step that happens on a Google
// page says where to click, in words).

/** README.md and every Markdown file under docs/. */
function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir)).flatMap((name) => {
      const rel = path.join(dir, name);
      if (statSync(path.join(ROOT, rel)).isDirectory()) return walk(rel);
      return name.endsWith('.md') ? [rel] : [];
    });
  return ['README.md', ...walk('docs')];
}

/**
 * The targets of a Markdown text's links and images (`[text](target)`, `![alt](target)`) and autolinks
 * (`<https://…>`), outside code blocks and code spans.
 *
 * @example
 * linkTargets('See [a](b.md) and `[c](d)`.') //=> ['b.md']
 */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  const targets: string[] = [];
  for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  for (const m of prose.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]+)>/gi)) targets.push(m[1]);
  return targets;
}

/** Why a link of `file` is wrong, or null when it is fine. */
function problemOf(file: string, target: string): string | null {
  if (target.startsWith('#')) return null; // a heading of the same page
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    return 'leaves the repository';
  }
  const resolved = path.resolve(ROOT, path.dirname(file), decodeURIComponent(target.split('#')[0]));
  const inside = path.relative(ROOT, resolved);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return 'leaves the repository';
  if (!existsSync(resolved)) return 'names no file of the repository';
  return null;
}

describe('links of README.md and docs/', () => {
  it('finds the links it checks, and catches the ones it must', () => {
    expect(linkTargets('See [a](b.md), ![i](img/x.png "t"), <https://x.org> and `[c](d)`.')).toEqual([
      'b.md',
      'img/x.png',
      'https://x.org',
    ]);
    expect(problemOf('README.md', '../shared/KPI-SPEC.md')).toBe('leaves the repository');
    expect(problemOf('docs/REPORT.md', '../../shared/KPI-SPEC.md')).toBe('leaves the repository');
    expect(problemOf('README.md', 'https://github.com/uwdata/arquero')).toBe('leaves the repository');
    expect(problemOf('docs/REPORT.md', 'NOPE.md')).toBe('names no file of the repository');
    expect(problemOf('docs/REPORT.md', 'KPIS.md#the-kpis')).toBeNull();
  });

  it.each(markdownFiles())('%s links only to files inside the repository that exist', (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const problems = linkTargets(text)
      .map((target) => ({ target, problem: problemOf(file, target) }))
      .filter((link) => link.problem !== null)
      .map((link) => `${link.target}: ${link.problem}`);
    expect(problems).toEqual([]);
  });

  it('sends the reader of README.md and the report guide to the KPI reference', () => {
    expect(linkTargets(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).toContain('docs/KPIS.md');
    expect(linkTargets(readFileSync(path.join(ROOT, 'docs/REPORT.md'), 'utf8'))).toContain('KPIS.md');
  });
});
