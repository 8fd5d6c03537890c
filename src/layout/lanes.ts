import { paddedExtent } from './fit.js';
import type { Geometry } from './geometry.js';
import type { IndexedEvent, TimelineIndex } from './timeline-index.js';

/**
 * One lane: its items' positions in the index (which is in start order), ascending, with each
 * one's start and the end of the space it takes (bar or label, whichever is longer), in
 * wall-clock ms.
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
  /** Its items' positions in the index, in start order. */
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

/** The wall-clock ms where the space an item takes ends, at a given scale (see extentAt). */
export function extentEnd(
  item: IndexedEvent,
  pxPerMs: number,
  g: Geometry,
  turn?: LabelTurn,
): number {
  const markPx = Math.max((item.end - item.start) * pxPerMs, g.minMarkWidth);
  const label = packedLabel(item.labelWidth, turn);
  const labelPx = turnsLeft(item.start, label, turn, g) ? 0 : g.labelInset + label + 4;
  return item.start + (Math.max(markPx, labelPx) + g.gap) / pxPerMs;
}

/** The wall-clock ms where the space an item takes begins, at a given scale (see beginAt). */
export function spaceBegin(
  item: IndexedEvent,
  pxPerMs: number,
  g: Geometry,
  turn?: LabelTurn,
): number {
  const label = packedLabel(item.labelWidth, turn);
  return turnsLeft(item.start, label, turn, g) ? item.start - (label + 8) / pxPerMs : item.start;
}

/** The fields packing reads, one typed array each: object reads at 100,000 events cost more. */
export interface Columns {
  readonly index: TimelineIndex;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly group: Int32Array;
  /** Filled as packing first needs one (NaN: not yet): labels are measured on demand. */
  readonly labelWidth: Float64Array;
}

// Built once per index (they never change) and dropped with it.
const columnCache = new WeakMap<TimelineIndex, Columns>();

export function columnsOf(index: TimelineIndex): Columns {
  let columns = columnCache.get(index);
  if (!columns) {
    const { starts: start, ends: end, groupOf: group } = index;
    columns = { index, start, end, group, labelWidth: new Float64Array(index.size).fill(NaN) };
    columnCache.set(index, columns);
  }
  return columns;
}

/**
 * How labels are packed in lanes that grow from `root`. Each takes its full width (up to
 * `cap`) where every event then still finds a lane at the root; where some would not (dense
 * data, a narrow view), labels are packed at most `Geometry.shortLabelWidth` wide and cut
 * with an ellipsis beyond, as events matter more than whole titles. A label that, at `scale`
 * (about the one with all events in view, never more), would run past the end of the events'
 * padded window [`from`, `to`] but fits before its mark sits left of it at every scale: the
 * space an event takes only shrinks as the scale grows (see lanesAt), and its lane keeps the room.
 */
export interface LabelTurn {
  readonly root: number;
  readonly scale: number;
  readonly from: number;
  readonly to: number;
  readonly cap: number;
}

// Chosen once per index and scales (it costs a trial packing, stopped at its first clash).
const turnCache = new WeakMap<TimelineIndex, Map<string, LabelTurn>>();

/**
 * How labels are packed in lanes that grow from `root` (see LabelTurn); `scale` (at least
 * `root`) decides which labels turn left.
 */
export function labelTurn(
  index: TimelineIndex,
  root: number,
  g: Geometry,
  scale = root,
): LabelTurn {
  let known = turnCache.get(index);
  if (!known) turnCache.set(index, (known = new Map<string, LabelTurn>()));
  const key = `${root} ${scale}`;
  let turn = known.get(key);
  if (!turn) {
    const [from, to] = paddedExtent(index);
    const full = { root, scale: Math.max(root, scale), from, to, cap: g.maxLabelWidth };
    turn = roomForAll(index, full, g) ? full : { ...full, cap: g.shortLabelWidth };
    if (known.size > 8) known.clear();
    known.set(key, turn);
  }
  return turn;
}

/** The width a label is packed with: its own, at most the turn's cap. */
export const packedLabel = (labelWidth: number, turn: LabelTurn | undefined): number =>
  turn ? Math.min(labelWidth, turn.cap) : labelWidth;

/** Whether first-fit packing at the root finds every event a lane (stops at the first that has none). */
function roomForAll(index: TimelineIndex, turn: LabelTurn, g: Geometry): boolean {
  const columns = columnsOf(index);
  const extent = extentAt(columns, turn.root, g, turn);
  const begin = beginAt(columns, turn.root, g, turn);
  for (const items of itemsByGroup(columns.group, index.groups.length)) {
    const ends: number[] = [];
    for (let k = 0; k < items.length; k++) {
      const from = begin(items[k]!);
      let lane = 0;
      while (lane < ends.length && ends[lane]! > from) lane++;
      if (lane === g.maxLanes) return false;
      ends[lane] = extent(items[k]!);
    }
  }
  return true;
}

/** Whether a label (of a width, for an event starting at `start`) sits left of its mark. */
export function turnsLeft(
  start: number,
  labelWidth: number,
  turn: LabelTurn | undefined,
  g: Geometry,
): boolean {
  if (turn === undefined) return false;
  const { scale } = turn;
  return (
    start + (g.labelInset + labelWidth + 10) / scale > turn.to &&
    start - (labelWidth + 8) / scale >= turn.from
  );
}

/** An item's label width as packed, measured the first time packing needs it. */
function labelOf(c: Columns, i: number, turn: LabelTurn | undefined): number {
  let label = c.labelWidth[i]!;
  if (Number.isNaN(label)) c.labelWidth[i] = label = c.index.item(i).labelWidth;
  return packedLabel(label, turn);
}

/**
 * Where an item's space ends at a scale: extentEnd, read from the columns. A label turned left
 * (see LabelTurn) takes no room after its mark.
 */
export function extentAt(
  c: Columns,
  pxPerMs: number,
  g: Geometry,
  turn?: LabelTurn,
): (i: number) => number {
  const labelExtra = g.labelInset + 4;
  return (i) => {
    const markPx = Math.max((c.end[i]! - c.start[i]!) * pxPerMs, g.minMarkWidth);
    const label = labelOf(c, i, turn);
    const right = turnsLeft(c.start[i]!, label, turn, g) ? 0 : labelExtra + label;
    return c.start[i]! + (Math.max(markPx, right) + g.gap) / pxPerMs;
  };
}

/** Where an item's space begins at a scale: its start, or its label's left when turned left. */
export function beginAt(
  c: Columns,
  pxPerMs: number,
  g: Geometry,
  turn?: LabelTurn,
): (i: number) => number {
  if (!turn) return (i) => c.start[i]!;
  // Only late events may turn: the others' labels are not measured here (most of 100,000
  // events never get a lane, nor a measured label).
  const late = turn.to - (g.labelInset + turn.cap + 10) / turn.scale;
  return (i) => {
    const start = c.start[i]!;
    if (start < late) return start;
    const label = labelOf(c, i, turn);
    return turnsLeft(start, label, turn, g) ? start - (label + 8) / pxPerMs : start;
  };
}

export const newLane = (n: number): Lane => ({
  items: new Int32Array(n),
  starts: new Float64Array(n),
  ends: new Float64Array(n),
});

/**
 * Greedy first-fit packing of each group in start order: O(n · maxLanes), in typed arrays. This
 * runs for every event when the data or width changes, so it must not allocate per event.
 * With a `turn`, late labels sit left of their marks (see LabelTurn).
 */
export function assignLanes(
  index: TimelineIndex,
  pxPerMs: number,
  g: Geometry,
  turn?: LabelTurn,
): LaneLayout {
  const columns = columnsOf(index);
  const extent = extentAt(columns, pxPerMs, g, turn);
  const begin = beginAt(columns, pxPerMs, g, turn);
  const clusterSpan = (g.clusterWidth + g.gap) / pxPerMs;
  return {
    pxPerMs,
    groups: itemsByGroup(columns.group, index.groups.length).map((items) => {
      const { lanes, overflow } = packFirstFit(items, columns.start, extent, g.maxLanes, begin);
      return {
        lanes,
        overflow,
        clusters: clusterItems(columns.start, columns.end, overflow, clusterSpan),
      };
    }),
  };
}

/** Each group's item positions, in index (= start) order. */
function itemsByGroup(group: Int32Array, groups: number): Int32Array[] {
  const counts = new Int32Array(groups);
  for (let i = 0; i < group.length; i++) counts[group[i]!]!++;
  const out = Array.from(counts, (n) => new Int32Array(n));
  const filled = new Int32Array(groups);
  for (let i = 0; i < group.length; i++) out[group[i]!]![filled[group[i]!]!++] = i;
  return out;
}

/**
 * Puts each item (positions in start order) into the first of at most `max` lanes where the
 * space before it has ended by where its own begins (`begin`: its start, unless its label sits
 * left of its mark); items with no such lane are the overflow, in order.
 */
export function packFirstFit(
  items: Int32Array,
  start: Float64Array,
  extent: (i: number) => number,
  max: number,
  begin: (i: number) => number = (i) => start[i]!,
): { lanes: Lane[]; overflow: Int32Array } {
  // First pass: each item's lane (-1: overflow) and where its space ends.
  const laneOf = new Int16Array(items.length);
  const extents = new Float64Array(items.length);
  const laneEnds: number[] = [];
  const counts: number[] = [];
  // Once every lane is in use, the earliest any frees up: an item before it overflows at once,
  // without a look at each lane (most items do, zoomed out over many events).
  let free = Infinity;
  let overflowCount = 0;
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    // Its space begins at its start or before (a label turned left): before `free`, it overflows
    // without a look at its label.
    if (laneEnds.length === max && start[i]! < free) {
      laneOf[k] = -1;
      overflowCount++;
      continue;
    }
    const from = begin(i);
    let lane = laneEnds.length === max && from < free ? max : 0;
    while (lane < laneEnds.length && laneEnds[lane]! > from) lane++;
    if (lane === max) {
      laneOf[k] = -1;
      overflowCount++;
      continue;
    }
    laneOf[k] = lane;
    laneEnds[lane] = extents[k] = extent(i);
    counts[lane] = (counts[lane] ?? 0) + 1;
    if (laneEnds.length === max) free = Math.min(...laneEnds);
  }
  // Second pass: fill each lane's arrays and the overflow, in start order.
  const lanes = counts.map(newLane);
  const filled = new Int32Array(lanes.length);
  const overflow = new Int32Array(overflowCount);
  let overflowFilled = 0;
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    const l = laneOf[k]!;
    if (l < 0) {
      overflow[overflowFilled++] = i;
      continue;
    }
    const lane = lanes[l]!;
    const at = filled[l]!++;
    lane.items[at] = i;
    lane.starts[at] = start[i]!;
    lane.ends[at] = extents[k]!;
  }
  return { lanes, overflow };
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
