import { parseDate, periodEnd } from './parse-date.js';
import { readSources } from './read-sources.js';
import { deriveIds } from './derive-ids.js';
import { describe, error, warning } from './problems.js';
import type { Problem, TimelineDate, TimelineDocument, TimelineEvent } from './types.js';

const KNOWN_FIELDS = ['id', 'title', 'start', 'end', 'description', 'place', 'group', 'sources'];
const TOP_LEVEL_FIELDS = ['$schema', 'title', 'description', 'events'];

/**
 * Reads the text of an event file (JSON) into a document.
 * Syntax errors come back as a problem with the line and column, never as a throw.
 */
export function readEventFile(text: string): TimelineDocument {
  if (text.trim() === '') return failed('the file is empty; expected { "events": [ … ] }');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`not valid JSON: ${jsonErrorMessage(error, text)}`);
  }
  return readEventData(json);
}

/** Reads already-parsed data: `{ title?, description?, events: [...] }` or a bare list of events. */
export function readEventData(data: unknown): TimelineDocument {
  const problems: Problem[] = [];
  let list: unknown;
  let title: string | undefined;
  let description: string | undefined;
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
      return failed(`"events" must be a list of events, got ${describe(list)}`, 'events');
    if (typeof record.title === 'string') title = record.title;
    if (typeof record.description === 'string') description = record.description;
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

  const drafts: (Draft | undefined)[] = (list as unknown[]).map((item, i) =>
    readEvent(item, `events[${i}]`, problems),
  );
  const events = deriveIds(drafts, problems);
  return { title, description, events, total: drafts.length, problems };
}

/** An event before its id is settled. */
export type Draft = Omit<TimelineEvent, 'id'> & { id?: string; path: string };

function readEvent(item: unknown, path: string, problems: Problem[]): Draft | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push(
      error(
        path,
        `expected an event object like { "title": …, "start": … }, got ${describe(item)}`,
      ),
    );
    return undefined;
  }
  const raw = item as Record<string, unknown>;
  const before = problems.length;
  const title = readTitle(raw.title, `${path}.title`, problems);
  const start = readRequiredDate(raw.start, `${path}.start`, problems);
  const end = raw.end === undefined ? undefined : readDate(raw.end, `${path}.end`, problems);
  if (start && end && endsBefore(end, start)) {
    problems.push(
      error(
        `${path}.end`,
        `"${end.text}" is before the start "${start.text}"; an event cannot end before it starts`,
      ),
    );
  }
  let id: string | undefined;
  if (raw.id !== undefined) {
    if (typeof raw.id === 'string' && raw.id.trim() !== '') id = raw.id.trim();
    else problems.push(error(`${path}.id`, `must be non-empty text, got ${describe(raw.id)}`));
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_FIELDS.includes(key)) {
      problems.push(
        warning(`${path}.${key}`, `unknown field, ignored (known: ${KNOWN_FIELDS.join(', ')})`),
      );
    }
  }
  const optional = (key: 'description' | 'place' | 'group') =>
    optionalText(raw[key], `${path}.${key}`, problems);
  const sources = readSources(raw.sources, `${path}.sources`, problems);
  if (problems.slice(before).some((p) => p.severity === 'error') || !title || !start)
    return undefined;
  return {
    path,
    id,
    title,
    start,
    end,
    description: optional('description'),
    place: optional('place'),
    group: optional('group'),
    sources,
  };
}

function readTitle(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (value === undefined) problems.push(error(path, 'missing; every event needs a title'));
  else if (typeof value !== 'string')
    problems.push(error(path, `must be text, got ${describe(value)}`));
  else if (value.trim() === '') problems.push(error(path, 'is empty; every event needs a title'));
  else return value.trim();
  return undefined;
}

function readRequiredDate(
  value: unknown,
  path: string,
  problems: Problem[],
): TimelineDate | undefined {
  if (value === undefined) {
    problems.push(
      error(path, 'missing; give the date it happened, e.g. "2024-09-25" or "2024-09"'),
    );
    return undefined;
  }
  return readDate(value, path, problems);
}

function readDate(value: unknown, path: string, problems: Problem[]): TimelineDate | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    problems.push(error(path, `${value} is a number; write the date as text: "${value}"`));
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push(
      error(path, `must be a date as text such as "2024-09-25", got ${describe(value)}`),
    );
    return undefined;
  }
  const result = parseDate(value);
  if (result.ok) return result.date;
  problems.push(error(path, result.message));
  return undefined;
}

// The end's whole period must not finish before the start begins, so "2024-09-25" to "2024-09" is fine.
function endsBefore(end: TimelineDate, start: TimelineDate): boolean {
  return periodEnd(end) <= start.time;
}

function optionalText(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  problems.push(warning(path, `must be text, got ${describe(value)}; ignored`));
  return undefined;
}

function failed(message: string, path = ''): TimelineDocument {
  return { events: [], total: 0, problems: [error(path, message)] };
}

/** V8 says "… in JSON at position 42"; people need a line and a column. */
function jsonErrorMessage(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = /at position (\d+)/.exec(message);
  if (!position || /line \d+ column \d+/.test(message)) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
