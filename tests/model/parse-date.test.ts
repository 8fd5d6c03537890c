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

describe('parseDate: early years, qualifiers and their mistakes', () => {
  const year = (text: string) => new Date(ok(text).time).getUTCFullYear();

  it('reads years before the common era astronomically: 0000 is 1 BCE', () => {
    expect(year('0000')).to.equal(0);
    expect(year('-0001')).to.equal(-1);
    expect(year('-0499')).to.equal(-499);
    expect(year('-000050')).to.equal(-50);
    expect(ok('-0044-03-15')).to.include({ precision: 'day', time: Date.UTC(-44, 2, 15) });
    expect(ok('-0044-03')).to.include({ precision: 'month', text: '-0044-03' });
    expect(iso(ok('-0044-03-15T12:00Z').time)).to.equal('-000044-03-15T12:00:00.000Z');
  });

  it('reads expanded years with a sign', () => {
    expect(year('+002024')).to.equal(2024);
    expect(year('+12024')).to.equal(12024);
    expect(year('-199999')).to.equal(-199999);
    expect(iso(periodEnd(ok('-0001')))).to.equal('0000-01-01T00:00:00.000Z');
  });

  it('keeps the EDTF qualifiers at every date precision', () => {
    expect(ok('2024~')).to.include({ precision: 'year', approximate: true, text: '2024~' });
    expect(ok('2024?')).to.include({ precision: 'year', uncertain: true });
    expect(ok('2024-09%')).to.include({ precision: 'month', approximate: true, uncertain: true });
    expect(ok('2024-09-25~')).to.include({ precision: 'day', time: Date.UTC(2024, 8, 25) });
    expect(ok('-0499?')).to.include({ uncertain: true, time: Date.UTC(-499, 0, 1) });
    expect(ok('2024')).to.not.have.any.keys('approximate', 'uncertain');
  });

  it('explains qualifiers on times and out of place', () => {
    expect(message('2024-09-25T14:30Z~')).to.equal(
      '"2024-09-25T14:30Z~" has a time; the qualifiers ~ ? % go on dates without one, e.g. 2024-09-25~',
    );
    expect(message('~2024')).to.equal(
      '"~2024" is not a date; write 2024~ (one qualifier, at the end, for the whole date)',
    );
    expect(message('2024-?09')).to.equal(
      '"2024-?09" is not a date; write 2024-09? (one qualifier, at the end, for the whole date)',
    );
    expect(message('2024?~')).to.equal(
      '"2024?~" is not a date; write 2024% (one qualifier, at the end, for the whole date)',
    );
    expect(message('c. 1850')).to.equal(
      '"c. 1850" is not a date; write 1850~ (~ marks an approximate date)',
    );
  });

  it('says how to write years before the common era', () => {
    expect(message('500 BC')).to.equal(
      '"500 BC" is not a date; write -0499 (ISO years count 1 BCE as 0000, so 500 BCE is -0499)',
    );
    expect(message('44 BCE')).to.match(/^"44 BCE" is not a date; write -0043 /);
    expect(message('-500')).to.equal(
      '"-500" is not a date; write -0500 (years have at least 4 digits; -0500 is 501 BCE)',
    );
    expect(message('AD 79')).to.match(/write YYYY/);
    expect(message('79 AD')).to.equal('"79 AD" is not a date; write 0079');
    expect(message('20240')).to.equal(
      '"20240" is not a date; write +20240 (years after 9999 take a + sign)',
    );
    expect(message('-0000')).to.equal(
      '"-0000" is not a date; year zero is written 0000 (it is 1 BCE)',
    );
    expect(message('-0199999')).to.equal(
      '"-0199999" has 7 digits in its year; write at most 6, e.g. -199999',
    );
    expect(message('-300000')).to.equal(
      '"-300000" is too far from today; write a year from -199999 to +199999',
    );
  });

  it('rejects offsets that no clock uses', () => {
    expect(message('2024-09-25T14:30+25:00')).to.equal(
      '"2024-09-25T14:30+25:00" has the UTC offset +25:00; offsets run from -23:59 to +23:59, e.g. +05:30',
    );
  });

  it('checks calendar days in early years too', () => {
    expect(message('-0001-02-29')).to.equal('"-0001-02-29" has day 29, but -0001-02 has 28 days');
    expect(ok('0000-02-29').precision).to.equal('day'); // 1 BCE is a leap year
  });
});
