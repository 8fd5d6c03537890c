import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { daysFromCivil, parseCommonDate } from '../../src/model/common-date.js';
import { parseDate, parseIsoDate, utcDate } from '../../src/model/parse-date.js';
import { brokenDate, isoDate, SEED } from '../property/arbitraries.js';

/**
 * parseCommonDate is a fast path in front of the regular expression: where it answers, it must
 * answer exactly as parseIsoDate does (same keys, same order, same numbers), and it must leave
 * every rejected text to parseIsoDate, which writes the message.
 */
function agrees(text: string): void {
  const general = parseIsoDate(text);
  const fast = parseCommonDate(text.trim());
  if (fast) {
    expect(general.ok, `${text} is read by the fast path only`).to.equal(true);
    if (general.ok) {
      expect(JSON.stringify(fast), text).to.equal(JSON.stringify(general.date));
      expect(Object.is(fast.time, general.date.time), text).to.equal(true);
    }
  }
  expect(JSON.stringify(parseDate(text)), text).to.equal(JSON.stringify(general));
}

const TRICKY = [
  // Precisions and qualifiers.
  '2024',
  '2024-09',
  '2024-09-25',
  '2024~',
  '2024-09?',
  '2024-09-25%',
  '2024-09-25~~',
  '2024-09-25T14:30Z~',
  // Leap days and month lengths.
  '2024-02-29',
  '2023-02-29',
  '2000-02-29',
  '1900-02-29',
  '0000-02-29',
  '0100-02-29',
  '0400-02-29',
  '2024-04-31',
  '2024-12-31',
  '2024-00-10',
  '2024-13',
  '2024-09-00',
  '2024-09-32',
  // Years: zero, small, signed, long.
  '0000',
  '0000-01-01',
  '-0000',
  '0001',
  '0079-03-01',
  '0099-12-31',
  '0100-01-01',
  '-0001',
  '-0499-03',
  '+2024',
  '+12024',
  '12024',
  '120240',
  '+0012024',
  '-199999',
  '+200000',
  '9999-12-31',
  // Times, offsets and fractions.
  '2024-09-25T14:30Z',
  '2024-09-25T14:30:15Z',
  '2024-09-25T14:30:15.5Z',
  '2024-09-25T14:30:15.05+05:30',
  '2024-09-25T14:30:15.123-0530',
  '2024-09-25T14:30:15.1234Z',
  '2024-09-25T14:30:15.Z',
  '2024-09-25T14:30+08',
  '2024-09-25T14:30+8',
  '2024-09-25T14:30+08:',
  '2024-09-25T14:30+08:0',
  '2024-09-25T14:30+0800x',
  '2024-09-25T00:00-00:00',
  '2024-09-25T00:00+23:59',
  '2024-09-25T00:00+24:00',
  '2024-09-25T00:00+05:60',
  '2024-09-25T24:00Z',
  '2024-09-25T23:60Z',
  '2024-09-25T23:59:60Z',
  '2024-09-25T14:30',
  '2024-09-25T14Z',
  '2024-09-25T',
  '1970-01-01T00:00Z',
  '1969-12-31T23:59:59.999Z',
  '0000-01-01T00:00+01:00',
  // Lower case, spaces, junk.
  '2024-09-25t14:30Z',
  '2024-09-25T14:30z',
  ' 2024-09-25 ',
  '\t2024\n',
  '2024-09-25 ',
  '2024-09-25x',
  '2024-9-25',
  '2024-',
  '2024-09-',
  '２０２４',
  '..',
  '',
];

describe('parseCommonDate (the fast path of parseDate)', () => {
  it('reads tricky dates exactly as the general parser does, or leaves them to it', () => {
    TRICKY.forEach(agrees);
  });

  it('agrees with the general parser on generated dates, valid and broken', () => {
    const anyText = fc.oneof(
      isoDate,
      brokenDate.filter((value): value is string => typeof value === 'string'),
      fc.stringMatching(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?)?)?/),
    );
    fc.assert(fc.property(anyText, agrees), { seed: SEED, numRuns: 5000 });
  });

  it('counts days as Date.UTC does, without moving years 0–99 to the 1900s', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -199_999, max: 199_999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          expect(daysFromCivil(year, month, day) * 86_400_000).to.equal(
            utcDate(year, month - 1, day),
          );
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
