import { expect } from '@open-wc/testing';
import { fitDomain } from '../../src/layout/fit.js';
import { DEFAULT_GEOMETRY as G } from '../../src/layout/geometry.js';
import { assignLanes, laneScale } from '../../src/layout/lanes.js';
import { createTimelineIndex } from '../../src/layout/timeline-index.js';
import type { TimelineIndex } from '../../src/layout/timeline-index.js';
import { createWallClock } from '../../src/layout/time-zone.js';
import { readEventData } from '../../src/model/read-events.js';
import type { EventInput } from '../../src/model/types.js';
import { randomEvents, seeded } from '../harness.js';
import { itemsOf } from './items-of.js';

/** Indexes events with a measure that counts the labels it measures. */
function counted(events: EventInput[]) {
  const measured: string[] = [];
  const index = createTimelineIndex(readEventData(events), {
    clock: createWallClock('UTC'),
    measure: (text) => {
      measured.push(text);
      return text.length * 7;
    },
    maxLabelWidth: G.maxLabelWidth,
  });
  return { index, measured };
}

/** fitDomain as first written: every event's label considered. */
function fitEveryLabel(index: TimelineIndex, width: number): [number, number] {
  const [min, max] = index.extent;
  const from = min - (max - min) * 0.03;
  let to = max + (max - min) * 0.03;
  for (const item of itemsOf(index)) {
    const room = width - 8 - G.labelInset - Math.min(item.labelWidth, G.minLabelRoom);
    if (room > width * 0.25) to = Math.max(to, from + ((item.start - from) * width) / room);
  }
  return [from, to];
}

describe('fitDomain', () => {
  it('widens the window for late labels exactly as if it looked at every event', () => {
    const random = seeded(11);
    for (let run = 0; run < 40; run++) {
      const events = randomEvents(50 + run * 20, run + 1).map((e) => ({
        ...e,
        // Titles from 1 to 60 characters, so some late labels need more room than others.
        title: 'x'.repeat(1 + Math.floor(random() * 60)),
      }));
      const width = 320 + Math.floor(random() * 1600);
      const { index } = counted(events);
      expect(fitDomain(index, width, G), `run ${run}`).to.deep.equal(fitEveryLabel(index, width));
    }
  });
});

describe('label measuring', () => {
  it('measures only the labels that zoomed-out packing and fitting need, not every event', () => {
    const { index, measured } = counted(randomEvents(20_000, 5, 4));
    expect(measured).to.have.length(0);
    const width = 1200;
    const [from, to] = fitDomain(index, width, G);
    const layout = assignLanes(index, laneScale(width / (to - from)), G);
    const placed = layout.groups.reduce(
      (sum, g) => sum + g.lanes.reduce((s, lane) => s + lane.items.length, 0),
      0,
    );
    // Each placed event is measured once (packing), plus the late ones fitting looked at: the
    // last few percent of the span, whose labels could need room at the right edge.
    expect(placed).to.be.greaterThan(100);
    expect(measured.length).to.be.within(placed, placed + 0.05 * 20_000);
    expect(new Set(measured).size).to.equal(measured.length);
  });
});
