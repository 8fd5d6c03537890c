import { expect } from '@open-wc/testing';
import { panAnchor } from '../../src/layout/pan-anchor.js';
import { createTimeScale } from '../../src/layout/time-scale.js';

const DAY = 86_400_000;

describe('panAnchor', () => {
  const first = createTimeScale(0, 100 * DAY, 1000);

  it('keeps the scale events were laid out with while only the position changes', () => {
    const panned = createTimeScale(10 * DAY, 110 * DAY, 1000);
    const { x, shift } = panAnchor(first, panned, 4000);
    expect(x).to.equal(first);
    expect(shift).to.be.closeTo(-100, 1e-9);
    // Screen px = layer px + shift, for any time.
    for (const t of [0, 37 * DAY, 105 * DAY]) expect(x(t) + shift).to.be.closeTo(panned(t), 1e-9);
  });

  it('lays out afresh on a change of zoom, on the first frame, and after a long slide', () => {
    const zoomed = createTimeScale(10 * DAY, 60 * DAY, 1000);
    expect(panAnchor(first, zoomed, 4000)).to.deep.equal({ x: zoomed, shift: 0 });
    expect(panAnchor(undefined, first, 4000)).to.deep.equal({ x: first, shift: 0 });
    const far = createTimeScale(500 * DAY, 600 * DAY, 1000);
    expect(panAnchor(first, far, 4000)).to.deep.equal({ x: far, shift: 0 });
  });

  it('while a zoom gesture holds the layer, stretches it to match the view instead', () => {
    const zoomed = createTimeScale(10 * DAY, 60 * DAY, 1000);
    const held = panAnchor(first, zoomed, 4000, true);
    expect(held.x).to.equal(first);
    expect(held.hold).to.be.closeTo(2, 1e-9);
    // Screen px = layer px · hold + shift, for any time.
    for (const t of [0, 37 * DAY, 105 * DAY])
      expect(first(t) * held.hold! + held.shift).to.be.closeTo(zoomed(t), 1e-6);
    // A pan alone needs no stretch, held or not.
    const panned = createTimeScale(10 * DAY, 110 * DAY, 1000);
    expect(panAnchor(first, panned, 4000, true).hold).to.equal(undefined);
  });

  it('treats a pan at the closest zoom as a pan, though the whole-ms domain rounds', () => {
    // About an hour across, as ZoomController builds a view: ends from the base scale's invert,
    // each rounded to a whole ms, so the span differs by a ms from one pan to the next.
    const base = createTimeScale(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2), 700);
    const k = 23.7;
    const at = (x: number) =>
      createTimeScale(+base.invert(-x / k), +base.invert((700 - x) / k), 700);
    const laid = at(-3000.1);
    const panned = at(-3013.37);
    const span = (x: typeof laid) => +x.domain()[1]! - +x.domain()[0]!;
    expect(span(laid)).to.not.equal(span(panned));
    const { x, shift, hold } = panAnchor(laid, panned, 4000, true);
    expect(x).to.equal(laid);
    expect(hold).to.equal(undefined);
    for (const t of [Date.UTC(2024, 0, 1, 5, 20), Date.UTC(2024, 0, 1, 5, 59)])
      expect(x(t) + shift).to.be.closeTo(panned(t), 0.01);
  });
});
