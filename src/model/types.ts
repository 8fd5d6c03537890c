/**
 * Plain typed values produced by the model: no DOM, no Lit.
 */

/** How precisely an author knows a date. Coarser precisions cover a whole period. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

/**
 * A date as the author wrote it, kept at its precision.
 *
 * `time` is the start of the period in milliseconds. For calendar dates (no time of day)
 * it is the UTC midnight of that calendar date: a "floating" date that reads the same in
 * every time zone. For date-times it is the absolute instant (the text carries an offset).
 */
export interface TimelineDate {
  readonly time: number;
  readonly precision: Precision;
  /** True for date-times with a UTC offset; false for floating calendar dates. */
  readonly zoned: boolean;
  /** The text as written in the file, e.g. `2024-09`. */
  readonly text: string;
  /** ISO 8601-2 `~` (or `%`): about this date, written "c. 2024" and drawn fuzzy. */
  readonly approximate?: boolean;
  /** ISO 8601-2 `?` (or `%`): the date is in doubt, written "2024?" and drawn fuzzy. */
  readonly uncertain?: boolean;
}

/** A source for an event. Only http(s) URLs are kept as `url`. */
export interface TimelineSource {
  readonly title: string;
  readonly url?: string;
}

/**
 * An image, or another medium (a video, a post, a map) shown as a link, with an event. `url` is
 * as the file wrote it: an http(s) URL, or one relative to the event file (resolved on display).
 */
export interface TimelineMedia {
  readonly url: string;
  /** Says what the image shows; when absent, the caption or the event's title says it. */
  readonly alt?: string;
  readonly caption?: string;
  /** Who made or owns it, e.g. "Photo: NASA". */
  readonly credit?: string;
  /** A small image shown in the link to a medium that is not itself an image (TimelineJS). */
  readonly thumbnail?: string;
}

/** A validated event. */
export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly start: TimelineDate;
  /** Present for range events; never before `start`. */
  readonly end?: TimelineDate;
  readonly description?: string;
  readonly place?: string;
  readonly group?: string;
  readonly sources: readonly TimelineSource[];
  /** The end is open or unknown (`".."`, still ongoing): drawn fading out past its start. */
  readonly openEnd?: boolean;
  /** A CSS colour for this event's mark (validated: hex, rgb()/hsl() or a named colour). */
  readonly color?: string;
  /** A category name; categories map, in order of first appearance, to a documented palette. */
  readonly category?: string;
  /** The author's own wording of the date (TimelineJS `display_date`), shown instead of ours. */
  readonly displayDate?: string;
  /** An image or other medium; undefined (not an empty object) when the event has none. */
  readonly media?: TimelineMedia;
}

/** A named span drawn behind the events, e.g. a presidency or a war. */
export interface TimelineEra {
  readonly title: string;
  readonly start: TimelineDate;
  readonly end: TimelineDate;
  readonly color?: string;
}

/** The raw shape of an event in a file or in the `events` property. */
export interface EventInput {
  id?: string;
  title: string;
  start: string;
  end?: string;
  description?: string;
  place?: string;
  group?: string;
  sources?: ({ title?: string; url: string } | string)[];
  color?: string;
  category?: string;
  media?: { url: string; alt?: string; caption?: string; credit?: string };
}

/** The raw shape of an era in a file's `eras` list. */
export interface EraInput {
  title: string;
  start: string;
  end: string;
  color?: string;
}

/** The raw shape of a whole event file (version 1), as read from JSON. */
export interface EventFileInput {
  $schema?: string;
  title?: string;
  description?: string;
  eras?: EraInput[];
  events: EventInput[];
}

/** A problem found in the input: where it is (a path such as `events[3].start`) and what is wrong. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** Errors drop the event (or the file); warnings keep it. */
  readonly severity: 'error' | 'warning';
}

/** The result of reading an event file: what could be used and what was wrong. */
export interface TimelineDocument {
  readonly title?: string;
  readonly description?: string;
  /** Background bands; empty when the file has none. */
  readonly eras?: readonly TimelineEra[];
  readonly events: readonly TimelineEvent[];
  /** How many entries the input's event list had, valid or not. */
  readonly total: number;
  readonly problems: readonly Problem[];
}

/** `events[3].start: "Sept 2024" is not a date; write 2024-09`. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return problem.path
    ? `${prefix}${problem.path}: ${problem.message}`
    : `${prefix}${problem.message}`;
}
