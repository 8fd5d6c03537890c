import { expect } from '@open-wc/testing';
import { DEFAULT_GEOMETRY as G } from '../../src/layout/geometry.js';
import { MAX_EVENTS, MAX_FILE_CHARACTERS, MAX_NESTING } from '../../src/model/limits.js';
import { readEventData, readEventFile } from '../../src/model/read-events.js';
import { reportFor } from '../../src/model/report.js';
import { formatProblem } from '../../src/model/types.js';
import type { TimelineDocument } from '../../src/model/types.js';
import {
  axisLabels,
  detail,
  errorBox,
  errorText,
  eventEls,
  eventIds,
  nextEvent,
  settled,
  spanDays,
  timelineWith,
} from '../harness.js';
import { report as soakReport } from './instrument.js';

const lines = (doc: TimelineDocument) => doc.problems.map(formatProblem);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;

describe('limits: each a readable message, never a frozen tab', () => {
  it('refuses a file over 50 MB, saying how large it is', async () => {
    expect(MAX_FILE_CHARACTERS).to.equal(50_000_000);
    const over = ' '.repeat(73_400_000);
    const started = performance.now();
    const refused = lines(readEventFile(over));
    await soakReport(`limits: a 73.4 MB file refused in ${ms(started)}`);
    expect(refused).to.deep.equal([
      'the file is 73.4 MB, more than the 50 MB this timeline reads; split it into smaller files',
    ]);
    // Just over the limit never reads as "50.0 MB".
    expect(lines(readEventFile(' '.repeat(MAX_FILE_CHARACTERS + 1)))[0]).to.match(
      /^the file is 50\.1 MB/,
    );
    // At the limit the file is read (here: it is empty).
    expect(lines(readEventFile(' '.repeat(MAX_FILE_CHARACTERS)))).to.deep.equal([
      'the file is empty; expected { "events": [ … ] }',
    ]);
  });

  it('refuses more than 100,000 events in every format, before reading any', async () => {
    expect(MAX_EVENTS).to.equal(100_000);
    const many = Array.from({ length: MAX_EVENTS + 1 }, () => ({ title: 'x', start: '2024' }));
    const message =
      '100,001 events, more than the 100,000 this timeline can show; split the file into smaller ones, e.g. one per decade';
    expect(lines(readEventData(many))).to.deep.equal([message]);
    expect(lines(readEventData({ events: many }))).to.deep.equal([`events: ${message}`]);
    const timelineJs = many.map(() => ({ start_date: { year: 2024 } }));
    expect(lines(readEventData({ events: timelineJs }))).to.deep.equal([`events: ${message}`]);
    expect(lines(readEventFile(JSON.stringify(many)))).to.deep.equal([message]);
    expect(lines(readEventFile(`title,start\n${'x,2024\n'.repeat(MAX_EVENTS + 1)}`))).to.deep.equal(
      [
        '100,001 rows, more than the 100,000 this timeline can show; split the file into smaller ones, e.g. one per decade',
      ],
    );
    // A sparse list set from script is refused by its length, without walking a billion holes.
    const started = performance.now();
    expect(lines(readEventData(new Array(1e9)))[0]).to.match(/^1,000,000,000 events, more than/);
    expect(performance.now() - started).to.be.below(1000);
    await soakReport(`limits: a list of 1,000,000,000 (holes) refused in ${ms(started)}`);
    // The limit itself is allowed: 100,000 entries are read (here each is an error).
    expect(readEventData(new Array(MAX_EVENTS).fill(null)).problems).to.have.length(MAX_EVENTS);
  });

  it('leaves out more than 1,000 eras, keeping the events', () => {
    const eras = Array.from({ length: 1001 }, () => ({ title: 'e', start: '2020', end: '2021' }));
    const doc = readEventData({ eras, events: [{ title: 'kept', start: '2024' }] });
    expect(doc.events).to.have.length(1);
    expect(doc.eras).to.deep.equal([]);
    expect(lines(doc)).to.deep.equal([
      'eras: 1,001 eras, more than the 1,000 this timeline draws; eras are left out (keep the longest spans as eras, the rest as events)',
    ]);
    const timelineJs = readEventData({
      events: [{ start_date: { year: 2024 }, text: { headline: 'kept' } }],
      eras: eras.map(() => ({ start_date: { year: 2020 }, end_date: { year: 2021 } })),
    });
    expect(timelineJs.events).to.have.length(1);
    expect(lines(timelineJs)[0]).to.match(/^eras: 1,001 eras, more than the 1,000/);
  });

  it('rejects years beyond ±199,999 in every format, and draws the extremes', async () => {
    const far = readEventData([
      { title: 'a', start: '-300000' },
      { title: 'b', start: '+200000-01-01' },
      { title: 'c', start: '+99999999999' },
    ]);
    expect(lines(far)).to.deep.equal([
      'events[0].start: "-300000" is too far from today; write a year from -199999 to +199999',
      'events[1].start: "+200000-01-01" is too far from today; write a year from -199999 to +199999',
      'events[2].start: "+99999999999" is too far from today; write a year from -199999 to +199999',
    ]);
    const tjs = readEventData({
      events: [{ start_date: { year: 200_000 }, text: { headline: 'x' } }],
    });
    expect(lines(tjs)).to.deep.equal([
      'events[0].start_date.year: 200000 is not a year this timeline can show; write a whole number from -199999 to 199999, e.g. 2024 or -500 for 500 BCE',
    ]);
    expect(lines(readEventFile('title,start\nx,-1000000\n'))).to.deep.equal([
      'row 2 (line 2), start: "-1000000" is too far from today; write a year from -199999 to +199999',
    ]);

    // The furthest years allowed lay out, zoom all the way in and pan without losing the axis.
    const el = await timelineWith([
      { id: 'first', title: 'First', start: '-199999' },
      { id: 'last', title: 'Last', start: '+199999-12-31T23:59Z' },
    ]);
    expect(eventIds(el)).to.deep.equal(['first', 'last']);
    expect(axisLabels(el).length).to.be.greaterThan(1);
    el.zoomTo('+199999-12-31T23:00Z', '+199999-12-31T23:59Z');
    await settled(el);
    expect(spanDays(el) * 24).to.be.closeTo(1, 0.1);
    expect(eventIds(el)).to.include('last');
    expect(axisLabels(el).length).to.be.greaterThan(1);
    el.zoomTo('-199999', '-199998');
    await settled(el);
    expect(eventIds(el)).to.include('first');
    expect(axisLabels(el).every((label) => label !== '' && !label.includes('NaN'))).to.equal(true);
  });

  it('refuses nesting over 100 levels at once, with where it is, before parsing', async () => {
    expect(MAX_NESTING).to.equal(100);
    const message = (column: number) =>
      `lists and objects nest more than 100 levels deep (line 1, column ${column}); an event file needs at most 5: { "events": [ { "sources": [ { … } ] } ] }`;
    // Ten million levels: V8 alone takes about 20 s to parse this, and JSON.stringify throws.
    const started = performance.now();
    expect(lines(readEventFile(nested(10_000_000)))).to.deep.equal([message(101)]);
    expect(performance.now() - started).to.be.below(2000);
    await soakReport(`limits: 10,000,000 levels of nesting (20 MB) refused in ${ms(started)}`);
    const deepField = (depth: number) =>
      `{"events": [{"title": "t", "start": "2024", "extra": ${nested(depth)}}]}`;
    // 100 levels in all is fine (3 are the file's own); 101 is not.
    const fine = readEventFile(deepField(97));
    expect(fine.events).to.have.length(1);
    expect(lines(fine)).to.deep.equal([
      'warning: events[0].extra: unknown field, ignored (known: id, title, start, end, description, place, group, category, color, sources, media)',
    ]);
    expect(lines(readEventFile(deepField(98)))).to.deep.equal([message(151)]);
    // Brackets inside text, escaped quotes included, are not nesting.
    const text = JSON.stringify([{ title: `\\"${'['.repeat(500)}`, start: '2024' }]);
    expect(readEventFile(text).events).to.have.length(1);
    expect(lines(readEventFile(`\n  ${nested(200)}`))[0]).to.contain('(line 2, column 103)');
  });

  it('reads deeply nested and cyclic values set from script without walking them', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = { title: 'loop' };
    cyclic.self = cyclic;
    const doc = readEventData({
      events: [{ title: 'a', start: '2024', extra: deep, sources: [deep, cyclic] }, cyclic],
      eras: [cyclic],
    });
    expect(doc.events.map((e) => e.title)).to.deep.equal(['a']);
    expect(lines(doc)).to.include(
      'events[1].start: missing; give the date it happened, e.g. "2024-09-25" or "2024-09"',
    );
    // TimelineJS's `scale` used to be written into its warning with JSON.stringify, which
    // throws on a value nested this deep or referring to itself.
    for (const scale of [deep, cyclic, 10n]) {
      const tjs = readEventData({
        scale,
        events: [{ start_date: { year: 2024 }, text: { headline: 'x' } }],
      });
      expect(tjs.events).to.have.length(1);
      expect(lines(tjs)[0]).to.match(
        /^warning: scale: (a list|an object|a bigint \(10\)) is not supported/,
      );
    }
  });

  it('lists at most 100 problems, then says how many more, and stays quick', async () => {
    const bad = Array.from({ length: 20_000 }, (_, i) => ({ title: `x${i}`, start: 'soon' }));
    const doc = readEventData([{ title: 'ok', start: '2024' }, ...bad]);
    const report = reportFor(doc, 'the events property')!;
    expect(report.message).to.equal(
      '20,000 of 20,001 events in the events property could not be shown',
    );
    expect(report.problems).to.have.length(101);
    expect(report.total).to.equal(20_000);
    expect(report.problems[100]).to.equal(
      '… and 19,900 more problems; fix the ones above first, or list them all with npx event-timeline validate',
    );
    const el = await timelineWith([]);
    const failed = nextEvent(el, 'timeline-error');
    const started = performance.now();
    el.events = [{ title: 'ok', start: '2024' }, ...bad];
    expect((await failed).detail.problems).to.have.length(101);
    await settled(el);
    await soakReport(`limits: 20,000 broken events read and reported in ${ms(started)}`);
    expect(errorBox(el)!.querySelectorAll('li').length).to.equal(101);
    expect(errorBox(el)!.querySelector('summary')!.textContent).to.equal(
      '20000 problems in the data',
    );
    expect(errorText(el)).to.equal(
      '20,000 of 20,001 events in the events property could not be shown',
    );
  });

  it('keeps a 1 MB title and draws it capped, in the timeline, the details and the list', async () => {
    const title = `${'A long title. '.repeat(75_000)}end`;
    expect(title.length).to.be.greaterThan(1_000_000);
    let started = performance.now();
    const el = await timelineWith([
      { id: 'big', title, start: '2024-01-01', description: title, place: title },
      { id: 'small', title: 'Small', start: '2024-06-01' },
    ]);
    const times = [`timeline ${ms(started)}`];
    const button = eventEls(el)[0]!;
    expect(button.getAttribute('aria-label')!.startsWith(`${title}, `)).to.equal(true);
    // A point event's button is its dot and its label, which is capped.
    expect(button.getBoundingClientRect().width).to.be.at.most(
      G.labelInset + G.maxLabelWidth + 1.5,
    );
    expect(eventEls(el)[1]!.getBoundingClientRect().left).to.be.greaterThan(0);
    started = performance.now();
    // At once: the time measured is the details', not a glide's.
    el.select('big', { duration: 0 });
    await settled(el);
    times.push(`details ${ms(started)}`);
    expect(detail(el)!.querySelector('h2')!.textContent).to.equal(title.trim());
    started = performance.now();
    el.view = 'list';
    await settled(el);
    times.push(`list ${ms(started)}`);
    expect(el.shadowRoot!.querySelector('.list-event')!.textContent.trim()).to.equal(title.trim());
    await soakReport(
      `limits: a 1 MB title (also as description and place) shown: ${times.join(', ')}`,
    );
  });
});
