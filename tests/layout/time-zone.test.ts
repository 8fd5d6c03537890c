import { expect } from '@open-wc/testing';
import { createWallClock } from '../../src/layout/time-zone.js';
import { formatEventDate } from '../../src/format/date-text.js';
import { readEventData } from '../../src/model/read-events.js';

describe('wall clock and dates at their precision', () => {
  it('shifts instants into the display zone and back', () => {
    const paris = createWallClock('Europe/Paris');
    const instant = Date.UTC(2024, 8, 25, 12, 0);
    expect(new Date(paris.toWall(instant)).toISOString()).to.equal('2024-09-25T14:00:00.000Z');
    expect(paris.toInstant(paris.toWall(instant))).to.equal(instant);
    expect(createWallClock('UTC').toWall(instant)).to.equal(instant);
  });

  it('rejects an unknown zone', () => {
    expect(() => createWallClock('Mars/Olympus')).to.throw(RangeError);
  });

  it('writes each date at its own precision', () => {
    const [year, month, day, range, timed] = readEventData([
      { title: 'y', start: '2024' },
      { title: 'm', start: '2024-09' },
      { title: 'd', start: '2024-09-25' },
      { title: 'r', start: '2024-09-03', end: '2024-09-06' },
      { title: 't', start: '2024-09-25T14:30Z' },
    ]).events;
    expect(formatEventDate(year!, 'en-US', 'UTC')).to.equal('2024');
    expect(formatEventDate(month!, 'en-US', 'UTC')).to.equal('September 2024');
    expect(formatEventDate(day!, 'en-US', 'UTC')).to.equal('September 25, 2024');
    expect(formatEventDate(day!, 'en-GB', 'UTC')).to.equal('25 September 2024');
    expect(formatEventDate(range!, 'en-US', 'UTC')).to.match(/^September 3\s*–\s*6, 2024$/);
    expect(formatEventDate(timed!, 'en-GB', 'Asia/Shanghai')).to.match(
      /^25 September 2024 at 22:30 (GMT\+8|CST)$/,
    );
  });

  it('keeps a calendar date the same in every zone', () => {
    const [day] = readEventData([{ title: 'd', start: '2024-09-25' }]).events;
    for (const zone of ['Pacific/Honolulu', 'UTC', 'Asia/Tokyo']) {
      expect(formatEventDate(day!, 'en-US', zone)).to.equal('September 25, 2024');
    }
  });
});
