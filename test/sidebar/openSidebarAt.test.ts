import { describe, expect, it } from 'vitest';
import { openSidebarAt } from '../../src/kpi/sidebar/openSidebarAt';

describe('openSidebarAt', () => {
  it('names the section on the page’s root, and leaves a page without one as it is', () => {
    expect(openSidebarAt('<body><main id="app"></main></body>', 'targets')).toBe(
      '<body><main id="app" data-open="targets"></main></body>',
    );
    expect(openSidebarAt('<body></body>', 'targets')).toBe('<body></body>');
  });
});
