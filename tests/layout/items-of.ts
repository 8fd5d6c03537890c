import type { IndexedEvent, TimelineIndex } from '../../src/layout/timeline-index.js';

/** Every event of an index in start order (the index makes each on demand). */
export function itemsOf(index: TimelineIndex): IndexedEvent[] {
  return Array.from({ length: index.size }, (_, at) => index.item(at));
}
