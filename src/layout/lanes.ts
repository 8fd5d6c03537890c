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

/** Greedy first-fit packing in start order: O(n · maxLanes). */
export function assignLanes(index: TimelineIndex, pxPerMs: number, g: Geometry): LaneLayout {
  const perGroup = index.groups.map(() => ({
    lanes: [] as { items: number[]; starts: number[]; ends: number[] }[],
    overflow: [] as number[],
  }));
  index.items.forEach((item, i) => {
    const group = perGroup[item.group]!;
    let lane = group.lanes.find((l) => l.ends[l.ends.length - 1]! <= item.start);
    if (!lane && group.lanes.length < g.maxLanes) {
      lane = { items: [], starts: [], ends: [] };
      group.lanes.push(lane);
    }
    if (!lane) {
      group.overflow.push(i);
      return;
    }
    lane.items.push(i);
    lane.starts.push(item.start);
    lane.ends.push(extentEnd(item, pxPerMs, g));
  });
  const clusterSpan = (g.clusterWidth + g.gap) / pxPerMs;
  return {
    pxPerMs,
    groups: perGroup.map(({ lanes, overflow }) => ({
      lanes: lanes.map((l) => ({
        items: Int32Array.from(l.items),
        starts: Float64Array.from(l.starts),
        ends: Float64Array.from(l.ends),
      })),
      clusters: clusterItems(index.items, overflow, clusterSpan),
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
