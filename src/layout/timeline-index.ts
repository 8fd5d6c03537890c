import { periodEnd } from '../model/parse-date.js';
import type { TimelineDocument, TimelineEvent } from '../model/types.js';
import type { WallClock } from './time-zone.js';

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
}

/**
 * Everything about the events that does not depend on zoom, computed once per data change:
 * events sorted by start (then end), their groups in order of first appearance, the extent.
 */
export interface TimelineIndex {
  readonly items: readonly IndexedEvent[];
  /** Group names; `''` is the home of events without a group. */
  readonly groups: readonly string[];
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
  const toWall = (time: number, zoned: boolean) => (zoned ? clock.toWall(time) : time);
  const items: IndexedEvent[] = doc.events.map((event) => {
    const last = event.end ?? event.start;
    return {
      event,
      start: toWall(event.start.time, event.start.zoned),
      end: toWall(periodEnd(last), last.zoned),
      range: event.end !== undefined,
      group: groupOf.get(nameOf(event))!,
      labelWidth: Math.min(maxLabelWidth, Math.ceil(measure(event.title))),
    };
  });
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  const position = new Map(items.map((item, i) => [item.event.id, i]));
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    min = Math.min(min, item.start);
    max = Math.max(max, item.end);
  }
  return { items, groups: names, extent: items.length ? [min, max] : [0, 0], position };
}
