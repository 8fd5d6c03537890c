// dist/standalone/event-timeline.model.js: reading and validating event files (JSON, TimelineJS 3
// and 2, CSV, TimelineJS's spreadsheet as CSV) without the element, for pages without a build
// step; the package's "./model" entry.
export { readEventData, readEventFile } from './model/read-events.js';
export { parseDate } from './model/parse-date.js';
export { formatProblem } from './model/types.js';
