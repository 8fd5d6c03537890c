import { html } from 'lit';
import { styleMap } from './style-map.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { Frame } from '../layout/frame.js';
import type { PanAnchor } from '../layout/pan-anchor.js';
import type { IndexedEra } from '../layout/timeline-index.js';
import type { PlacedMarker } from '../layout/markers.js';
import { renderAxis, renderGrid } from './render-axis.js';
import { renderEvents } from './render-events.js';
import type { EventsView } from './render-events.js';

/** The event layer's view, with the frame it is cut from and the markers to draw. */
export interface PlotView extends Omit<
  EventsView,
  'rows' | 'visible' | 'clusters' | 'shift' | 'hold' | 'current' | 'height'
> {
  readonly frame: Frame;
  /** The event layer's own scale and slide (see panAnchor); `x` is the view's scale. */
  readonly anchor: PanAnchor;
  readonly measure: (text: string) => number;
  readonly markers: readonly PlacedMarker[];
}

/** Named spans behind everything, each labelled at its left edge (or the plot's, once scrolled past). */
function renderEras(eras: readonly IndexedEra[], x: TimeScale, width: number) {
  return eras
    .filter((era) => x(era.end) > 0 && x(era.start) < width)
    .map((era, i) => {
      const left = Math.max(x(era.start), 0);
      const right = Math.min(x(era.end), width);
      return html`<div
        part="era"
        class="era ${i % 2 ? 'odd' : ''}"
        title=${era.title}
        style=${styleMap({
          transform: `translateX(${Math.round(left)}px)`,
          width: `${Math.max(1, Math.round(right - left))}px`,
          '--_era-color': era.color,
        })}
      >
        <span class="era-label">${era.title}</span>
      </div>`;
    });
}

/** Vertical lines for today and the page's markers, with their labels, behind the events. */
function renderMarkers(markers: readonly PlacedMarker[], x: TimeScale, width: number) {
  return markers
    .filter((m) => x(m.time) >= 0 && x(m.time) <= width)
    .map(
      (m) =>
        html`<div
          part="marker"
          class="marker ${m.today ? 'today' : ''}"
          style=${styleMap({ transform: `translateX(${Math.round(x(m.time))}px)` })}
        >
          <span class="marker-label">${m.label}</span>
        </div>`,
    );
}

/**
 * The axis on top, then the lanes (scrolling vertically when tall) over a light grid, and over
 * the lanes' visible box the page's own layer (slot `overlay`), as wide as the scale's range.
 */
export function renderPlot(view: PlotView) {
  const { frame, x, width } = view;
  return html`${renderAxis(frame.ticks, x, width, view.measure)}
    <div class="lanes-box">
      <div class="lanes">
        <div class="rows" style=${styleMap({ height: `${frame.height}px` })}>
          ${renderEras(view.index.eras, x, width)} ${renderGrid(frame.ticks, x, frame.height)}
          ${renderMarkers(view.markers, x, width)}
          ${renderEvents({
            ...view,
            x: view.anchor.x,
            shift: view.anchor.shift,
            hold: view.anchor.hold,
            current: x,
            end: frame.end,
            turn: frame.turn,
            height: frame.height,
            rows: frame.rows,
            visible: frame.visible,
            clusters: frame.clusters,
          })}
        </div>
      </div>
      <div part="overlay" class="overlay" style=${styleMap({ width: `${width}px` })}>
        <slot name="overlay"></slot>
      </div>
    </div>`;
}
