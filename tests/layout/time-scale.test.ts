import { expect } from '@open-wc/testing';
import { createTimeScale, domainOf } from '../../src/layout/time-scale.js';
import { createWallClock } from '../../src/layout/time-zone.js';

describe('createTimeScale', () => {
  const from = Date.UTC(2024, 8, 1);
  const to = Date.UTC(2024, 9, 1);
  const x = createTimeScale(from, to, 600);

  it('is a d3 UTC time scale from the window across [0, width] px', () => {
    expect(x.range()).to.deep.equal([0, 600]);
    expect(x.domain().map((d) => d.toISOString())).to.deep.equal([
      '2024-09-01T00:00:00.000Z',
      '2024-10-01T00:00:00.000Z',
    ]);
    expect(domainOf(x)).to.deep.equal([from, to]);
    // Wall-clock ms or Dates alike; 30 days over 600 px is 20 px a day.
    expect(x(Date.UTC(2024, 8, 16))).to.equal(300);
    expect(x(new Date(Date.UTC(2024, 8, 2)))).to.be.closeTo(20, 1e-9);
    expect(+x.invert(40)).to.equal(Date.UTC(2024, 8, 3));
    // d3's own ticks and nice() work on it: UTC days, as the wall clock spells them.
    expect(x.ticks(5)[0]!.toISOString()).to.equal('2024-09-01T00:00:00.000Z');
  });

  it('places an instant at its wall-clock time in the display zone', () => {
    const tokyo = createWallClock('Asia/Tokyo');
    // 15:00 UTC on 15 September is midnight of the 16th in Tokyo: 300 px, as the 16th's start.
    expect(x(tokyo.toWall(Date.UTC(2024, 8, 15, 15)))).to.be.closeTo(300, 1e-9);
  });
});
