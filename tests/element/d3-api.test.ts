import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import {
  centerOf,
  eventEl,
  lanesOf,
  nextEvent,
  plot,
  settled,
  spanDays,
  timelineWith,
} from '../harness.js';
import type { EventTimeline } from '../harness.js';

const decade = [
  { id: 'a', title: 'Start', start: '2010-01-01' },
  { id: 'b', title: 'Middle', start: '2015-06-15' },
  { id: 'r', title: 'A range', start: '2016-03-01', end: '2017-09-01' },
  { id: 'c', title: 'End', start: '2019-12-31' },
];

/** Where the event's mark begins on screen, in px from the plot's left edge. */
const markLeft = (el: EventTimeline, id: string) =>
  eventEl(el, id)!.getBoundingClientRect().left - plot(el).getBoundingClientRect().left;

/** An overlay like a page's: one rect per span, drawn with xScale, redrawn on timeline-zoom. */
function overlayWith(el: EventTimeline, spans: [string, string][]): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('slot', 'overlay');
  const rects = spans.map(() =>
    svg.appendChild(document.createElementNS(svg.namespaceURI, 'rect')),
  );
  const draw = () => {
    const x = el.xScale!;
    spans.forEach(([from, to], i) => {
      const x0 = x(new Date(from));
      rects[i]!.setAttribute('x', String(x0));
      rects[i]!.setAttribute('width', String(x(new Date(to)) - x0));
      rects[i]!.setAttribute('height', '100%');
    });
  };
  el.addEventListener('timeline-zoom', draw);
  el.append(svg);
  draw();
  return svg;
}

describe('<event-timeline> D3 API', () => {
  afterEach(() => resetMouse());

  it('zoomTo takes Dates from another frame, as a brush over an iframe’s scale gives them', async () => {
    const el = await timelineWith(decade);
    const frame = document.body.appendChild(document.createElement('iframe'));
    const OtherDate = (frame.contentWindow as unknown as { Date: DateConstructor }).Date;
    const from = new OtherDate('2015-01-01T00:00:00Z');
    expect(from instanceof Date, 'a Date of another realm').to.equal(false);
    el.zoomTo(from, new OtherDate('2016-01-01T00:00:00Z'), { duration: 0 });
    await settled(el);
    const { start, end } = el.visibleRange!;
    expect(start.toISOString()).to.equal('2015-01-01T00:00:00.000Z');
    expect(end.toISOString()).to.equal('2016-01-01T00:00:00.000Z');
    el.markers = [{ date: new OtherDate('2015-06-01T00:00:00Z'), label: 'Frame date' }];
    await settled(el);
    expect(el.problems).to.deep.equal([]);
    expect(
      [...el.shadowRoot!.querySelectorAll('[part="marker"]')].map((m) => m.textContent.trim()),
    ).to.include('Frame date');
    frame.remove();
  });

  it('xScale maps instants to the drawn marks, over the plot width', async () => {
    const el = await timelineWith(decade);
    for (const view of [undefined, ['2015', '2017-12']] as const) {
      if (view) el.zoomTo(view[0], view[1], { duration: 0 });
      await settled(el);
      const x = el.xScale!;
      expect(x.range()).to.deep.equal([0, plot(el).clientWidth]);
      expect(x(new Date('2015-06-15'))).to.be.closeTo(markLeft(el, 'b'), 1);
      expect(x(new Date('2016-03-01'))).to.be.closeTo(markLeft(el, 'r'), 1);
      const [start, end] = x.domain();
      expect(start!.getTime()).to.equal(el.visibleRange!.start.getTime());
      expect(end!.getTime()).to.equal(el.visibleRange!.end.getTime());
    }
    // A fresh copy: changing it changes nothing on screen.
    el.xScale!.domain([new Date(0), new Date(1)]);
    expect(el.xScale!(new Date('2015-06-15'))).to.be.closeTo(markLeft(el, 'b'), 1);
  });

  it('zoomTransform is d3’s: k = 1 with all events, k = the zoom factor after', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    expect(el.zoomTransform.k).to.equal(1);
    expect(el.zoomTransform.x).to.equal(0);
    el.zoomTo('2015', '2015', { duration: 0 });
    await settled(el);
    const t = el.zoomTransform;
    expect(t.k).to.be.closeTo(all / spanDays(el), 1e-6);
    expect(typeof t.rescaleX).to.equal('function');
  });

  it('fires timeline-zoom on the frames of a drag, and one range change at its end', async () => {
    const el = await timelineWith(decade);
    el.zoomTo('2014', '2016', { duration: 0 });
    await settled(el);
    const zooms: HTMLElementEventMap['timeline-zoom'][] = [];
    let changes = 0;
    el.addEventListener('timeline-zoom', (e) => zooms.push(e));
    el.addEventListener('timeline-range-change', () => changes++);
    const [x, y] = centerOf(plot(el));
    await sendMouse({ type: 'move', position: [x, y + 40] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 60, y + 40] });
    await settled(el);
    await sendMouse({ type: 'move', position: [x - 120, y + 40] });
    await settled(el);
    expect(zooms.length, 'during the drag').to.be.at.least(2);
    expect(changes).to.equal(0);
    await sendMouse({ type: 'up' });
    await settled(el);
    expect(changes).to.equal(1);
    const last = zooms.at(-1)!.detail;
    expect(last.start.getTime()).to.equal(el.visibleRange!.start.getTime());
    expect(last.xScale(last.start)).to.equal(0);
    expect(last.transform).to.equal(el.zoomTransform);
  });

  it('lays a page’s overlay exactly over the lanes, in step with the view', async () => {
    const el = await timelineWith(decade);
    const svg = overlayWith(el, [['2016-03-01', '2017-09-01']]);
    await settled(el);
    const box = svg.getBoundingClientRect();
    const lanes = lanesOf(el).getBoundingClientRect();
    expect(box.left).to.equal(plot(el).getBoundingClientRect().left);
    expect(box.width).to.equal(el.xScale!.range()[1]);
    expect(box.top).to.equal(lanes.top);
    expect(box.height).to.equal(lanes.height);
    el.zoomTo('2015', '2018');
    await settled(el);
    const rect = svg.querySelector('rect')!.getBoundingClientRect();
    const mark = eventEl(el, 'r')!.getBoundingClientRect();
    expect(rect.left).to.be.closeTo(mark.left, 1);
    expect(rect.width).to.be.closeTo(mark.width, 2);
  });

  it('lets a click through the overlay to the event under it', async () => {
    const el = await timelineWith(decade);
    overlayWith(el, [['2009', '2021']]);
    await settled(el);
    const selected = nextEvent(el, 'timeline-select');
    const [x, y] = centerOf(eventEl(el, 'b')!);
    await sendMouse({ type: 'click', position: [x, y] });
    expect((await selected).detail.event?.id).to.equal('b');
  });
});
