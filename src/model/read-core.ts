import { locateJsonError } from './json-error.js';
import { settleIds } from './derive-ids.js';
import type { EntryNames, PendingEvent } from './event-object.js';
import { readEras } from './read-eras.js';
import { readPendingEvent } from './read-event.js';
import { isObject, isTimelineJs } from './timelinejs-shape.js';
import { eventCountProblem, fileSizeProblem, nestingProblem } from './limits.js';
import { describe, error, warning } from './problems.js';
import type { Problem, TimelineDocument } from './types.js';

const TOP_LEVEL_FIELDS = ['$schema', 'title', 'description', 'eras', 'events'];

/**
 * The readers of the formats besides our JSON (TimelineJS3 and CSV). The element loads them on
 * demand (format-readers.ts); read-events.ts passes them in for the complete, synchronous API.
 */
export interface FormatReaders {
  readonly timelineJs: (data: Record<string, unknown>) => TimelineDocument;
  readonly csv: (text: string) => TimelineDocument;
}

/**
 * Reads the text of an event file into a document: JSON when it starts with `{` or `[` (after
 * spaces and a byte order mark) or is any other JSON value, CSV otherwise. Syntax errors come
 * back as a problem with the line and column, never as a throw; so do the limits (limits.ts).
 * Without `readers`, a TimelineJS or CSV file gives `undefined`: load them and read again.
 */
export function readTextWith(file: string, readers?: FormatReaders): TimelineDocument | undefined {
  const tooLarge = fileSizeProblem(file);
  if (tooLarge) return failedWith(tooLarge);
  const text = file.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failed('the file is empty; expected { "events": [ … ] }');
  const tooDeep = /^\s*[[{]/.test(text) ? nestingProblem(text) : undefined;
  if (tooDeep) return failedWith(tooDeep);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (!/^\s*[[{]/.test(text)) return readers?.csv(text);
    return failed(`not valid JSON: ${jsonErrorMessage(error, text)}`);
  }
  return readDataWith(json, readers);
}

/**
 * Reads already-parsed data: `{ title?, description?, eras?, events: [...] }`, a bare list of
 * events, or a TimelineJS file (recognised by its `start_date` objects, or TimelineJS 2's
 * `timeline` object; `undefined` without `readers`, as for readTextWith).
 */
export function readDataWith(data: unknown, readers?: FormatReaders): TimelineDocument | undefined {
  // Before anything walks the list (isTimelineJs does).
  const tooMany = tooManyEvents(data);
  if (tooMany) return failedWith(tooMany);
  if (isTimelineJs(data)) return readers?.timelineJs(data);
  const problems: Problem[] = [];
  let list: unknown;
  let title: string | undefined;
  let description: string | undefined;
  let eras: TimelineDocument['eras'] = [];
  if (Array.isArray(data)) {
    list = data;
  } else if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (!('events' in record)) {
      return failed(
        'the file has no "events" list; expected { "events": [ … ] } or a list of events',
      );
    }
    list = record.events;
    if (!Array.isArray(list))
      return failed(`must be a list of events, got ${describe(list)}`, 'events');
    if (record.$schema !== undefined && typeof record.$schema !== 'string') {
      problems.push(
        warning('$schema', `must be the schema's address as text, got ${describe(record.$schema)}`),
      );
    }
    title = topLevelText(record, 'title', problems);
    description = topLevelText(record, 'description', problems);
    eras = readEras(record.eras, 'eras', problems);
    for (const key of Object.keys(record)) {
      if (!TOP_LEVEL_FIELDS.includes(key)) {
        problems.push(
          warning(key, `unknown field, ignored (known: ${TOP_LEVEL_FIELDS.join(', ')})`),
        );
      }
    }
  } else {
    return failed(
      `expected an object with an "events" list or a list of events, got ${describe(data)}`,
    );
  }

  // A plain loop, not map: a hole in a sparse list is an entry too (undefined), and is reported.
  const items = list as unknown[];
  const read: (PendingEvent | undefined)[] = [];
  for (let i = 0; i < items.length; i++) read.push(readListItem(items, i, problems));
  const events = settleIds(read, LIST_NAMES, problems);
  return { title, description, eras, events, total: read.length, problems };
}

/** Entries of the events list, by their index in it. */
const LIST_NAMES: EntryNames = {
  entry: (i) => `events[${i}]`,
  field: (i, key) => `events[${i}].${key}`,
};

function readListItem(
  items: unknown[],
  index: number,
  problems: Problem[],
): PendingEvent | undefined {
  const item = items[index];
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push(
      error(
        LIST_NAMES.entry(index),
        `expected an event object like { "title": …, "start": … }, got ${describe(item)}`,
      ),
    );
    return undefined;
  }
  return readPendingEvent(item as Record<string, unknown>, LIST_NAMES, index, problems);
}

/** The file's own title or description; anything but text is a warning. */
function topLevelText(
  record: Record<string, unknown>,
  key: 'title' | 'description',
  problems: Problem[],
): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  problems.push(warning(key, `must be text, got ${describe(value)}; ignored`));
  return undefined;
}

/** A document that could not be read at all: no events, one error. */
export function failed(message: string, path = ''): TimelineDocument {
  return failedWith(error(path, message));
}

function failedWith(problem: Problem): TimelineDocument {
  return { events: [], eras: [], total: 0, problems: [problem] };
}

/** The list of events (bare, or a file's `events`) when it is longer than the limit. */
function tooManyEvents(data: unknown): Problem | undefined {
  if (Array.isArray(data)) return eventCountProblem(data.length, '');
  if (data === null || typeof data !== 'object') return undefined;
  const { events, timeline } = data as Record<string, unknown>;
  if (Array.isArray(events)) return eventCountProblem(events.length, 'events');
  // A TimelineJS 2 file's list: timeline.date.
  const date = isObject(timeline) ? timeline.date : undefined;
  return Array.isArray(date) ? eventCountProblem(date.length, 'timeline.date') : undefined;
}

/**
 * V8 says "… in JSON at position 42", newer versions add "(line 3 column 5)"; Firefox and WebKit
 * word it their own way, WebKit with no position. People need a line and a column, written the
 * same way whichever engine (browser or Node) read the file.
 */
function jsonErrorMessage(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = /at position (\d+)/.exec(message);
  const located = position
    ? { offset: Number(position[1]), reason: message.replace(/\s*in JSON at position \d+.*$/, '') }
    : locateJsonError(text);
  if (!located) return message; // e.g. `Unexpected token '}', "…" is not valid JSON`
  const before = text.slice(0, located.offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${located.reason} (line ${line}, column ${column})`;
}
