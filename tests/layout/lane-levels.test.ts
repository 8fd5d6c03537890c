import { expect } from '@open-wc/testing';
import { readEventData } from '../../src/model/read-events.js';
import { DEFAULT_GEOMETRY as G } from '../../src/layout/geometry.js';
import { lanesAt, levelSteps, STEP_EVENTS } from '../../src/layout/lane-levels.js';
import {
  assignLanes,
  extentEnd,
  labelTurn,
  laneScale,
  spaceBegin,
} from '../../src/layout/lanes.js';
import type { LaneLayout } from '../../src/layout/lanes.js';
import { createTimelineIndex } from '../../src/layout/timeline-index.js';
import type { TimelineIndex } from '../../src/layout/timeline-index.js';
import { createWallClock } from '../../src/layout/time-zone.js';
import { randomEvents } from '../harness.js';

const measure = (text: string) => text.length * 7;
// Dense: 6,000 events in four groups over twenty years, far more than the lanes hold zoomed out.
const index = createTimelineIndex(readEventData(randomEvents(6000, 7, 4)), {
  clock: createWallClock('UTC'),
  measure,
  maxLabelWidth: G.maxLabelWidth,
});
const root = laneScale(1200 / (index.extent[1] - index.extent[0]));
const levels = Array.from({ length: 12 }, (_, i) => root * Math.SQRT2 ** i).map((s) =>
  laneScale(s * 1.001),
);

/** Group and lane of every laid-out event. */
function placement(layout: LaneLayout): Map<number, string> {
  const where = new Map<number, string>();
  layout.groups.forEach((group, g) =>
    group.lanes.forEach((lane, l) => lane.items.forEach((i) => where.set(i, `${g}:${l}`))),
  );
  return where;
}

/** No overlaps within a lane at the level's scale, ends as packed, every event placed once. */
function checkLayout(layout: LaneLayout, idx: TimelineIndex): void {
  const faults: string[] = [];
  let count = 0;
  layout.groups.forEach((group) => {
    for (const lane of group.lanes) {
      count += lane.items.length;
      for (let j = 0; j + 1 < lane.items.length; j++) {
        const item = idx.item(lane.items[j]!);
        const next = idx.item(lane.items[j + 1]!);
        // Late labels sit left of their marks (see LabelTurn): their space begins before them.
        const turn = labelTurn(idx, root, G);
        const end = extentEnd(item, layout.pxPerMs, G, turn);
        const nextBegins = spaceBegin(next, layout.pxPerMs, G, turn);
        if (!(lane.items[j]! < lane.items[j + 1]!)) faults.push(`order at ${j}`);
        if (end > nextBegins) faults.push(`${item.event.id} overlaps ${next.event.id}`);
        if (lane.ends[j] !== end) faults.push(`end of ${item.event.id}`);
      }
    }
    for (const cluster of group.clusters) count += cluster.items.length;
  });
  expect(faults.slice(0, 3)).to.deep.equal([]);
  expect(count).to.equal(idx.size);
}

describe('lanesAt: lane levels from all events in view to close up', () => {
  it('never moves an event of a crowded group when zooming in a level, and only adds events', () => {
    const cache = new Map<number, LaneLayout>();
    let previous: LaneLayout | undefined;
    let grew = 0;
    for (const scale of levels) {
      const layout = lanesAt(index, scale, root, cache, G);
      checkLayout(layout, index);
      const now = placement(layout);
      if (previous) {
        const crowded = (i: number) => previous!.groups[index.item(i).group]!.overflow.length > 0;
        const before = [...placement(previous)].filter(([i]) => crowded(i));
        const moved = before.filter(([i, lane]) => now.get(i) !== lane);
        expect(moved.slice(0, 3)).to.deep.equal([]);
        if (now.size > placement(previous).size) grew++;
      }
      previous = layout;
    }
    // Zooming in really did place more events each level (the data is dense enough).
    expect(grew).to.be.at.least(8);
    // Plain first-fit at each level would move events: the guarantee above is not for free.
    const outer = placement(assignLanes(index, levels[0]!, G));
    const inner = placement(assignLanes(index, levels[1]!, G));
    const moved = [...outer].filter(([i, lane]) => inner.get(i) !== lane);
    expect(moved.length).to.be.greaterThan(0);
  });

  it('jumps to a close level in one step from the root, and keeps at most a few levels', () => {
    const walked = new Map<number, LaneLayout>();
    for (const scale of levels) lanesAt(index, scale, root, walked, G);
    expect(walked.size).to.be.at.most(9);
    expect(walked.has(root)).to.equal(true);
    const cache = new Map<number, LaneLayout>();
    const jumped = lanesAt(index, levels[11]!, root, cache, G);
    // Only the root and the level asked for were packed; the jump is a valid layout.
    expect([...cache.keys()].sort()).to.deep.equal([root, levels[11]!].sort());
    checkLayout(jumped, index);
    // Zooming on from there keeps the events in place again.
    const next = lanesAt(index, laneScale(levels[11]! * Math.SQRT2 * 1.001), root, cache, G);
    const after = placement(next);
    const moved = [...placement(jumped)].filter(([i, lane]) => after.get(i) !== lane);
    expect(moved.slice(0, 3)).to.deep.equal([]);
  });

  it('keeps every lane free of overlaps at any closer scale, so a gesture may show a coarser level', () => {
    const cache = new Map<number, LaneLayout>();
    const packed = levels.slice(0, 6).map((scale) => lanesAt(index, scale, root, cache, G));
    for (const [i, coarse] of packed.entries()) {
      for (const closer of levels.slice(i + 1, 8)) {
        let overlaps = 0;
        for (const group of coarse.groups)
          for (const lane of group.lanes)
            for (let j = 0; j + 1 < lane.items.length; j++) {
              const turn = labelTurn(index, root, G);
              const end = extentEnd(index.item(lane.items[j]!), closer, G, turn);
              if (end > spaceBegin(index.item(lane.items[j + 1]!), closer, G, turn)) overlaps++;
            }
        expect(overlaps, `level ${i} at ${closer / root}× the root`).to.equal(0);
      }
    }
  });

  it('packs a level in short steps for idle time (a group, or STEP_EVENTS of its clustered events), with the same lanes as at once', () => {
    const atOnce = new Map<number, LaneLayout>();
    const inSteps = new Map<number, LaneLayout>();
    let previous: LaneLayout | undefined;
    let chunked = 0;
    for (const scale of levels.slice(0, 4)) {
      const whole = lanesAt(index, scale, root, atOnce, G);
      const steps = levelSteps(index, scale, root, inSteps, G);
      let count = 0;
      let step = steps.next();
      while (!step.done) {
        count++;
        step = steps.next();
      }
      if (previous && scale > root * 1.0001) {
        // Refined from the level before: a step per group, and one more per STEP_EVENTS events
        // a group had clustered there.
        const extra = previous.groups.reduce(
          (sum, g) => sum + Math.floor(g.overflow.length / STEP_EVENTS),
          0,
        );
        chunked += extra;
        expect(count).to.equal(index.groups.length + extra);
      }
      previous = step.value;
      expect([...placement(step.value)]).to.deep.equal([...placement(whole)]);
      expect(inSteps.get(scale) === step.value, 'kept for the frames').to.equal(true);
    }
    expect(chunked, 'precondition: some group had more clustered events than a step').to.be.above(
      0,
    );
    // A level a frame needed meanwhile wins over the one being stepped.
    const cache = new Map<number, LaneLayout>([[root, lanesAt(index, root, root, new Map(), G)]]);
    const steps = levelSteps(index, levels[1]!, root, cache, G);
    steps.next();
    const needed = lanesAt(index, levels[1]!, root, cache, G);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value === needed).to.equal(true);
  });

  it('packs first-fit at the root level, and wherever a group has room for all its events', () => {
    const layout = lanesAt(index, root, root, new Map(), G);
    const turn = labelTurn(index, root, G);
    expect([...placement(layout)]).to.deep.equal([...placement(assignLanes(index, root, G, turn))]);
    // Few events: nothing is ever clustered, so every level is plain first-fit (most compact).
    const few = createTimelineIndex(readEventData(randomEvents(60, 3, 2)), {
      clock: createWallClock('UTC'),
      measure,
      maxLabelWidth: G.maxLabelWidth,
    });
    const fewRoot = laneScale(1200 / (few.extent[1] - few.extent[0]));
    const cache = new Map<number, LaneLayout>();
    for (let i = 1; i < 8; i++) {
      const scale = laneScale(fewRoot * Math.SQRT2 ** i * 1.001);
      expect([...placement(lanesAt(few, scale, fewRoot, cache, G))]).to.deep.equal([
        ...placement(assignLanes(few, scale, G, labelTurn(few, fewRoot, G))),
      ]);
    }
  });
});
