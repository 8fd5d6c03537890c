import { expect } from '@open-wc/testing';
import { readEventFile } from '../../src/model/read-events.js';
import { formatProblem } from '../../src/model/types.js';
import { fixtureText } from './fixture-text.js';
import expected from '../fixtures/formats/expected.json' with { type: 'json' };

// Every fixture under tests/fixtures/formats/ (JSON, TimelineJS, CSV) with the exact messages
// the reader gives for it, in order. The same list drives the schema and CLI tests.
const fixtures = expected as Record<string, string[]>;

describe('event file fixtures: exact messages', () => {
  for (const [name, messages] of Object.entries(fixtures)) {
    it(name, async () => {
      const doc = readEventFile(await fixtureText(name));
      expect(doc.problems.map(formatProblem)).to.deep.equal(messages);
    });
  }

  it('the valid fixtures show every event', async () => {
    for (const name of Object.keys(fixtures).filter((n) => /\/valid/.test(n))) {
      const doc = readEventFile(await fixtureText(name));
      expect(doc.events.length, name).to.equal(doc.total);
    }
  });
});
