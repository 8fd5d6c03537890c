import { expect } from '@open-wc/testing';
import { parseDate, periodEnd } from '../../src/model/parse-date.js';
import type { TimelineDate } from '../../src/model/types.js';

function ok(text: string): TimelineDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.message}`);
  return result.date;
}
function message(text: string): string {
  const result = parseDate(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected`);
  return result.message;
}
const iso = (t: number) => new Date(t).toISOString();

describe('parseDate', () => {
  it('keeps the precision the author wrote', () => {
    expect(ok('2024')).to.include({ precision: 'year', zoned: false, time: Date.UTC(2024, 0, 1) });
    expect(ok('2024-09')).to.include({
      precision: 'month',
      zoned: false,
      time: Date.UTC(2024, 8, 1),
    });
    expect(ok('2024-09-25')).to.include({
      precision: 'day',
      zoned: false,
      time: Date.UTC(2024, 8, 25),
    });
    expect(ok('2024-09-25T14:30Z')).to.include({
      precision: 'minute',
      zoned: true,
      time: Date.UTC(2024, 8, 25, 14, 30),
    });
    expect(ok('2024-09-25T14:30:15Z').precision).to.equal('second');
    expect(ok('2024-09-25T14:30:15.5Z').precision).to.equal('millisecond');
  });

  it('applies the UTC offset of a date-time', () => {
    expect(iso(ok('2024-09-25T14:30+08:00').time)).to.equal('2024-09-25T06:30:00.000Z');
    expect(iso(ok('2024-09-25T14:30-0530').time)).to.equal('2024-09-25T20:00:00.000Z');
    expect(iso(ok('2024-09-25T00:30+02').time)).to.equal('2024-09-24T22:30:00.000Z');
  });

  it('keeps years below 100 as written, not 19xx', () => {
    expect(new Date(ok('0079').time).getUTCFullYear()).to.equal(79);
  });

  it('covers the whole period of a coarse date', () => {
    expect(iso(periodEnd(ok('2024')))).to.equal('2025-01-01T00:00:00.000Z');
    expect(iso(periodEnd(ok('2024-12')))).to.equal('2025-01-01T00:00:00.000Z');
    expect(iso(periodEnd(ok('2024-02')))).to.equal('2024-03-01T00:00:00.000Z');
    expect(iso(periodEnd(ok('2024-09-25')))).to.equal('2024-09-26T00:00:00.000Z');
    expect(iso(periodEnd(ok('2024-09-25T14:30Z')))).to.equal('2024-09-25T14:31:00.000Z');
  });

  it('says what to write instead of a common non-ISO spelling', () => {
    expect(message('Sept 2024')).to.equal('"Sept 2024" is not a date; write 2024-09');
    expect(message('September 25, 2024')).to.equal(
      '"September 25, 2024" is not a date; write 2024-09-25',
    );
    expect(message('25 Sep 2024')).to.equal('"25 Sep 2024" is not a date; write 2024-09-25');
    expect(message('2024/9/5')).to.equal('"2024/9/5" is not a date; write 2024-09-05');
    expect(message('yesterday')).to.match(
      /^"yesterday" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD/,
    );
  });

  it('rejects impossible calendar dates and times with the reason', () => {
    expect(message('2024-13')).to.equal('"2024-13" has month 13; months run from 01 to 12');
    expect(message('2023-02-29')).to.equal('"2023-02-29" has day 29, but 2023-02 has 28 days');
    expect(ok('2024-02-29').precision).to.equal('day');
    expect(message('2024-09-25T25:00Z')).to.match(/is not a time of day/);
  });

  it('asks for an offset on a date-time without one', () => {
    expect(message('2024-09-25T14:30')).to.equal(
      '"2024-09-25T14:30" has a time but no UTC offset; add one, e.g. 2024-09-25T14:30Z for UTC or 2024-09-25T14:30+08:00',
    );
  });
});
