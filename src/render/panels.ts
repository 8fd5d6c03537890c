/**
 * The panels a page shows only on a user's action, loaded on demand as one module: the list
 * view and the selected event's details. Both render with the element's own Lit (`lit`).
 */
export { renderDetail } from './render-detail.js';
export { renderList } from './render-list.js';
