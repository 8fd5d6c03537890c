import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTimeScale, domainOf } from '../layout/time-scale.js';
import type { TimeScale } from '../layout/time-scale.js';
import {
  IDENTITY,
  clampTransform,
  panBy,
  sameTransform,
  zoomAround,
} from '../layout/view-transform.js';
import type { ViewTransform } from '../layout/view-transform.js';

const HOUR = 3_600_000;

export interface ZoomOptions {
  /** The user finished a zoom or pan (not called for programmatic changes). */
  onUserChange: (from: number, to: number) => void;
  /** Any change of the view, by the user or by a method. */
  onChange?: () => void;
}

/**
 * Owns the one zoom transform. Gestures, keys and buttons (through these methods) produce a new
 * transform within the limits; the host re-renders at most once per animation frame. A
 * gesture reports one user change when it ends; a key or a button reports at once.
 * Times are wall-clock ms; x is px from the plot's left edge.
 */
export class ZoomController implements ReactiveController {
  transform: ViewTransform = IDENTITY;
  /** All events across the width, shown at zoom 1. */
  private base: TimeScale = createTimeScale(0, 1, 1);
  private width = 0;
  private maxK = 1;
  private hasData = false;
  private frame = 0;
  /** The transform when the current gesture began; unset between gestures. */
  private gestureStart?: ViewTransform;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** The current x scale: wall-clock ms → px. */
  get scale(): TimeScale {
    const { k, x } = this.transform;
    return createTimeScale(
      +this.base.invert(-x / k),
      +this.base.invert((this.width - x) / k),
      this.width,
    );
  }

  /** The visible window in wall-clock ms. */
  get domain(): [number, number] {
    return domainOf(this.scale);
  }

  get ready(): boolean {
    return this.hasData && this.width > 0;
  }

  /**
   * Sets the window shown at zoom 1 (all events; see fitDomain) and the plot width. With
   * `keep`, the visible window stays (a resize); otherwise the view fits all events (new data).
   */
  setExtent(extent: readonly [number, number] | undefined, width: number, keep: boolean): void {
    const previous = this.ready ? this.domain : undefined;
    this.width = width;
    this.hasData = extent !== undefined;
    if (!extent || width <= 0) return;
    const [min, max] = extent;
    this.base = createTimeScale(min, max, width);
    // Never closer than about an hour across the whole width.
    this.maxK = Math.max(1, (max - min) / HOUR);
    this.apply(keep && previous ? this.transformFor(previous[0], previous[1]) : IDENTITY, false);
  }

  /** Zooms by `factor` (>1 in) around x px (default: the middle). */
  zoomBy(factor: number, x = this.width / 2, user = true): void {
    this.apply(zoomAround(this.transform, factor, x), user);
  }

  /** Pans by px (positive moves the view later in time). */
  panBy(px: number, user = true): void {
    this.apply(panBy(this.transform, px), user);
  }

  /** Shows the wall-clock window [from, to], clamped to the zoom limits. */
  zoomToRange(from: number, to: number, user = false): void {
    this.apply(this.transformFor(from, to), user);
  }

  /** All events in view. */
  fit(user = false): void {
    this.apply(IDENTITY, user);
  }

  /** A drag, pinch or run of wheel events begins: changes are reported once, at its end. */
  beginGesture(): void {
    this.gestureStart ??= this.transform;
  }

  /** Whether a gesture runs (the host may hold work until it ends). */
  get gesturing(): boolean {
    return this.gestureStart !== undefined;
  }

  endGesture(): void {
    const start = this.gestureStart;
    this.gestureStart = undefined;
    // What was held during the gesture catches up.
    if (start) this.host.requestUpdate();
    if (start && !sameTransform(start, this.transform)) this.options.onUserChange(...this.domain);
  }

  private transformFor(from: number, to: number): ViewTransform {
    const [b0, b1] = domainOf(this.base);
    const k = (b1 - b0) / Math.max(1, to - from);
    return { k, x: -this.base(from) * k };
  }

  private apply(next: ViewTransform, user: boolean): void {
    const clamped = clampTransform(next, this.width, this.maxK);
    if (sameTransform(clamped, this.transform)) return;
    this.transform = clamped;
    this.scheduleRender();
    this.options.onChange?.();
    if (user && !this.gestureStart) this.options.onUserChange(...this.domain);
  }

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.host.requestUpdate();
    });
  }
}
