import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { formatEventDate, formatYear } from '../../src/format/date-text.js';
import { warmUp } from '../../src/format/warm-up.js';
import { createTicks } from '../../src/layout/ticks.js';
import { parseDate } from '../../src/model/parse-date.js';
import type { TimelineDate } from '../../src/model/types.js';
import { idle, settled } from '../harness.js';
import type { EventTimeline } from '../harness.js';

/** Counts the Intl.DateTimeFormat, measureText and fillText calls `run` makes. */
async function counting(
  run: () => unknown,
): Promise<{ formats: number; measures: number; draws: number }> {
  const Format = Intl.DateTimeFormat;
  const proto = CanvasRenderingContext2D.prototype;
  const measureText = Object.getOwnPropertyDescriptor(proto, 'measureText')!;
  const fillText = Object.getOwnPropertyDescriptor(proto, 'fillText')!;
  const count = { formats: 0, measures: 0, draws: 0 };
  Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Format>) {
    count.formats++;
    return new Format(...args);
  } as unknown as typeof Format;
  proto.measureText = function (text: string) {
    count.measures++;
    return (measureText.value as (text: string) => TextMetrics).call(this, text);
  };
  proto.fillText = function (text: string, x: number, y: number) {
    count.draws++;
    (fillText.value as (text: string, x: number, y: number) => void).call(this, text, x, y);
  };
  try {
    await run();
  } finally {
    Intl.DateTimeFormat = Format;
    Object.defineProperty(proto, 'measureText', measureText);
    Object.defineProperty(proto, 'fillText', fillText);
  }
  return count;
}

describe('warmUp', () => {
  it('builds the date formats and measures the glyphs a first render needs, once', async () => {
    const first = await counting(() => warmUp('13px sans-serif', 'sv'));
    expect(first.formats).to.equal(4);
    expect(first.measures).to.equal(95); // printable ASCII
    expect(first.draws).to.equal(2); // regular and bold
    // The axis's year format, and the month format it measures before it settles on years over
    // two decades: the render does not build them again.
    const axis = await counting(() => {
      const ticks = createTicks(Date.UTC(2005, 0), Date.UTC(2025, 0), 1200, {
        locale: 'sv',
        measure: (text) => text.length * 7,
      });
      expect(ticks.unit).to.equal('year');
    });
    expect(axis.formats).to.equal(0);
    // Nor the format of a day-precision range, the commonest date in an event file.
    const day = (text: string) => (parseDate(text) as { date: TimelineDate }).date;
    const dates = await counting(() => {
      const event = { id: 'e', title: 'E', start: day('2024-09-03'), end: day('2024-09-06') };
      expect(formatEventDate({ ...event, sources: [] }, 'sv', 'UTC')).to.equal(
        '3–6 september 2024',
      );
    });
    expect(dates.formats).to.equal(0);
    // Once per font and locale.
    expect(await counting(() => warmUp('13px sans-serif', 'sv'))).to.deep.equal({
      formats: 0,
      measures: 0,
      draws: 0,
    });
  });

  it('runs in idle time in an element waiting for its events', async () => {
    const warming = counting(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      wrapper.innerHTML = '<event-timeline locale="nb"></event-timeline>';
      await settled(wrapper.firstElementChild as EventTimeline);
      await idle();
      await idle();
    });
    const { measures } = await warming;
    expect((await counting(() => formatYear(2024, 'nb'))).formats, 'year format built').to.equal(0);
    expect(measures).to.be.at.least(95);
  });
});
