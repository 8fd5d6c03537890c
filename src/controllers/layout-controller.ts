import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTextMeasurer } from '../format/text-measure.js';
import { fitDomain } from '../layout/fit.js';
import { createFrame } from '../layout/frame.js';
import type { Frame, FrameInput } from '../layout/frame.js';
import type { Geometry } from '../layout/geometry.js';
import { levelSteps } from '../layout/lane-levels.js';
import { laneScale } from '../layout/lanes.js';
import type { LaneLayout } from '../layout/lanes.js';
import { panAnchor } from '../layout/pan-anchor.js';
import type { PanAnchor } from '../layout/pan-anchor.js';
import type { TimeScale } from '../layout/time-scale.js';
import { createTimelineIndex } from '../layout/timeline-index.js';
import type { IndexedEvent, TimelineIndex } from '../layout/timeline-index.js';
import type { WallClock } from '../layout/time-zone.js';
import type { TimelineDocument } from '../model/types.js';
import { cancelIdle, whenIdle } from './idle.js';
import type { ZoomController } from './zoom-controller.js';

/** What a frame keeps and shows besides the zoom: see FrameInput; `gesturing` while a gesture runs. */
export type FrameView = Pick<FrameInput, 'keep' | 'keepCluster' | 'collapsed' | 'band'> & {
  readonly gesturing: boolean;
};

/** What the layout is computed from; read from the host at each update. */
export interface LayoutInputs {
  readonly document: TimelineDocument | undefined;
  /** Changes whenever `document` does. */
  readonly version: number;
  readonly clock: WallClock;
  readonly width: number;
  /** CSS font of event labels, for measuring them. */
  readonly labelFont: () => string;
  /** The labels' bold font (the selected event's): lanes keep room for a label at that width. */
  readonly boldFont?: () => string;
}

/**
 * Keeps the zoom-independent layout current: re-indexes when the data or time zone changes
 * (O(n log n)), re-fits the zoom when the width changes, and caches lane packings per scale,
 * so a frame of zoom or pan costs only the visible events.
 */
export class LayoutController implements ReactiveController {
  index?: TimelineIndex;
  /** Label widths in the label font (canvas), rebuilt with the index. */
  measure: (text: string) => number = (text) => text.length * 7;
  private readonly lanes = new Map<number, LaneLayout>();
  private last = { version: -1, zone: '', width: 0 };
  private anchorScale?: TimeScale;
  /** The lane scale at zoom 1, where lane levels start. */
  private root = 0;
  /** The right end of the window with all events (see fitDomain). */
  private end?: number;
  /**
   * The scale with all events in view, to an eighth of an octave (down): it decides which
   * labels turn left (see LabelTurn), and lanes are packed anew when it changes.
   */
  private turnScale = 0;
  private idle = 0;
  /** Levels being packed in idle time, in order, each as far as it got. */
  private jobs = new Map<number, Generator<void, LaneLayout>>();
  /** The level a gesture's frames show a coarser one for, until it is packed. */
  private waiting?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly zoom: ZoomController,
    private readonly geometry: Geometry,
    private readonly inputs: () => LayoutInputs,
  ) {
    host.addController(this);
  }

  /** Runs after the host's willUpdate, before it renders. */
  hostUpdate(): void {
    const { document: doc, version, clock, width, labelFont, boldFont } = this.inputs();
    if (!doc) return;
    const { last, geometry: g } = this;
    const fresh = last.version !== version || last.zone !== clock.timeZone;
    if (fresh) {
      this.measure = createTextMeasurer(labelFont());
      this.index = createTimelineIndex(doc, {
        clock,
        // Selected, a label is bold: it takes that room in its lane, so it never needs cutting.
        measure: boldFont ? createTextMeasurer(boldFont()) : this.measure,
        maxLabelWidth: g.maxLabelWidth,
      });
      this.lanes.clear();
      this.jobs.clear();
      this.anchorScale = undefined;
    }
    if (fresh || width !== last.width) {
      const extent = this.index!.size ? fitDomain(this.index!, width, g) : undefined;
      const root = extent ? laneScale(width / (extent[1] - extent[0])) : 0;
      const turnScale = extent
        ? 2 ** (Math.floor(Math.log2(width / (extent[1] - extent[0])) * 8) / 8)
        : 0;
      this.end = extent?.[1];
      // Lane levels grow from the root: a new root or turn (new data or width) starts them afresh.
      if (root !== this.root || turnScale !== this.turnScale) {
        this.lanes.clear();
        this.jobs.clear();
      }
      this.root = root;
      this.turnScale = turnScale;
      // New data shows everything; a resize keeps the visible range (also across a time hidden).
      this.zoom.setExtent(extent, width, !fresh);
    }
    this.last = { version, zone: clock.timeZone, width };
  }

  /**
   * Layout for the current zoom and `view`. During a gesture over many events, a level not
   * packed yet shows the closest coarser one meanwhile (valid: spaces only shrink as the scale
   * grows, so it only has more clusters) and is packed in idle time, so no frame of the gesture
   * waits for a packing.
   */
  frame(width: number, locale: string | undefined, view: FrameView): Frame | undefined {
    const { index } = this;
    if (!index || !this.zoom.ready) return undefined;
    const [from, to] = this.zoom.domain;
    const pxPerMs = width / (to - from);
    const scale = laneScale(pxPerMs);
    const many = index.size >= 5_000;
    const meanwhile = many && view.gesturing ? this.coarserThan(scale) : undefined;
    this.waiting = meanwhile ? scale : undefined;
    if (many) {
      // The level the view waits for first, then the next ones in (two) and out (one).
      const next = [Math.SQRT2, 2, Math.SQRT1_2].map((f) => laneScale(pxPerMs * f * 1.001));
      this.plan([...(meanwhile ? [scale] : []), ...next].filter((s) => s >= this.root));
    }
    return createFrame({
      index,
      from,
      to,
      end: this.end,
      width,
      geometry: this.geometry,
      locale,
      measure: this.measure,
      cache: this.lanes,
      root: this.root,
      turnScale: this.turnScale,
      lanes: meanwhile,
      keep: view.keep,
      keepCluster: view.keepCluster,
      collapsed: view.collapsed,
      band: view.band,
    });
  }

  /** The event layer's scale and slide for the current view (see panAnchor). */
  anchor(current: TimeScale, width: number, holdZoom: boolean): PanAnchor {
    const anchor = panAnchor(this.anchorScale, current, width * 4, holdZoom);
    this.anchorScale = anchor.x;
    return anchor;
  }

  hostDisconnected(): void {
    cancelIdle(this.idle);
    this.idle = 0;
  }

  /** The packed level closest below `scale` (the root at worst), unless `scale` is packed. */
  private coarserThan(scale: number): LaneLayout | undefined {
    if (this.lanes.has(scale)) return undefined;
    let best: number | undefined;
    for (const known of this.lanes.keys())
      if (known < scale && (best === undefined || known > best)) best = known;
    return best === undefined ? undefined : this.lanes.get(best);
  }

  /**
   * Packs the levels at `scales`, in that order, while the browser is idle, in steps of a few ms
   * (see levelSteps: a level of 100,000 events takes tens of ms). A level keeps its
   * progress from frame to frame; one no longer wanted is dropped.
   */
  private plan(scales: number[]): void {
    const { index, root } = this;
    if (!index) return;
    const jobs = new Map<number, Generator<void, LaneLayout>>();
    for (const scale of scales) {
      if (this.lanes.has(scale) || jobs.has(scale)) continue;
      jobs.set(
        scale,
        this.jobs.get(scale) ??
          levelSteps(index, scale, root, this.lanes, this.geometry, this.turnScale),
      );
    }
    this.jobs = jobs;
    if (jobs.size && !this.idle) this.idle = whenIdle(this.work);
  }

  private readonly work = (deadline?: IdleDeadline): void => {
    this.idle = 0;
    for (const [scale, job] of this.jobs) {
      for (;;) {
        if (job.next().done) {
          this.jobs.delete(scale);
          // The view showed a coarser level for this one: show it now.
          if (scale === this.waiting) this.host.requestUpdate();
          break;
        }
        // About 10 ms a turn at most (an idle period lasts up to 50): a wheel event that comes
        // meanwhile waits no longer; between a gesture's frames, one step a turn.
        if (deadline && deadline.timeRemaining() < 40) {
          this.idle = whenIdle(this.work);
          return;
        }
      }
    }
  };

  item(id: string): IndexedEvent | undefined {
    const at = this.index?.position.get(id);
    return at === undefined ? undefined : this.index!.item(at);
  }
}
