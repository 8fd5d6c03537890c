import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ScaleLinear } from 'd3-scale';
import type { Frame } from '../layout/frame.js';
import type { Geometry } from '../layout/geometry.js';
import type { Cluster } from '../layout/lanes.js';
import type { IndexedEvent, TimelineIndex } from '../layout/timeline-index.js';
import { renderAxis, renderGrid } from './render-axis.js';
import { renderEvents } from './render-events.js';

export interface PlotView {
  readonly frame: Frame;
  readonly index: TimelineIndex;
  readonly x: ScaleLinear<number, number>;
  readonly width: number;
  readonly geometry: Geometry;
  readonly selectedId: string | undefined;
  readonly measure: (text: string) => number;
  readonly dateText: (item: IndexedEvent) => string;
  readonly clusterLabel: (cluster: Cluster) => string;
  readonly groupName: (name: string) => string;
}

/** The axis on top, then the lanes (scrolling vertically when tall) over a light grid. */
export function renderPlot(view: PlotView) {
  const { frame, x, width } = view;
  return html`${renderAxis(frame.ticks, x, width, view.measure)}
    <div class="lanes">
      <div class="rows" style=${styleMap({ height: `${frame.height}px` })}>
        ${renderGrid(frame.ticks, x, frame.height)}
        ${renderEvents({ ...view, rows: frame.rows, visible: frame.visible, clusters: frame.clusters })}
      </div>
    </div>`;
}
