import { expect } from '@open-wc/testing';
import { IDENTITY, clampTransform, panBy, zoomAround } from '../../src/layout/view-transform.js';

describe('view transform', () => {
  it('keeps the point under the pointer fixed while zooming', () => {
    const t = zoomAround({ k: 2, x: -100 }, 3, 250);
    const before = (250 - -100) / 2; // base px under screen px 250
    expect((250 - t.x) / t.k).to.be.closeTo(before, 1e-9);
    expect(t.k).to.equal(6);
  });

  it('stops at all events, at the zoom limit, and at both ends', () => {
    expect(clampTransform({ k: 0.5, x: 40 }, 800, 100)).to.deep.equal(IDENTITY);
    expect(clampTransform({ k: 500, x: 0 }, 800, 100).k).to.equal(100);
    expect(clampTransform(panBy({ k: 4, x: 0 }, -50), 800, 100).x).to.equal(0);
    expect(clampTransform(panBy({ k: 4, x: -2400 }, 50), 800, 100).x).to.equal(-2400);
  });

  it('has no drift over thousands of zoom and pan steps', () => {
    let t = IDENTITY;
    for (let i = 0; i < 5000; i++) {
      t = clampTransform(zoomAround(t, 1.1, 400), 800, 1e6);
      t = clampTransform(panBy(t, 37), 800, 1e6);
      t = clampTransform(panBy(t, -37), 800, 1e6);
      t = clampTransform(zoomAround(t, 1 / 1.1, 400), 800, 1e6);
    }
    expect(t.k).to.be.closeTo(1, 1e-9);
    expect(t.x).to.be.closeTo(0, 1e-6);
  });
});
