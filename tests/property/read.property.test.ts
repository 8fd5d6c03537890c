import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readEventData, readEventFile } from '../../src/model/read-events.js';
import { reportFor } from '../../src/model/report.js';
import { formatProblem } from '../../src/model/types.js';
import {
  anyEvent,
  anyFileText,
  checkDocument,
  csvFile,
  jsonFile,
  SEED,
  timelineJsFile,
  validEvent,
} from './arbitraries.js';

/** Reads, checks the document, and checks its report can be written: nothing may throw. */
function readsCleanly(read: () => ReturnType<typeof readEventFile>): void {
  const doc = read();
  checkDocument(doc);
  doc.problems.forEach(formatProblem);
  reportFor(doc, '"file.json"');
}

describe('reading generated event files (fast-check)', () => {
  it('reads any JSON file, object or list, into valid events and located problems', () => {
    fc.assert(
      fc.property(jsonFile, (file) => {
        readsCleanly(() => readEventData(file));
        readsCleanly(() => readEventFile(JSON.stringify(file)));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('reads any TimelineJS3 file the same way', () => {
    fc.assert(
      fc.property(timelineJsFile, (file) => {
        readsCleanly(() => readEventData(file));
        readsCleanly(() => readEventFile(JSON.stringify(file)));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('reads any CSV file, quoted cells, CRLF and unknown columns included', () => {
    fc.assert(
      fc.property(csvFile, (text) => readsCleanly(() => readEventFile(text))),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('reads cut-off, damaged and random text without throwing', () => {
    fc.assert(
      fc.property(anyFileText, (text) => readsCleanly(() => readEventFile(text))),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('reads any value set from script: sparse lists, odd types, cycles', () => {
    const odd = fc.oneof(
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
      fc.constantFrom(Symbol('s'), () => 1, new Array(3), Object.create(null)),
    );
    const event = fc.oneof(
      anyEvent,
      fc.record({ title: odd, start: odd, end: odd, sources: odd, id: odd }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(
        fc.oneof(odd, fc.array(event, { maxLength: 5 }), fc.sparseArray(event, { maxLength: 5 })),
        fc.boolean(),
        (data: unknown, cyclic) => {
          if (cyclic && data !== null && typeof data === 'object' && !Object.isFrozen(data))
            (data as Record<string, unknown>).self = data;
          readsCleanly(() => readEventData(data));
          readsCleanly(() => readEventData({ events: [data], eras: [data], scale: data }));
        },
      ),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('keeps every valid event, with no problem at all', () => {
    fc.assert(
      fc.property(fc.array(validEvent, { maxLength: 12 }), (events) => {
        const doc = readEventData(events);
        checkDocument(doc);
        if (doc.problems.length) throw new Error(formatProblem(doc.problems[0]!));
        if (doc.events.length !== events.length) throw new Error('an event went missing');
        const fromText = readEventFile(JSON.stringify({ events }));
        if (fromText.problems.length || fromText.events.length !== events.length)
          throw new Error('the same events as text read differently');
        // Titles are kept (trimmed), in file order before sorting by time.
        expect(doc.events.map((e) => e.title)).to.deep.equal(events.map((e) => e.title.trim()));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('reports exactly the events it leaves out', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validEvent, anyEvent), { maxLength: 10 }), (events) => {
        const doc = readEventData(events);
        checkDocument(doc);
        expect(doc.total).to.equal(events.length);
        const report = reportFor(doc, 'the events property');
        if (doc.events.length < doc.total) expect(report?.minor).to.equal(false);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
