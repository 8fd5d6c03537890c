import { readColor } from './read-color.js';
import {
  checkKnownFields,
  checkOrder,
  optionalText,
  readEnd,
  readRequiredDate,
  readTitle,
} from './read-fields.js';
import { readSources } from './read-sources.js';
import { describe, error } from './problems.js';
import type { Problem, TimelineEvent, TimelineSource } from './types.js';

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
 * Reads one event record in this project's format. `field` names its fields in messages;
 * `readSourcesOf` lets a CSV file bring its sources from its own columns.
 */
export function readEvent(
  raw: Record<string, unknown>,
  path: string,
  problems: Problem[],
  field: FieldPath = (key) => `${path}.${key}`,
  readSourcesOf: () => TimelineSource[] = () =>
    readSources(raw.sources, field('sources'), problems),
): Draft | undefined {
  const before = problems.length;
  const title = readTitle(raw.title, field('title'), problems);
  const start = readRequiredDate(raw.start, field('start'), problems);
  const { end, openEnd } = readEnd(raw.end, field('end'), problems);
  checkOrder(start, end, field('end'), problems);
  let id: string | undefined;
  if (raw.id !== undefined) {
    if (typeof raw.id === 'string' && raw.id.trim() !== '') id = raw.id.trim();
    else problems.push(error(field('id'), `must be non-empty text, got ${describe(raw.id)}`));
  }
  checkKnownFields(raw, EVENT_FIELDS, field, problems);
  const optional = (key: 'description' | 'place' | 'group' | 'category') =>
    optionalText(raw[key], field(key), problems);
  const description = optional('description');
  const place = optional('place');
  const group = optional('group');
  const category = optional('category')?.trim();
  const color = readColor(raw.color, field('color'), problems);
  const sources = readSourcesOf();
  const failed =
    problems.length > before && problems.slice(before).some((p) => p.severity === 'error');
  if (failed || !title || !start) return undefined;
  // One literal with every key (no spreads): the same shape for every event, fast to build.
  return {
    path,
    idPath: field('id'),
    id,
    title,
    start,
    end,
    openEnd: openEnd || undefined,
    description,
    place,
    group,
    category,
    color,
    sources,
  };
}
