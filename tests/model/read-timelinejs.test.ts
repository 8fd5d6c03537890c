import { expect } from '@open-wc/testing';
import { readEventData } from '../../src/model/read-events.js';
import { htmlToText } from '../../src/model/html-text.js';
import { formatProblem } from '../../src/model/types.js';
import type { TimelineDocument } from '../../src/model/types.js';

const messages = (doc: TimelineDocument) => doc.problems.map(formatProblem);
const iso = (t: number) => new Date(t).toISOString();
const event = (fields: Record<string, unknown>) => ({
  start_date: { year: 2024 },
  text: { headline: 'E' },
  ...fields,
});
const read = (...events: unknown[]) => readEventData({ events });

describe('readEventData: TimelineJS3 files', () => {
  it('maps a full event without losing precision', () => {
    const doc = readEventData({
      title: { text: { headline: 'The <i>Space</i> Race', text: '<p>From Sputnik &amp; on.</p>' } },
      events: [
        {
          start_date: { year: '1969', month: '7', day: '20', hour: '20', minute: '17' },
          end_date: { year: 1969, month: 7, day: 21 },
          text: {
            headline: 'Apollo 11 lands',
            text: '<p>The <b>Eagle</b> has landed.</p><p>Second&nbsp;paragraph &lt;b&gt;</p>',
          },
          group: 'Apollo',
          unique_id: 'apollo-11',
          media: { url: 'https://example.org/a11', caption: 'NASA <em>history</em>' },
          background: { color: '#000' },
        },
      ],
    });
    expect(messages(doc)).to.deep.equal([]);
    expect(doc.title).to.equal('The Space Race');
    expect(doc.description).to.equal('From Sputnik & on.');
    const [e] = doc.events;
    expect(e).to.deep.include({
      id: 'apollo-11',
      title: 'Apollo 11 lands',
      description: 'The Eagle has landed.\n\nSecond\u00a0paragraph <b>',
      group: 'Apollo',
      sources: [{ title: 'NASA history', url: 'https://example.org/a11' }],
    });
    expect(e!.start).to.deep.equal({
      time: Date.UTC(1969, 6, 20, 20, 17),
      precision: 'minute',
      zoned: false,
      text: '1969-07-20T20:17',
    });
    expect(e!.end).to.include({ precision: 'day', text: '1969-07-21' });
  });

  it('keeps the precision of each date object', () => {
    const doc = read(
      event({ start_date: { year: 2024 } }),
      event({ start_date: { year: 2024, month: 9 } }),
      event({ start_date: { year: 2024, month: 9, day: 25, hour: 14 } }),
      event({ start_date: { year: 2024, month: 9, day: 25, hour: 14, minute: 5, second: 9 } }),
      event({
        start_date: {
          year: 2024,
          month: 9,
          day: 25,
          hour: 1,
          minute: 2,
          second: 3,
          millisecond: 4,
        },
      }),
      event({ start_date: { year: '2024', month: '', day: '' } }),
    );
    expect(doc.events.map((e) => [e.start.precision, e.start.text])).to.deep.equal([
      ['year', '2024'],
      ['month', '2024-09'],
      ['minute', '2024-09-25T14:00'],
      ['second', '2024-09-25T14:05:09'],
      ['millisecond', '2024-09-25T01:02:03.004'],
      ['year', '2024'],
    ]);
  });

  it('reads negative years as TimelineJS shows them: -500 is 500 BCE', () => {
    const doc = read(event({ start_date: { year: '-500' } }), event({ start_date: { year: -1 } }));
    expect(doc.events.map((e) => e.start.text)).to.deep.equal(['-0499', '0000']);
    expect(iso(doc.events[0]!.start.time)).to.equal('-000499-01-01T00:00:00.000Z');
  });

  it('names TimelineJS paths in its messages', () => {
    const doc = read(
      event({ start_date: { year: 2024, month: '13' } }),
      event({ start_date: { year: 2023, month: 2, day: 29 } }),
      event({ start_date: { year: 'MMXXIV' } }),
      event({ start_date: { month: 9 } }),
      event({ start_date: { year: 2024, day: 5 } }),
      event({ start_date: { year: 2024, month: 9, hour: 25, minute: 61 } }),
      event({ text: { text: 'no headline' } }),
      { text: { headline: 'no date' } },
      event({ start_date: { year: 2024 }, end_date: { year: 2023 } }),
      event({ start_date: '2024' }),
      event({ unique_id: 'x' }),
      event({ unique_id: 'x', start_date: { year: 2025 } }),
      event({ start_date: { year: 0 }, when: 'now' }),
    );
    expect(messages(doc)).to.deep.equal([
      'events[0].start_date.month: "13" is not a month; write 1–12',
      'events[1].start_date.day: 29 is not a day in 2023-02; write 1–28',
      'events[2].start_date.year: "MMXXIV" is not a year this timeline can show; write a whole number from -199999 to 199999, e.g. 2024 or -500 for 500 BCE',
      'events[3].start_date.year: missing; a TimelineJS date needs at least a year',
      'events[4].start_date.month: missing; a date with a day needs its month',
      'events[5].start_date.hour: 25 is not an hour; write 0–23',
      'events[5].start_date.minute: 61 is not a minute; write 0–59',
      'events[6].text.headline: missing; every event needs a title',
      'events[7].start_date: missing; every TimelineJS event needs a start_date like { "year": 2024 }',
      'events[8].end_date: "2023" is before the start "2024"; an event cannot end before it starts',
      'events[9].start_date: must be an object like { "year": 2024, "month": 9 }, got the text "2024"',
      'warning: events[12].start_date.year: there is no year 0; read as 1 BCE (write -1)',
      'warning: events[12].when: unknown field, ignored (known: start_date, end_date, text, media, group, display_date, unique_id, background, autolink)',
      'events[11].unique_id: "x" is already the id of events[10]; ids must be unique',
    ]);
    expect(doc.events).to.have.length(2);
    expect(doc.total).to.equal(13);
  });

  it('keeps display dates and skips an empty end_date', () => {
    const doc = read(
      event({ display_date: 'Summer 2024', end_date: { year: '', month: '' } }),
      event({
        start_date: { year: 1900, display_date: 'c. 1900' },
        end_date: { year: 1910, display_date: '1910' },
      }),
    );
    expect(messages(doc)).to.deep.equal([]);
    expect(doc.events.map((e) => [e.displayDate, e.end?.text])).to.deep.equal([
      ['Summer 2024', undefined],
      ['c. 1900 – 1910', '1910'],
    ]);
  });

  it('reads eras, and leaves media that is not an http(s) link out of the sources', () => {
    const doc = readEventData({
      scale: 'human',
      eras: [
        { start_date: { year: 1961 }, end_date: { year: 1963 }, text: { headline: 'Vostok' } },
        { start_date: { year: 1965 }, end_date: { year: 1966 } },
        { start_date: { year: 1970 } },
      ],
      events: [event({ media: { url: '<blockquote>embed</blockquote>' } })],
    });
    expect(doc.eras!.map((e) => [e.title, e.start.text, e.end.text])).to.deep.equal([
      ['Vostok', '1961', '1963'],
      ['', '1965', '1966'],
    ]);
    expect(doc.events[0]!.sources).to.deep.equal([]);
    expect(messages(doc)).to.deep.equal([
      'eras[2].end_date: missing; a TimelineJS era needs a start_date and an end_date',
    ]);
  });

  it('warns about a cosmological scale', () => {
    const doc = readEventData({ scale: 'cosmological', events: [event({})] });
    expect(messages(doc)).to.deep.equal([
      'warning: scale: "cosmological" is not supported; dates are read as calendar dates ("human")',
    ]);
  });
});

describe('htmlToText', () => {
  it('drops tags and scripts, decodes entities and keeps paragraph breaks', () => {
    expect(
      htmlToText(
        '<p>One\n  line</p><script>alert(1)</script><p>Two<br>lines &amp; &#8212; &#x2019; &bogus;</p><ul><li>a</li><li>b</li></ul>',
      ),
    ).to.equal('One line\n\nTwo\nlines & — ’ &bogus;\n\n• a\n• b');
    expect(htmlToText('<img src=x onerror=alert(1)>&lt;img&gt;')).to.equal('<img>');
  });
});
