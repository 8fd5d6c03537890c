import type { TimelineDate, TimelineEvent, TimelineMedia, TimelineSource } from './types.js';

/**
 * An event as a reader builds it: already the object the document will hold, its `id` still
 * undefined when the file gave none (settleIds fills it in, in place).
 */
export type PendingEvent = Omit<Writable<TimelineEvent>, 'id'> & { id: string | undefined };

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Names the entries of a list and their fields in messages, by index: `events[3]` and
 * `events[3].start`, or `row 5 (line 5)` and `row 5 (line 5), start`. Written out only when a
 * message needs one: a path string built for each of 100,000 entries was garbage the collector
 * had to make room for, while it copied the freshly parsed file.
 */
export interface EntryNames {
  entry(index: number): string;
  field(index: number, key: string): string;
}

/**
 * The event object with its keys in their one order, whichever reader made it: id, title, start,
 * end, then the optional fields that are set. Built here, once per event: an intermediate draft
 * copied into the final object doubled what 100,000 events left for the garbage collector.
 * Positional, so that no object is built just to pass the fields along.
 */
export function createEvent(
  id: string | undefined,
  title: string,
  start: TimelineDate,
  end: TimelineDate | undefined,
  description: string | undefined,
  place: string | undefined,
  group: string | undefined,
  sources: readonly TimelineSource[] | undefined,
  openEnd: boolean | undefined,
  color: string | undefined,
  category: string | undefined,
  displayDate: string | undefined,
  media?: TimelineMedia,
): PendingEvent {
  // Most events of a large file have a group at most: one literal in the final shape, no
  // property added one by one (each addition past the fourth allocates a new backing store).
  if (
    description === undefined &&
    place === undefined &&
    openEnd === undefined &&
    color === undefined &&
    category === undefined &&
    displayDate === undefined &&
    media === undefined &&
    sources !== undefined
  ) {
    return group === undefined
      ? { id, title, start, end, sources }
      : { id, title, start, end, group, sources };
  }
  const event: Record<string, unknown> = { id, title, start, end };
  if (description !== undefined) event.description = description;
  if (place !== undefined) event.place = place;
  if (group !== undefined) event.group = group;
  if (sources !== undefined) event.sources = sources;
  if (openEnd !== undefined) event.openEnd = openEnd;
  if (color !== undefined) event.color = color;
  if (category !== undefined) event.category = category;
  if (displayDate !== undefined) event.displayDate = displayDate;
  if (media !== undefined) event.media = media;
  return event as unknown as PendingEvent;
}
