import type { Geometry } from './geometry.js';

/** Where a group sits vertically: its top, the top of its first lane, and its height. */
export interface GroupRow {
  readonly name: string;
  readonly top: number;
  readonly lanesTop: number;
  readonly laneCount: number;
  /** Top of the cluster row, when the group shows clusters. */
  readonly clusterTop?: number;
  readonly height: number;
}

/** How many lanes each group shows now, and whether it shows clusters. */
export interface RowContent {
  readonly laneCount: number;
  readonly clusters: boolean;
}

/**
 * Stacks the groups top to bottom. A named group with nothing in view shrinks to its name, so
 * the reader still sees it; an unnamed one keeps one empty lane.
 */
export function stackRows(
  names: readonly string[],
  content: readonly RowContent[],
  g: Geometry,
): GroupRow[] {
  const named = names.some((n) => n !== '');
  let top = 0;
  return names.map((name, i) => {
    const lanesTop = top + (named ? g.groupHeader : g.groupPadding / 2);
    const clusters = content[i]?.clusters ?? false;
    const laneCount = Math.max(named ? 0 : 1, content[i]?.laneCount ?? 0);
    const clusterTop = clusters ? lanesTop + laneCount * g.laneHeight : undefined;
    const lanesHeight = (laneCount + (clusters ? 1 : 0)) * g.laneHeight;
    const bottom = lanesTop + lanesHeight + (lanesHeight ? g.groupPadding : 0);
    const row = { name, top, lanesTop, laneCount, clusterTop, height: bottom - top };
    top = bottom;
    return row;
  });
}
