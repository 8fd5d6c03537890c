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
      'warning: line 1 (header), "colour": unknown column, ignored (known: title, start, end, description, place, group, id, color, category, source_url, source_title)',
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
      'warning: line 1 (header), "name": unknown column, ignored (known: title, start, end, description, place, group, id, color, category, source_url, source_title)',
      'warning: line 1 (header), "date": unknown column, ignored (known: title, start, end, description, place, group, id, color, category, source_url, source_title)',
      'line 1 (header): no "title" or "start" column; the first line names the columns, e.g. title,start,end,description (a JSON event file starts with { or [)',
    ]);
  });

  it('reads a header alone as no events', () => {
    const doc = readEventFile('title,start\n');
    expect(doc).to.deep.include({ total: 0, problems: [] });
  });
});
