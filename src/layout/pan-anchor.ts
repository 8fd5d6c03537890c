import type { TimeScale } from './time-scale.js';

/** Where the event layer is laid out, and how far to slide it to match the current view. */
export interface PanAnchor {
  /** The scale event positions are computed with. */
  readonly x: TimeScale;
  /** Px to translate the layer by: screen px = x(time) · (hold ?? 1) + shift. */
  readonly shift: number;
  /** While a zoom gesture holds the layer's layout: how much to stretch it to match the view. */
  readonly hold?: number;
}

/**
 * While only the position changes (a pan), events keep the positions of the scale they were laid
 * out with and the whole layer slides instead, so a pan frame rewrites only the events that
 * enter, leave or touch an edge. A change of zoom (or a slide past `maxShift` px) re-anchors,
 * except while `holdZoom` (a zoom gesture runs): then the layer is stretched to follow instead.
 */
export function panAnchor(
  previous: TimeScale | undefined,
  current: TimeScale,
  maxShift: number,
  holdZoom = false,
): PanAnchor {
  if (previous) {
    const [p0, p1] = previous.domain();
    // Where the layer's left edge and its span land in the current view.
    const shift = current(p0!);
    const stretch = (current(p1!) - shift) / (previous(p1!) - previous(p0!));
    // Domains are whole ms (Dates): a pan can change the span by a ms, ~6e-7 at an hour across.
    const sameZoom = Math.abs(stretch - 1) < 1e-6;
    if (sameZoom && Math.abs(shift) <= maxShift) return { x: previous, shift };
    if (holdZoom) return { x: previous, shift, hold: stretch };
  }
  return { x: current, shift: 0 };
}
