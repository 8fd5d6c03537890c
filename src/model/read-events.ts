import { readers } from './format-readers.js';
import { readDataWith, readTextWith } from './read-core.js';
import type { TimelineDocument } from './types.js';

/**
 * Reads the text of an event file into a document: JSON when it starts with `{` or `[` (after
 * spaces and a byte order mark) or is any other JSON value, CSV otherwise. Syntax errors come
 * back as a problem with the line and column, never as a throw; so do the limits.
 */
export function readEventFile(file: string): TimelineDocument {
  return readTextWith(file, readers)!;
}

/**
 * Reads already-parsed data: `{ title?, description?, eras?, events: [...] }`, a bare list of
 * events, or a TimelineJS3 file (recognised by its `start_date` objects).
 */
export function readEventData(data: unknown): TimelineDocument {
  return readDataWith(data, readers)!;
}
