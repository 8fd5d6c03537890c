import { csvParseRows } from 'd3-dsv';

/** The records of a CSV text (as d3-dsv reads them) and the line (1-based) each one starts on. */
export interface CsvTable {
  readonly rows: string[][];
  readonly lines: number[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Reads CSV text with d3-dsv's csvParseRows (RFC 4180) and counts, beside it, the line each
 * record starts on: a record ends at a line break, and a quoted cell keeps its own line breaks
 * as written, so the next record starts one line after the previous one's last.
 */
export function readCsvTable(text: string): CsvTable {
  const rows = csvParseRows(text);
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line++;
    for (const cell of row) line += lineBreaks(cell);
  }
  return { rows, lines };
}

function lineBreaks(cell: string): number {
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  return cell.match(LINE_BREAK)?.length ?? 0;
}
