import type { TimelineIndex } from './timeline-index.js';

/** The narrowest window a story step shows: an hour, as the zoom allows at most. */
const MIN_SPAN = 3_600_000;

/**
 * The wall-clock window a story step shows for the event at position `at` (index = time
 * order): from the previous event's start to the next event's start (or this one's end, if
 * later), padded by a fifth of that span on each side, so the event is seen between its
 * neighbours. The first and the last event have one neighbour; an event alone gets its own
 * span. The zoom clamps the window to its limits.
 */
export function storyWindow(index: TimelineIndex, at: number): [number, number] {
  const { starts, ends, size } = index;
  const start = starts[at]!;
  const end = ends[at]!;
  const from = at > 0 ? Math.min(starts[at - 1]!, start) : start;
  const to = at + 1 < size ? Math.max(starts[at + 1]!, end) : end;
  const span = Math.max(to - from, MIN_SPAN);
  const pad = span / 5;
  const middle = (from + to) / 2;
  return [middle - span / 2 - pad, middle + span / 2 + pad];
}
