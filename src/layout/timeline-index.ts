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
  /** How many events. */
  readonly size: number;
  /** The event at a position in start order, made the first time it is asked for. */
  item(at: number): IndexedEvent;
  /** Group names; `''` is the home of events without a group. */
  readonly groups: readonly string[];
  readonly eras: readonly IndexedEra[];
  readonly extent: readonly [number, number];
  /** Event id → position in start order. */
  readonly position: ReadonlyMap<string, number>;
  /** The starts, ends and groups in start order: what packing reads, one array each. */
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

/** What every item of one index shares: how labels are measured, its columns, its categories. */
interface Shared {
  readonly measure: (text: string) => number;
  readonly max: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly groupOf: Int32Array;
  /** Category → its order of first appearance. */
  readonly categories: Map<string, number>;
}

/**
 * An IndexedEvent, made only when something asks for it: zoomed out over 100,000 events, only
 * the few hundred that get a lane or a button are. Everything but the event is read from the
 * index's columns or worked out from the event; its label is measured on first use.
 */
class Item implements IndexedEvent {
  #labelWidth = -1;

  constructor(
    readonly event: TimelineEvent,
    private readonly at: number,
    private readonly shared: Shared,
  ) {}

  get start(): number {
    return this.shared.starts[this.at]!;
  }

  get end(): number {
    return this.shared.ends[this.at]!;
  }

  get group(): number {
    return this.shared.groupOf[this.at]!;
  }

  get range(): boolean {
    return this.event.end !== undefined || this.open;
  }

  get open(): boolean {
    return Boolean(this.event.openEnd);
  }

  get fuzzy(): boolean {
    return isFuzzy(this.event.start) || isFuzzy(this.event.end);
  }

  get category(): number | undefined {
    const { category } = this.event;
    return category === undefined
      ? undefined
      : this.shared.categories.get(category)! % CATEGORY_COLORS;
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
  const n = events.length;
  const grouped = events.some((e) => e.group !== undefined);
  const names = groupNames(events, grouped);
  const groupIndex = new Map(names.map((name, i) => [name, i]));
  const categories = new Map<string, number>();
  const wall = (date: TimelineDate, time: number) => (date.zoned ? clock.toWall(time) : time);

  let min = Infinity;
  let max = -Infinity;
  // Columns, not an object per event: 100,000 objects made up much of a first render's work
  // and of what the collector then had to copy. Counted loops: until the engine optimises a
  // loop, for…of allocates a result object per step.
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const groups = new Int32Array(n);
  let open = false;
  for (let k = 0; k < n; k++) {
    const { start, end, category, group, openEnd } = events[k]!;
    const last = end ?? start;
    if (category !== undefined && !categories.has(category))
      categories.set(category, categories.size);
    // wall() written out: a call fewer per date while the loop runs unoptimised.
    const from = (starts[k] = start.zoned ? clock.toWall(start.time) : start.time);
    const to = (ends[k] = last.zoned ? clock.toWall(periodEnd(last)) : periodEnd(last));
    groups[k] = grouped ? groupIndex.get(group ?? '')! : 0;
    // Compared, not Math.min and max: until the engine optimises the loop, a call per event.
    if (from < min) min = from;
    if (to > max) max = to;
    open ||= openEnd === true;
  }
  // An open end reaches the last date in the file, or a little past its start if it is the last.
  const span = Math.max(max - min, 86_400_000);
  const lastDate = max;
  for (let k = 0; open && k < n; k++) {
    if (!events[k]!.openEnd) continue;
    max = Math.max(max, (ends[k] = Math.max(ends[k]!, lastDate, starts[k]! + span * 0.05)));
  }
  // By start, then end; equal ones keep their order (sortOrder, without a comparator).
  const order = sortOrder(starts, ends);
  const shared: Shared = {
    measure: options.measure,
    max: options.maxLabelWidth,
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    groupOf: new Int32Array(n),
    categories,
  };
  for (let i = 0; i < n; i++) {
    const k = order[i]!;
    shared.starts[i] = starts[k]!;
    shared.ends[i] = ends[k]!;
    shared.groupOf[i] = groups[k]!;
  }
  const made = new Array<Item | undefined>(n);
  const item = (at: number): Item => (made[at] ??= new Item(events[order[at]!]!, at, shared));
  const eras = (doc.eras ?? []).map((era) => ({
    title: era.title,
    start: wall(era.start, era.start.time),
    end: wall(era.end, periodEnd(era.end)),
    color: era.color,
  }));
  return {
    size: n,
    item,
    groups: names,
    eras,
    extent: n ? [min, max] : [0, 0],
    position: new PositionMap(n, (at) => events[order[at]!]!.id),
    starts: shared.starts,
    ends: shared.ends,
    groupOf: shared.groupOf,
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
