import { describe, expect, it } from 'vitest';
import { type ChromiumLookup, findChromium } from './_chromium';

const NPM = { executablePath: '/tmp/chromium', args: ['--headless=shell', '--no-sandbox'] };

/** A machine with these files, this platform and these variables. */
function machine(options: Partial<ChromiumLookup> & { files?: string[] } = {}): Partial<ChromiumLookup> {
  const files = new Set(options.files ?? []);
  return {
    env: {},
    platform: 'linux',
    arch: 'x64',
    exists: (file) => files.has(file),
    npmChromium: async () => NPM,
    ...options,
  };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, when the file is there', async () => {
    const found = await findChromium(
      machine({ env: { CHROMIUM_PATH: '/opt/chrome' }, files: ['/opt/chrome'] }),
    );
    expect(found).toMatchObject({ executablePath: '/opt/chrome', source: 'CHROMIUM_PATH' });
  });

  it('says so when CHROMIUM_PATH names no file, rather than trying another browser', async () => {
    await expect(findChromium(machine({ env: { CHROMIUM_PATH: '/nowhere/chrome' } }))).rejects.toThrow(
      'CHROMIUM_PATH is /nowhere/chrome, but there is no file there.',
    );
  });

  it('uses the npm-shipped browser with its own flags on Linux x64, even with Debian’s installed', async () => {
    const found = await findChromium(machine({ files: ['/usr/bin/chromium'] }));
    expect(found).toEqual({ ...NPM, source: 'npm' });
  });

  it('uses an installed Chrome elsewhere', async () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const found = await findChromium(machine({ platform: 'darwin', arch: 'arm64', files: [mac] }));
    expect(found).toMatchObject({ executablePath: mac, source: 'installed' });
    expect(found.args).toContain('--headless');
  });

  it('fails (never skips) naming all three ways when there is none', async () => {
    const error = findChromium(machine({ platform: 'linux', arch: 'arm64' }));
    await expect(error).rejects.toThrow(
      /set CHROMIUM_PATH.*Linux x64, where npm ci brings one.*install Chrome/,
    );
    await expect(error).rejects.toThrow(/\/usr\/bin\/chromium/);
  });

  it('finds a browser on this machine', async () => {
    const found = await findChromium();
    expect(found.executablePath).not.toBe('');
  });
});
