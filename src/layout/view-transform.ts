/**
 * The one zoom state: base px (all events across the width at zoom 1) map to screen px as
 * `screen = base · k + x`. Immutable; every input produces a new one through these functions.
 */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };

/** Zooms by `factor` keeping the point under screen px `at` where it is. */
export function zoomAround(t: ViewTransform, factor: number, at: number): ViewTransform {
  const k = t.k * factor;
  return { k, x: at - ((at - t.x) / t.k) * k };
}

/** Moves the view by `px` (positive: later in time). */
export function panBy(t: ViewTransform, px: number): ViewTransform {
  return { k: t.k, x: t.x - px };
}

/**
 * Holds a transform to the limits: zoom between 1 (all events) and `maxK`, keeping the middle
 * of the view where it was asked to be, and no panning past the events on either side.
 */
export function clampTransform(t: ViewTransform, width: number, maxK: number): ViewTransform {
  const k = Math.min(maxK, Math.max(1, t.k));
  const middle = width / 2;
  const x = middle - ((middle - t.x) / t.k) * k;
  return { k, x: Math.min(0, Math.max(width - width * k, x)) };
}

export const sameTransform = (a: ViewTransform, b: ViewTransform) => a.k === b.k && a.x === b.x;
