import { whenIdle } from '../controllers/idle.js';
import type * as Panels from './panels.js';

// The list view and the details panel: loaded the first time a page needs one, or when idle.
let loaded: typeof Panels | undefined;
let loading: Promise<unknown> | undefined;
let sheet: CSSStyleSheet | undefined;

/** The panels' renderers, once loaded. */
export const panels = (): typeof Panels | undefined => loaded;

/** Loads the panels (once; after a failure, the next call tries again). */
export function loadPanels(): Promise<unknown> {
  loading ??= import('./panels.js').then(
    (module) => {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(module.panelsCss);
      loaded = module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Adds the panels' stylesheet to an element's shadow root, once they are loaded. */
export function stylePanels(root: ShadowRoot): void {
  const sheets = root.adoptedStyleSheets;
  if (sheet && !sheets.includes(sheet)) root.adoptedStyleSheets = [...sheets, sheet];
}

let prefetched = false;

/** Fetches the panels once the browser is idle, once a page: a first click seldom waits. */
export function prefetchPanels(): void {
  if (prefetched) return;
  prefetched = true;
  whenIdle(() => void loadPanels().catch(() => undefined));
}
