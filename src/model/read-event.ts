import { readColor } from './read-color.js';
import { parseCommonDate } from './common-date.js';
import {
  checkOrder,
  endsBeforeStart,
  optionalText,
  readEnd,
  readRequiredDate,
  readTitle,
  unknownField,
} from './read-fields.js';
import { readSources } from './read-sources.js';
import { createEvent } from './event-object.js';
import type { PendingEvent } from './event-object.js';
import { describe, error } from './problems.js';
import type { Problem, TimelineDate, TimelineEvent, TimelineSource } from './types.js';

export const EVENT_FIELDS = [
  'id',
  'title',
  'start',
  'end',
  'description',
  'place',
  'group',
  'category',
  'color',
  'sources',
];

/**
 * An event before its id is settled. `path` names it in messages (`events[3]`,
 * `row 5 (line 5)`), `idPath` names its id field.
 */
export type Draft = Omit<TimelineEvent, 'id'> & { id?: string; path: string; idPath: string };

/** Names a field of an entry: `events[3].start`, or `row 5 (line 5), start` in a CSV file. */
export type FieldPath = (key: string) => string;

/**
 * Reads one event record in this project's format into a draft that carries its own paths (for
 * the CSV reader; see readPendingEvent).
 */
export function readEvent(
  raw: Record<string, unknown>,
  path: string,
  problems: Problem[],
  field?: FieldPath,
  readSourcesOf?: () => TimelineSource[],
): Draft | undefined {
  const event = readPendingEvent(raw, path, problems, field, readSourcesOf);
  return event && { ...event, path, idPath: at(path, field, 'id') };
}

/**
 * Reads one event record in this project's format. `field` names its fields in messages
 * (default `path.key`); `readSourcesOf` lets a CSV file bring its sources from its own columns.
 *
 * A large file holds 100,000 of these, nearly all of them fine: each field is first checked for
 * its common valid form, and a field's path is only written out when a problem names it.
 */
export function readPendingEvent(
  raw: Record<string, unknown>,
  path: string,
  problems: Problem[],
  field?: FieldPath,
  readSourcesOf?: () => TimelineSource[],
): PendingEvent | undefined {
  const before = problems.length;
  const title = plainText(raw.title) ?? readTitle(raw.title, at(path, field, 'title'), problems);
  const start =
    commonDate(raw.start) ?? readRequiredDate(raw.start, at(path, field, 'start'), problems);
  let end: TimelineDate | undefined;
  let openEnd: true | undefined;
  if (raw.end !== undefined) {
    end = commonDate(raw.end);
    if (!end) ({ end, openEnd } = readEnd(raw.end, at(path, field, 'end'), problems));
  }
  if (start && end && endsBeforeStart(start, end))
    checkOrder(start, end, at(path, field, 'end'), problems);
  let id: string | undefined;
  if (raw.id !== undefined) {
    if (typeof raw.id === 'string' && raw.id.trim() !== '') id = raw.id.trim();
    else {
      problems.push(
        error(at(path, field, 'id'), `must be non-empty text, got ${describe(raw.id)}`),
      );
    }
  }
  checkEventFields(raw, path, field, problems);
  const description = optional(raw, 'description', path, field, problems);
  const place = optional(raw, 'place', path, field, problems);
  const group = optional(raw, 'group', path, field, problems);
  const category = optional(raw, 'category', path, field, problems)?.trim();
  const color = isAbsent(raw.color)
    ? undefined
    : readColor(raw.color, at(path, field, 'color'), problems);
  const sources = readSourcesOf
    ? readSourcesOf()
    : isAbsent(raw.sources)
      ? []
      : readSources(raw.sources, at(path, field, 'sources'), problems);
  const failed =
    problems.length > before && problems.slice(before).some((p) => p.severity === 'error');
  if (failed || !title || !start) return undefined;
  return createEvent(
    id,
    title,
    start,
    end,
    description,
    place,
    group,
    sources,
    openEnd,
    color,
    category,
    undefined, // displayDate: TimelineJS only
  );
}

/** The path of a field of the event at `path`: `events[3].start`, or as `field` writes it. */
function at(path: string, field: FieldPath | undefined, key: string): string {
  return field ? field(key) : `${path}.${key}`;
}

function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Text with something in it, trimmed (what readTitle returns); undefined for anything else. */
function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** A date in one of the common forms (parseCommonDate); undefined leaves it to readDate. */
function commonDate(value: unknown): TimelineDate | undefined {
  return typeof value === 'string' ? parseCommonDate(value.trim()) : undefined;
}

/** Optional text as optionalText reads it, naming the field only when it warns. */
function optional(
  raw: Record<string, unknown>,
  key: 'description' | 'place' | 'group' | 'category',
  path: string,
  field: FieldPath | undefined,
  problems: Problem[],
): string | undefined {
  const value = raw[key];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return optionalText(value, at(path, field, key), problems);
}

/** Warns about each key that is not in EVENT_FIELDS; a switch is cheaper than a list search. */
function checkEventFields(
  raw: Record<string, unknown>,
  path: string,
  field: FieldPath | undefined,
  problems: Problem[],
): void {
  for (const key of Object.keys(raw)) {
    if (!isEventField(key)) problems.push(unknownField(at(path, field, key), EVENT_FIELDS));
  }
}

function isEventField(key: string): boolean {
  switch (key) {
    case 'id':
    case 'title':
    case 'start':
    case 'end':
    case 'description':
    case 'place':
    case 'group':
    case 'category':
    case 'color':
    case 'sources':
      return true;
    default:
      return false;
  }
}
