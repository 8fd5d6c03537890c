import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvFormatRows } from 'd3-dsv';
import { readCsvTable } from '../../src/model/csv-table.js';

/** The line an offset is on, counted the slow way: by the line breaks before it. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

describe('readCsvTable', () => {
  it('counts the line each record starts on, also after quoted cells that span lines', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', '\r', ' ') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (rows) => {
          const text = csvFormatRows(rows);
          const table = readCsvTable(text);
          let offset = 0;
          table.lines.forEach((line, i) => {
            expect(line, `record ${i}`).to.equal(lineOf(text, offset));
            offset += csvFormatRows([table.rows[i]!]).length + 1;
          });
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('reads blank lines as records and ends the last record at a final line break', () => {
    expect(readCsvTable('a,b\r\n').rows).to.deep.equal([['a', 'b']]);
    expect(readCsvTable('a\n\nb')).to.deep.equal({ rows: [['a'], [''], ['b']], lines: [1, 2, 3] });
    expect(readCsvTable('"x\r\ny",1\nz').lines).to.deep.equal([1, 3]);
    expect(readCsvTable('')).to.deep.equal({ rows: [], lines: [] });
  });
});
