import { expect } from '@open-wc/testing';
import { readEventData } from '../../src/model/read-events.js';
import { DEFAULT_GEOMETRY as G } from '../../src/layout/geometry.js';
import {
  assignLanes,
  extentEnd,
  labelTurn,
  laneScale,
  packFirstFit,
  spaceBegin,
  turnsLeft,
} from '../../src/layout/lanes.js';
import fc from 'fast-check';
import { SEED } from '../property/arbitraries.js';
import { compactLanes } from '../../src/layout/frame.js';
import { stackRows } from '../../src/layout/rows.js';
import { createTimelineIndex } from '../../src/layout/timeline-index.js';
import { createWallClock } from '../../src/layout/time-zone.js';
import { laneOf, visibleClusters, visibleItems } from '../../src/layout/visible.js';
import type { EventInput } from '../../src/model/types.js';
import { randomEvents } from '../harness.js';
import { itemsOf } from './items-of.js';

const DAY = 86_400_000;
const measure = (text: string) => text.length * 7;
const indexOf = (events: EventInput[]) =>
  createTimelineIndex(readEventData(events), {
    clock: createWallClock('UTC'),
    measure,
    maxLabelWidth: G.maxLabelWidth,
  });

describe('assignLanes', () => {
  it('puts events that would collide in different lanes and reuses free lanes', () => {
    const index = indexOf([
      { id: 'a', title: 'Alpha', start: '2024-01-01' },
      { id: 'b', title: 'Beta', start: '2024-01-02' },
      { id: 'c', title: 'Gamma', start: '2024-06-01' },
    ]);
    const layout = assignLanes(index, 1 / DAY, G); // 1 px per day: a and b collide, c is far away
    const lanes = layout.groups[0]!.lanes.map((l) =>
      [...l.items].map((i) => index.item(i).event.id),
    );
    expect(lanes).to.deep.equal([['a', 'c'], ['b']]);
  });

  it('never lets two events in a lane overlap, at the packing scale or any larger one', () => {
    const index = indexOf(randomEvents(2000, 7, 3));
    const scale = laneScale(800 / (20 * 365 * DAY));
    const layout = assignLanes(index, scale, G);
    for (const s of [scale, scale * 1.41, scale * 8]) {
      for (const group of layout.groups) {
        for (const lane of group.lanes) {
          for (let j = 1; j < lane.items.length; j++) {
            const previous = index.item(lane.items[j - 1]!);
            const item = index.item(lane.items[j]!);
            expect(item.start, `overlap at scale ×${s / scale}`).to.be.at.least(
              extentEnd(previous, s, G),
            );
          }
        }
      }
    }
  });

  it('collapses events beyond the lane limit into clusters, counting every event once', () => {
    const same = Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      title: `Same day ${i}`,
      start: '2024-05-05',
    }));
    const index = indexOf(same);
    const layout = assignLanes(index, 1 / DAY, G);
    const group = layout.groups[0]!;
    expect(group.lanes).to.have.length(G.maxLanes);
    expect(group.clusters).to.have.length(1);
    expect(group.clusters[0]!.items).to.have.length(20 - G.maxLanes);
    const rows = stackRows(index.groups, [{ laneCount: G.maxLanes, clusters: true }], G);
    expect(rows[0]!.clusterTop).to.equal(rows[0]!.lanesTop + G.maxLanes * G.laneHeight);
  });

  it('packs as plain first-fit does: each item in the first lane free at its start', () => {
    // The reference looks at every lane for every item; packFirstFit skips the look while all
    // lanes are busy past the item's start.
    const reference = (starts: number[], ends: number[], max: number) => {
      const laneEnds: number[] = [];
      return starts.map((start, i) => {
        let lane = 0;
        while (lane < laneEnds.length && laneEnds[lane]! > start) lane++;
        if (lane === max) return -1;
        laneEnds[lane] = ends[i]!;
        return lane;
      });
    };
    const spans = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 })),
      {
        maxLength: 200,
      },
    );
    fc.assert(
      fc.property(spans, fc.integer({ min: 0, max: 9 }), (list, max) => {
        const starts = list.map(([s]) => s).sort((a, b) => a - b);
        const ends = starts.map((s, i) => s + list[i]![1]);
        const items = Int32Array.from(starts, (_, i) => i);
        const { lanes, overflow } = packFirstFit(
          items,
          Float64Array.from(starts),
          (i) => ends[i]!,
          max,
        );
        const got = starts.map(() => -1);
        lanes.forEach((lane, l) => lane.items.forEach((i) => (got[i] = l)));
        expect(got).to.deep.equal(reference(starts, ends, max));
        expect([...overflow]).to.deep.equal(got.flatMap((l, i) => (l < 0 ? [i] : [])));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps a zero-length event wide enough to see and click', () => {
    const index = indexOf([{ title: 'Instant', start: '2024-09-25T14:30Z' }]);
    const item = index.item(0);
    const scale = 1 / DAY;
    expect((extentEnd(item, scale, G) - item.start) * scale).to.be.at.least(G.minMarkWidth);
  });
});

describe('visibleItems', () => {
  it('returns exactly the events whose space overlaps the window, in start order', () => {
    const index = indexOf(randomEvents(5000, 3, 4));
    const scale = laneScale(1000 / (2 * 365 * DAY));
    const layout = assignLanes(index, scale, G);
    const from = Date.UTC(2010, 0, 1);
    const to = Date.UTC(2012, 0, 1);
    const got = visibleItems(layout, from, to).map((v) => v.index);
    const expected: number[] = [];
    layout.groups.forEach((group) =>
      group.lanes.forEach((lane) =>
        lane.items.forEach((i) => {
          const item = index.item(i);
          if (item.start < to && extentEnd(item, scale, G) > from) expected.push(i);
        }),
      ),
    );
    expect(got).to.deep.equal(expected.sort((a, b) => a - b));
    expect(got.length).to.be.greaterThan(0);
    const clustered = visibleClusters(layout, from, to, (G.clusterWidth + G.gap) / scale);
    for (const { cluster } of clustered) expect(cluster.start).to.be.below(to);
  });

  it('finds the lane an event was packed into', () => {
    const index = indexOf(randomEvents(300, 5));
    const layout = assignLanes(index, 1 / DAY, G);
    layout.groups[0]!.lanes.forEach((lane, l) => {
      for (const i of lane.items) expect(laneOf(layout, 0, i, index.item(i).start)).to.equal(l);
    });
  });
});

describe('compactLanes', () => {
  it('closes up lanes that are empty in view and keeps the order of the others', () => {
    const { items, laneCounts } = compactLanes(
      [
        { index: 0, group: 0, lane: 5 },
        { index: 1, group: 0, lane: 2 },
        { index: 2, group: 1, lane: 0 },
        { index: 3, group: 0, lane: 5 },
      ],
      3,
    );
    expect(items.map((v) => v.lane)).to.deep.equal([1, 0, 0, 1]);
    expect(laneCounts).to.deep.equal([2, 1, 0]);
  });

  it('gives every group a row, with its clusters below its lanes; an empty group keeps its name', () => {
    const rows = stackRows(
      ['A', 'B'],
      [
        { laneCount: 0, clusters: false },
        { laneCount: 2, clusters: true },
      ],
      G,
    );
    expect(rows.map((r) => r.laneCount)).to.deep.equal([0, 2]);
    expect(rows[0]!.height).to.equal(G.groupHeader);
    expect(rows[1]!.top).to.equal(rows[0]!.top + rows[0]!.height);
    expect(rows[1]!.clusterTop).to.equal(rows[1]!.lanesTop + 2 * G.laneHeight);
  });
});

describe('createTimelineIndex', () => {
  it('sorts by start, orders groups by first appearance and puts ungrouped events last', () => {
    const index = indexOf([
      { title: 'Loose', start: '2020' },
      { title: 'B1', start: '2022', group: 'B' },
      { title: 'A1', start: '2021', group: 'A' },
    ]);
    expect(index.groups).to.deep.equal(['B', 'A', '']);
    expect(itemsOf(index).map((i) => i.event.title)).to.deep.equal(['Loose', 'A1', 'B1']);
    expect(itemsOf(index).map((i) => index.groups[i.group])).to.deep.equal(['', 'A', 'B']);
  });

  it('numbers each event by its group, whatever order groups and ungrouped events come in', () => {
    const group = fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 40 }), (groups) => {
        const index = indexOf(groups.map((g, i) => ({ title: `E${i}`, start: '2020', group: g })));
        const names = [...new Set(groups.map((g) => g ?? ''))];
        const expected = [...names.filter((n) => n !== ''), ...names.filter((n) => n === '')];
        expect(index.groups).to.deep.equal(expected);
        // Equal starts keep their order, so item i is event i.
        for (const [i, item] of itemsOf(index).entries()) {
          expect(index.groups[item.group]).to.equal(groups[i] ?? '');
          expect(index.groupOf[i]).to.equal(item.group);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('lays a month-precise event over its whole month', () => {
    const item = indexOf([{ title: 'Plan', start: '2024-09' }]).item(0);
    expect([item.start, item.end]).to.deep.equal([Date.UTC(2024, 8, 1), Date.UTC(2024, 9, 1)]);
    expect(item.range).to.equal(false);
  });
});

describe('labels turned left of their marks (LabelTurn)', () => {
  it('turns the labels that would run past the end of all events, and packs their room before them', () => {
    const index = indexOf([
      { id: 'a', title: 'Early', start: '2000-01-01' },
      { id: 'm', title: 'Middle', start: '2005-01-01' },
      { id: 'b', title: 'A late event with a long title', start: '2010-01-01' },
    ]);
    const root = laneScale(600 / (index.extent[1] - index.extent[0] + 400 * DAY));
    const turn = labelTurn(index, root, G);
    const [a, m, b] = itemsOf(index);
    expect(
      [a, m, b].map((item) => turnsLeft(item!.start, item!.labelWidth, turn, G)),
    ).to.deep.equal([false, false, true]);
    // b takes its label's width (and a little) before its start, and only its mark after.
    expect(spaceBegin(b!, root, G, turn)).to.be.closeTo(b!.start - (b!.labelWidth + 8) / root, 1);
    expect(extentEnd(b!, root, G, turn)).to.equal(b!.start + (G.minMarkWidth + G.gap) / root);
    // Packed: where b's label would cover m's, b takes the next lane; no lane has overlaps.
    const layout = assignLanes(index, root, G, turn);
    for (const lane of layout.groups[0]!.lanes)
      for (let j = 0; j + 1 < lane.items.length; j++)
        expect(lane.ends[j]).to.be.at.most(
          spaceBegin(index.item(lane.items[j + 1]!), root, G, turn),
        );
    const packedAt = extentEnd(m!, root, G, turn) > spaceBegin(b!, root, G, turn) ? 1 : 0;
    expect(laneOf(layout, 0, 2, b!.start)).to.equal(packedAt);
    // Without a turn every label reads right (the packing of a single level in tests).
    expect(turnsLeft(b!.start, b!.labelWidth, undefined, G)).to.equal(false);
  });

  it('packs labels in full where every event finds a lane, shorter where some would not', () => {
    const few = indexOf(randomEvents(12, 5));
    const many = indexOf(randomEvents(3000, 5));
    const rootOf = (index: ReturnType<typeof indexOf>) =>
      laneScale(1000 / (index.extent[1] - index.extent[0]));
    expect(labelTurn(few, rootOf(few), G).cap).to.equal(G.maxLabelWidth);
    const dense = labelTurn(many, rootOf(many), G);
    expect(dense.cap).to.equal(G.shortLabelWidth);
    // Chosen once per index and root.
    expect(labelTurn(many, rootOf(many), G)).to.equal(dense);
  });
});
