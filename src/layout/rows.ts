import type { Geometry } from './geometry.js';
import type { LaneLayout } from './lanes.js';

/** Where a group sits vertically: its top, the top of its first lane, and its height. */
export interface GroupRow {
  readonly name: string;
  readonly top: number;
  readonly lanesTop: number;
  readonly laneCount: number;
  /** Top of the cluster row, when the group has clusters. */
  readonly clusterTop?: number;
  readonly height: number;
}

/** Stacks the groups top to bottom; a group always has at least one lane. */
export function stackRows(layout: LaneLayout, names: readonly string[], g: Geometry): GroupRow[] {
  const named = names.some((n) => n !== '');
  let top = 0;
  return layout.groups.map((group, i) => {
    const lanesTop = top + (named ? g.groupHeader : g.groupPadding / 2);
    const laneCount = Math.max(1, group.lanes.length);
    const clusterTop = group.clusters.length ? lanesTop + laneCount * g.laneHeight : undefined;
    const bottom =
      (clusterTop ?? lanesTop + (laneCount - 1) * g.laneHeight) + g.laneHeight + g.groupPadding;
    const row = { name: names[i]!, top, lanesTop, laneCount, clusterTop, height: bottom - top };
    top = bottom;
    return row;
  });
}
