import { existsSync } from 'node:fs';

/** The browser the tests drive, and where it came from. */
export interface ChromiumChoice {
  executablePath: string;
  args: readonly string[];
  source: 'CHROMIUM_PATH' | 'npm' | 'installed';
}

/** What `findChromium` looks at; tests pass their own. */
export interface ChromiumLookup {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  arch: string;
  exists: (file: string) => boolean;
  /** The npm-shipped browser (`@sparticuz/chromium`): its unpacked binary and the flags it needs. */
  npmChromium: () => Promise<{ executablePath: string; args: readonly string[] }>;
}

// Flags for a desktop Chrome/Chromium run headless by the tests: quiet, no network of its own.
const INSTALLED_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where an installed Chrome or Chromium usually is, per platform. */
const INSTALLED: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

// Made for one page per serverless call: in a single process the browser goes when its first page closes, and the
// tests open many pages in one browser.
const NOT_FOR_TESTS = new Set(['--single-process']);

async function sparticuz(): Promise<{ executablePath: string; args: readonly string[] }> {
  const { default: chromium } = await import('@sparticuz/chromium');
  const args = chromium.args.filter((arg) => !NOT_FOR_TESTS.has(arg));
  return { executablePath: await chromium.executablePath(), args };
}

const DEFAULT_LOOKUP: ChromiumLookup = {
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  exists: existsSync,
  npmChromium: sparticuz,
};

/**
 * The Chromium the browser tests use, in this order: `CHROMIUM_PATH` when set; on Linux x64 the binary shipped
 * inside the `@sparticuz/chromium` npm package (installed by `npm ci`, unpacked to /tmp on first use, no download);
 * elsewhere an installed Chrome or Chromium. Never skips: with none of the three it throws, naming all three.
 *
 * @param lookup What to look at (the real machine by default).
 * @returns The executable and the flags to launch it with.
 * @example
 * const { executablePath, args } = await findChromium();
 * await chromium.launch({ executablePath, args });
 */
export async function findChromium(lookup: Partial<ChromiumLookup> = {}): Promise<ChromiumChoice> {
  const { env, platform, arch, exists, npmChromium } = { ...DEFAULT_LOOKUP, ...lookup };
  const wanted = env.CHROMIUM_PATH?.trim();
  if (wanted) {
    if (!exists(wanted)) throw new Error(`CHROMIUM_PATH is ${wanted}, but there is no file there.`);
    return { executablePath: wanted, args: INSTALLED_ARGS, source: 'CHROMIUM_PATH' };
  }
  if (platform === 'linux' && arch === 'x64') {
    const shipped = await npmChromium();
    return { executablePath: shipped.executablePath, args: shipped.args, source: 'npm' };
  }
  const installed = (INSTALLED[platform] ?? []).find((file) => exists(file));
  if (installed !== undefined)
    return { executablePath: installed, args: INSTALLED_ARGS, source: 'installed' };
  throw new Error(
    'The browser tests need Chromium, and none was found: set CHROMIUM_PATH to a Chrome or Chromium executable; ' +
      `or run them on Linux x64, where npm ci brings one (@sparticuz/chromium); or install Chrome (looked in: ${
        (INSTALLED[platform] ?? []).join(', ') || `no known place on ${platform}`
      }).`,
  );
}
