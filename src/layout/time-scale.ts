import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';

/**
 * The x scale: a d3 UTC time scale from wall-clock instants (the display zone's local time
 * spelled as UTC fields, see time-zone.ts) to px. It takes Dates or wall-clock ms; `invert`
 * gives a Date.
 */
export type TimeScale = ScaleTime<number, number>;

/** The window [from, to] (wall-clock ms) across [0, width] px. */
export function createTimeScale(from: number, to: number, width: number): TimeScale {
  return scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, width]);
}

/** The window a scale shows, in wall-clock ms. */
export function domainOf(x: TimeScale): [number, number] {
  const [from, to] = x.domain();
  return [+from!, +to!];
}
