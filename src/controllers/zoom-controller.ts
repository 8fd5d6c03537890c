import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { createTimeScale } from '../layout/time-scale.js';
import type { TimeScale } from '../layout/time-scale.js';

const HOUR = 3_600_000;

export interface ZoomOptions {
  /** Whether a plain wheel (no Ctrl/⌘) may zoom right now. */
  plainWheelZooms: () => boolean;
  /** A plain wheel was left to scroll the page: the host may show a hint. */
  onWheelIgnored: () => void;
  /** The user finished a zoom or pan (not called for programmatic changes). */
  onUserChange: (from: number, to: number) => void;
  /** Any change of the view, by the user or by a method. */
  onChange?: () => void;
}

/**
 * Owns the one zoom transform. Input (wheel, pinch, drag, double-click via d3-zoom; keys and
 * buttons via the methods) becomes a new transform; the host re-renders at most once a frame.
 * Times are wall-clock ms; x is px from the plot's left edge.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  /** Padded extent of all events, shown at zoom 1; empty until data arrives. */
  private base: TimeScale = createTimeScale(0, 1, 1);
  private width = 0;
  private hasData = false;
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private selection?: Selection<HTMLElement, unknown, null, undefined>;
  private frame = 0;
  private userAction = false;
  private startTransform: ZoomTransform = zoomIdentity;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => this.accepts(event))
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        this.scheduleRender();
        this.options.onChange?.();
      })
      .on('start', () => {
        this.startTransform = this.transform;
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        // A click is a gesture too (start, end); report only real changes made by the user.
        const moved =
          this.transform.k !== this.startTransform.k || this.transform.x !== this.startTransform.x;
        if (moved && (event.sourceEvent || this.userAction)) {
          const [from, to] = this.domain;
          this.options.onUserChange(from, to);
        }
      });
  }

  /** Binds pointer, wheel and touch input to the plot element (once per element). */
  attach(element: HTMLElement): void {
    if (this.selection?.node() === element) return;
    this.selection?.on('.zoom', null);
    this.selection = select(element).call(this.behavior);
    // Keep vertical touch scrolling for the page; horizontal drags and pinches belong to the timeline.
    element.style.touchAction = 'pan-y';
    element.addEventListener('wheel', this.onHorizontalWheel, { passive: false });
    this.behavior.transform(this.selection, this.transform);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** The current x scale: wall-clock ms → px. */
  get scale(): TimeScale {
    // The transform maps base px to screen px: screen = base · k + x.
    const { k, x } = this.transform;
    const base = this.base;
    return createTimeScale(base.invert(-x / k), base.invert((this.width - x) / k), this.width);
  }

  /** The visible window in wall-clock ms. */
  get domain(): [number, number] {
    const [from, to] = this.scale.domain;
    return [from, to];
  }

  get ready(): boolean {
    return this.hasData && this.width > 0;
  }

  /**
   * Sets the window shown at zoom 1 (all events, see fitDomain) and the plot width. With `keep`, the visible window stays where it is
   * (a resize); otherwise the view fits all events (new data).
   */
  setExtent(extent: readonly [number, number] | undefined, width: number, keep: boolean): void {
    const previous = this.ready ? this.domain : undefined;
    this.width = width;
    this.hasData = extent !== undefined;
    if (!extent || width <= 0) return;
    const [min, max] = extent;
    this.base = createTimeScale(min, max, width);
    const maxZoom = Math.max(1, (max - min) / HOUR);
    this.behavior
      .extent([
        [0, 0],
        [width, 1],
      ])
      .scaleExtent([1, maxZoom])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ]);
    this.apply(
      keep && previous ? this.transformFor(previous[0], previous[1]) : zoomIdentity,
      false,
    );
  }

  /** Zooms by `factor` (>1 in) around x px (default: the middle). */
  zoomBy(factor: number, x = this.width / 2, user = true): void {
    const t = this.transform;
    const k = t.k * factor;
    this.apply(zoomIdentity.translate(x - ((x - t.x) / t.k) * k, 0).scale(k), user);
  }

  /** Pans by px (positive moves the view later in time). */
  panBy(px: number, user = true): void {
    this.apply(this.transform.translate(-px / this.transform.k, 0), user);
  }

  /** Shows the wall-clock window [from, to], clamped to the zoom limits. */
  zoomToRange(from: number, to: number, user = false): void {
    this.apply(this.transformFor(from, to), user);
  }

  /** All events in view. */
  fit(user = false): void {
    this.apply(zoomIdentity, user);
  }

  private transformFor(from: number, to: number): ZoomTransform {
    const [b0, b1] = this.base.domain;
    const k = (b1 - b0) / Math.max(1, to - from);
    return zoomIdentity.scale(k).translate(-this.base(from), 0);
  }

  /**
   * Holds a transform to the zoom limits (d3-zoom's transform() does not): scale within the
   * scale extent, keeping the middle of the view where it was asked to be, and no panning past
   * the events.
   */
  private clamp(t: ZoomTransform): ZoomTransform {
    const [minK, maxK] = this.behavior.scaleExtent();
    const k = Math.min(maxK, Math.max(minK, t.k));
    const middle = this.width / 2;
    const x = middle - ((middle - t.x) / t.k) * k;
    return zoomIdentity
      .translate(Math.min(0, Math.max(this.width - this.width * k, x)), 0)
      .scale(k);
  }

  private apply(transform: ZoomTransform, user: boolean): void {
    const clamped = this.clamp(transform);
    if (!this.selection) {
      this.transform = clamped;
      this.scheduleRender();
      return;
    }
    // Emits start/zoom/end like a gesture; `userAction` tells 'end' to report it.
    this.userAction = user;
    this.behavior.transform(this.selection, clamped);
    this.userAction = false;
  }

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.host.requestUpdate();
    });
  }

  /** Which input d3-zoom may act on; wheel only when it will not surprise the page. */
  private accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      if (Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) return false; // horizontal: a pan
      const ok = wheel.ctrlKey || wheel.metaKey || this.options.plainWheelZooms();
      if (!ok) this.options.onWheelIgnored();
      return ok;
    }
    const mouse = event as MouseEvent;
    return !mouse.ctrlKey && !mouse.button;
  }

  // Trackpads swipe sideways with deltaX: pan rather than zoom, and keep the page from navigating back.
  private readonly onHorizontalWheel = (event: WheelEvent): void => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY) || !this.ready) return;
    event.preventDefault();
    this.panBy(event.deltaX * (event.deltaMode === 1 ? 20 : 1));
  };
}
