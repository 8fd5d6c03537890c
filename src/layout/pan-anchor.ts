import type { TimeScale } from './time-scale.js';

/** Where the event layer is laid out, and how far to slide it to match the current view. */
export interface PanAnchor {
  /** The scale event positions are computed with. */
  readonly x: TimeScale;
  /** Px to translate the layer by: screen px = x(time) + shift. */
  readonly shift: number;
}

/**
 * While only the position changes (a pan), events keep the positions of the scale they were laid
 * out with and the whole layer slides instead, so a pan frame rewrites only the events that
 * enter, leave or touch an edge. A change of zoom (or a slide past `maxShift` px) re-anchors.
 */
export function panAnchor(
  previous: TimeScale | undefined,
  current: TimeScale,
  maxShift: number,
): PanAnchor {
  if (previous && Math.abs(previous.pxPerMs / current.pxPerMs - 1) < 1e-9) {
    const shift = (previous.domain[0] - current.domain[0]) * current.pxPerMs;
    if (Math.abs(shift) <= maxShift) return { x: previous, shift };
  }
  return { x: current, shift: 0 };
}
