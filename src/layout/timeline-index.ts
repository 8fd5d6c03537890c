import { periodEnd } from '../model/parse-date.js';
import type { TimelineDate, TimelineDocument, TimelineEvent } from '../model/types.js';
import { PositionMap } from './position-map.js';
import { sortOrder } from './sort-order.js';
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
  /** The items' starts, ends and groups, in their order: what packing reads, one array each. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly groupOf: Int32Array;
}

export interface IndexOptions {
  clock: WallClock;
  /** Text width in px; injected so this module stays free of the DOM. */
  measure: (text: string) => number;
  maxLabelWidth: number;
}

/** What every item of one index shares: how labels are measured, and the starts and ends. */
interface Shared {
  readonly measure: (text: string) => number;
  readonly max: number;
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * An IndexedEvent. Its start and end are read from the index's typed arrays (at `at`): numbers
 * that are not small integers would each be one more object on the heap, 200,000 at 100,000
 * events. Its label is measured the first time packing or painting asks: zoomed out over
 * 100,000 events, only the few hundred that get a lane are.
 */
class Item implements IndexedEvent {
  declare at: number;
  declare range: boolean;
  declare group: number;
  declare open: boolean;
  declare fuzzy: boolean;
  declare category: number | undefined;
  #labelWidth = -1;

  constructor(
    readonly event: TimelineEvent,
    private readonly shared: Shared,
  ) {}

  get start(): number {
    return this.shared.starts[this.at]!;
  }

  get end(): number {
    return this.shared.ends[this.at]!;
  }

  get labelWidth(): number {
    if (this.#labelWidth < 0) {
      const { measure, max } = this.shared;
      this.#labelWidth = Math.min(max, Math.ceil(measure(this.event.title)));
    }
    return this.#labelWidth;
  }
}

export function createTimelineIndex(doc: TimelineDocument, options: IndexOptions): TimelineIndex {
  const { clock } = options;
  const { events } = doc;
  const grouped = events.some((e) => e.group !== undefined);
  const names = groupNames(events, grouped);
  const groupOf = new Map(names.map((name, i) => [name, i]));
  const categoryOf = new Map<string, number>();
  const wall = (date: TimelineDate, time: number) => (date.zoned ? clock.toWall(time) : time);

  let min = Infinity;
  let max = -Infinity;
  const unsorted: Item[] = [];
  // Starts and ends in typed arrays as they are made: the items read them there, and sorting
  // and packing too (not from 100,000 objects).
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const shared: Shared = { measure: options.measure, max: options.maxLabelWidth, starts, ends };
  // Counted loops over the events here: until the engine optimises a loop, for…of allocates a
  // result object per step (6 MB of garbage over three loops of 100,000).
  for (let k = 0; k < events.length; k++) {
    const event = events[k]!;
    const { start, end, category } = event;
    const last = end ?? start;
    if (category !== undefined && !categoryOf.has(category))
      categoryOf.set(category, categoryOf.size);
    const item = new Item(event, shared);
    const from = (starts[k] = wall(start, start.time));
    const to = (ends[k] = wall(last, periodEnd(last)));
    item.at = k;
    item.range = end !== undefined || Boolean(event.openEnd);
    item.group = groupOf.get(grouped ? (event.group ?? '') : '')!;
    item.open = Boolean(event.openEnd);
    item.fuzzy = isFuzzy(start) || isFuzzy(end);
    item.category =
      category === undefined ? undefined : categoryOf.get(category)! % CATEGORY_COLORS;
    min = Math.min(min, from);
    max = Math.max(max, to);
    unsorted.push(item);
  }
  // An open end reaches the last date in the file, or a little past its start if it is the last.
  const span = Math.max(max - min, 86_400_000);
  const lastDate = max;
  unsorted.forEach((item, k) => {
    if (!item.open) return;
    ends[k] = Math.max(ends[k]!, lastDate, starts[k]! + span * 0.05);
    max = Math.max(max, ends[k]);
  });
  // By start, then end; equal ones keep their order (sortOrder, without a comparator).
  const order = sortOrder(starts, ends);
  const items: Item[] = [];
  const sorted = { starts: new Float64Array(order.length), ends: new Float64Array(order.length) };
  const groupOfItem = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const item = unsorted[k]!;
    item.at = i;
    items.push(item);
    sorted.starts[i] = starts[k]!;
    sorted.ends[i] = ends[k]!;
    groupOfItem[i] = item.group;
  }
  Object.assign(shared, sorted);
  const eras = (doc.eras ?? []).map((era) => ({
    title: era.title,
    start: wall(era.start, era.start.time),
    end: wall(era.end, periodEnd(era.end)),
    color: era.color,
  }));
  const position = new PositionMap(items);
  return {
    items,
    groups: names,
    eras,
    extent: items.length ? [min, max] : [0, 0],
    position,
    ...sorted,
    groupOf: groupOfItem,
  };
}

/** Group names in order of first appearance; `''` (events without a group) comes last. */
function groupNames(events: readonly TimelineEvent[], grouped: boolean): string[] {
  if (!grouped) return events.length ? [''] : [];
  const seen = new Set<string>();
  for (let k = 0; k < events.length; k++) seen.add(events[k]!.group ?? '');
  const names = [...seen];
  const home = names.indexOf('');
  if (home >= 0) names.push(...names.splice(home, 1));
  return names;
}

function isFuzzy(date: TimelineDate | undefined): boolean {
  return Boolean(date?.approximate || date?.uncertain);
}
