import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireChromium } from './_sidebarPage';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('requireChromium', () => {
  it('fails (never skips) in CI when the browser is missing', () => {
    vi.stubEnv('CI', 'true');
    expect(() => requireChromium('/nowhere/chromium')).toThrow(
      'Chromium is missing at /nowhere/chromium in CI: .ci/run installs it (apt-get install -y chromium) before npm test.',
    );
  });

  it('fails on a workstation too, saying how to install it', () => {
    vi.stubEnv('CI', '');
    expect(() => requireChromium('/nowhere/chromium')).toThrow(
      /need Debian's Chromium at \/nowhere\/chromium\. Install it with:\n {2}sudo apt-get update && sudo apt-get install -y chromium/,
    );
  });

  it('passes when it is there', () => {
    expect(() => requireChromium(process.execPath)).not.toThrow();
  });
});
