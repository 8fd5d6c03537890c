import type { FormatReaders } from './read-core.js';
import { readCsv } from './read-csv.js';
import { readTimelineJs } from './read-timelinejs.js';

/** TimelineJS (3, 2, its spreadsheet as CSV) and CSV: loaded when a file in one of them arrives. */
export const readers: FormatReaders = { timelineJs: readTimelineJs, csv: readCsv };
