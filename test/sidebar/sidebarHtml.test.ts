import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalReferences, MAX_SIDEBAR_BYTES, sidebarHtml } from '../../src/sidebar/build.mjs';
import { ROOT } from '../bundle/_bundle';

const SIDEBAR_SRC = path.join(ROOT, 'src/sidebar');

describe('dist/Sidebar.html', () => {
  it('is one self-contained page: its CSS and script inline, nothing fetched from elsewhere', async () => {
    const html = await sidebarHtml();
    expect(externalReferences(html)).toEqual([]);
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
    expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style>']);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toContain('<!-- inline:');
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_SIDEBAR_BYTES);
  });

  it('is what the build wrote', async () => {
    expect(readFileSync(path.join(ROOT, 'dist/Sidebar.html'), 'utf8')).toBe(await sidebarHtml());
  });
});

describe('externalReferences', () => {
  it('finds what a page would fetch', () => {
    expect(
      externalReferences(
        '<script src="https://x/y.js"></script><link href=a.css><style>@import "b.css"; p{background:url(c.png)}</style>' +
          '<img src="data:image/png;base64,AA">',
      ),
    ).toEqual(['https://x/y.js', 'a.css', 'data:image/png;base64,AA', '@import "b.css"', 'url(c.png)']);
  });
});

describe('src/sidebar', () => {
  it('never turns text into HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const offenders = readdirSync(SIDEBAR_SRC)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        readFileSync(path.join(SIDEBAR_SRC, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => !line.trim().startsWith('//'))
          .filter(({ line }) =>
            /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\.srcdoc\s*=/.test(line),
          )
          .map(({ at }) => at),
      );
    expect(offenders).toEqual([]);
  });
});
