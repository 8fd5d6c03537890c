import { interpolateZoom } from 'd3-interpolate';
import { zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';

/** A glide takes this long at least and at most, in ms (d3's smooth zoom path says how long between). */
export const GLIDE_MS: readonly [number, number] = [250, 750];

/** A view as d3's zoom interpolation sees it: centre x, centre y and width, in base px. */
export type ZoomView = [number, number, number];

type Constrain = (
  transform: ZoomTransform,
  extent: [[number, number], [number, number]],
  limits: [[number, number], [number, number]],
) => ZoomTransform;

/** Keeps the zoom state on the x axis only: d3's own constraint, with no vertical translation. */
export function constrainX(free: Constrain): Constrain {
  return (transform, extent, limits) => {
    const t = free(transform, extent, limits);
    return t.y === 0 ? t : zoomIdentity.translate(t.x, 0).scale(t.k);
  };
}

/**
 * d3's smooth zoom path from `a` to `b`, held inside the events' window (base px [0, width]): a
 * long glide rises over the path's middle, never past all events (k = 1) nor beside them.
 */
export function pathWithin(a: ZoomView, b: ZoomView, width: number) {
  const path = interpolateZoom(a, b);
  const within = (t: number): ZoomView => {
    const [x, y, w] = path(t);
    const view = Math.min(w, width);
    return [Math.min(width - view / 2, Math.max(view / 2, x)), y, view];
  };
  return Object.assign(within, { duration: path.duration });
}

/** How long a glide from one view to another takes: the smooth path's length, within GLIDE_MS. */
export function glideMs(from: ZoomTransform, to: ZoomTransform, width: number): number {
  const middle = width / 2;
  const path = interpolateZoom(
    [from.invertX(middle), 0, width / from.k],
    [to.invertX(middle), 0, width / to.k],
  );
  return Math.min(GLIDE_MS[1], Math.max(GLIDE_MS[0], path.duration));
}
