import type { Geometry } from './geometry.js';
import type { IndexedEvent, TimelineIndex } from './timeline-index.js';

/**
 * One lane: item positions (into `TimelineIndex.items`) in start order, with each item's start
 * and the end of the space it takes (bar or label, whichever is longer), in wall-clock ms.
 * Items in a lane never overlap, so `ends` is sorted too, which makes visibility a binary search.
 */
export interface Lane {
  readonly items: Int32Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** Events that found no free lane, collapsed into one mark ("+12") that opens on zoom. */
export interface Cluster {
  readonly start: number;
  /** The latest end among its events. */
  readonly end: number;
  /** Positions in `TimelineIndex.items`, in start order. */
  readonly items: ArrayLike<number>;
}

export interface GroupLanes {
  readonly lanes: readonly Lane[];
  /** Clusters in start order; they do not overlap one another either. */
  readonly clusters: readonly Cluster[];
  /** The items of all its clusters, in start order (what a closer zoom tries to place). */
  readonly overflow: Int32Array;
}

/** Lanes for every group, valid for any scale at or above `pxPerMs`. */
export interface LaneLayout {
  readonly pxPerMs: number;
  readonly groups: readonly GroupLanes[];
}

/**
 * Rounds a scale down to a half-octave step, so lanes are recomputed only a few times per zoom
 * and stay put while panning. Packing at a smaller scale never overlaps at a larger one: bars
 * grow with the scale while labels keep their width.
 */
export function laneScale(pxPerMs: number): number {
  return 2 ** (Math.floor(Math.log2(pxPerMs) * 2) / 2);
}

/** The wall-clock ms where the space an item takes ends, at a given scale. */
export function extentEnd(item: IndexedEvent, pxPerMs: number, g: Geometry): number {
  const markPx = Math.max((item.end - item.start) * pxPerMs, g.minMarkWidth);
  const labelPx = g.labelInset + item.labelWidth + 4;
  return item.start + (Math.max(markPx, labelPx) + g.gap) / pxPerMs;
}

/** The fields packing reads, one typed array each: object reads at 100,000 events cost more. */
export interface Columns {
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly group: Int32Array;
  readonly labelWidth: Float64Array;
}

// Built once per index (they never change) and dropped with it.
const columnCache = new WeakMap<TimelineIndex, Columns>();

export function columnsOf(index: TimelineIndex): Columns {
  let columns = columnCache.get(index);
  if (!columns) {
    const { items } = index;
    const n = items.length;
    columns = {
      start: new Float64Array(n),
      end: new Float64Array(n),
      group: new Int32Array(n),
      labelWidth: new Float64Array(n),
    };
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      columns.start[i] = item.start;
      columns.end[i] = item.end;
      columns.group[i] = item.group;
      columns.labelWidth[i] = item.labelWidth;
    }
    columnCache.set(index, columns);
  }
  return columns;
}

/**
 * Greedy first-fit packing in start order: O(n · maxLanes), in typed arrays. This runs once per
 * half-octave of zoom for every event, so at 100,000 events it must not allocate per event.
 */
export function assignLanes(index: TimelineIndex, pxPerMs: number, g: Geometry): LaneLayout {
  const { start, end, group, labelWidth } = columnsOf(index);
  const n = start.length;
  const groups = index.groups.length;
  const max = g.maxLanes;
  const labelExtra = g.labelInset + 4;
  // First pass: each item's lane (-1: overflow) and the item count of each lane and overflow.
  const laneOfItem = new Int16Array(n);
  const extents = new Float64Array(n);
  const laneEnds = new Float64Array(groups * max).fill(-Infinity);
  const laneUsed = new Int32Array(groups);
  const counts = new Int32Array(groups * max);
  const overflowCounts = new Int32Array(groups);
  for (let i = 0; i < n; i++) {
    const s = start[i]!;
    const grp = group[i]!;
    const base = grp * max;
    const used = laneUsed[grp]!;
    let lane = 0;
    while (lane < used && laneEnds[base + lane]! > s) lane++;
    if (lane === used) {
      if (used === max) {
        laneOfItem[i] = -1;
        overflowCounts[grp]!++;
        continue;
      }
      laneUsed[grp] = used + 1;
    }
    laneOfItem[i] = lane;
    // extentEnd, inlined: the bar or the label, whichever is longer, then the gap.
    const markPx = Math.max((end[i]! - s) * pxPerMs, g.minMarkWidth);
    const extent = s + (Math.max(markPx, labelExtra + labelWidth[i]!) + g.gap) / pxPerMs;
    extents[i] = extent;
    laneEnds[base + lane] = extent;
    counts[base + lane]!++;
  }
  // Second pass: fill each lane's arrays and each group's overflow, in start order.
  const lanes: Lane[][] = [];
  const overflow: Int32Array[] = [];
  for (let grp = 0; grp < groups; grp++) {
    const groupLanes: Lane[] = [];
    for (let lane = 0; lane < laneUsed[grp]!; lane++) {
      const count = counts[grp * max + lane]!;
      groupLanes.push({
        items: new Int32Array(count),
        starts: new Float64Array(count),
        ends: new Float64Array(count),
      });
    }
    lanes.push(groupLanes);
    overflow.push(new Int32Array(overflowCounts[grp]!));
  }
  const filled = new Int32Array(groups * max);
  const overflowFilled = new Int32Array(groups);
  for (let i = 0; i < n; i++) {
    const grp = group[i]!;
    const lane = laneOfItem[i]!;
    if (lane < 0) {
      overflow[grp]![overflowFilled[grp]!++] = i;
      continue;
    }
    const target = lanes[grp]![lane]!;
    const at = filled[grp * max + lane]!++;
    target.items[at] = i;
    target.starts[at] = start[i]!;
    target.ends[at] = extents[i]!;
  }
  const clusterSpan = (g.clusterWidth + g.gap) / pxPerMs;
  return {
    pxPerMs,
    groups: lanes.map((groupLanes, grp) => ({
      lanes: groupLanes,
      clusters: clusterItems(start, end, overflow[grp]!, clusterSpan),
      overflow: overflow[grp]!,
    })),
  };
}

/** Runs of overflow items whose marks would touch become one cluster each (a view, no copy). */
export function clusterItems(
  start: Float64Array,
  end: Float64Array,
  overflow: Int32Array,
  span: number,
): Cluster[] {
  const clusters: Cluster[] = [];
  let first = 0;
  while (first < overflow.length) {
    const clusterStart = start[overflow[first]!]!;
    let clusterEnd = end[overflow[first]!]!;
    let next = first + 1;
    while (next < overflow.length && start[overflow[next]!]! < clusterStart + span) {
      clusterEnd = Math.max(clusterEnd, end[overflow[next]!]!);
      next++;
    }
    clusters.push({ start: clusterStart, end: clusterEnd, items: overflow.subarray(first, next) });
    first = next;
  }
  return clusters;
}
