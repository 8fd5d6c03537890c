/**
 * The stretch of the rows, [top, bottom) in px from their top, whose events get buttons and
 * paint: what the lanes' scrolling box shows, and a little more.
 */
export type RowBand = readonly [top: number, bottom: number];

/**
 * The band for lanes scrolled down by `scrollTop` that show at most `visible` px (Infinity when
 * they do not scroll). It moves in steps of `step` px and reaches a step beyond the view each way:
 * scrolling within a step needs no new buttons, and Tab always finds the next row to scroll to.
 */
export function rowBand(scrollTop: number, visible: number, step: number): RowBand {
  const top = Math.floor(scrollTop / step) * step - step;
  return [top, top + visible + 3 * step];
}

/** Whether a slot `height` px tall at `top` overlaps the band. */
export const inBand = (band: RowBand, top: number, height: number): boolean =>
  top + height > band[0] && top < band[1];
