import { periodEnd } from '../model/parse-date.js';
import type { TimelineDate, TimelineDocument, TimelineEvent } from '../model/types.js';
import type { WallClock } from './time-zone.js';

/** How many category colours the palette has; later categories reuse them in turn. */
export const CATEGORY_COLORS = 8;

/** One event placed in wall-clock time: [start, end) covers its whole period or range. */
export interface IndexedEvent {
  readonly event: TimelineEvent;
  readonly start: number;
  readonly end: number;
  readonly range: boolean;
  /** Index into `TimelineIndex.groups`. */
  readonly group: number;
  /** Width of the label in px, already capped at the label maximum. */
  readonly labelWidth: number;
  /** The end is open or unknown: drawn to the end of the data, fading out. */
  readonly open: boolean;
  /** A date of it is approximate or uncertain: drawn fuzzy. */
  readonly fuzzy: boolean;
  /** Palette slot (0-based) of its category, in order of first appearance. */
  readonly category?: number;
}

/** An era in wall-clock time. */
export interface IndexedEra {
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly color?: string;
}

/**
 * Everything about the events that does not depend on zoom, computed once per data change:
 * events sorted by start (then end), their groups in order of first appearance, the extent.
 */
export interface TimelineIndex {
  readonly items: readonly IndexedEvent[];
  /** Group names; `''` is the home of events without a group. */
  readonly groups: readonly string[];
  readonly eras: readonly IndexedEra[];
  readonly extent: readonly [number, number];
  /** Event id → position in `items`. */
  readonly position: ReadonlyMap<string, number>;
}

export interface IndexOptions {
  clock: WallClock;
  /** Text width in px; injected so this module stays free of the DOM. */
  measure: (text: string) => number;
  maxLabelWidth: number;
}

export function createTimelineIndex(doc: TimelineDocument, options: IndexOptions): TimelineIndex {
  const { clock, measure, maxLabelWidth } = options;
  const grouped = doc.events.some((e) => e.group !== undefined);
  const nameOf = (event: TimelineEvent) => (grouped ? (event.group ?? '') : '');
  // Groups in order of first appearance; events without a group come last.
  const names = [...new Set(doc.events.map(nameOf))].sort(
    (a, b) => Number(a === '') - Number(b === ''),
  );
  const groupOf = new Map(names.map((name, i) => [name, i]));
  const categoryOf = new Map<string, number>();
  const wall = (date: TimelineDate, time = date.time) => (date.zoned ? clock.toWall(time) : time);
  const fuzzy = (date?: TimelineDate) => Boolean(date?.approximate || date?.uncertain);

  let min = Infinity;
  let max = -Infinity;
  const items = doc.events.map((event) => {
    const last = event.end ?? event.start;
    const { category } = event;
    if (category !== undefined && !categoryOf.has(category))
      categoryOf.set(category, categoryOf.size);
    const item = {
      event,
      start: wall(event.start),
      end: wall(last, periodEnd(last)),
      range: event.end !== undefined || Boolean(event.openEnd),
      group: groupOf.get(nameOf(event))!,
      labelWidth: Math.min(maxLabelWidth, Math.ceil(measure(event.title))),
      open: Boolean(event.openEnd),
      fuzzy: fuzzy(event.start) || fuzzy(event.end),
      category: category === undefined ? undefined : categoryOf.get(category)! % CATEGORY_COLORS,
    };
    min = Math.min(min, item.start);
    max = Math.max(max, item.end);
    return item;
  });
  // An open end reaches the last date in the file, or a little past its start if it is the last.
  const span = Math.max(max - min, 86_400_000);
  const lastDate = max;
  for (const item of items) {
    if (!item.open) continue;
    item.end = Math.max(item.end, lastDate, item.start + span * 0.05);
    max = Math.max(max, item.end);
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  const eras = (doc.eras ?? []).map((era) => ({
    title: era.title,
    start: wall(era.start),
    end: wall(era.end, periodEnd(era.end)),
    color: era.color,
  }));
  const position = new Map(items.map((item, i) => [item.event.id, i]));
  return { items, groups: names, eras, extent: items.length ? [min, max] : [0, 0], position };
}
