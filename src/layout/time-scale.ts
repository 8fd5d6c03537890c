/**
 * A linear map from wall-clock ms to px: all the timeline needs of a scale. (d3-scale's
 * scaleLinear would do, but brings number formatting and interpolators the bundle doesn't need.)
 */
export interface TimeScale {
  (time: number): number;
  invert(px: number): number;
  /** The window shown: [from, to] in wall-clock ms. */
  readonly domain: readonly [number, number];
  /** Pixels per millisecond. */
  readonly pxPerMs: number;
}

export function createTimeScale(from: number, to: number, width: number): TimeScale {
  const pxPerMs = width / (to - from);
  const scale = (time: number) => (time - from) * pxPerMs;
  return Object.assign(scale, {
    invert: (px: number) => from + px / pxPerMs,
    domain: [from, to] as const,
    pxPerMs,
  });
}
