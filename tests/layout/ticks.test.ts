import { expect } from '@open-wc/testing';
import { utcHour, utcMonth } from 'd3-time';
import { createTicks } from '../../src/layout/ticks.js';
import { utcDate } from '../../src/model/parse-date.js';

const measure = (text: string) => text.length * 7;
const ticks = (from: string, to: string, width = 800, locale = 'en-US') =>
  createTicks(Date.parse(from), Date.parse(to), width, { locale, measure });

describe('createTicks', () => {
  it('adapts from decades to hours as the window narrows', () => {
    expect(ticks('1900-01-01', '2020-01-01')).to.include({ unit: 'year' });
    expect(ticks('1900-01-01', '2020-01-01').step).to.be.at.least(10);
    expect(ticks('2023-01-01', '2026-01-01')).to.include({ unit: 'month' });
    expect(ticks('2024-09-01', '2024-10-01', 1200)).to.include({ unit: 'day', step: 1 });
    expect(ticks('2024-09-25T00:00Z', '2024-09-26T00:00Z')).to.include({ unit: 'hour' });
    expect(ticks('2024-09-25T14:00Z', '2024-09-25T15:00Z')).to.include({ unit: 'minute' });
  });

  it('labels months with their year as context', () => {
    const t = ticks('2024-01-01', '2025-01-01');
    expect(t.minor.map((m) => m.label).slice(0, 3)).to.deep.equal(['Jan', 'Feb', 'Mar']);
    expect(t.major.map((m) => m.label)).to.deep.equal(['2024', '2025']);
  });

  it('names the month around day ticks, even before the first tick', () => {
    const t = ticks('2024-09-10', '2024-09-30');
    expect(t.major[0]).to.deep.equal({ time: Date.UTC(2024, 8, 1), label: 'September 2024' });
  });

  it('orders ticks inside the window', () => {
    const from = Date.parse('2024-02-03');
    const to = Date.parse('2024-08-09');
    const t = createTicks(from, to, 640, { locale: 'en-US', measure });
    const times = t.minor.map((m) => m.time);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    for (const time of times) expect(time).to.be.within(from, to);
  });

  it('counts years across the era boundary with no year 0, at round historical years', () => {
    const from = utcDate(-999); // 1000 BC
    const to = utcDate(1000);
    const t = createTicks(from, to, 800, { locale: 'en-US', measure });
    const labels = t.minor.map((m) => m.label);
    expect(t.unit).to.equal('year');
    expect(labels).to.include('1000 BC');
    expect(labels).to.not.include('0');
    for (const text of labels) {
      const bc = /^(\d+) BC$/.exec(text);
      const n = Number(bc ? bc[1] : text);
      expect(n % t.step, text).to.equal(0);
    }
    const times = t.minor.map((m) => m.time);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
  });

  it('names the era in month and day context labels before year 1', () => {
    const t = createTicks(utcDate(-43, 2, 1), utcDate(-43, 2, 20), 900, {
      locale: 'en-US',
      measure,
    });
    expect(t.major[0]!.label).to.equal('March 44 BC');
  });

  it('writes labels in the requested locale', () => {
    expect(ticks('2024-01-01', '2025-01-01', 800, 'fr-FR').minor[0]!.label).to.equal('janv.');
    expect(ticks('2024-09-25T00:00Z', '2024-09-26T00:00Z', 800, 'en-GB').minor[1]!.label).to.match(
      /^\d{1,2}:00$/,
    );
  });

  it('keeps labels from crowding: spacing grows with label width', () => {
    const narrow = ticks('2000-01-01', '2020-01-01', 320);
    const wide = ticks('2000-01-01', '2020-01-01', 1600);
    expect(narrow.minor.length).to.be.below(wide.minor.length);
    const px = 320 / (Date.parse('2020-01-01') - Date.parse('2000-01-01'));
    const gaps = narrow.minor.slice(1).map((m, i) => (m.time - narrow.minor[i]!.time) * px);
    for (const gap of gaps) expect(gap).to.be.at.least(measure('2000') + 16 - 1);
  });
});

describe('createTicks: calendar steps from d3-time', () => {
  const iso = (t: { time: number }) => new Date(t.time).toISOString().slice(0, 16);
  const at = (from: number, to: number, width: number) =>
    createTicks(from, to, width, { locale: 'en-US', measure });

  it('steps minutes on the quarter hour, and names the day around them', () => {
    const t = at(Date.UTC(2024, 8, 25, 14), Date.UTC(2024, 8, 25, 15), 800);
    expect(t).to.include({ unit: 'minute', step: 15 });
    expect(t.minor.map((m) => m.label)).to.deep.equal([
      '2:00 PM',
      '2:15 PM',
      '2:30 PM',
      '2:45 PM',
      '3:00 PM',
    ]);
    expect(t.major).to.deep.equal([
      { time: Date.UTC(2024, 8, 25), label: 'Wed, September 25, 2024' },
    ]);
    // Five-minute steps run on across midnight, and the next day is named where it starts.
    const late = at(Date.UTC(2024, 8, 25, 23, 50), Date.UTC(2024, 8, 26, 0, 40), 1200);
    expect(late).to.include({ unit: 'minute', step: 5 });
    expect(late.minor.slice(1, 4).map(iso)).to.deep.equal([
      '2024-09-25T23:55',
      '2024-09-26T00:00',
      '2024-09-26T00:05',
    ]);
    expect(late.major.map((m) => m.label)).to.deep.equal([
      'Wed, September 25, 2024',
      'Thu, September 26, 2024',
    ]);
  });

  it('steps hours at round hours of the day, as utcHour.every does', () => {
    const from = Date.UTC(2024, 8, 25, 7);
    const to = Date.UTC(2024, 8, 27, 5);
    const t = at(from, to, 800);
    expect(t).to.include({ unit: 'hour', step: 6 });
    expect(t.minor.map((m) => m.time)).to.deep.equal(
      utcHour
        .every(6)!
        .range(new Date(from), new Date(to + 1))
        .map(Number),
    );
    expect(t.minor.slice(0, 3).map((m) => m.label)).to.deep.equal([
      '12:00 PM',
      '6:00 PM',
      '12:00 AM',
    ]);
  });

  it('steps weeks of days on the 1st, 8th, 15th and 22nd, never the short stub at a month end', () => {
    const t = at(Date.UTC(2024, 7, 20), Date.UTC(2024, 10, 5), 800);
    expect(t).to.include({ unit: 'day', step: 7 });
    expect(t.minor.map((m) => m.label)).to.deep.equal([
      '22',
      '1',
      '8',
      '15',
      '22',
      '1',
      '8',
      '15',
      '22',
      '1',
    ]);
    const two = at(Date.UTC(2024, 7, 24), Date.UTC(2024, 8, 6), 300);
    expect(two).to.include({ unit: 'day', step: 2 });
    expect(two.minor.map((m) => m.label)).to.deep.equal(['25', '27', '1', '3', '5']);
    expect(two.major.map((m) => m.label)).to.deep.equal(['August 2024', 'September 2024']);
  });

  it('steps months by quarters of the year, as utcMonth.every does', () => {
    const from = Date.UTC(2020, 10, 1);
    const to = Date.UTC(2026, 2, 1);
    const t = at(from, to, 800);
    expect(t).to.include({ unit: 'month', step: 3 });
    expect(t.minor.map((m) => m.time)).to.deep.equal(
      utcMonth
        .every(3)!
        .range(new Date(from), new Date(to + 1))
        .map(Number),
    );
    expect(t.minor.slice(0, 4).map((m) => m.label)).to.deep.equal(['Jan', 'Apr', 'Jul', 'Oct']);
    expect(t.major.map((m) => m.label)).to.deep.equal([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('steps years across the era: round BC years count back from 1 BC', () => {
    const t = at(utcDate(-10), utcDate(12), 800);
    expect(t).to.include({ unit: 'year', step: 2 });
    expect(t.minor.map((m) => m.label)).to.deep.equal([
      '10 BC',
      '8 BC',
      '6 BC',
      '4 BC',
      '2 BC',
      '2',
      '4',
      '6',
      '8',
      '10',
      '12',
    ]);
    // 8 BC is astronomical year −7.
    expect(t.minor[1]!.time).to.equal(utcDate(-7));
    expect(t.major).to.deep.equal([]);
  });

  it('reaches the expanded years files may use, 200,000 BC to AD 199,999', () => {
    const t = at(utcDate(-212_000), utcDate(199_999), 900);
    expect(t).to.include({ unit: 'year', step: 50_000 });
    expect(t.minor.map((m) => m.label)).to.deep.equal([
      '200000 BC',
      '150000 BC',
      '100000 BC',
      '50000 BC',
      '50000',
      '100000',
      '150000',
    ]);
    expect(t.minor[0]!.time).to.equal(utcDate(-199_999));
  });
});
