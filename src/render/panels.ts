/**
 * The panels a page shows only on a user's action, loaded on demand as one module: the list
 * view, the selected event's details and the story panel. They render with the element's own
 * Lit (`lit`).
 */
import type { html, nothing } from 'lit';

/** Lit's template tag and empty value, handed in by the element. */
export interface PanelLit {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
}

export { panelsCss } from '../styles/panels.styles.js';
export { renderDetail } from './render-detail.js';
export { renderMedia } from './render-media.js';
export { renderList } from './render-list.js';
export { renderStory } from './render-story.js';
