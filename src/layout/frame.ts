import type { Geometry } from './geometry.js';
import { lanesAt } from './lane-levels.js';
import { labelTurn, laneScale } from './lanes.js';
import type { LabelTurn, LaneLayout } from './lanes.js';
import { inBand } from './row-band.js';
import type { RowBand } from './row-band.js';
import { stackRows } from './rows.js';
import type { GroupRow } from './rows.js';
import { createTicks } from './ticks.js';
import type { Ticks } from './ticks.js';
import type { TimelineIndex } from './timeline-index.js';
import { laneOf, visibleClusters, visibleItems } from './visible.js';
import type { VisibleCluster, VisibleItem } from './visible.js';

/** Everything one render needs, for the wall-clock window [from, to] over `width` px. */
export interface Frame {
  /** The right end of the whole window (all events, at zoom 1): a label that would pass it sits left of its mark. */
  readonly end: number;
  /** Which labels the lanes keep room for left of their marks (see LabelTurn). */
  readonly turn: LabelTurn;
  readonly ticks: Ticks;
  readonly rows: readonly GroupRow[];
  readonly height: number;
  readonly visible: readonly VisibleItem[];
  readonly clusters: readonly VisibleCluster[];
}

export interface FrameInput {
  readonly index: TimelineIndex;
  readonly from: number;
  readonly to: number;
  /** The right end of the window with all events (see fitDomain); `to` when unknown. */
  readonly end?: number;
  readonly width: number;
  readonly geometry: Geometry;
  readonly locale: string | undefined;
  readonly measure: (text: string) => number;
  /** Lane layouts by scale; kept by the caller across frames, cleared when `root` changes. */
  readonly cache: Map<number, LaneLayout>;
  /** The lanes to show instead of the level at this scale (a coarser one, while it is packed). */
  readonly lanes?: LaneLayout;
  /** The lane scale with all events in view (zoom 1), where lane levels start (see lanesAt). */
  readonly root: number;
  /** The scale that decides which labels turn left (see LabelTurn); `root` when absent. */
  readonly turnScale?: number;
  /** Event ids to keep rendered even off screen (the focused one), so focus is never lost. */
  readonly keep: readonly string[];
  /** The start of a cluster to keep rendered even off screen (the focused one), likewise. */
  readonly keepCluster?: number;
  /** Groups (by index) shown as their name only. */
  readonly collapsed?: ReadonlySet<number>;
  /** The rows in view (see rowBand): only their events and clusters are in the frame. All rows when absent. */
  readonly band?: RowBand;
}

export function createFrame(input: FrameInput): Frame {
  const { index, from, to, width, geometry: g, cache } = input;
  const scale = laneScale(width / (to - from));
  const layout = input.lanes ?? lanesAt(index, scale, input.root, cache, g, input.turnScale);
  const visible = visibleItems(layout, from, to);
  for (const id of input.keep) {
    const at = index.position.get(id);
    if (at === undefined || visible.some((v) => v.index === at)) continue;
    const item = index.item(at);
    const lane = laneOf(layout, item.group, at, item.start);
    if (lane >= 0) visible.push({ index: at, group: item.group, lane });
  }
  const open = (group: number) => !input.collapsed?.has(group);
  const clusters = visibleClusters(layout, from, to, (g.clusterWidth + g.gap) / scale).filter((c) =>
    open(c.group),
  );
  const kept = input.keepCluster;
  if (kept !== undefined && !clusters.some((c) => c.cluster.start === kept))
    layout.groups.forEach((group, i) => {
      const cluster = group.clusters.find((c) => c.start === kept);
      if (cluster && open(i)) clusters.push({ cluster, group: i });
    });
  const { items, laneCounts } = compactLanes(
    visible.filter((v) => open(v.group)),
    index.groups.length,
  );
  const rows = stackRows(
    index.groups,
    laneCounts.map((laneCount, group) => ({
      laneCount,
      clusters: clusters.some((c) => c.group === group),
    })),
    g,
  );
  const last = rows[rows.length - 1];
  // Rows are stacked from everything in the window; then the rows out of view drop out, all but
  // the kept event and cluster, wherever they are.
  const band = input.band ?? [-Infinity, Infinity];
  const keptAt = new Set(input.keep.map((id) => index.position.get(id)));
  const lane = g.laneHeight;
  return {
    end: input.end ?? to,
    turn: labelTurn(index, input.root, g, input.turnScale),
    ticks: createTicks(from, to, width, { locale: input.locale, measure: input.measure }),
    rows,
    height: last ? last.top + last.height : 0,
    visible: items
      .filter(
        (v) => keptAt.has(v.index) || inBand(band, rows[v.group]!.lanesTop + v.lane * lane, lane),
      )
      .sort((a, b) => a.index - b.index),
    clusters: clusters.filter(
      (c) => c.cluster.start === kept || inBand(band, rows[c.group]!.clusterTop ?? 0, lane),
    ),
  };
}

/**
 * Closes up lanes that are empty in the window, keeping the order of the rest: items never
 * change lane relative to each other while panning, but rows take only the height they need.
 */
export function compactLanes(
  visible: readonly VisibleItem[],
  groups: number,
): { items: VisibleItem[]; laneCounts: number[] } {
  const used = Array.from({ length: groups }, () => new Set<number>());
  for (const v of visible) used[v.group]!.add(v.lane);
  const maps = used.map(
    (lanes) => new Map([...lanes].sort((a, b) => a - b).map((lane, i) => [lane, i])),
  );
  return {
    items: visible.map((v) => ({ ...v, lane: maps[v.group]!.get(v.lane)! })),
    laneCounts: used.map((lanes) => lanes.size),
  };
}
