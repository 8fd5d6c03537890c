import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { csvRows } from '../../src/model/csv-rows.js';

/** CSV-ish text from the characters that matter to a CSV reader, broken or not. */
const csvText = fc
  .array(fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', '\r\n', 'é'), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** The line each record starts on, counted the slow way: by the line breaks before it. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

describe('csvRows', () => {
  it('reads any text into the same cells as d3-dsv', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        expect(csvRows(text).rows).to.deep.equal(csvParseRows(text));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });

  it('reads back what d3-dsv writes, and counts lines inside quoted cells', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (rows) => {
          const text = csvFormatRows(rows);
          const read = csvRows(text);
          expect(read.rows).to.deep.equal(csvParseRows(text));
          // Each record starts on the line after the previous record's last line.
          let offset = 0;
          read.lines.forEach((line, i) => {
            expect(line, `record ${i}`).to.equal(lineOf(text, offset));
            offset += csvFormatRows([rows[i]!]).length + 1;
          });
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('ends a file’s last record at its last line break, and reads only an empty text as no records', () => {
    expect(csvRows('a,b\r\n').rows).to.deep.equal([['a', 'b']]);
    expect(csvRows('a\n\nb').rows).to.deep.equal([['a'], [''], ['b']]);
    expect(csvRows('"x\ny",1\nz').lines).to.deep.equal([1, 3]);
    expect(csvRows('')).to.deep.equal({ rows: [], lines: [] });
    expect(csvRows('\n')).to.deep.equal({ rows: [['']], lines: [1] });
  });
});
