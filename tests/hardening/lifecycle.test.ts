import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { preferReducedMotion, resetMotion } from '../motion.js';
import {
  eventEls,
  nextFrame,
  plot,
  randomEvents,
  settled,
  spanDays,
  timelineWith,
  wheel,
} from '../harness.js';
import type { EventTimeline } from '../harness.js';
import { skipIn } from '../engine.js';
import { instrument, MB, metrics, nodeCount, report, soakSettings } from './instrument.js';
import type { Instrument, Metrics, Settings } from './instrument.js';

/**
 * Long sessions and many instances. The suite runs the numbers below; `npm run soak` runs the
 * same tests ten times longer (web-test-runner.soak.config.mjs) and prints what it measured.
 */

const range = (el: EventTimeline) => {
  const r = el.visibleRange!;
  return [r.start.getTime(), r.end.getTime()];
};
const key = (el: EventTimeline, k: string, shiftKey = false) =>
  plot(el).dispatchEvent(
    new KeyboardEvent('keydown', {
      key: k,
      shiftKey,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
const spanOf = ([from, to]: number[]) => to! - from!;
const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
const ms = (t: number) => `${Math.round(t)} ms`;

/** Starts every timer the element has: a wheel gesture, the wheel hint and an announcement. */
function busy(el: EventTimeline): void {
  wheel(el, -50, { ctrlKey: true });
  wheel(el, 50); // not focused: the page scrolls and the hint shows
  key(el, '+');
}

let settings: Settings;

describe('long sessions and many instances', function () {
  this.timeout(600_000);

  before(async () => {
    settings = await soakSettings();
  });

  describe('with the page instrumented', () => {
    let probe: Instrument;
    beforeEach(() => (probe = instrument()));
    afterEach(() => probe.restore());

    it('connects, disconnects, moves and reconnects without leaking listeners, observers or timers', async function () {
      skipIn(
        this,
        ['webkit'],
        'one timer is sometimes still pending in WebKit (2 of 4 full runs), likely the 200 ms setTimeout that stands in for requestIdleCallback there (src/controllers/idle.ts); to look into',
      );
      const { cycles } = settings;
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div class="a" style="width: 800px"></div>
          <div class="b" style="width: 500px"></div>
          <div class="c"></div>
        </div>`,
      );
      const [a, b, c] = [...page.children] as HTMLElement[];
      // A third home inside another component's shadow root.
      const shadow = c!.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      inner.style.width = '640px';
      shadow.append(inner);
      const el = document.createElement('event-timeline');
      el.events = randomEvents(60, 5, 3);
      a!.append(el);
      await settled(el);
      const connected = probe.listenersIn(el);
      const homes = [a!, b!, inner];
      let disconnected = -1;
      const axisWidths = new Map<HTMLElement, number>();
      const started = performance.now();
      for (let i = 0; i < cycles; i++) {
        busy(el);
        el.remove();
        expect(probe.counts()).to.deep.equal({ observations: 0, timers: 0, frames: 0 });
        if (disconnected < 0) disconnected = probe.listenersIn(el);
        expect(probe.listenersIn(el)).to.equal(disconnected);
        if (i % 3 === 0) {
          // Sometimes the update it had pending (the wheel hint's) runs while it is out.
          await el.updateComplete;
          expect(probe.listenersIn(el)).to.equal(disconnected);
        }
        homes[i % 3]!.append(el); // connect, or move to another parent or shadow root
        await el.updateComplete;
        if (i % 50 === 0) {
          el.fit();
          await settled(el);
          // Resizing and gestures work again after every reconnect: the axis takes the new
          // home's width, and a Ctrl + wheel zooms.
          const axis = Number(el.shadowRoot!.querySelector('[part="axis"]')!.getAttribute('width'));
          const home = homes[i % 3]!;
          if (!axisWidths.has(home)) axisWidths.set(home, axis);
          expect(axis).to.equal(axisWidths.get(home));
          const before = spanDays(el);
          wheel(el, -100, { ctrlKey: true });
          await settled(el);
          expect(spanDays(el)).to.be.below(before);
          expect(eventEls(el).length).to.be.greaterThan(0);
        }
        // Two observations: the plot's width, and the lanes' height the event canvas fills.
        expect(probe.counts().observations).to.equal(2);
        expect(probe.listenersIn(el)).to.equal(connected);
      }
      const elapsed = performance.now() - started;
      expect(new Set(axisWidths.values()).size).to.equal(3);
      expect(probe.globalListeners()).to.equal(0);
      // Idle, connected: every timer has run; the observations are the plot's and the lanes'.
      await new Promise((r) => setTimeout(r, 2000));
      expect(probe.counts()).to.deep.equal({ observations: 2, timers: 0, frames: 0 });
      await report(
        `lifecycle: ${cycles} disconnect/reconnect cycles (3 homes, one in a shadow root) in ${ms(elapsed)}; ` +
          `listeners in the element ${connected} connected / ${disconnected} disconnected, unchanged; ` +
          `ResizeObserver observations 2 / 0; pending timers and frames after disconnect 0`,
      );
    });

    it('keeps 50 instances apart: own shadow DOM, keys and focus stay in the one used', async () => {
      const { instances } = settings;
      const page = await fixture<HTMLDivElement>(
        html`<div style="display: flex; flex-wrap: wrap; width: 1200px"></div>`,
      );
      const els = Array.from({ length: instances }, (_, i) => {
        const el = document.createElement('event-timeline');
        el.style.width = '380px';
        el.events = randomEvents(80, i + 1, 2);
        page.append(el);
        return el;
      });
      const started = performance.now();
      await Promise.all(els.map((el) => settled(el)));
      const shown = performance.now() - started;
      const roots = new Set(els.map((el) => el.shadowRoot));
      expect(roots.size).to.equal(instances);
      expect(els.every((el) => eventEls(el).length > 0)).to.equal(true);
      // Each instance observes its plot (width) and its lanes (height, for the event canvas).
      expect(probe.counts().observations).to.equal(instances * 2);
      const ranges = els.map(range);

      const target = els[Math.floor(instances / 3)]!;
      target.scrollIntoView();
      plot(target).focus();
      const zoomStart = performance.now();
      await sendKeys({ press: '+' });
      await settled(target);
      const zoomTime = performance.now() - zoomStart;
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      await settled(target);
      // (Booleans: a failed assertion on a DOM node makes the reporter walk the whole page.)
      expect(document.activeElement === target).to.equal(true);
      expect(target.shadowRoot!.activeElement !== null).to.equal(true);
      expect(range(target)).not.to.deep.equal(ranges[els.indexOf(target)]);
      expect(els.map(range).filter((r, i) => r.join() !== ranges[i]!.join())).to.have.length(1);
      await report(
        `instances: ${instances} on one page rendered in ${ms(shown)}; a key zoom on one settled in ${ms(zoomTime)}; ` +
          `${instances - 1} others unchanged; ${instances} shadow roots, ${instances} observations`,
      );
    });
  });

  it('zooms and pans thousands of steps without drift or DOM growth', async function () {
    const { steps } = settings;
    // Each step at once (no glides): the steps come faster than frames, and a wheel would stop
    // the glide of the keys before it where it is.
    await preferReducedMotion(this);
    const el = await timelineWith(randomEvents(400, 3, 3));
    const start = range(el);
    // Zoom in part way, so panning never meets the edges.
    for (let i = 0; i < 8; i++) key(el, '+');
    await settled(el);
    const zoomed = range(el);
    const nodes = nodeCount(el);
    const width = plot(el).getBoundingClientRect().width;
    let done = 0;
    let worst = 0;
    const started = performance.now();
    while (done < steps) {
      // One round: in by keys and wheel at odd points, pan both ways, then all of it back.
      const xs = [0.13, 0.5, 0.91].map((f) => f * width);
      for (const x of xs) wheel(el, -37, { ctrlKey: true, x });
      for (let i = 0; i < 6; i++) key(el, '+');
      if (done === 0) expect(spanOf(range(el))).to.be.below(spanOf(zoomed) / 20);
      for (let i = 0; i < 10; i++) key(el, 'ArrowRight', i % 2 === 0);
      for (let i = 0; i < 10; i++) key(el, 'ArrowLeft', i % 2 === 0);
      for (let i = 0; i < 6; i++) key(el, '-');
      for (const x of xs.reverse()) wheel(el, 37, { ctrlKey: true, x });
      done += 38;
      if (done % (38 * 10) === 0) {
        await nextFrame(); // let it render now and then
        const now = range(el);
        worst = Math.max(worst, Math.abs(now[0]! - zoomed[0]!), Math.abs(now[1]! - zoomed[1]!));
      }
    }
    await settled(el);
    const elapsed = performance.now() - started;
    const end = range(el);
    expect(Math.abs(end[0]! - zoomed[0]!)).to.be.below(1);
    expect(Math.abs(end[1]! - zoomed[1]!)).to.be.below(1);
    expect(nodeCount(el)).to.equal(nodes);
    for (let i = 0; i < 8; i++) key(el, '-');
    await settled(el);
    expect(range(el)[0]).to.be.closeTo(start[0]!, 1);
    expect(range(el)[1]).to.be.closeTo(start[1]!, 1);
    await report(
      `zoom/pan: ${done} steps in ${ms(elapsed)}; visible range back within ` +
        `${Math.max(Math.abs(end[0]! - zoomed[0]!), Math.abs(end[1]! - zoomed[1]!)).toFixed(3)} ms ` +
        `(worst on the way ${worst.toFixed(3)} ms); shadow DOM nodes ${nodes} before and after`,
    );
    await resetMotion();
  });

  it('returns the heap and the page to their baseline', async function () {
    skipIn(
      this,
      ['firefox', 'webkit'],
      'reads the heap and DOM counters over the DevTools protocol, which only Chromium has',
    );
    const { cycles } = settings;
    const first = await metrics();
    if (!first) throw new Error('cdp-metrics answered nothing in Chromium');
    const page = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const data = randomEvents(60, 9, 3);
    // One element, disconnected and reconnected.
    const el = document.createElement('event-timeline');
    el.events = data;
    page.append(el);
    await settled(el);
    busy(el);
    await new Promise((r) => setTimeout(r, 2000));
    const before = (await metrics())!;
    for (let i = 0; i < cycles; i++) {
      busy(el);
      el.remove();
      page.append(el);
      await el.updateComplete;
      if (i % 100 === 0) await settled(el);
    }
    await settled(el);
    await new Promise((r) => setTimeout(r, 2000));
    const after = (await metrics())!;
    el.remove();

    // Many elements, each made, shown and thrown away. A first few warm up the page (the
    // first elements on a page leave a one-time residue: about 1,000 nodes and 7 listeners).
    const makeAndDrop = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const one = document.createElement('event-timeline');
        one.events = data;
        page.append(one);
        await one.updateComplete;
        if (i % 20 === 0) await settled(one);
        busy(one);
        one.remove();
      }
    };
    await makeAndDrop(20);
    const fresh = Math.round(cycles / 5);
    const empty = (await metrics())!;
    await makeAndDrop(fresh);
    await new Promise((r) => setTimeout(r, 2000));
    const gone = (await metrics())!;
    const grew = (a: Metrics, b: Metrics) =>
      `heap ${mb(b.heapUsed - a.heapUsed)}, listeners ${b.listeners - a.listeners}, nodes ${b.nodes - a.nodes}`;
    await report(
      `heap: baseline ${mb(before.heapUsed)} with one element; after ${cycles} reconnects: ${grew(before, after)}; ` +
        `after ${fresh} elements made and removed: ${grew(empty, gone)}`,
    );
    expect(after.heapUsed - before.heapUsed).to.be.below(1 * MB);
    expect(after.listeners).to.be.at.most(before.listeners);
    expect(after.nodes).to.be.at.most(before.nodes + 50);
    expect(gone.heapUsed - empty.heapUsed).to.be.below(1 * MB);
    expect(gone.listeners).to.be.at.most(empty.listeners);
    expect(gone.nodes).to.be.at.most(empty.nodes + 50);
  });
});
