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
  readonly items: readonly number[];
}

export interface GroupLanes {
  readonly lanes: readonly Lane[];
  /** Clusters in start order; they do not overlap one another either. */
  readonly clusters: readonly Cluster[];
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

/**
 * Greedy first-fit packing in start order: O(n · maxLanes), in typed arrays. This runs once per
 * half-octave of zoom for every event, so at 100,000 events it must not allocate per event.
 */
export function assignLanes(index: TimelineIndex, pxPerMs: number, g: Geometry): LaneLayout {
  const { items, groups } = index;
  const max = g.maxLanes;
  // First pass: each item's lane (-1: overflow) and each lane's item count.
  const laneOfItem = new Int16Array(items.length);
  const laneEnds = new Float64Array(groups.length * max).fill(-Infinity);
  const laneUsed = new Int32Array(groups.length);
  const counts = new Int32Array(groups.length * max);
  const extents = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const base = item.group * max;
    let lane = 0;
    const used = laneUsed[item.group]!;
    while (lane < used && laneEnds[base + lane]! > item.start) lane++;
    if (lane === used) {
      if (used === max) {
        laneOfItem[i] = -1;
        continue;
      }
      laneUsed[item.group] = used + 1;
    }
    laneOfItem[i] = lane;
    const end = extentEnd(item, pxPerMs, g);
    extents[i] = end;
    laneEnds[base + lane] = end;
    counts[base + lane]!++;
  }
  // Second pass: fill each lane's arrays, and collect the overflow per group.
  const lanes = Array.from({ length: groups.length }, (_, group) =>
    Array.from({ length: laneUsed[group]! }, (_, lane) => {
      const n = counts[group * max + lane]!;
      return { items: new Int32Array(n), starts: new Float64Array(n), ends: new Float64Array(n) };
    }),
  );
  const filled = new Int32Array(groups.length * max);
  const overflow: number[][] = groups.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const lane = laneOfItem[i]!;
    if (lane < 0) {
      overflow[item.group]!.push(i);
      continue;
    }
    const target = lanes[item.group]![lane]!;
    const at = filled[item.group * max + lane]!++;
    target.items[at] = i;
    target.starts[at] = item.start;
    target.ends[at] = extents[i]!;
  }
  const clusterSpan = (g.clusterWidth + g.gap) / pxPerMs;
  return {
    pxPerMs,
    groups: lanes.map((groupLanes, group) => ({
      lanes: groupLanes,
      clusters: clusterItems(items, overflow[group]!, clusterSpan),
    })),
  };
}

function clusterItems(items: readonly IndexedEvent[], overflow: number[], span: number): Cluster[] {
  const clusters: { start: number; end: number; items: number[] }[] = [];
  let current: (typeof clusters)[number] | undefined;
  for (const i of overflow) {
    const item = items[i]!;
    if (current && item.start < current.start + span) {
      current.items.push(i);
      current.end = Math.max(current.end, item.end);
    } else {
      current = { start: item.start, end: item.end, items: [i] };
      clusters.push(current);
    }
  }
  return clusters;
}
