import { expect } from '@open-wc/testing';
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
