import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { preferReducedMotion, resetMotion } from '../motion.js';
import { button, nextFrame, plot, settled, spanDays, timelineWith, wheel } from '../harness.js';
import type { EventTimeline } from '../harness.js';

const decade = [
  { id: 'a', title: 'Start', start: '2010-01-01' },
  { id: 'b', title: 'Middle', start: '2015-06-15' },
  { id: 'c', title: 'End', start: '2019-12-31' },
];

const JUNE_2015 = ['2015-06-01T00:00:00.000Z', '2015-07-01T00:00:00.000Z'];

const range = (el: EventTimeline) => [
  el.visibleRange!.start.toISOString(),
  el.visibleRange!.end.toISOString(),
];

/** The visible span in days at each of the next `n` animation frames. */
async function spansOverFrames(el: EventTimeline, n: number): Promise<number[]> {
  const spans: number[] = [];
  for (let i = 0; i < n; i++) {
    await nextFrame();
    await el.updateComplete;
    spans.push(spanDays(el));
  }
  return spans;
}

describe('<event-timeline> camera glide', () => {
  afterEach(resetMotion);

  it('glides to zoomTo()’s range through frames in between, firing timeline-zoom on each', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    const zooms: number[] = [];
    el.addEventListener('timeline-zoom', (e) => zooms.push(e.detail.end.getTime()));
    el.zoomTo('2015-06', '2015-06');
    // Nothing jumps: the first frames still show most of the decade.
    const spans = await spansOverFrames(el, 4);
    expect(
      spans.some((s) => s < all && s > 31),
      `in between: ${spans.join(', ')}`,
    ).to.equal(true);
    await settled(el);
    expect(range(el)).to.deep.equal(JUNE_2015);
    expect(zooms.length, 'one event per frame').to.be.greaterThan(4);
    expect(new Set(zooms).size).to.equal(zooms.length);
  });

  it('jumps with duration 0, in zoomTo(), fit() and select()', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    let zooms = 0;
    el.addEventListener('timeline-zoom', () => zooms++);
    el.zoomTo('2015-06', '2015-06', { duration: 0 });
    expect(range(el), 'at once').to.deep.equal(JUNE_2015);
    await settled(el);
    expect(zooms).to.equal(1);
    el.fit({ duration: 0 });
    expect(spanDays(el)).to.be.closeTo(all, 0.01);
    el.zoomTo('2011', '2012', { duration: 0 });
    el.select('b', { duration: 0 });
    const { start, end } = el.visibleRange!;
    expect(start.getTime()).to.be.below(Date.UTC(2015, 5, 15));
    expect(end.getTime()).to.be.above(Date.UTC(2015, 5, 15));
  });

  it('moves in one frame when the user prefers reduced motion', async function () {
    await preferReducedMotion(this);
    const el = await timelineWith(decade);
    let zooms = 0;
    el.addEventListener('timeline-zoom', () => zooms++);
    el.zoomTo('2015-06', '2015-06');
    expect(range(el), 'at once').to.deep.equal(JUNE_2015);
    await settled(el);
    expect(zooms).to.equal(1);
    button(el, 'Zoom out').click();
    await nextFrame();
    await el.updateComplete;
    expect(spanDays(el)).to.be.closeTo(60, 1);
  });

  it('stops where a wheel interrupts it, and the wheel zooms from there', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    el.zoomTo('2015-06', '2015-06');
    await spansOverFrames(el, 3);
    const midway = spanDays(el);
    expect(midway).to.be.below(all).and.above(31);
    wheel(el, -100, { ctrlKey: true });
    await settled(el);
    const after = spanDays(el);
    expect(after, 'zoomed in from the midway view').to.be.below(midway);
    expect(after, 'not on to June').to.be.above(31);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(spanDays(el), 'the glide does not resume').to.equal(after);
  });

  it('glides for buttons and keys, reporting one range change at the end, and adds up quick steps', async () => {
    const el = await timelineWith(decade);
    const all = spanDays(el);
    const changes: { start: Date; end: Date }[] = [];
    el.addEventListener('timeline-range-change', (e) => changes.push(e.detail));
    button(el, 'Zoom in').click();
    const spans = await spansOverFrames(el, 6);
    expect(
      spans.some((s) => s < all - 1 && s > all / 2 + 1),
      spans.join(', '),
    ).to.equal(true);
    expect(changes.length, 'not while gliding').to.equal(0);
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all / 2, 1);
    expect(changes.length).to.equal(1);
    expect(changes[0]!.start.getTime()).to.equal(el.visibleRange!.start.getTime());
    // Two presses of + in quick succession: 1.5 × 1.5, from where the first glide was going.
    plot(el).focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await settled(el);
    expect(spanDays(el)).to.be.closeTo(all / 2 / 2.25, 1);
  });
});
