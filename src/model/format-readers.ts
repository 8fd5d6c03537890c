import type { FormatReaders } from './read-core.js';
import { readCsv } from './read-csv.js';
import { readTimelineJs } from './read-timelinejs.js';

/** TimelineJS3 and CSV: what the element loads when a file in one of them arrives. */
export const readers: FormatReaders = { timelineJs: readTimelineJs, csv: readCsv };
