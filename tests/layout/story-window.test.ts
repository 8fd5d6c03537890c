import { expect } from '@open-wc/testing';
import { readEventData } from '../../src/model/read-events.js';
import { storyWindow } from '../../src/layout/story-window.js';
import { createTimelineIndex } from '../../src/layout/timeline-index.js';
import { createWallClock } from '../../src/layout/time-zone.js';
import type { EventInput } from '../../src/model/types.js';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const indexOf = (events: EventInput[]) =>
  createTimelineIndex(readEventData(events), {
    clock: createWallClock('UTC'),
    measure: (text) => text.length * 7,
    maxLabelWidth: 400,
  });
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('storyWindow', () => {
  const index = indexOf([
    { id: 'c', title: 'C', start: '2024-03-01', end: '2024-03-31' },
    { id: 'a', title: 'A', start: '2024-01-01' },
    { id: 'b', title: 'B', start: '2024-01-21' },
  ]);

  it('shows an event between the starts of its neighbours, padded by a fifth each side', () => {
    // b (21 Jan) between a (1 Jan) and c (1 Mar): 60 days, 12 days of padding each side.
    const [from, to] = storyWindow(index, 1);
    expect([iso(from), iso(to)]).to.deep.equal(['2023-12-20', '2024-03-13']);
  });

  it('gives the first and the last event their one neighbour, the last its own end', () => {
    const [from, to] = storyWindow(index, 0);
    expect([iso(from), iso(to)]).to.deep.equal(['2023-12-28', '2024-01-25']);
    // c runs through 31 March: from b's start to c's end (1 April), 71 days, padded by 14.2.
    const [lastFrom, lastTo] = storyWindow(index, 2);
    expect([iso(lastFrom), iso(lastTo)]).to.deep.equal(['2024-01-06', '2024-04-15']);
  });

  it('keeps a window of at least an hour when events share their time', () => {
    const twins = indexOf([
      { id: 'x', title: 'X', start: '2024-05-01T10:00Z' },
      { id: 'y', title: 'Y', start: '2024-05-01T10:00Z' },
    ]);
    const [from, to] = storyWindow(twins, 0);
    expect(to - from).to.be.closeTo(1.4 * 3_600_000, 1);
    expect(from).to.be.below(day('2024-05-02')).and.above(day('2024-05-01'));
    const alone = indexOf([{ id: 'z', title: 'Z', start: '2024-05-01' }]);
    const [aloneFrom, aloneTo] = storyWindow(alone, 0);
    // A day-precise event alone covers its day.
    expect(aloneTo - aloneFrom).to.be.closeTo(1.4 * DAY, 1);
  });
});
