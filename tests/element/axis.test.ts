import { expect } from '@open-wc/testing';
import { axisLabels, eventEl, markExtent, settled, timelineWith, wheel } from '../harness.js';
import type { EventTimeline } from '../harness.js';

const EVENTS = [
  { id: 'old', title: 'Old', start: '2010-01-01' },
  { id: 'a', title: 'A', start: '2015-06-03', end: '2015-06-08' },
  { id: 'b', title: 'B', start: '2015-06-10', end: '2015-06-16' },
  { id: 'c', title: 'C', start: '2015-06-18' },
  { id: 'new', title: 'New', start: '2020-01-01' },
];

const axis = (el: EventTimeline) => el.shadowRoot!.querySelector<SVGSVGElement>('[part="axis"]')!;

/** Page x of an instant in the visible range, mapped linearly across the axis (UTC here). */
function pageX(el: EventTimeline, iso: string): number {
  const { start, end } = el.visibleRange!;
  const r = axis(el).getBoundingClientRect();
  const t = Date.parse(iso);
  return r.left + ((t - +start) / (+end - +start)) * r.width;
}

/** The fine ticks on screen: label and page x of the tick's line. */
function minorTicks(el: EventTimeline): { label: string; x: number }[] {
  const left = axis(el).getBoundingClientRect().left;
  return [...axis(el).querySelectorAll('text:not(.major)')].map((text) => ({
    label: text.textContent,
    x: left + Number(text.previousElementSibling!.getAttribute('x1')),
  }));
}

describe('<event-timeline> axis and x scale', () => {
  it('draws each tick where its date is, before and after a zoom', async () => {
    const el = await timelineWith(EVENTS, 800, 'time-zone="UTC"');
    const years = minorTicks(el);
    expect(years.map((t) => t.label)).to.include.members(['2012', '2014', '2016', '2018']);
    for (const tick of years) expect(tick.x, tick.label).to.be.closeTo(pageX(el, tick.label), 0.5);

    el.zoomTo('2015-06-01', '2015-06-20');
    await settled(el);
    expect(axisLabels(el)).to.include('June 2015');
    const days = minorTicks(el);
    expect(days.map((t) => t.label)).to.include.members(['1', '8', '15']);
    for (const tick of days) {
      const date = `2015-06-${tick.label.padStart(2, '0')}`;
      expect(tick.x, date).to.be.closeTo(pageX(el, date), 0.5);
    }
  });

  it('follows a Ctrl + wheel zoom: finer ticks, still where their dates are', async () => {
    const el = await timelineWith(EVENTS, 800, 'time-zone="UTC"');
    el.zoomTo('2015-05-20', '2015-07-10');
    await settled(el);
    const before = minorTicks(el).map((t) => t.label);
    const span = +el.visibleRange!.end - +el.visibleRange!.start;
    wheel(el, -100, { ctrlKey: true });
    await settled(el);
    const { start, end } = el.visibleRange!;
    expect(+end - +start).to.be.below(span / 1.5);
    const after = minorTicks(el);
    expect(after.length).to.be.at.least(5);
    expect(after.map((t) => t.label)).to.not.deep.equal(before);
    // Days of the month, each on the line of its date (under four weeks: one date per number).
    for (const tick of after) {
      const day = Number(tick.label);
      const month = (k: number) => new Date(Date.UTC(2015, start.getUTCMonth() + k, day));
      const date = [month(0), month(1)].find((d) => d >= start && d <= end);
      expect(date, `day ${tick.label} in view`).to.not.equal(undefined);
      expect(tick.x, tick.label).to.be.closeTo(pageX(el, date!.toISOString()), 0.5);
    }
  });

  it('paints marks where the time scale puts their dates, in line with the axis', async () => {
    const el = await timelineWith(EVENTS, 900, 'time-zone="UTC"');
    el.zoomTo('2015-06-01', '2015-06-20');
    await settled(el);
    const ten = minorTicks(el).find((t) => t.label === '10');
    expect(ten, 'a tick on June 10').to.not.equal(undefined);
    const [left, right] = markExtent(el, eventEl(el, 'b')!);
    // A day-precision end is the end of that day.
    expect(left).to.be.closeTo(ten!.x, 1.5);
    expect(left).to.be.closeTo(pageX(el, '2015-06-10'), 1.5);
    expect(right).to.be.closeTo(pageX(el, '2015-06-17'), 1.5);
    const [aLeft] = markExtent(el, eventEl(el, 'a')!);
    expect(aLeft).to.be.closeTo(pageX(el, '2015-06-03'), 1.5);
  });
});
