import type { Geometry } from './geometry.js';
import {
  assignLanes,
  beginAt,
  clusterItems,
  columnsOf,
  extentAt,
  labelTurn,
  newLane,
  packFirstFit,
} from './lanes.js';
import type { GroupLanes, Lane, LabelTurn, LaneLayout } from './lanes.js';
import type { TimelineIndex } from './timeline-index.js';

/** Lane layouts kept besides the root's: each closer level costs up to ~20 bytes an event. */
const KEEP_LEVELS = 8;

/** Clustered events a step of idle packing tries to place (a few ms; labels measured too). */
export const STEP_EVENTS = 1024;

/**
 * The lanes at a half-octave `scale`. The root level (all events in view) is packed first-fit;
 * in a group that still had clusters, each closer level keeps every event where the level
 * before had it and places clustered events into the gaps that opened, so zooming into dense
 * data only adds events and zooming out only removes them: nothing jumps to another lane
 * mid-gesture. (A group with room for all its events is packed first-fit afresh, the most
 * compact.) A level is refined in one step from the closest coarser level known: the one
 * before it while zooming, the root after a jump (zoomTo, a cluster), so no request costs more
 * than one packing of the events.
 */
export function lanesAt(
  index: TimelineIndex,
  scale: number,
  root: number,
  cache: Map<number, LaneLayout>,
  g: Geometry,
  turnScale = root,
): LaneLayout {
  const steps = levelSteps(index, scale, root, cache, g, turnScale);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * lanesAt in steps for idle time: one per group, and within a group one per STEP_EVENTS of its
 * clustered events (a level of 100,000 events takes tens of ms, and measures labels on the way).
 * Between steps the cache may have gained the level (a frame needed it at once); then it is
 * returned as it is.
 */
export function* levelSteps(
  index: TimelineIndex,
  scale: number,
  root: number,
  cache: Map<number, LaneLayout>,
  g: Geometry,
  turnScale = root,
): Generator<void, LaneLayout> {
  const cached = cache.get(scale);
  if (cached) return cached;
  // Late labels sit left of their marks from the root on (see LabelTurn).
  const turn = labelTurn(index, root, g, turnScale);
  // At or below the root (a moment during a resize), plain first-fit packing.
  if (scale <= root * 1.0001)
    return remember(cache, scale, assignLanes(index, scale, g, turn), root);
  // The closest coarser level known. Levels are named by their exponent (scale = 2^(e/2)), so
  // every key is computed one way.
  const rootExp = halfOctaves(root);
  let exp = halfOctaves(scale) - 1;
  while (exp > rootExp && !cache.has(scaleOf(exp))) exp--;
  const coarser =
    cache.get(scaleOf(exp)) ??
    remember(cache, scaleOf(exp), assignLanes(index, scaleOf(exp), g, turn), root);
  const refined = yield* refineSteps(index, coarser, scale, g, turn);
  return cache.get(scale) ?? remember(cache, scale, refined, root);
}

const halfOctaves = (scale: number) => Math.round(Math.log2(scale) * 2);
const scaleOf = (exp: number) => 2 ** (exp / 2);

/** Caches a level, dropping the ones farthest from it (never the root) beyond the limit. */
function remember(
  cache: Map<number, LaneLayout>,
  scale: number,
  layout: LaneLayout,
  root: number,
): LaneLayout {
  cache.set(scale, layout);
  const levels = [...cache.keys()].filter((s) => s !== root);
  if (levels.length > KEEP_LEVELS) {
    levels.sort((a, b) => Math.abs(Math.log(a / scale)) - Math.abs(Math.log(b / scale)));
    for (const far of levels.slice(KEEP_LEVELS)) cache.delete(far);
  }
  return layout;
}

/**
 * The next closer level: every laid-out event stays in its lane (its space only shrinks as the
 * scale grows), and each clustered event, in start order, takes the first lane with room
 * between its neighbours there. O(n · maxLanes), one sweep per group.
 */
function* refineSteps(
  index: TimelineIndex,
  coarse: LaneLayout,
  pxPerMs: number,
  g: Geometry,
  turn: LabelTurn,
): Generator<void, LaneLayout> {
  const columns = columnsOf(index);
  const extent = extentAt(columns, pxPerMs, g, turn);
  const begin = beginAt(columns, pxPerMs, g, turn);
  const clusterSpan = (g.clusterWidth + g.gap) / pxPerMs;
  const groups: GroupLanes[] = [];
  for (const group of coarse.groups) {
    // A group whose events all had a lane needs no stability: plain first-fit is the most
    // compact, and it still fits in as many lanes (spaces only shrink).
    const { lanes, overflow } = group.overflow.length
      ? yield* fillGaps(group, columns.start, extent, begin)
      : packFirstFit(laidOut(group.lanes), columns.start, extent, g.maxLanes, begin);
    groups.push({
      lanes,
      overflow,
      clusters: clusterItems(columns.start, columns.end, overflow, clusterSpan),
    });
    yield;
  }
  return { pxPerMs, groups };
}

/** All the group's laid-out items, in index (= start) order. */
function laidOut(lanes: readonly Lane[]): Int32Array {
  let total = 0;
  for (const lane of lanes) total += lane.items.length;
  const items = new Int32Array(total);
  let at = 0;
  for (const lane of lanes) {
    items.set(lane.items, at);
    at += lane.items.length;
  }
  return items.sort();
}

/** Places clustered items between the laid-out ones, where their space (begin to extent) is free. */
function* fillGaps(
  group: GroupLanes,
  start: Float64Array,
  extent: (i: number) => number,
  begin: (i: number) => number,
): Generator<void, { lanes: Lane[]; overflow: Int32Array }> {
  const { lanes, overflow } = group;
  const laneCount = lanes.length;
  // Per lane: the next laid-out item not yet passed, and where the space before it ends.
  const next = new Int32Array(laneCount);
  const busyUntil = new Float64Array(laneCount).fill(-Infinity);
  const placedIn = new Int8Array(overflow.length).fill(-1);
  const added = new Int32Array(laneCount);
  for (let k = 0; k < overflow.length; k++) {
    if (k % STEP_EVENTS === STEP_EVENTS - 1) yield;
    const i = overflow[k]!;
    // Where its space begins: its start or before (a label turned left), looked up only when a
    // lane is free by its start (its label is measured then).
    let s = NaN;
    let end = NaN;
    for (let l = 0; l < laneCount; l++) {
      const items = lanes[l]!.items;
      let p = next[l]!;
      // Items are in index (= start) order: pass the lane's items that come before this one.
      while (p < items.length && items[p]! < i) busyUntil[l] = extent(items[p++]!);
      next[l] = p;
      if (busyUntil[l]! > start[i]!) continue;
      if (Number.isNaN(s)) s = begin(i);
      if (busyUntil[l]! > s) continue;
      if (Number.isNaN(end)) end = extent(i);
      if (p < items.length && begin(items[p]!) < end) continue;
      busyUntil[l] = end;
      placedIn[k] = l;
      added[l]!++;
      break;
    }
  }
  return mergeLanes(lanes, overflow, placedIn, added, start, extent);
}

/** Each lane's items with those placed into it, in index order, and what is left over. */
function mergeLanes(
  lanes: readonly Lane[],
  overflow: Int32Array,
  placedIn: Int8Array,
  added: Int32Array,
  start: Float64Array,
  extent: (i: number) => number,
): { lanes: Lane[]; overflow: Int32Array } {
  let placed = 0;
  for (const n of added) placed += n;
  const left = new Int32Array(overflow.length - placed);
  const incoming = Array.from(added, (n) => new Int32Array(n));
  const filled = new Int32Array(added.length);
  let leftCount = 0;
  for (let k = 0; k < overflow.length; k++) {
    const l = placedIn[k]!;
    if (l < 0) left[leftCount++] = overflow[k]!;
    else incoming[l]![filled[l]!++] = overflow[k]!;
  }
  const merged = lanes.map((lane, l) => {
    const a = lane.items;
    const b = incoming[l]!;
    const n = a.length + b.length;
    const out = newLane(n);
    for (let i = 0, j = 0, o = 0; o < n; o++) {
      const item = j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!;
      out.items[o] = item;
      out.starts[o] = start[item]!;
      out.ends[o] = extent(item);
    }
    return out;
  });
  return { lanes: merged, overflow: left };
}
