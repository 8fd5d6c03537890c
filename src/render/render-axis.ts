import { html, svg } from 'lit';
import type { TimeScale } from '../layout/time-scale.js';
import type { Ticks } from '../layout/ticks.js';

export const AXIS_HEIGHT = 44;

/**
 * The two-row axis: context labels on top ("September 2024"), fine ticks below. The first
 * context label sticks to the left edge so the reader always knows where they are.
 */
export function renderAxis(
  ticks: Ticks,
  x: TimeScale,
  width: number,
  measure: (text: string) => number,
) {
  const major = ticks.major.map((t) => ({ ...t, x: x(t.time) }));
  return html`<svg part="axis" class="axis" width=${width} height=${AXIS_HEIGHT} aria-hidden="true">
    ${major.map((t, i) => {
      const next = major[i + 1]?.x ?? Infinity;
      // Stick to the left edge, but give way to the next label.
      const at = Math.min(Math.max(t.x, 0) + 6, next - measure(t.label) - 12);
      return svg`${t.x >= 0 ? svg`<line x1=${t.x} x2=${t.x} y1="0" y2=${AXIS_HEIGHT}></line>` : null}
        ${at >= 2 ? svg`<text class="major" x=${at} y="17">${t.label}</text>` : null}`;
    })}
    ${ticks.minor.map((t) => {
      const tx = x(t.time);
      // Without a context row (years), the labels sit in the middle of the axis.
      const y = major.length ? AXIS_HEIGHT - 10 : AXIS_HEIGHT / 2 + 5;
      return svg`<line x1=${tx} x2=${tx} y1=${AXIS_HEIGHT - 6} y2=${AXIS_HEIGHT}></line>
        <text x=${tx + 4} y=${y}>${t.label}</text>`;
    })}
  </svg>`;
}

/** Light vertical lines behind the events at each tick. */
export function renderGrid(ticks: Ticks, x: TimeScale, height: number) {
  return html`<svg class="grid" height=${height} aria-hidden="true">
    ${ticks.minor.map((t) => svg`<line x1=${x(t.time)} x2=${x(t.time)} y1="0" y2=${height}></line>`)}
    ${ticks.major.map((t) => svg`<line class="major" x1=${x(t.time)} x2=${x(t.time)} y1="0" y2=${height}></line>`)}
  </svg>`;
}
