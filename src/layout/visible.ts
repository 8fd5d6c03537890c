import type { Cluster, Lane, LaneLayout } from './lanes.js';

/** An event on screen: its position in the index, its group and its lane. */
export interface VisibleItem {
  readonly index: number;
  readonly group: number;
  readonly lane: number;
  /**
   * Where the space of the event before it in its lane ends (wall-clock ms; -Infinity when it is
   * the lane's first): the room a label may take left of its mark. Unknown: no room.
   */
  readonly before?: number;
  /** The next event in its lane (its position in the index; -1: none), whose label bounds this one's. */
  readonly next?: number;
}

export interface VisibleCluster {
  readonly cluster: Cluster;
  readonly group: number;
}

/** First position whose value is > x in a sorted array. */
export function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The items whose space overlaps the wall-clock window [from, to), in start order.
 * Per lane: a binary search on the (sorted) ends, then a walk while starts are in view:
 * O(lanes · log n + k).
 */
export function visibleItems(layout: LaneLayout, from: number, to: number): VisibleItem[] {
  const out: VisibleItem[] = [];
  layout.groups.forEach((group, g) => {
    group.lanes.forEach((lane: Lane, l) => {
      for (
        let j = upperBound(lane.ends, from);
        j < lane.items.length && lane.starts[j]! < to;
        j++
      ) {
        out.push({
          index: lane.items[j]!,
          group: g,
          lane: l,
          before: j > 0 ? lane.ends[j - 1]! : -Infinity,
          next: j + 1 < lane.items.length ? lane.items[j + 1]! : -1,
        });
      }
    });
  });
  return out.sort((a, b) => a.index - b.index);
}

/** Clusters whose mark overlaps the window; `span` is a cluster mark's width in ms. */
export function visibleClusters(
  layout: LaneLayout,
  from: number,
  to: number,
  span: number,
): VisibleCluster[] {
  const out: VisibleCluster[] = [];
  layout.groups.forEach((group, g) => {
    const { clusters } = group;
    // Clusters are sorted by start and at least `span` apart: binary search the first in view.
    let lo = 0;
    let hi = clusters.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (clusters[mid]!.start + span > from) hi = mid;
      else lo = mid + 1;
    }
    for (let j = lo; j < clusters.length && clusters[j]!.start < to; j++)
      out.push({ cluster: clusters[j]!, group: g });
  });
  return out;
}

/** The lane an item was packed into, or -1 when it sits in a cluster. */
export function laneOf(layout: LaneLayout, group: number, index: number, start: number): number {
  const lanes = layout.groups[group]?.lanes ?? [];
  for (let l = 0; l < lanes.length; l++) {
    const lane = lanes[l]!;
    // Several items may share a start; walk back over them from the last one.
    for (let j = upperBound(lane.starts, start) - 1; j >= 0 && lane.starts[j] === start; j--) {
      if (lane.items[j] === index) return l;
    }
  }
  return -1;
}
