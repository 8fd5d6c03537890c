import { expect, fixture, html } from '@open-wc/testing';
import {
  axisLabels,
  dotCentre,
  eventEl,
  idle,
  lanesOf,
  markExtent,
  paintedAt,
  plot,
  ROW_PER_EVENT,
  settled,
  timelineWith,
} from '../harness.js';

const near = (a: number[], b: number[], tolerance = 40) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

describe('<event-timeline> kinds of dates and marks', () => {
  it('draws approximate and uncertain dates fuzzy, and writes them so', async () => {
    const el = await timelineWith([
      { id: 'c', title: 'About then', start: '1850~' },
      { id: 'q', title: 'Maybe then', start: '1860?' },
      { id: 'sure', title: 'Certain', start: '1870' },
    ]);
    expect(eventEl(el, 'c')!.getAttribute('aria-label')).to.equal('About then, c. 1850');
    expect(eventEl(el, 'q')!.getAttribute('aria-label')).to.equal('Maybe then, 1860?');
    // A certain date's dot is filled; an approximate one's is a (dashed) ring around the background.
    const centre = (id: string) => paintedAt(el, ...dotCentre(eventEl(el, id)!));
    expect(near(centre('sure'), [0x1f, 0x5f, 0xbf, 255])).to.equal(true);
    expect(near(centre('c'), [255, 255, 255, 255])).to.equal(true);
    expect(near(centre('q'), [255, 255, 255, 255])).to.equal(true);
  });

  it('draws an open end to the last date in the file, fading out', async () => {
    const el = await timelineWith([
      { id: 'open', title: 'Still going', start: '2020', end: '..' },
      { id: 'late', title: 'Later', start: '2024-06' },
    ]);
    const open = eventEl(el, 'open')!;
    expect(open.getAttribute('aria-label')).to.equal('Still going, 2020 – …');
    const late = eventEl(el, 'late')!.getBoundingClientRect();
    const [left, right] = markExtent(el, open);
    // Drawn until the last date in the file (less its fade), fading out towards its end.
    expect(right).to.be.at.least(late.left - (late.left - left) * 0.1);
    const y = open.getBoundingClientRect().top + 3;
    const alpha = (x: number) => paintedAt(el, x, y)[3]!;
    expect(alpha(left + (right - left) * 0.3)).to.equal(255);
    expect(alpha(right - 2)).to.be.below(60);
  });

  it('colours events by category in order of first appearance; an own colour wins', async () => {
    const el = await timelineWith([
      { id: 'a', title: 'A', start: '2020', category: 'science' },
      { id: 'b', title: 'B', start: '2021', category: 'politics' },
      { id: 'c', title: 'C', start: '2022', category: 'science' },
      { id: 'd', title: 'D', start: '2023', category: 'science', color: '#ff0000' },
    ]);
    el.style.setProperty('--event-timeline-category-2', 'rgb(0, 128, 0)');
    // A custom property changed from script is painted at the next update.
    el.requestUpdate();
    await settled(el);
    const dot = (id: string) => paintedAt(el, ...dotCentre(eventEl(el, id)!)).join();
    expect(dot('a')).to.equal(dot('c'));
    expect(dot('a')).to.not.equal(dot('b'));
    expect(dot('b')).to.equal('0,128,0,255');
    expect(dot('d')).to.equal('255,0,0,255');
  });

  it('fills range bars with --event-timeline-range-fill when the page sets it', async () => {
    const el = await timelineWith([
      { id: 'r', title: 'R', start: '2020-01-01', end: '2023-01-01' },
      { id: 'p', title: 'P', start: '2024-01-01' },
    ]);
    const bar = eventEl(el, 'r')!.getBoundingClientRect();
    const inside = () => paintedAt(el, bar.left + 40, bar.top + 4);
    const pale = inside();
    el.style.setProperty('--event-timeline-range-fill', 'rgb(0, 200, 0)');
    el.requestUpdate();
    await settled(el);
    expect(inside().join()).to.equal('0,200,0,255');
    expect(pale.join()).to.not.equal('0,200,0,255');
  });

  it('paints a right-to-left title from the left edge of its label, like a left-to-right one', async () => {
    const el = await timelineWith([
      { id: 'he', title: 'שלום עולם', start: '2020-01-01' },
      { id: 'en', title: 'Hello world', start: '2024-01-01' },
    ]);
    for (const id of ['he', 'en']) {
      const box = eventEl(el, id)!.getBoundingClientRect();
      const y = box.top + box.height / 2;
      const painted = (from: number, to: number) => {
        let n = 0;
        for (let x = from; x < to; x++) if (paintedAt(el, x, y)[3]! > 0) n++;
        return n;
      };
      // Nothing left of the dot (a title drawn to end at the label's start would be there).
      expect(painted(box.left - 40, box.left - 1), `${id}: before the dot`).to.equal(0);
      expect(painted(box.left + 16, box.left + 60), `${id}: the label`).to.be.greaterThan(5);
    }
  });

  it('paints the events a vertical scroll of the lanes brings into view', async () => {
    // Twelve points, each in its own group: taller than the lanes' 28rem, so they scroll.
    const el = await timelineWith(ROW_PER_EVENT);
    const lanes = lanesOf(el);
    expect(lanes.scrollHeight).to.be.greaterThan(lanes.clientHeight + 100);
    // Rows far below the view have no buttons yet; scrolled to, they do, and the top ones not.
    expect(eventEl(el, 'p11')).to.equal(null);
    lanes.scrollTop = lanes.scrollHeight;
    await settled(el);
    const last = eventEl(el, 'p11')!;
    expect(eventEl(el, 'p0')).to.equal(null);
    const box = lanes.getBoundingClientRect();
    const [x, y] = dotCentre(last);
    expect(y, 'scrolled into view').to.be.within(box.top, box.bottom);
    // Its dot is painted where its button now is (filled with the accent).
    expect(paintedAt(el, x, y).join()).to.equal(
      paintedAt(el, ...dotCentre(eventEl(el, 'p10')!)).join(),
    );
    expect(paintedAt(el, x, y)[3]).to.equal(255);
    // Through the list view and back, the lanes start at the top, and so does the painting.
    el.view = 'list';
    await settled(el);
    el.view = 'timeline';
    await settled(el);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.lanes')!.scrollTop).to.equal(0);
    expect(paintedAt(el, ...dotCentre(eventEl(el, 'p0')!))[3]).to.equal(255);
    // The new lanes give buttons to the rows in view only, as before.
    expect(eventEl(el, 'p11')).to.equal(null);
    // Lanes the page lets grow to show every row give every row its buttons.
    el.style.setProperty('--event-timeline-lanes-max-height', 'none');
    await settled(el);
    expect(eventEl(el, 'p11')).to.not.equal(null);
  });

  it('keeps one canvas, given its drawing surface while there were no events yet', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('event-timeline');
    const prepared = (el as unknown as { painter: { canvas: HTMLCanvasElement } }).painter.canvas;
    // Counts the clears of that canvas (its warm-up touches it so), passing each on.
    let touched = 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- applied with its `this` below
    const clearRect = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args) {
      if (this.canvas === prepared) touched++;
      clearRect.apply(this, args);
    };
    wrapper.append(el);
    await settled(el);
    // The empty lanes hold the canvas, clear and 1 px wide, so the compositor gets to show it.
    expect(prepared.parentElement, 'held by the empty lanes').to.equal(lanesOf(el));
    const box = prepared.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([1, 1]);
    expect(lanesOf(el).scrollHeight, 'taking no room').to.equal(lanesOf(el).clientHeight);
    // Idle time while empty: the canvas is sized to the plot and the lanes' max-height, so the
    // first events paint on it without allocating one, and it is touched in three frames, so
    // the compositor has its buffers for it ready too.
    await idle();
    for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(touched, 'frames it was touched in').to.equal(3);
    const ratio = devicePixelRatio;
    const maxHeight = parseFloat(getComputedStyle(lanesOf(el)).maxHeight);
    expect([prepared.width, prepared.height]).to.deep.equal([
      Math.round(lanesOf(el).clientWidth * ratio),
      Math.round(maxHeight * ratio),
    ]);
    // Rendered again while still empty (as a file's progress does), it is not made anew.
    const ctx = prepared.getContext('2d')!;
    ctx.fillRect(5, 5, 1, 1);
    el.requestUpdate();
    await settled(el);
    await idle();
    expect(ctx.getImageData(5, 5, 1, 1).data[3], 'the surface kept').to.equal(255);
    CanvasRenderingContext2D.prototype.clearRect = clearRect;
    expect(touched, 'not touched again').to.equal(3);
    // Rows that fill the lanes: the same canvas, the same size, painted.
    el.events = ROW_PER_EVENT;
    await settled(el);
    const canvas = () => el.shadowRoot!.querySelector('canvas')!;
    expect(canvas() === prepared, 'the prepared canvas').to.equal(true);
    expect([canvas().width, canvas().height]).to.deep.equal([prepared.width, prepared.height]);
    expect(paintedAt(el, ...dotCentre(eventEl(el, 'p0')!))[3]).to.equal(255);
    // New data, and the list view and back, keep it.
    el.events = ROW_PER_EVENT.slice(0, 3);
    await settled(el);
    el.view = 'list';
    await settled(el);
    el.view = 'timeline';
    await settled(el);
    expect(canvas() === prepared, 'the same canvas').to.equal(true);
    expect(paintedAt(el, ...dotCentre(eventEl(el, 'p2')!))[3]).to.equal(255);
    // No events again, after rows that filled the lanes (the prepared size): back in the empty
    // lanes, cleared (1 px wide, its painting would show).
    el.events = ROW_PER_EVENT;
    await settled(el);
    el.events = [];
    await settled(el);
    expect(prepared.parentElement, 'held by the empty lanes again').to.equal(lanesOf(el));
    await idle();
    const { width, height } = prepared;
    expect(width * height).to.be.greaterThan(0);
    const pixels = prepared.getContext('2d')!.getImageData(0, 0, width, height).data;
    expect(
      pixels.some((v) => v !== 0),
      'anything painted',
    ).to.equal(false);
  });

  it('keeps the canvas surface when the rows grow or shrink, showing its top rows', async () => {
    // Four rows, one event each, a year apart: zoomed in on the first year, one row has lanes.
    const el = await timelineWith(ROW_PER_EVENT.slice(0, 4), 600);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const lanes = lanesOf(el);
    const all = canvas.getBoundingClientRect().height;
    expect(all, 'shorter than the lanes may grow').to.be.lessThan(
      parseFloat(getComputedStyle(lanes).maxHeight),
    );
    const surface = [canvas.width, canvas.height];
    // Counts the sizes given to it from here on: a new size is a new surface, and new buffers.
    let sized = 0;
    const height = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'height')!;
    Object.defineProperty(canvas, 'height', {
      configurable: true,
      get: () => height.get!.call(canvas) as number,
      set: (value: number) => {
        sized++;
        height.set!.call(canvas, value);
      },
    });
    const shown = () => canvas.getBoundingClientRect().height;
    // What it shows is its top rows at the scale of its width (the harness reads it so): each
    // dot in view is painted where its button is.
    const painted = (ids: string[]) =>
      ids.map((id) => paintedAt(el, ...dotCentre(eventEl(el, id)!))[3]);
    el.zoomTo('2001-01-01', '2001-12-31');
    await settled(el);
    const one = shown();
    expect(one, 'fewer rows with lanes').to.be.lessThan(all);
    expect(lanes.scrollHeight, 'no more room than the rows').to.equal(lanes.clientHeight);
    expect(painted(['p0'])).to.deep.equal([255]);
    el.zoomTo('2001-01-01', '2002-12-31');
    await settled(el);
    expect(shown()).to.be.within(one + 1, all - 1);
    expect(painted(['p0', 'p1'])).to.deep.equal([255, 255]);
    el.fit();
    await settled(el);
    expect(shown()).to.equal(all);
    expect(painted(['p0', 'p1', 'p2', 'p3'])).to.deep.equal([255, 255, 255, 255]);
    expect(sized, 'sizes given').to.equal(0);
    expect([canvas.width, canvas.height], 'the same surface').to.deep.equal(surface);
    expect(getComputedStyle(canvas).objectFit).to.equal('cover');
    // An image of the view is the view's size all the same.
    el.zoomTo('2001-01-01', '2001-12-31');
    await settled(el);
    const image = await createImageBitmap(await el.toPNG(1));
    expect(image.height).to.equal(Math.round(plot(el).getBoundingClientRect().height));
    delete (canvas as { height?: number }).height;
    // Lanes that grow to show every row: the surface grows to the tallest rows, and is kept.
    el.style.setProperty('--event-timeline-lanes-max-height', 'none');
    el.events = ROW_PER_EVENT;
    await settled(el);
    const tallest = canvas.height;
    expect(tallest).to.equal(Math.round(lanes.clientHeight * devicePixelRatio));
    el.events = ROW_PER_EVENT.slice(0, 2);
    await settled(el);
    expect(shown()).to.be.lessThan(tallest / devicePixelRatio);
    expect(canvas.height).to.equal(tallest);
    expect(painted(['p0', 'p1'])).to.deep.equal([255, 255]);
  });

  it('draws eras behind the events, labelled', async () => {
    const el = await timelineWith([]);
    el.events = {
      eras: [
        { title: 'First term', start: '2017-01-20', end: '2021-01-20' },
        { title: 'Second term', start: '2021-01-20', end: '2025-01-20' },
      ],
      events: [
        { title: 'Early', start: '2018-05' },
        { title: 'Late', start: '2023-05' },
      ],
    };
    await settled(el);
    const eras = [...el.shadowRoot!.querySelectorAll('[part="era"]')].map((e) =>
      e.textContent.trim(),
    );
    expect(eras).to.deep.equal(['First term', 'Second term']);
  });

  it('lays out dates before the common era, with no year 0 on the axis', async () => {
    const el = await timelineWith([
      { id: 'caesar', title: 'Caesar crosses the Rubicon', start: '-0048-01' },
      { id: 'augustus', title: 'Augustus dies', start: '0014-08-19' },
    ]);
    expect(eventEl(el, 'caesar')!.getAttribute('aria-label')).to.equal(
      'Caesar crosses the Rubicon, January 49 BC',
    );
    const labels = axisLabels(el);
    expect(labels.some((l) => / BC$/.test(l))).to.equal(true);
    expect(labels).to.not.include('0');
  });
});
