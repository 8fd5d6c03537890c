import type { Geometry } from './geometry.js';
import { packedLabel, turnsLeft } from './lanes.js';
import type { Cluster, LabelTurn } from './lanes.js';
import type { GroupRow } from './rows.js';
import type { TimeScale } from './time-scale.js';
import type { IndexedEvent } from './timeline-index.js';

/**
 * Where one event is drawn, in the event layer's px (the layer slides by `shift` to the view):
 * its hit box (the button), its mark, its dot (points) and its label. The canvas painter and
 * the buttons both read it, so what is drawn and what is clicked or focused always agree.
 */
export interface EventBox {
  readonly item: IndexedEvent;
  /** The button's box: mark and label together. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** The mark's left and right edges. */
  readonly markLeft: number;
  readonly markRight: number;
  /** Points: the dot's centre (the dot is as wide as the narrowest mark). */
  readonly dotX: number;
  /** A mark wide enough to show its bar or outline (narrow points show their dot alone). */
  readonly wide: boolean;
  readonly labelLeft: number;
  /** Room for the label: shorter than `item.labelWidth` means it is cut with an ellipsis. */
  readonly labelWidth: number;
  /** The label sits left of its mark (it would have run past the right edge). */
  readonly flipped: boolean;
}

/** A "+N" cluster's box in the event layer's px. */
export interface ClusterBox {
  readonly cluster: Cluster;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The view's edges and the geometry boxes are cut to. */
export interface BoxFrame {
  /** The scale events are laid out with (the layer's own). */
  readonly x: TimeScale;
  /** Px the layer slides by: screen px = layer px + shift. */
  readonly shift: number;
  /** The view's width in px. */
  readonly width: number;
  readonly geometry: Geometry;
  /** The right end of the window with all events (wall-clock ms): no label runs past it. */
  readonly end?: number;
  /** The labels the lanes keep room for left of their marks (see LabelTurn). */
  readonly turn?: LabelTurn;
}

/** An event's neighbours in its lane, which bound its label (unknown: it keeps to its own space). */
export interface LaneRoom {
  /** Where the space of the event before it ends (wall-clock ms; -Infinity: none). */
  readonly before?: number;
  /** The event after it (`null`: none). */
  readonly next?: IndexedEvent | null;
}

/** Where a neighbour's label may reach left to on screen: its start, or its label's left. */
function leftmost(frame: BoxFrame, item: IndexedEvent, edge: number): number {
  const g = frame.geometry;
  const x0 = frame.x(item.start);
  const full = item.labelWidth;
  // Turned when packed, or perhaps on screen (see eventBox): it may take the room before it.
  const turns =
    turnsLeft(item.start, packedLabel(full, frame.turn), frame.turn, g) ||
    x0 + g.labelInset + full > edge;
  return turns ? x0 - full - 8 : x0;
}

/**
 * An event's box. Its label reads right of its mark, in the space the event owns in its lane
 * (packing gave it the label's full width). One that would run past the right edge sits left of
 * its mark instead: late ones, for which the lanes kept that room (see LabelTurn), and any other
 * whose lane has more room there (`room.before`: where the space of the lane's previous event ends)
 * than before the view's edge. A label longer than its room is cut with an ellipsis.
 */
export function eventBox(
  frame: BoxFrame,
  item: IndexedEvent,
  row: GroupRow,
  lane: number,
  room: LaneRoom = {},
): EventBox {
  const { x, width, geometry: g } = frame;
  // The view's edges in the layer's coordinates.
  const viewLeft = -frame.shift;
  const viewRight = viewLeft + width;
  const x0 = x(item.start);
  const markWidth = Math.max(x(item.end) - x0, g.minMarkWidth);
  const markLeft = Math.max(x0, viewLeft - g.minMarkWidth);
  const markRight = Math.min(x0 + markWidth, viewRight + g.minMarkWidth);
  // An event that starts off screen keeps its label in view, shortened (with an ellipsis) to
  // the space it owns in its lane; near the right edge a label shortens rather than run off.
  const edge = Math.min(viewRight, frame.end === undefined ? Infinity : x(frame.end)) - 6;
  // The label as packed: its full width, or shorter in dense data (see LabelTurn); in full where
  // its lane has room up to the next event.
  const next =
    room.next === null ? Infinity : room.next && leftmost(frame, room.next, edge) - g.gap;
  const label =
    next === undefined
      ? packedLabel(item.labelWidth, frame.turn)
      : Math.max(
          packedLabel(item.labelWidth, frame.turn),
          Math.min(item.labelWidth, next - x0 - g.labelInset - 4),
        );
  const owned = x0 + Math.max(markWidth, g.labelInset + label + 4);
  const rightLeft = Math.max(x0 + g.labelInset, viewLeft + g.labelInset / 2);
  const rightRoom = Math.min(owned - 4 - rightLeft, edge - rightLeft);
  // Where the lane is free from, left of the mark (a scale may not map infinities).
  const { before } = room;
  const free = before === undefined ? Infinity : before === -Infinity ? -Infinity : x(before);
  const leftRoom = x0 - 4 - Math.max(free + 4, viewLeft + 4);
  const flipped =
    turnsLeft(item.start, label, frame.turn, g) || (label > rightRoom && leftRoom > rightRoom);
  const labelWidth = Math.max(
    0,
    flipped
      ? Math.min(label, leftRoom)
      : Math.min(label, owned - 4 - rightLeft, Math.max(48, edge - rightLeft)),
  );
  const labelLeft = flipped ? x0 - 4 - labelWidth : rightLeft;
  const left = Math.min(markLeft, labelLeft);
  return {
    item,
    left,
    top: row.lanesTop + lane * g.laneHeight + 4,
    width: Math.max(markRight, labelLeft + labelWidth) - left,
    height: g.laneHeight - 8,
    markLeft,
    markRight,
    dotX: x0 + g.minMarkWidth / 2,
    wide: markWidth > g.minMarkWidth * 1.5,
    labelLeft,
    labelWidth,
    flipped,
  };
}

export function clusterBox(frame: BoxFrame, cluster: Cluster, row: GroupRow): ClusterBox {
  const g = frame.geometry;
  return {
    cluster,
    left: frame.x(cluster.start),
    top: (row.clusterTop ?? 0) + 4,
    width: g.clusterWidth,
    height: g.laneHeight - 8,
  };
}
