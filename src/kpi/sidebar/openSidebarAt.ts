/** The sections the sidebar page can open at (scrolled to it), named on its root element as `data-open`. */
export type SidebarOpening = 'targets';

/**
 * The sidebar page told which section to open at: `data-open` on its root (`<main id="app">`), which the page reads
 * when it starts. The menu's "Set targets…" opens it at the targets.
 *
 * @param html The page (dist/Sidebar.html).
 * @param section The section.
 * @returns The page with the attribute; unchanged when it has no `<main id="app"` (then it opens at the top).
 * @example
 * openSidebarAt('<main id="app"></main>', 'targets') //=> '<main id="app" data-open="targets"></main>'
 */
export function openSidebarAt(html: string, section: SidebarOpening): string {
  return html.replace('<main id="app"', `<main id="app" data-open="${section}"`);
}
