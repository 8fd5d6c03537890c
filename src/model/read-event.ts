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
import { readMedia } from './read-media.js';
import { createEvent } from './event-object.js';
import type { EntryNames, PendingEvent } from './event-object.js';
import { describe, error } from './problems.js';
import type { Problem, TimelineDate, TimelineEvent, TimelineSource } from './types.js';

// One shared, frozen empty list for the events without sources (most of a large file's).
const NO_SOURCES: readonly TimelineSource[] = Object.freeze([]);

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
  'media',
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
  const names: EntryNames = {
    entry: () => path,
    field: (_, key) => (field ? field(key) : `${path}.${key}`),
  };
  const event = readPendingEvent(raw, names, 0, problems, readSourcesOf);
  return event && toDraft(event, path, names.field(0, 'id'));
}

/** One literal with every key, not a spread: V8 copies a spread of 100,000 events slowly. */
function toDraft(event: PendingEvent, path: string, idPath: string): Draft {
  return {
    path,
    idPath,
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    openEnd: event.openEnd,
    description: event.description,
    place: event.place,
    group: event.group,
    category: event.category,
    color: event.color,
    sources: event.sources,
    media: event.media,
  };
}

/**
 * Reads one event record in this project's format: entry `index` of a list, whose fields `names`
 * names in messages. `readSourcesOf` lets a CSV file bring its sources from its own columns.
 *
 * A large file holds 100,000 of these, nearly all of them fine: each field is first checked for
 * its common valid form, and a path is only written out when a problem names it.
 */
export function readPendingEvent(
  raw: Record<string, unknown>,
  names: EntryNames,
  index: number,
  problems: Problem[],
  readSourcesOf?: () => TimelineSource[],
): PendingEvent | undefined {
  const before = problems.length;
  const title = plainText(raw.title) ?? readTitle(raw.title, names.field(index, 'title'), problems);
  const start =
    commonDate(raw.start) ?? readRequiredDate(raw.start, names.field(index, 'start'), problems);
  let end: TimelineDate | undefined;
  let openEnd: true | undefined;
  if (raw.end !== undefined) {
    end = commonDate(raw.end);
    if (!end) ({ end, openEnd } = readEnd(raw.end, names.field(index, 'end'), problems));
  }
  if (start && end && endsBeforeStart(start, end))
    checkOrder(start, end, names.field(index, 'end'), problems);
  let id: string | undefined;
  if (raw.id !== undefined) {
    id = plainText(raw.id);
    if (id === undefined) {
      problems.push(
        error(names.field(index, 'id'), `must be non-empty text, got ${describe(raw.id)}`),
      );
    }
  }
  checkEventFields(raw, names, index, problems);
  const description = optional(raw, 'description', names, index, problems);
  const place = optional(raw, 'place', names, index, problems);
  const group = optional(raw, 'group', names, index, problems);
  const category = optional(raw, 'category', names, index, problems)?.trim();
  const color = isAbsent(raw.color)
    ? undefined
    : readColor(raw.color, names.field(index, 'color'), problems);
  const sources = readSourcesOf
    ? readSourcesOf()
    : isAbsent(raw.sources)
      ? NO_SOURCES
      : readSources(raw.sources, names.field(index, 'sources'), problems);
  const media = isAbsent(raw.media)
    ? undefined
    : readMedia(raw.media, names.field(index, 'media'), problems, (key) =>
        names.field(index, `media.${key}`),
      );
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
    media,
  );
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
  names: EntryNames,
  index: number,
  problems: Problem[],
): string | undefined {
  const value = raw[key];
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return optionalText(value, names.field(index, key), problems);
}

/**
 * Warns about each key that is not in EVENT_FIELDS; a switch is cheaper than a list search.
 * for…in, not Object.keys: it walks the keys V8 keeps for the object's shape without copying
 * them into a new list, 100,000 times. hasOwn leaves out what an object inherits, as keys does.
 */
function checkEventFields(
  raw: Record<string, unknown>,
  names: EntryNames,
  index: number,
  problems: Problem[],
): void {
  for (const key in raw) {
    if (!isEventField(key) && Object.hasOwn(raw, key))
      problems.push(unknownField(names.field(index, key), EVENT_FIELDS));
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
    case 'media':
      return true;
    default:
      return false;
  }
}
