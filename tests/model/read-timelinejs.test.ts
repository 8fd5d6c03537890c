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
      sources: [],
      media: { url: 'https://example.org/a11', caption: 'NASA history' },
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
      'warning: events[6].text.headline: missing; the event is titled "no headline" from the start of its text',
      'events[7].start_date: missing; every TimelineJS event needs a start_date like { "year": 2024 }',
      'events[8].end_date: "2023" is before the start "2024"; an event cannot end before it starts',
      'events[9].start_date: must be an object like { "year": 2024, "month": 9 }, got the text "2024"',
      'warning: events[12].start_date.year: there is no year 0; read as 1 BCE (write -1)',
      'warning: events[12].when: unknown field, ignored (known: start_date, end_date, text, media, group, display_date, unique_id)',
      'events[11].unique_id: "x" is already the id of events[10]; ids must be unique',
    ]);
    expect(doc.events).to.have.length(3);
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

  it('reads eras, and leaves out media without an http(s) or relative address', () => {
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
    expect(doc.events[0]!.media).to.equal(undefined);
    expect(messages(doc)).to.deep.equal([
      'eras[2].end_date: missing; a TimelineJS era needs a start_date and an end_date',
      'warning: events[0].media.url: "<blockquote>embed</blockquote>" is not an http(s) address or one relative to the file; the media is left out',
    ]);
  });

  it('reads media as written, an embed code by its address (never the embed), HTML as text', () => {
    const doc = read(
      event({
        media: {
          url: ' photos/a11.jpg ',
          caption: '<b>Eagle</b>',
          credit: '<a href="https://nasa.gov">NASA</a> &amp; friends',
          alt: 'The lunar module',
          thumbnail: 'https://example.org/t.jpg',
          title: 'ignored',
          link: 'https://example.org',
        },
      }),
      event({
        media: {
          url: '<iframe src="https://www.youtube.com/embed/abc?x=1&amp;y=2"></iframe>',
        },
      }),
      event({ media: { url: 'https://example.org/v', thumbnail: 'data:image/png;base64,AA' } }),
      event({ media: { url: '' } }),
      event({ media: 'https://example.org/a.jpg' }),
    );
    expect(doc.events.map((e) => e.media)).to.deep.equal([
      {
        url: 'photos/a11.jpg',
        alt: 'The lunar module',
        caption: 'Eagle',
        credit: 'NASA & friends',
        thumbnail: 'https://example.org/t.jpg',
      },
      { url: 'https://www.youtube.com/embed/abc?x=1&y=2' },
      { url: 'https://example.org/v' },
      undefined,
      undefined,
    ]);
    expect(messages(doc)).to.deep.equal([
      'warning: events[2].media.thumbnail: "data:image/png;base64,AA" is not an http(s) address or one relative to the file; the thumbnail is left out',
      'warning: events[4].media: must be an object like { "url": … }, got the text "https://example.org/a.jpg"; ignored',
    ]);
    // Absent media is no key at all: 100,000 events carry nothing for it.
    expect('media' in doc.events[3]!).to.equal(false);
  });

  it('keeps a slide without a headline, titled by its display date, caption, text or date', () => {
    const doc = read(
      { start_date: { year: 1969 }, display_date: '<i>Summer</i> 1969', text: { text: 'x' } },
      { start_date: { year: 1969 }, media: { url: 'a.jpg', caption: 'A photo' } },
      {
        start_date: { year: 1969 },
        text: { text: '<p>One two three four five six seven eight nine</p>' },
      },
      { start_date: { year: 1969, month: 7 }, text: { headline: ' ' } },
    );
    expect(doc.events.map((e) => e.title)).to.deep.equal([
      'Summer 1969',
      'A photo',
      'One two three four five six seven eight…',
      '1969-07',
    ]);
    expect(messages(doc)).to.deep.equal([
      'warning: events[0].text.headline: missing; the event is titled "Summer 1969" from its display date',
      'warning: events[1].text.headline: missing; the event is titled "A photo" from its media caption',
      'warning: events[2].text.headline: missing; the event is titled "One two three four five six seven eight…" from the start of its text',
      'warning: events[3].text.headline: missing; the event is titled "1969-07" from its date',
    ]);
  });

  it("ignores TimelineJS's background and autolink and StoryMap's location and type quietly", () => {
    const quiet = {
      background: { color: '#000' },
      autolink: false,
      location: { lat: 1 },
      type: 'x',
    };
    const doc = read(...Array.from({ length: 50 }, () => event(quiet)));
    expect(messages(doc)).to.deep.equal([]);
    expect(doc.events).to.have.length(50);
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

describe('readEventData: TimelineJS 2 files', () => {
  const tl2 = (timeline: Record<string, unknown>) => readEventData({ timeline });

  it('reads the timeline: headline as title, dates at their precision, tags as groups, assets as media', () => {
    const doc = tl2({
      headline: 'The <b>Space</b> Race',
      type: 'default',
      text: '<p>Intro</p>',
      date: [
        {
          startDate: '1969,7,20,20,17',
          endDate: '1969,7,21',
          headline: 'Apollo 11',
          text: '<p>Landed</p>',
          tag: 'Apollo',
          asset: { media: 'https://vimeo.com/1', thumbnail: 'a.jpg', caption: 'Film', credit: '' },
        },
        { startDate: '1961', endDate: '1961', headline: 'A year', tag: '' },
        { startDate: '-500,3', headline: 'BCE' },
      ],
      era: [{ startDate: '1961,1,1', endDate: '1972,12,31', headline: 'Race', tag: '' }],
    });
    expect(messages(doc)).to.deep.equal([]);
    expect(doc.title).to.equal('The Space Race');
    expect(doc.description).to.equal('Intro');
    expect(
      doc.events.map((e) => [e.title, e.start.text, e.end?.text, e.group, e.description]),
    ).to.deep.equal([
      ['Apollo 11', '1969-07-20T20:17', '1969-07-21', 'Apollo', 'Landed'],
      ['A year', '1961', undefined, undefined, undefined],
      ['BCE', '-0499-03', undefined, undefined, undefined],
    ]);
    expect(doc.events[0]!.media).to.deep.equal({
      url: 'https://vimeo.com/1',
      caption: 'Film',
      thumbnail: 'a.jpg',
    });
    expect(doc.eras!.map((e) => [e.title, e.start.text, e.end.text])).to.deep.equal([
      ['Race', '1961-01-01', '1972-12-31'],
    ]);
  });

  it('names its own paths in messages', () => {
    const doc = tl2({
      date: [
        { startDate: '2011,2,30', headline: 'Day' },
        { startDate: 2011, endDate: '2010', headline: 'Backwards' },
        'text',
        { startDate: '2011', asset: { media: 'mailto:a@b.c' } },
        { startDate: '2011', headline: 'Extra', colour: 'red' },
      ],
      era: [{ startDate: '2011' }],
      extra: 1,
    });
    expect(messages(doc)).to.deep.equal([
      'warning: timeline.extra: unknown field, ignored (known: headline, type, text, startDate, asset, date, era, chart)',
      'timeline.era[0].endDate: missing; a TimelineJS 2 era needs a startDate and an endDate',
      'timeline.date[0].startDate: "30" is not a day in 2011-02; write 1–28',
      'timeline.date[1].endDate: "2010" is before the start "2011"; an event cannot end before it starts',
      'timeline.date[2]: expected an event object like { "startDate": "2011,3,23", "headline": … }, got the text "text"',
      'warning: timeline.date[3].asset.media: "mailto:a@b.c" is not an http(s) address or one relative to the file; the media is left out',
      'warning: timeline.date[3].headline: missing; the event is titled "2011" from its date',
      'warning: timeline.date[4].colour: unknown field, ignored (known: startDate, endDate, headline, text, asset, tag, classname)',
    ]);
    expect(doc.total).to.equal(5);
    expect(doc.events).to.have.length(2);
  });
});
