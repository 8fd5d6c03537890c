import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scaleUtc } from 'd3-scale';
import type { ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import type { ZoomController } from './zoom-controller.js';

/** The detail of `timeline-zoom`: the view as d3 sees it, and its range as instants. */
export interface TimelineZoomDetail {
  readonly transform: ZoomTransform;
  readonly xScale: ScaleTime<number, number>;
  readonly start: Date;
  readonly end: Date;
}

/**
 * The view for pages' own d3 code: a time scale of instants → px and the zoom transform, and
 * `timeline-zoom` after each rendered frame whose view changed (a gesture's, a glide's, a
 * resize's, new data's), so a page's layer redraws with the timeline.
 */
export class D3ViewController implements ReactiveController {
  private shown?: { transform: ZoomTransform; start: number; end: number; width: number };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly zoom: ZoomController,
    /** Wall-clock ms of the display zone → the instants they name. */
    private readonly instants: (from: number, to: number) => { start: Date; end: Date },
    private readonly width: () => number,
  ) {
    host.addController(this);
  }

  /**
   * A new d3 time scale of the current view: instants → px from the plot's left edge. The view is
   * linear in the display zone's wall-clock; this maps its two ends, so across a DST change in
   * view a time can sit up to the change (an hour) off its mark.
   */
  get xScale(): ScaleTime<number, number> | null {
    if (!this.zoom.ready) return null;
    const { start, end } = this.instants(...this.zoom.domain);
    return scaleUtc().domain([start, end]).range([0, this.width()]);
  }

  hostUpdated(): void {
    const scale = this.xScale;
    if (!scale) return;
    const [start, end] = scale.domain() as [Date, Date];
    const view = {
      transform: this.zoom.transform,
      start: start.getTime(),
      end: end.getTime(),
      width: this.width(),
    };
    const shown = this.shown;
    if (
      shown &&
      shown.start === view.start &&
      shown.end === view.end &&
      shown.width === view.width &&
      shown.transform === view.transform
    )
      return;
    this.shown = view;
    const detail: TimelineZoomDetail = { transform: view.transform, xScale: scale, start, end };
    this.host.dispatchEvent(
      new CustomEvent('timeline-zoom', { detail, bubbles: true, composed: true }),
    );
  }
}
