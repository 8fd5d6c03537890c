import { expect } from '@open-wc/testing';
import { inBand, rowBand } from '../../src/layout/row-band.js';
import { seeded } from '../harness.js';

describe('rowBand', () => {
  it('covers the view and a step beyond it each way, and moves only in whole steps', () => {
    const random = seeded(7);
    for (let i = 0; i < 500; i++) {
      const scrollTop = Math.floor(random() * 5000);
      const visible = 100 + Math.floor(random() * 600);
      const step = 10 + Math.floor(random() * 50);
      const [top, bottom] = rowBand(scrollTop, visible, step);
      expect(top, `top at ${scrollTop}`).to.be.at.most(scrollTop - step);
      expect(bottom, `bottom at ${scrollTop}`).to.be.at.least(scrollTop + visible + step);
      // Three steps of rows beyond the view in all, however it is scrolled.
      expect(bottom - top).to.equal(visible + 3 * step);
      expect(top % step).to.equal(0);
      // The same band for every scroll position within its step: no update while scrolling there.
      const start = Math.floor(scrollTop / step) * step;
      expect(rowBand(start + step - 1, visible, step)).to.deep.equal([top, bottom]);
    }
  });

  it('takes in every row when the lanes do not scroll', () => {
    const band = rowBand(0, Infinity, 30);
    expect(inBand(band, 1e6, 30)).to.equal(true);
  });

  it('tells which slots overlap it, edges excluded', () => {
    const band = [60, 120] as const;
    expect(inBand(band, 30, 30)).to.equal(false);
    expect(inBand(band, 31, 30)).to.equal(true);
    expect(inBand(band, 119, 30)).to.equal(true);
    expect(inBand(band, 120, 30)).to.equal(false);
  });
});
