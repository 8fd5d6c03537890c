import fc from 'fast-check';
import { fitDomain } from '../../src/layout/fit.js';
import { createFrame } from '../../src/layout/frame.js';
import { DEFAULT_GEOMETRY as G } from '../../src/layout/geometry.js';
import { extentEnd, labelTurn, laneScale, spaceBegin } from '../../src/layout/lanes.js';
import type { LaneLayout } from '../../src/layout/lanes.js';
import { createTimelineIndex } from '../../src/layout/timeline-index.js';
import type { TimelineIndex } from '../../src/layout/timeline-index.js';
import { createWallClock } from '../../src/layout/time-zone.js';
import { ZoomController } from '../../src/controllers/zoom-controller.js';
import { readEventData } from '../../src/model/read-events.js';
import type { EventInput } from '../../src/model/types.js';
import { eventSet, SEED } from './arbitraries.js';
import { itemsOf } from '../layout/items-of.js';

const HOUR = 3_600_000;
const measure = (text: string) => text.length * 7;

function indexOf(events: EventInput[], zone: string): TimelineIndex {
  const doc = readEventData(events);
  if (doc.problems.some((p) => p.severity === 'error'))
    throw new Error(`generator made a bad event: ${doc.problems[0]!.message}`);
  return createTimelineIndex(doc, {
    clock: createWallClock(zone),
    measure,
    maxLabelWidth: G.maxLabelWidth,
  });
}

/** A zoom transform anywhere, from far out to far past the limits. */
const transform = fc.record({
  logK: fc.double({ min: -2, max: 60, noNaN: true }),
  x: fc.double({ min: -1e18, max: 1e6, noNaN: true }),
});

/** The element's zoom controller, off screen: methods move it at once (no plot to glide on). */
function zoomOver(min: number, max: number, width: number): ZoomController {
  const host = { addController() {}, removeController() {}, requestUpdate() {} } as never;
  const zoom = new ZoomController(host, { onUserChange: () => {} });
  zoom.setExtent([min, max], width, false);
  return zoom;
}

const fail = (message: string): never => {
  throw new Error(message);
};
const near = (a: number, b: number, scale: number) =>
  Math.abs(a - b) <= 1e-9 * Math.abs(scale) + 1e-6;

describe('layout of generated event sets and views (fast-check)', () => {
  it('clamps any transform to the limits, keeps the window inside all events, and lays it out without overlaps', () => {
    fc.assert(
      fc.property(
        eventSet,
        fc.integer({ min: 320, max: 2400 }),
        transform,
        fc.constantFrom('UTC', 'Asia/Kolkata', 'America/New_York'),
        (events, width, { logK, x }, zone) => {
          const index = indexOf(events, zone);
          // The view at zoom 1 shows all events; zoom stops at about an hour across the width.
          const [min, max] = fitDomain(index, width, G);
          if (!(min < max)) fail(`empty fit [${min}, ${max}]`);
          for (const item of itemsOf(index))
            if (item.start < min || item.start > max) fail(`item ${item.event.id} outside the fit`);
          const maxK = Math.max(1, (max - min) / HOUR);
          // The window that transform would show (in exact ms), asked of the zoom controller.
          const k = 2 ** logK;
          const at = (px: number) => min + (px / width) * (max - min);
          const zoom = zoomOver(min, max, width);
          zoom.zoomToRange(at(-x / k), at((width - x) / k), false, {
            duration: 0,
          });
          const t = zoom.transform;
          if (t.k < 1 || t.k > maxK * (1 + 1e-12)) fail(`k ${t.k} outside [1, ${maxK}]`);
          if (t.x > 1e-6 || t.x < width - width * t.k - 1e-6 * width * t.k)
            fail(`x ${t.x} past the events`);
          const [from, to] = zoom.domain;
          zoom.zoomToRange(from, to, false, { duration: 0 });
          // The window is read in whole ms (a d3 time scale's Dates): asked again, it may move
          // by that rounding, and no more.
          const pxPerMs = (width * t.k) / (max - min);
          const kSlack = (2 * t.k) / Math.max(1, to - from);
          if (
            Math.abs(zoom.transform.k - t.k) > kSlack + 1e-9 * t.k ||
            Math.abs(zoom.transform.x - t.x) > 2 * pxPerMs + 1e-6 * width * t.k + 1e-6
          )
            fail('limiting twice moved the view');
          const span = max - min;
          if (!(from < to)) fail(`window [${from}, ${to}] is empty`);
          // The time scale's domain is whole ms (Dates): its ends may round by 1 ms.
          const slack = span * 1e-9 + 1;
          if (from < min - slack || to > max + slack) fail('window past the events');
          checkFrame(index, from, to, width, laneScale(width / (max - min)));
        },
      ),
      { seed: SEED, numRuns: 700 },
    );
  });

  it('zooms back and pans back to the same view, inside the limits', () => {
    const [min, max] = [0, 1e12];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1.01, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.double({ min: -200, max: 200, noNaN: true }),
        (middle, factor, at, px) => {
          // A view in the middle of the events, far from both limits.
          const zoom = zoomOver(min, max, 800);
          const centre = min + (max - min) * (0.25 + middle / 2);
          zoom.zoomToRange(centre - 1e9, centre + 1e9, false, { duration: 0 });
          const t = zoom.transform;
          zoom.zoomBy(factor, at, false, { duration: 0 });
          zoom.zoomBy(1 / factor, at, false, { duration: 0 });
          const back = zoom.transform;
          if (!near(back.k, t.k, t.k) || !near(back.x, t.x, Math.abs(t.x) + at + t.k))
            fail('zoom drifted');
          zoom.panBy(px, false, { duration: 0 });
          zoom.panBy(-px, false, { duration: 0 });
          if (!near(zoom.transform.x, back.x, Math.abs(back.x) + Math.abs(px))) fail('pan drifted');
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

/** Every invariant of one frame of layout for the window [from, to] over `width` px. */
function checkFrame(
  index: TimelineIndex,
  from: number,
  to: number,
  width: number,
  root: number,
): void {
  const cache = new Map<number, LaneLayout>();
  const frame = createFrame({
    index,
    from,
    to,
    width,
    geometry: G,
    locale: 'en-US',
    measure,
    cache,
    root,
    keep: [],
  });
  const pxPerMs = width / (to - from);
  const layout = cache.get(laneScale(pxPerMs)) ?? fail('no lane layout cached');

  // Zooming in by a level never moves an event: each keeps the lane it had one level out.
  const outer = cache.get(laneScale(pxPerMs / Math.SQRT2 / 1.001));
  if (outer && laneScale(pxPerMs) > root) {
    const laneIn = new Map<number, number>();
    layout.groups.forEach((group, g) =>
      group.lanes.forEach((lane, l) => lane.items.forEach((i) => laneIn.set(i, g * 100 + l))),
    );
    outer.groups.forEach((group, g) =>
      group.lanes.forEach((lane, l) =>
        lane.items.forEach((i) => {
          if (laneIn.get(i) !== g * 100 + l) fail(`${index.item(i).event.id} changed lane`);
        }),
      ),
    );
  }

  // Within a lane, each mark and label ends (with the gap) before the next one starts, at the
  // packing scale and at the scale on screen.
  const packed = new Set<number>();
  layout.groups.forEach((group, g) =>
    group.lanes.forEach((lane, l) => {
      for (let j = 0; j < lane.items.length; j++) {
        const item = index.item(lane.items[j]!);
        packed.add(lane.items[j]!);
        if (item.group !== g) fail(`item in the wrong group's lanes`);
        if (j + 1 === lane.items.length) continue;
        const next = index.item(lane.items[j + 1]!);
        // Late labels sit left of their marks (see LabelTurn): their space begins before them.
        const turn = labelTurn(index, root, G);
        const begins = spaceBegin(next, pxPerMs, G, turn);
        if (extentEnd(item, pxPerMs, G, turn) > begins || lane.ends[j]! > begins)
          fail(`${item.event.id} overlaps ${next.event.id} in lane ${l} of group ${g}`);
      }
    }),
  );
  // Every event is either in a lane or in a cluster, once.
  const clustered = layout.groups.flatMap((g) => g.clusters.flatMap((c) => Array.from(c.items)));
  if (packed.size + clustered.length !== index.size) fail('an event is in no lane or cluster');

  // Visible: exactly the packed items whose space overlaps the window, each once, in order.
  const shown = frame.visible.map((v) => v.index);
  for (let i = 1; i < shown.length; i++)
    if (shown[i]! <= shown[i - 1]!) fail('visible not in order');
  const expected = [...packed].filter((i) => {
    const item = index.item(i);
    return item.start < to && extentEnd(item, layout.pxPerMs, G, labelTurn(index, root, G)) > from;
  });
  if (expected.length !== shown.length || expected.some((i) => !shown.includes(i)))
    fail(`visible ${shown.length} items, expected ${expected.length}`);
  for (const v of frame.visible) {
    const row = frame.rows[v.group] ?? fail('visible item without a row');
    if (v.lane < 0 || v.lane >= row.laneCount) fail(`lane ${v.lane} of ${row.laneCount}`);
  }
  const span = (G.clusterWidth + G.gap) / layout.pxPerMs;
  for (const { cluster } of frame.clusters)
    if (!(cluster.start < to && cluster.start + span > from)) fail('cluster out of view');

  // Rows stack downwards.
  let bottom = 0;
  for (const row of frame.rows) {
    if (row.top !== bottom || row.height < 0) fail('rows overlap');
    bottom = row.top + row.height;
  }
  if (frame.height !== bottom) fail('height is not the rows');

  // Ticks: in order, inside the window, their labels clear of one another.
  const { minor, major } = frame.ticks;
  if (minor.length > width / 8 + 2) fail(`${minor.length} ticks over ${width} px`);
  minor.forEach((tick, i) => {
    if (tick.time < from || tick.time > to) fail(`tick ${tick.label} outside the window`);
    if (!tick.label) fail('a tick without a label');
    const next = minor[i + 1];
    if (!next) return;
    if (next.time <= tick.time) fail('ticks out of order');
    if ((next.time - tick.time) * pxPerMs < measure(tick.label))
      fail(`tick labels ${tick.label} and ${next.label} overlap`);
  });
  major.forEach((tick, i) => {
    if (tick.time > to || (i > 0 && tick.time < from)) fail(`major tick ${tick.label} outside`);
    if (i > 0 && tick.time <= major[i - 1]!.time) fail('major ticks out of order');
  });
}
