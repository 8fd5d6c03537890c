import { expect } from '@open-wc/testing';
import { skipIn } from '../engine.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import {
  axisLabels,
  button,
  centerOf,
  hint,
  plot,
  settled,
  spanDays,
  timelineWith,
  wheel,
  nextEvent,
  nextFrame,
  eventEl,
  paintedAt,
} from '../harness.js';
import type { EventTimeline } from '../harness.js';

const decade = [
  { id: 'a', title: 'Start', start: '2010-01-01' },
  { id: 'b', title: 'Middle', start: '2015-06-15' },
  { id: 'c', title: 'End', start: '2019-12-31' },
];

// d3-zoom reads touch events; a test makes them with `new Touch`, which only Chromium allows.
const NO_TOUCH =
  'a test cannot make touch input here: desktop Firefox has no Touch, WebKit has one that cannot be constructed';

/**
 * Touch input on a target: each finger is [id, x, y?] in px from its top left (y defaults to 80).
 * `move` returns whether the page may still act on it (its default was not prevented).
 */
function touches(target: HTMLElement) {
  const r = target.getBoundingClientRect();
  let down: Touch[] = [];
  const touch = ([id, x, y = 80]: number[]) =>
    new Touch({ identifier: id!, target, clientX: r.left + x!, clientY: r.top + y });
  const send = (type: string, changed: Touch[]) =>
    target.dispatchEvent(
      new TouchEvent(type, {
        touches: down,
        targetTouches: down,
        changedTouches: changed,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  return {
    start(...fingers: number[][]) {
      const all = fingers.map(touch);
      const added = all.filter((t) => !down.some((d) => d.identifier === t.identifier));
      down = all;
      send('touchstart', added);
    },
    move(...fingers: number[][]) {
      down = fingers.map(touch);
      return send('touchmove', down);
    },
    end() {
      const lifted = down;
      down = [];
      send('touchend', lifted);
    },
  };
}

/** Wall-clock ms under x px of the plot, from the visible range. */
function timeAt(el: EventTimeline, x: number): number {
  const { start, end } = el.visibleRange!;
  return start.getTime() + ((end.getTime() - start.getTime()) * x) / plot(el).clientWidth;
}

describe('<event-timeline> zoom and pan', () => {
  afterEach(() => resetMouse());

  it('leaves a plain wheel to the page until the timeline has focus, and says how to zoom', async () => {
    const el = await timelineWith(decade);
    const before = spanDays(el);
    wheel(el, -300);
    await settled(el);
    expect(spanDays(el)).to.equal(before);
    expect(hint(el)!.textContent).to.match(/Hold (Ctrl|⌘) and scroll to zoom/);
  });

  it('zooms with Ctrl + wheel around the pointer', async () => {
    const el = await timelineWith(decade);
    const before = spanDays(el);
    const anchor = timeAt(el, 200);
    wheel(el, -200, { ctrlKey: true, x: 200 });
    await settled(el);
    expect(spanDays(el)).to.be.below(before * 0.8);
    expect(timeAt(el, 200)).to.be.closeTo(anchor, 86_400_000);
  });

  it('zooms with a plain wheel once focused, or always with wheel-zoom', async () => {
    const focused = await timelineWith(decade);
    plot(focused).focus();
    const before = spanDays(focused);
    wheel(focused, -200);
    await settled(focused);
    expect(spanDays(focused)).to.be.below(before);

    const always = await timelineWith(decade, 800, 'wheel-zoom');
    const span = spanDays(always);
    wheel(always, -200);
    await settled(always);
    expect(spanDays(always)).to.be.below(span);
  });

  it('adapts the axis from years to days as it zooms in', async () => {
    const el = await timelineWith(decade);
    expect(axisLabels(el)).to.include('2015');
    el.zoomTo('2015-06-01', '2015-06-20');
    await settled(el);
    const labels = axisLabels(el);
    expect(labels).to.include('June 2015');
    expect(labels).to.include('10');
  });

  it('stops zooming out at all events, and zooming in at about an hour', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    for (let i = 0; i < 5; i++) wheel(el, 500, { ctrlKey: true });
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all, 0.01);
    for (let i = 0; i < 60; i++) wheel(el, -500, { ctrlKey: true });
    await settled(el);
    expect(spanDays(el) * 24).to.be.within(0.9, 1.1);
  });

  it('pans by dragging, and fires timeline-range-change after the gesture', async () => {
    const el = await timelineWith(decade);
    el.zoomTo('2014', '2016');
    await settled(el);
    const before = el.visibleRange!.start.getTime();
    const [x, y] = centerOf(plot(el));
    const changed = nextEvent(el, 'timeline-range-change');
    await sendMouse({ type: 'move', position: [x, y + 40] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 150, y + 40] });
    await sendMouse({ type: 'up' });
    const event = await changed;
    await settled(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(before);
    expect(event.detail.start.getTime()).to.equal(el.visibleRange!.start.getTime());
  });

  it('slides the event layer as a whole while panning: marks move with the view, unrewritten', async function () {
    const el = await timelineWith(decade);
    el.zoomTo('2014', '2017');
    await settled(el);
    const middle = eventEl(el, 'b')!;
    const styleBefore = middle.getAttribute('style');
    const xBefore = middle.getBoundingClientRect().left;
    const range = el.visibleRange!;
    const pxPerMs = plot(el).clientWidth / (range.end.getTime() - range.start.getTime());
    const [x, y] = centerOf(plot(el));
    await sendMouse({ type: 'move', position: [x, y + 40] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 120, y + 40] });
    await sendMouse({ type: 'up' });
    await settled(el);
    const moved = (el.visibleRange!.start.getTime() - range.start.getTime()) * pxPerMs;
    expect(moved).to.be.closeTo(120, 1);
    // On screen it moved with the view; its own position was not rewritten.
    expect(eventEl(el, 'b') === middle, 'the same element').to.equal(true);
    expect(middle.getBoundingClientRect().left).to.be.closeTo(xBefore - moved, 0.6);
    expect(middle.getAttribute('style')).to.equal(styleBefore);
    // A zoom lays the layer out afresh.
    el.zoomTo('2015', '2016');
    await settled(el);
    expect(middle.getAttribute('style')).not.to.equal(styleBefore);
  });

  it('repaints only the canvas during a wheel zoom; the buttons catch up when it ends', async () => {
    const el = await timelineWith(decade);
    el.zoomTo('2014', '2017');
    await settled(el);
    const middle = eventEl(el, 'b')!;
    const styleBefore = middle.getAttribute('style');
    const layer = middle.parentElement!;
    // Where the view puts the event's dot now: 6 px after its start.
    const dotX = () => {
      const { start, end } = el.visibleRange!;
      const box = plot(el).getBoundingClientRect();
      const t = Date.UTC(2015, 5, 15);
      return box.left + ((t - start.getTime()) / (end.getTime() - start.getTime())) * box.width + 6;
    };
    const dotY = () => {
      const r = middle.getBoundingClientRect();
      return r.top + r.height / 2;
    };
    // The checks below run inside the wheel gesture, which ends 150 ms after the last wheel: on a
    // machine too busy to give a frame in time, the wheel turns again (the gesture goes on).
    let elapsed = Infinity;
    for (let i = 0; i < 5 && elapsed > 100; i++) {
      const before = performance.now();
      wheel(el, -120, { ctrlKey: true, x: 100 });
      await nextFrame();
      await el.updateComplete;
      elapsed = performance.now() - before;
    }
    expect(elapsed, 'a frame within the gesture').to.be.below(150);
    const x = dotX();
    const { start } = el.visibleRange!;
    expect(start.getTime()).to.be.greaterThan(Date.UTC(2014, 0, 1));
    // Mid-gesture: the dot is painted where the view puts it, its button not re-laid out but
    // stretched with its layer (its label, stretched, is hidden).
    expect(paintedAt(el, x, dotY())[3]).to.equal(255);
    expect(middle.getAttribute('style')).to.equal(styleBefore);
    expect(layer.classList.contains('holding')).to.equal(true);
    expect(getComputedStyle(layer).transform).to.match(/^matrix\(/);
    expect(middle.getBoundingClientRect().left, 'the stretch keeps it on its dot').to.be.closeTo(
      x - 6,
      1,
    );
    // The gesture ends (150 ms without wheel): the button is placed over its dot again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settled(el);
    expect(eventEl(el, 'b') === middle, 'the same element').to.equal(true);
    expect(layer.classList.contains('holding')).to.equal(false);
    expect(middle.getBoundingClientRect().left).to.be.closeTo(x - 6, 1);
    expect(paintedAt(el, x, dotY())[3]).to.equal(255);
  });

  it('zooms in on double-click at the pointer, and out with Shift', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    const [, y] = centerOf(plot(el));
    const anchor = timeAt(el, 200);
    const dblclick = (shiftKey: boolean) =>
      plot(el).dispatchEvent(
        new MouseEvent('dblclick', {
          clientX: plot(el).getBoundingClientRect().left + 200,
          clientY: y,
          shiftKey,
          bubbles: true,
          composed: true,
        }),
      );
    dblclick(false);
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all / 2, 1);
    expect(timeAt(el, 200)).to.be.closeTo(anchor, 86_400_000);
    dblclick(true);
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all, 1);
  });

  it('pinches with two fingers and pans with a sideways trackpad swipe', async function () {
    skipIn(this, ['firefox', 'webkit'], NO_TOUCH);
    const el = await timelineWith(decade);
    const all = spanDays(el);
    const fingers = touches(plot(el));
    fingers.start([1, 300]);
    fingers.start([1, 300], [2, 400]);
    fingers.move([1, 290], [2, 410]);
    fingers.move([1, 200], [2, 500]);
    fingers.end();
    await settled(el);
    expect(spanDays(el)).to.be.below(all * 0.5);
    const start = el.visibleRange!.start.getTime();
    let changes = 0;
    el.addEventListener('timeline-range-change', () => changes++);
    wheel(el, 0, { deltaX: 120 });
    wheel(el, 0, { deltaX: 120 });
    await settled(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
    // One run of sideways wheel events is one change, reported when it ends (150 ms idle).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes).to.equal(1);
  });

  it('leaves a vertical swipe to the page, and pans with a sideways one', async function () {
    skipIn(this, ['firefox', 'webkit'], NO_TOUCH);
    const el = await timelineWith(decade);
    el.zoomTo('2014', '2016', { duration: 0 });
    await settled(el);
    const before = el.visibleRange!.start.getTime();
    const fingers = touches(plot(el));
    fingers.start([1, 300, 80]);
    expect(fingers.move([1, 302, 40]), 'the page may scroll').to.equal(true);
    fingers.move([1, 250, 10]);
    fingers.end();
    await settled(el);
    expect(el.visibleRange!.start.getTime()).to.equal(before);
    fingers.start([1, 300, 80]);
    expect(fingers.move([1, 200, 82]), 'the timeline takes the move').to.equal(false);
    fingers.end();
    await settled(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(before);
  });

  it('does not select the event a drag started on', async () => {
    const el = await timelineWith([
      { id: 'a', title: 'A wide range', start: '2014', end: '2016' },
      ...decade,
    ]);
    let selected = 0;
    el.addEventListener('timeline-select', () => selected++);
    const [x, y] = centerOf(el.shadowRoot!.querySelector('[data-event-id="a"]')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 100, y] });
    await sendMouse({ type: 'up' });
    await settled(el);
    expect(selected).to.equal(0);
  });

  it('zooms with the on-screen buttons', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    button(el, 'Zoom in').click();
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all / 2, 1);
    button(el, 'Zoom out').click();
    button(el, 'Zoom out').click();
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all, 1);
    button(el, 'Zoom in').click();
    button(el, 'Show all').click();
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all, 0.01);
  });

  it('zooms to a range and back with zoomTo() and fit(), without firing user events', async () => {
    const el = await timelineWith(decade);
    let fired = 0;
    el.addEventListener('timeline-range-change', () => fired++);
    el.zoomTo('2015-06', '2015-06');
    await settled(el);
    expect(el.visibleRange!.start.toISOString()).to.equal('2015-06-01T00:00:00.000Z');
    expect(el.visibleRange!.end.toISOString()).to.equal('2015-07-01T00:00:00.000Z');
    el.fit();
    await settled(el);
    expect(spanDays(el)).to.be.greaterThan(3000);
    expect(fired).to.equal(0);
    expect(() => el.zoomTo('June 2015', '2016')).to.throw(
      'zoomTo: start "June 2015" is not a date; write 2015-06',
    );
  });

  it('zooms and pans with the keyboard while focused', async () => {
    const el = await timelineWith(decade);
    plot(el).focus();
    const all = spanDays(el);
    await sendKeys({ press: '+' });
    await settled(el);
    expect(spanDays(el)).to.be.below(all * 0.7);
    const start = el.visibleRange!.start.getTime();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(el.visibleRange!.start.getTime()).to.be.below(start);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all, 0.01);
  });

  it('keeps keys to the focused instance', async () => {
    const first = await timelineWith(decade);
    const second = await timelineWith(decade);
    const input = document.createElement('input');
    document.body.append(input);
    const span = spanDays(second);
    plot(first).focus();
    await sendKeys({ press: '+' });
    input.focus();
    await sendKeys({ type: '+-' });
    await settled(second);
    expect(spanDays(second)).to.equal(span);
    expect(spanDays(first)).to.be.below(span);
    expect(input.value).to.equal('+-');
    input.remove();
  });
});
