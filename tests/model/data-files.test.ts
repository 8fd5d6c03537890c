import { expect } from '@open-wc/testing';
import { readEventData, readEventFile } from '../../src/model/read-events.js';
import { formatProblem } from '../../src/model/types.js';
import article from '../../data/events.json' with { type: 'json' };

async function read(path: string) {
  const response = await fetch(path);
  return readEventFile(await response.text());
}

// The TimelineJS and CSV samples recast data/events.json: the same events, dates and sources
// (TimelineJS's media carries the source: it is shown as a link to the page).
describe('the sample files in data/', () => {
  const reference = readEventData(article);
  const facts = (doc: typeof reference) =>
    doc.events.map((e) => [
      e.id,
      e.title,
      e.start.text,
      e.end?.text,
      e.group,
      e.sources[0]?.url ?? e.media?.url,
    ]);

  for (const file of ['/data/timelinejs-example.json', '/data/example.csv']) {
    it(`${file} loads with no problems and carries the article's facts`, async () => {
      const doc = await read(file);
      expect(doc.problems.map(formatProblem)).to.deep.equal([]);
      expect(facts(doc)).to.deep.equal(facts(reference));
      for (const [i, event] of doc.events.entries()) {
        expect(event.description).to.contain(reference.events[i]!.description!);
      }
    });
  }

  it('keeps the TimelineJS title slide, eras, paragraphs and display date', async () => {
    const doc = await read('/data/timelinejs-example.json');
    expect(doc.title).to.equal(reference.title);
    expect(doc.eras!.map((e) => [e.title, e.start.text, e.end.text])).to.deep.equal([
      ['From the initiative to the UN resolution', '2023-10-18', '2024-07-01'],
      ['From the action plan to the second workshop', '2024-09-25', '2025-05-17'],
    ]);
    const plan = doc.events.find((e) => e.id === 'action-plan')!;
    expect(plan.displayDate).to.equal('25 September 2024 (New York time)');
    expect(plan.description).to.match(/\n\nUN Headquarters, New York/);
  });
});
