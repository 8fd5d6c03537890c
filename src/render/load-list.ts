import type { renderList } from './render-list.js';

// The list view: loaded the first time a page shows it (most never do).
let loaded: typeof renderList | undefined;
let loading: Promise<unknown> | undefined;

/** The list view's renderer, once loaded. */
export const listRenderer = (): typeof renderList | undefined => loaded;

/** Loads the list view (once; after a failure, the next call tries again). */
export function loadListRenderer(): Promise<unknown> {
  loading ??= import('./render-list.js').then(
    (module) => (loaded = module.renderList),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
