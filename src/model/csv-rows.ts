/** The records of a CSV text, and the line (1-based) on which each one starts. */
export interface CsvRows {
  readonly rows: string[][];
  readonly lines: number[];
}

/**
 * Splits CSV text into records of cells, reading it as d3-dsv's csvParseRows does (RFC 4180):
 * cells end at a comma, records at \n, \r\n or \r, and one line break at the very end closes
 * the last record rather than opening an empty one; only an empty text has no record. A quote opens a quoted cell only at the
 * start of a cell; inside one, "" is a quote, line breaks are text, and the next lone quote
 * closes it; the character after that quote ends the cell, whatever it is. Along the way it
 * counts lines, so messages can name the line where a record starts even when a quoted cell
 * spans several.
 */
export function csvRows(text: string): CsvRows {
  let end = text.length;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  const rows: string[][] = [];
  const lines: number[] = [];
  if (text === '') return { rows, lines };

  let cells: string[] = [];
  let line = 1;
  let i = 0;
  lines.push(line);
  for (;;) {
    let cell: string;
    if (text[i] === '"') {
      let close = i + 1;
      for (; close < end; close++) {
        const c = text[close];
        if (c === '"') {
          if (text[close + 1] !== '"') break;
          close++;
        } else if (c === '\n' || (c === '\r' && text[close + 1] !== '\n')) line++;
      }
      // Unclosed, it runs to the end, taking in one character of a final line break (d3-dsv).
      cell = text.slice(i + 1, close < end ? close : end + 1).replaceAll('""', '"');
      i = close + 1;
    } else {
      let stop = i;
      while (stop < end && text[stop] !== ',' && text[stop] !== '\n' && text[stop] !== '\r') stop++;
      cell = text.slice(i, stop);
      i = stop;
    }
    cells.push(cell);
    if (i >= end) break;
    // The character that ends the cell: a comma (or, after a quoted cell, anything but a line
    // break) starts the next cell; a line break starts the next record.
    const c = text[i++];
    if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i] === '\n') i++;
      rows.push(cells);
      cells = [];
      lines.push(++line);
    } else if (i >= end) {
      cells.push('');
      break;
    }
  }
  rows.push(cells);
  return { rows, lines };
}
