import { expect } from '@open-wc/testing';
import { readEventData, readEventFile } from '../../src/model/read-events.js';
import { formatProblem } from '../../src/model/types.js';
import type { TimelineDocument } from '../../src/model/types.js';
import article from '../../data/events.json' with { type: 'json' };

const messages = (doc: TimelineDocument) => doc.problems.map(formatProblem);

describe('readEventData', () => {
  it('reads the article file: every event, with its sources and precision', () => {
    const doc = readEventData(article);
    expect(doc.problems).to.deep.equal([]);
    expect(doc.events.map((e) => e.id)).to.include.members([
      'action-plan',
      'side-event',
      'workshop-2',
    ]);
    const plan = doc.events.find((e) => e.id === 'action-plan')!;
    expect(plan.start.text).to.equal('2024-09-25');
    expect(plan.sources[0]!.url).to.match(/^https:\/\//);
    for (const event of doc.events) expect(event.title).to.be.a('string').and.not.equal('');
  });

  it('accepts a bare list of events and derives stable ids', () => {
    const list = [
      { title: 'Launch day', start: '2024-09' },
      { title: 'Launch day', start: '2024-09' },
    ];
    const doc = readEventData(list);
    expect(doc.events.map((e) => e.id)).to.deep.equal([
      'launch-day-2024-09',
      'launch-day-2024-09-2',
    ]);
    expect(readEventData(list).events.map((e) => e.id)).to.deep.equal(doc.events.map((e) => e.id));
  });

  it('trims text and dates, and keeps the keys of every event in one order', () => {
    const doc = readEventData([
      { id: ' a ', title: '  Opening\u00a0', start: '2024-09-25', group: 'Talks' },
      { id: 'b', title: 'Close', start: ' 2024-09-25 ', end: '2024-09-26', place: 'Hall' },
      { id: 'c', title: 'Élan', start: '2024-09-25' },
    ]);
    expect(doc.problems).to.deep.equal([]);
    const [a, b, c] = doc.events;
    expect([a!.id, a!.title, c!.title]).to.deep.equal(['a', 'Opening', 'Élan']);
    expect(b!.start.text).to.equal('2024-09-25');
    // The keys of each event in their one order, whatever fields it has.
    expect(Object.keys(a!)).to.deep.equal(['id', 'title', 'start', 'end', 'group', 'sources']);
    expect(Object.keys(b!)).to.deep.equal(['id', 'title', 'start', 'end', 'place', 'sources']);
    expect(Object.keys(c!)).to.deep.equal(['id', 'title', 'start', 'end', 'sources']);
  });

  it('names the event, the field, the fault and the fix', () => {
    const doc = readEventData({
      events: [
        { title: 'Fine', start: '2024-09-25' },
        { title: 'Bad start', start: 'Sept 2024' },
        { start: '2024-01-01' },
        { title: 'Backwards', start: '2024-09-25', end: '2024-09-01' },
        { title: 'Number', start: 2024 },
        'just text',
      ],
    });
    expect(doc.events.map((e) => e.title)).to.deep.equal(['Fine']);
    expect(doc.total).to.equal(6);
    expect(messages(doc)).to.deep.equal([
      'events[1].start: "Sept 2024" is not a date; write 2024-09',
      'events[2].title: missing; every event needs a title',
      'events[3].end: "2024-09-01" is before the start "2024-09-25"; an event cannot end before it starts',
      'events[4].start: 2024 is a number; write the date as text: "2024"',
      'events[5]: expected an event object like { "title": …, "start": … }, got the text "just text"',
    ]);
  });

  it('lets an end at coarser precision contain the start', () => {
    const doc = readEventData([{ title: 'Within', start: '2024-09-25', end: '2024-09' }]);
    expect(doc.problems).to.deep.equal([]);
  });

  it('rejects a repeated id and keeps the first', () => {
    const doc = readEventData([
      { id: 'a', title: 'First', start: '2024' },
      { id: 'a', title: 'Second', start: '2025' },
    ]);
    expect(doc.events.map((e) => e.title)).to.deep.equal(['First']);
    expect(messages(doc)).to.deep.equal([
      'events[1].id: "a" is already the id of events[0]; ids must be unique',
    ]);
  });

  it('keeps only http(s) sources as links and warns about the rest', () => {
    const doc = readEventData([
      {
        title: 'Links',
        start: '2024',
        sources: [
          { title: 'Good', url: 'https://example.org/a' },
          { title: 'Script', url: 'javascript:alert(1)' },
        ],
      },
    ]);
    expect(doc.events[0]!.sources).to.deep.equal([
      { title: 'Good', url: 'https://example.org/a' },
      { title: 'Script', url: undefined },
    ]);
    expect(messages(doc)).to.deep.equal([
      'warning: events[0].sources[1].url: "javascript:alert(1)" is not an http(s) link; it is shown as text, not as a link',
    ]);
  });

  it('warns about unknown fields without dropping the event', () => {
    const doc = readEventData([{ title: 'Extra', start: '2024', colour: 'red' }]);
    expect(doc.events).to.have.length(1);
    expect(messages(doc)[0]).to.match(/^warning: events\[0\]\.colour: unknown field, ignored/);
  });

  it('explains a top level that is not an event file', () => {
    expect(messages(readEventData({ items: [] }))).to.deep.equal([
      'the file has no "events" list; expected { "events": [ … ] } or a list of events',
    ]);
    expect(messages(readEventData(42))).to.deep.equal([
      'expected an object with an "events" list or a list of events, got a number (42)',
    ]);
  });
});

describe('readEventFile', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const doc = readEventFile('{\n  "events": [\n    { "title": "x", }\n  ]\n}');
    expect(doc.events).to.deep.equal([]);
    expect(messages(doc)[0]).to.match(/^not valid JSON: .*line 3,? column \d+/);
  });

  it('says so when the file is empty', () => {
    expect(messages(readEventFile('  \n'))).to.deep.equal([
      'the file is empty; expected { "events": [ … ] }',
    ]);
  });
});
