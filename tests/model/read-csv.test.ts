import { expect } from '@open-wc/testing';
import { readEventFile } from '../../src/model/read-events.js';
import { formatProblem } from '../../src/model/types.js';
import type { TimelineDocument } from '../../src/model/types.js';

const messages = (doc: TimelineDocument) => doc.problems.map(formatProblem);

describe('readEventFile: CSV', () => {
  it('reads columns in any order and case, with sources, colour and category', () => {
    const doc = readEventFile(
      '\uFEFFStart,Title,End,Source_URL,Source_Title,Color,Category,Group\r\n' +
        '2024-09-03,First workshop,2024-09-06,https://example.org/a,UN press release,#1f77b4,Workshops,UN\r\n' +
        '2020,Still going,..,,,,,\r\n',
    );
    expect(messages(doc)).to.deep.equal([]);
    expect(doc.total).to.equal(2);
    const [first, open] = doc.events;
    expect(first).to.deep.include({
      id: 'first-workshop-2024-09-03',
      title: 'First workshop',
      color: '#1f77b4',
      category: 'Workshops',
      group: 'UN',
      sources: [{ title: 'UN press release', url: 'https://example.org/a' }],
    });
    expect(first!.end!.text).to.equal('2024-09-06');
    expect(open).to.include({ openEnd: true, end: undefined });
    expect(open!.sources).to.deep.equal([]);
  });

  it('names the spreadsheet row and the line where it starts', () => {
    const doc = readEventFile(
      [
        'title,start,end,description',
        'Fine,2024,,',
        '"Two-line","2024","","A ""quoted""',
        'description"',
        'Bad start,Sept 2024,,',
        ',2024,,',
        '',
        'Backwards,2024-09-25,2024-09-01,',
      ].join('\n'),
    );
    expect(doc.events.map((e) => e.title)).to.deep.equal(['Fine', 'Two-line']);
    expect(doc.events[1]!.description).to.equal('A "quoted"\ndescription');
    expect(doc.total).to.equal(5);
    expect(messages(doc)).to.deep.equal([
      'row 4 (line 5), start: "Sept 2024" is not a date; write 2024-09',
      'row 5 (line 6), title: missing; every event needs a title',
      'row 7 (line 8), end: "2024-09-01" is before the start "2024-09-25"; an event cannot end before it starts',
    ]);
  });

  it('warns about unknown and repeated columns and extra cells, and unsafe links', () => {
    const doc = readEventFile(
      'title,start,colour,Start,source_url\nA,2024,red,2025,javascript:alert(1),extra\n',
    );
    expect(doc.events).to.have.length(1);
    expect(doc.events[0]!.start.text).to.equal('2024');
    expect(messages(doc)).to.deep.equal([
      'warning: line 1 (header), "colour": unknown column, ignored (known: title, start, end, description, place, group, id, color, category, source_url, source_title, media_url, media_alt, media_caption, media_credit)',
      'warning: line 1 (header), "Start": the column appears twice; the first one is used',
      'warning: row 2 (line 2): 6 cells, but the header names 5 columns; the extra cells are ignored',
      'warning: row 2 (line 2), source_url: "javascript:alert(1)" is not an http(s) link; it is shown as text, not as a link',
    ]);
  });

  it('rejects repeated ids with both rows named', () => {
    const doc = readEventFile('id,title,start\na,First,2024\na,Second,2025\n');
    expect(messages(doc)).to.deep.equal([
      'row 3 (line 3), id: "a" is already the id of row 2 (line 2); ids must be unique',
    ]);
  });

  it('explains a header without the required columns', () => {
    expect(messages(readEventFile('name,date\nA,2024\n'))).to.deep.equal([
      'warning: line 1 (header), "name": unknown column, ignored (known: title, start, end, description, place, group, id, color, category, source_url, source_title, media_url, media_alt, media_caption, media_credit)',
      'warning: line 1 (header), "date": unknown column, ignored (known: title, start, end, description, place, group, id, color, category, source_url, source_title, media_url, media_alt, media_caption, media_credit)',
      'line 1 (header): no "title" or "start" column; the first line names the columns, e.g. title,start,end,description (a JSON event file starts with { or [)',
    ]);
  });

  it('reads a header alone as no events', () => {
    const doc = readEventFile('title,start\n');
    expect(doc).to.deep.include({ total: 0, problems: [] });
  });
  it('reads media from media_url, media_alt, media_caption and media_credit', () => {
    const doc = readEventFile(
      'title,start,media_url,media_alt,media_caption,media_credit\n' +
        'A,2024,photos/a.jpg,A lake,"The lake, in May",Photo: Me\n' +
        'B,2024,javascript:x,,,\n' +
        'C,2024,,Alt only,,\n',
    );
    expect(doc.events.map((e) => e.media)).to.deep.equal([
      { url: 'photos/a.jpg', alt: 'A lake', caption: 'The lake, in May', credit: 'Photo: Me' },
      undefined,
      undefined,
    ]);
    expect(messages(doc)).to.deep.equal([
      'warning: row 3 (line 3), media_url: "javascript:x" is not an http(s) address or one relative to the file; the media is left out',
      'warning: row 4 (line 4), media_url: missing; give the image\'s or the page\'s address, e.g. "https://…/photo.jpg"; the media is left out',
    ]);
  });
});

const SHEET_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe("readEventFile: TimelineJS's spreadsheet template as CSV", () => {
  it('reads the title row, an era row and events at the precision given', () => {
    const doc = readEventFile(
      [
        SHEET_HEADER,
        ',,,,,,,,,<b>Space</b> race,<p>Intro</p>,,,,,title,,',
        '1957,,,,1975,,,,,The race,,,,,,era,,#000',
        '1957,10,4,19:28:34,,,,,,Sputnik,,,,,,,USSR,',
        '-500,,,,,,,,c. 500 BCE,Old,,,,,,,,',
        '1969,7,20,,1969,7,21,,,Apollo 11,"<p>Landed,</p><p>then left</p>",x.jpg,<i>NASA</i>,Eagle,,,USA,',
        ',,,,,,,,,,,,,,,,,',
      ].join('\r\n'),
    );
    expect(messages(doc)).to.deep.equal([]);
    expect([doc.title, doc.description]).to.deep.equal(['Space race', 'Intro']);
    expect(doc.eras!.map((e) => [e.title, e.start.text, e.end.text])).to.deep.equal([
      ['The race', '1957', '1975'],
    ]);
    expect(
      doc.events.map((e) => [e.title, e.start.text, e.start.precision, e.end?.text, e.group]),
    ).to.deep.equal([
      ['Sputnik', '1957-10-04T19:28:34', 'second', undefined, 'USSR'],
      ['Old', '-0499', 'year', undefined, undefined],
      ['Apollo 11', '1969-07-20', 'day', '1969-07-21', 'USA'],
    ]);
    expect(doc.events[1]!.displayDate).to.equal('c. 500 BCE');
    expect(doc.events[2]!.description).to.equal('Landed,\n\nthen left');
    expect(doc.events[2]!.media).to.deep.equal({ url: 'x.jpg', caption: 'Eagle', credit: 'NASA' });
    expect(doc.total).to.equal(3);
  });

  it('names the spreadsheet row, the line and the column in messages', () => {
    const doc = readEventFile(
      [
        SHEET_HEADER,
        '1969,2,30,,,,,,,Bad day,,,,,,,,',
        '"1969",7,20,25:00,,,,,,"Bad',
        'time",,,,,,,,',
        '1970,,,,,,,,,Era without end,,,,,,Era,,',
        ',,,,,,,,,Second title,,,,,,title,,',
        ',,,,,,,,,Third title,,,,,,title,,',
      ].join('\n'),
    );
    expect(messages(doc)).to.deep.equal([
      'row 2 (line 2), Day: "30" is not a day in 1969-02; write 1–28',
      'row 3 (line 3), Time: "25" is not an hour; write 0–23',
      'row 4 (line 5), End Year: missing; an era row needs an end date as well as a start',
      "warning: row 6 (line 7), Type: a second title row; the title is row 5 (line 6)'s, this row is left out",
    ]);
    expect(doc.title).to.equal('Second title');
  });

  it('reads times as TimelineJS writes them, with or without seconds, AM and PM', () => {
    const rows = ['9:05', '12:00 AM', '12:30 pm', '7 p.m.'].map(
      (time, i) => `2024,1,1,${time},,,,,,T${i},,,,,,,,`,
    );
    const doc = readEventFile([SHEET_HEADER, ...rows].join('\n'));
    expect(messages(doc)).to.deep.equal([]);
    expect(doc.events.map((e) => e.start.text)).to.deep.equal([
      '2024-01-01T09:05',
      '2024-01-01T00:00',
      '2024-01-01T12:30',
      '2024-01-01T19:00',
    ]);
  });
});
