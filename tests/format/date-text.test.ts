import { expect } from '@open-wc/testing';
import { formatDate, formatEventDate, formatYear } from '../../src/format/date-text.js';
import { parseDate } from '../../src/model/parse-date.js';
import type { TimelineDate, TimelineEvent } from '../../src/model/types.js';

function date(text: string): TimelineDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}
const text = (iso: string, timeZone = 'UTC') => formatDate(date(iso), 'en-US', timeZone);
const event = (start: string, end?: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'e',
  title: 'E',
  start: date(start),
  end: end === undefined ? undefined : date(end),
  sources: [],
  ...more,
});
const range = (start: string, end?: string, more: Partial<TimelineEvent> = {}) =>
  formatEventDate(event(start, end, more), 'en-US', 'UTC');

describe('formatDate', () => {
  it('writes dates before the common era with the era, at every precision', () => {
    expect(text('-0499')).to.equal('500 BC');
    expect(text('0000')).to.equal('1 BC');
    expect(text('-0043-03')).to.equal('March 44 BC');
    expect(text('-0043-03-15')).to.equal('March 15, 44 BC');
    expect(text('-0043-03-15T12:30Z')).to.equal('March 15, 44 BC at 12:30 PM UTC');
    expect(text('-0043-03-15T12:30:05Z')).to.equal('March 15, 44 BC at 12:30:05 PM UTC');
    expect(text('-0043-03-15T12:30:05.250Z')).to.equal('March 15, 44 BC at 12:30:05.250 PM UTC');
  });

  it('leaves the era off common-era dates', () => {
    expect(text('0079')).to.equal('79');
    expect(text('2024-09-25')).to.equal('September 25, 2024');
  });

  it('writes approximate dates "c. …" and uncertain ones "…?", at every date precision', () => {
    expect(text('2024~')).to.equal('c. 2024');
    expect(text('2024-09~')).to.equal('c. September 2024');
    expect(text('2024-09-25~')).to.equal('c. September 25, 2024');
    expect(text('2024?')).to.equal('2024?');
    expect(text('2024-09?')).to.equal('September 2024?');
    expect(text('2024-09-25?')).to.equal('September 25, 2024?');
    expect(text('2024%')).to.equal('c. 2024?');
    expect(text('-0499~')).to.equal('c. 500 BC');
  });

  it('takes other words for other languages', () => {
    const words = {
      approximate: (d: string) => `vers ${d}`,
      uncertain: (d: string) => `${d} (?)`,
      openEnd: (d: string) => `depuis ${d}`,
    };
    expect(formatDate(date('-0499~'), 'fr-FR', 'UTC', words)).to.equal('vers 500 av. J.-C.');
    expect(formatDate(date('1850?'), 'fr-FR', 'UTC', words)).to.equal('1850 (?)');
  });
});

describe('formatEventDate', () => {
  it('names the era on both ends of a range that reaches before year 1', () => {
    expect(range('-0499', '-0399')).to.equal('500 – 400 BC');
    expect(range('-0043', '0014')).to.equal('44 BC – 14 AD');
    expect(range('-0043-03-15', '0014')).to.equal('March 15, 44 BC – 14 AD');
  });

  it('writes each qualified end with its own mark', () => {
    expect(range('1200~', '1250?')).to.equal('c. 1200 – 1250?');
    expect(range('2024-09', '2024-10~')).to.equal('September 2024 – c. October 2024');
  });

  it('writes an open end', () => {
    expect(range('2020', undefined, { openEnd: true })).to.equal('2020 – …');
    expect(range('2020~', undefined, { openEnd: true })).to.equal('c. 2020 – …');
  });

  it("uses the author's display date when there is one", () => {
    expect(range('1969-07-20', undefined, { displayDate: 'Summer 1969' })).to.equal('Summer 1969');
  });

  it('keeps plain ranges as before', () => {
    expect(range('2024-09-03', '2024-09-06')).to.equal('September 3 – 6, 2024');
  });
});

describe('formatYear', () => {
  it('writes astronomical years without a year 0', () => {
    expect(formatYear(2024, 'en-US')).to.equal('2024');
    expect(formatYear(1, 'en-US')).to.equal('1');
    expect(formatYear(0, 'en-US')).to.equal('1 BC');
    expect(formatYear(-499, 'en-US')).to.equal('500 BC');
    expect(formatYear(2024, 'en-US', 'always')).to.equal('2024 AD');
    expect(formatYear(-499, 'de-DE')).to.equal('500 v. Chr.');
  });
});
