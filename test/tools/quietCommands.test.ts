// Quiet commands (issue 15): `npm start` prints where to open the playground and how to stop it, not how to deploy
// to Google; `npm test`'s build and lint print nothing when all is well, and the lint fails on a warning.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../bundle/_bundle';
import { startPlayground } from '../playground/_playground';

const scripts: Record<string, string> = JSON.parse(
  readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).scripts;

function node(args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('node build.mjs --quiet', () => {
  it('builds dist/ and prints nothing when the build succeeds', () => {
    const run = node(['build.mjs', '--quiet']);
    expect(run).toEqual({ status: 0, out: '' });
  });

  it('is the build npm start and npm test run, while npm run build still says how to push', () => {
    expect(scripts.start).toMatch(/^node build\.mjs --quiet && /);
    expect(scripts.test).toContain('node build.mjs --quiet');
    expect(scripts.build).toBe('node build.mjs');
  });
});

describe('npm run lint', () => {
  const dir = path.join(ROOT, '.scratch', `lint-${process.pid}`);

  it('prints nothing and exits 0 for clean files', () => {
    const run = node(['scripts/lint.mjs', 'scripts/lint.mjs', 'build.mjs']);
    expect(run).toEqual({ status: 0, out: '' });
  });

  it('fails and prints the rule when a file has only a warning', () => {
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(
        path.join(dir, 'warn.css'),
        '.a > .b.c > button {\n  color: red;\n}\n.d button {\n  color: blue;\n}\n',
      );
      const run = node(['scripts/lint.mjs', path.relative(ROOT, path.join(dir, 'warn.css'))]);
      expect(run.status).not.toBe(0);
      expect(run.out).toContain('noDescendingSpecificity');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is what npm test runs, silently (npm run -s)', () => {
    expect(scripts.lint).toBe('node scripts/lint.mjs');
    expect(scripts.test).toContain('npm run -s lint');
  });
});

describe('npm start', () => {
  it('prints the URL and how to stop, and nothing about deploying to Google', async () => {
    const playground = await startPlayground();
    try {
      const output = playground.output();
      expect(output).toContain(`open ${playground.url}`);
      expect(output).toContain('Ctrl+C stops it');
      expect(output).not.toMatch(/clasp|Apps Script project|npm run push/);
    } finally {
      await playground.stop();
    }
  });
});
