// Types of build.mjs (the sidebar's build step), for the tests that import it.

/** The sidebar is loaded each time it opens: keep it small. */
export const MAX_SIDEBAR_BYTES: number;

/** Builds dist/Sidebar.html and adds a line to the build summary. */
export function buildSidebar(report: string[], BuildError: new (message: string) => Error): Promise<void>;

/** The page's text, inlined and checked. */
export function sidebarHtml(BuildError?: new (message: string) => Error): Promise<string>;

/** What in a page would fetch something: src/href attributes, CSS @import and url() (data: URLs aside). */
export function externalReferences(html: string): string[];
