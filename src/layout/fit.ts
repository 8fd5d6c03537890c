import type { Geometry } from './geometry.js';
import type { TimelineIndex } from './timeline-index.js';

const DAY = 86_400_000;

/**
 * The wall-clock window that shows every event when zoomed all the way out: the extent, padded,
 * and widened on the right until late labels have room for their first words (render shortens
 * labels at the right edge with an ellipsis). O(n).
 */
export function fitDomain(index: TimelineIndex, width: number, g: Geometry): [number, number] {
  const [from, padded] = paddedExtent(index);
  let to = padded;
  const margin = 8;
  // Only late events can widen the window: from the last back to where even the least room
  // would not (the bound rises as `to` grows), so only their labels are measured.
  const least = Math.max(width - margin - g.labelInset - g.minLabelRoom, width * 0.25);
  for (let i = index.size - 1; i >= 0; i--) {
    const start = index.starts[i]!;
    if (start <= from + ((to - from) * least) / width) break;
    const label = index.item(i).labelWidth;
    const room = width - margin - g.labelInset - Math.min(label, g.minLabelRoom);
    // Solve (start - from) / (to - from) · width ≤ room for `to`.
    if (room > width * 0.25) to = Math.max(to, from + ((start - from) * width) / room);
  }
  return [from, to];
}

/** The events' extent (at least a day), padded by 3 % on each side: the fitted window before labels widen it. */
export function paddedExtent(index: TimelineIndex): [number, number] {
  let [min, max] = index.extent;
  if (max - min < DAY) {
    const middle = (min + max) / 2;
    [min, max] = [middle - DAY / 2, middle + DAY / 2];
  }
  return [min - (max - min) * 0.03, max + (max - min) * 0.03];
}
