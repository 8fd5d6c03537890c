import { expect } from '@open-wc/testing';
import { readEventData } from '../../src/model/read-events.js';
import { parseColor } from '../../src/model/read-color.js';
import { formatProblem } from '../../src/model/types.js';
import type { TimelineDocument } from '../../src/model/types.js';

const messages = (doc: TimelineDocument) => doc.problems.map(formatProblem);

describe('parseColor', () => {
  it('accepts hex, rgb()/hsl() with numbers and CSS colour names', () => {
    for (const color of [
      '#abc',
      '#abcd',
      '#1f77b4',
      '#1F77B480',
      'rgb(31, 119, 180)',
      'rgba(31,119,180,0.5)',
      'rgb(31 119 180 / 50%)',
      'hsl(205deg 70% 41%)',
      'hsla(205, 70%, 41%, .5)',
      'teal',
      'RebeccaPurple',
      'transparent',
    ]) {
      expect(parseColor(color), color).to.equal(color.toLowerCase());
    }
  });

  it('refuses anything that could carry more than a colour into a style', () => {
    for (const color of [
      'url(https://example.org/x.png)',
      'red; background: url(x)',
      'red}',
      'expression(alert(1))',
      'var(--x)',
      'rgb(calc(1), 2, 3)',
      'rgb(1, 2)',
      '#12345',
      'blurple',
      'currentcolor',
      '',
    ]) {
      expect(parseColor(color), color).to.equal(undefined);
    }
  });
});

describe('readEventData: colour, category, open ends and eras', () => {
  it('keeps a valid colour and a category, and warns about a refused colour', () => {
    const doc = readEventData([
      { title: 'A', start: '2024', color: ' #1F77B4 ', category: ' Treaty ' },
      { title: 'B', start: '2024', color: 'url(x)' },
      { title: 'C', start: '2024', color: 7 },
    ]);
    expect(doc.events.map((e) => [e.color, e.category])).to.deep.equal([
      ['#1f77b4', 'Treaty'],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(messages(doc)).to.deep.equal([
      'warning: events[1].color: "url(x)" is not a colour; write #rrggbb, rgb(…) or hsl(…) with numbers, or a CSS colour name such as "teal"; ignored',
      'warning: events[2].color: must be a colour as text such as "#1f77b4", got a number (7); ignored',
    ]);
  });

  it('reads ".." as an open end and an empty end as no end', () => {
    const doc = readEventData([
      { id: 'open', title: 'Still going', start: '2020', end: '..' },
      { id: 'none', title: 'One day', start: '2020-05-01', end: '' },
    ]);
    expect(doc.problems).to.deep.equal([]);
    const [open, none] = doc.events;
    expect(open).to.include({ openEnd: true, end: undefined });
    expect(none!.end).to.equal(undefined);
    expect(none).to.not.have.property('openEnd');
  });

  it('allows ".." only as an end', () => {
    expect(messages(readEventData([{ title: 'X', start: '..' }]))).to.deep.equal([
      'events[0].start: ".." (an open end) can only end an event; write a date here',
    ]);
  });

  it('reads eras with the same dates and messages', () => {
    const doc = readEventData({
      eras: [
        { title: 'Cold War', start: '1947', end: '1991-12-26', color: 'lavender' },
        { title: 'Backwards', start: '1991', end: '1947' },
        { title: 'No end', start: '1991' },
        { start: '1991', end: 'Sept 1992', shade: 1 },
      ],
      events: [{ title: 'A', start: '1961-04-12' }],
    });
    expect(doc.eras).to.have.length(1);
    expect(doc.eras![0]).to.deep.include({ title: 'Cold War', color: 'lavender' });
    expect(doc.eras![0]!.end.precision).to.equal('day');
    expect(doc.events).to.have.length(1);
    expect(messages(doc)).to.deep.equal([
      'eras[1].end: "1947" is before the start "1991"; an era cannot end before it starts',
      'eras[2].end: missing; give the date it ended, e.g. "1945-09-02"',
      'eras[3].title: missing; every era needs a title',
      'eras[3].end: "Sept 1992" is not a date; write 1992-09',
      'warning: eras[3].shade: unknown field, ignored (known: title, start, end, color)',
    ]);
  });

  it('rejects eras that are not a list, and keeps the events', () => {
    const doc = readEventData({ eras: { title: 'x' }, events: [{ title: 'A', start: '2024' }] });
    expect(doc.events).to.have.length(1);
    expect(messages(doc)).to.deep.equal([
      'eras: must be a list like [{ "title": …, "start": …, "end": … }], got an object',
    ]);
  });

  it('warns about a title or description that is not text', () => {
    const doc = readEventData({ title: 5, description: ['x'], events: [] });
    expect(messages(doc)).to.deep.equal([
      'warning: title: must be text, got a number (5); ignored',
      'warning: description: must be text, got a list; ignored',
    ]);
  });

  it('derives ids from qualified and early dates', () => {
    const doc = readEventData([
      { title: 'Rome', start: '-0752~' },
      { title: 'Rome', start: '2024?' },
    ]);
    expect(doc.events.map((e) => e.id)).to.deep.equal(['rome--0752', 'rome-2024']);
  });
});
