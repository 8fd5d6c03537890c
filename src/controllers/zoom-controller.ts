import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { createTimeScale, domainOf } from '../layout/time-scale.js';
import { GLIDE_MS, constrainX, glideMs, pathWithin } from './zoom-path.js';
import type { ZoomView } from './zoom-path.js';
import type { TimeScale } from '../layout/time-scale.js';

const HOUR = 3_600_000;
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export interface ZoomOptions {
  /** The user finished a zoom or pan (not called for programmatic changes). */
  onUserChange: (from: number, to: number) => void;
  /** Any change of the view, by the user or by a method. */
  onChange?: () => void;
}

/** How a programmatic move is shown: `duration` in ms (0 jumps; default: a glide by distance). */
export interface MoveOptions {
  readonly duration?: number;
}

type PlotSelection = Selection<HTMLElement, unknown, null, undefined>;

const same = (a: ZoomTransform, b: ZoomTransform) => a.k === b.k && a.x === b.x;

/**
 * Owns the view's one d3 zoom behaviour and its transform: base px (all events across the width
 * at k = 1) → screen px. Gestures reach it through the behaviour on the plot (GestureController);
 * buttons, keys and methods move it through the same behaviour, gliding along d3's smooth zoom
 * path unless told otherwise or the user prefers reduced motion. A gesture or a glide the user
 * started reports one user change, when it ends. Times are wall-clock ms; x is px from the
 * plot's left edge.
 */
export class ZoomController implements ReactiveController {
  /** The current view (d3's transform; immutable). */
  transform: ZoomTransform = zoomIdentity;
  /** Limits and listeners; the filter and wheel rate are set by the GestureController. */
  readonly behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>();
  /** Wall-clock ms → base px: all events across the width, shown at k = 1. */
  private base: TimeScale = createTimeScale(0, 1, 1);
  private width = 0;
  private hasData = false;
  /** The window shown when the plot lost its width (hidden: a closed tab, display: none). */
  private parked?: [number, number];
  private frame = 0;
  private selection?: PlotSelection;
  /** Where the glide in flight ends: further steps (a second click on +) add to it. */
  private target?: ZoomTransform;
  /** The view when the user's current change began; unset when none runs. */
  private changeStart?: ZoomTransform;
  /** A d3 gesture or glide runs (between its start and end events). */
  private active = false;
  /** A run of changes grouped by the caller (see beginGesture). */
  private held = false;
  private readonly motion =
    typeof matchMedia === 'function' ? matchMedia(REDUCED_MOTION) : undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behaviour
      .constrain(constrainX(this.behaviour.constrain()))
      .interpolate(this.glidePath)
      .on('start', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        this.active = true;
        // Input (not a method): the user's change starts here.
        if (e.sourceEvent) this.changeStart ??= this.transform;
      })
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) =>
        this.changed(e.transform, !e.sourceEvent),
      )
      .on('end', () => {
        this.active = false;
        this.settle();
      });
  }

  hostConnected(): void {
    this.updateMotion();
    this.motion?.addEventListener('change', this.updateMotion);
  }

  hostDisconnected(): void {
    this.motion?.removeEventListener('change', this.updateMotion);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.selection?.interrupt();
    this.target = undefined;
    // A gesture cut short by removal ends here: nothing stays held for one that never ends.
    this.active = false;
    this.endGesture();
  }

  /** Puts the behaviour on the plot element (a no-op for the same one), keeping the view. */
  attach(element: HTMLElement): PlotSelection {
    if (this.selection?.node() === element) return this.selection;
    this.detach();
    this.selection = select(element).call(this.behaviour).property('__zoom', this.transform);
    return this.selection;
  }

  detach(): void {
    this.selection?.interrupt().on('.zoom', null);
    this.selection = undefined;
    this.target = undefined;
  }

  /** The current x scale: wall-clock ms → px. */
  get scale(): TimeScale {
    const [from, to] = this.domain;
    return createTimeScale(from, to, this.width);
  }

  /** The visible window in wall-clock ms. */
  get domain(): [number, number] {
    return this.windowOf(this.transform);
  }

  get ready(): boolean {
    return this.hasData && this.width > 0;
  }

  /** Whether a gesture or a glide runs (the host may hold work until it ends). */
  get gesturing(): boolean {
    return this.active || this.held;
  }

  /**
   * Sets the window shown at zoom 1 (all events; see fitDomain) and the plot width. With
   * `keep`, the visible window stays (a resize); otherwise the view fits all events (new data).
   */
  setExtent(extent: readonly [number, number] | undefined, width: number, keep: boolean): void {
    // The window shown, or the one a glide in flight was going to: a resize lands there.
    const goal = this.target ?? this.transform;
    const previous = this.ready ? this.windowOf(goal) : keep ? this.parked : undefined;
    this.width = width;
    this.hasData = extent !== undefined;
    // Hidden, the plot has no width: keep the window for when it shows again.
    this.parked = previous;
    if (!extent || width <= 0) return;
    const [min, max] = extent;
    this.base = createTimeScale(min, max, width);
    // Never closer than about an hour across the whole width, nor past the events' window.
    this.behaviour
      .scaleExtent([1, Math.max(1, (max - min) / HOUR)])
      .translateExtent([
        [0, -Infinity],
        [width, Infinity],
      ])
      .extent([
        [0, 0],
        [width, 0],
      ]);
    const next = keep && previous ? this.transformFor(...previous) : zoomIdentity;
    // Quietly (no gesture events): the new view first, then no glide survives the new extent.
    const limited = this.limit(next);
    this.target = undefined;
    this.transform = limited;
    this.selection?.property('__zoom', limited).interrupt();
    this.changed(limited, false);
  }

  /** Zooms by `factor` (>1 in) around x px (default: the middle). */
  zoomBy(factor: number, x = this.width / 2, user = true, options: MoveOptions = {}): void {
    const from = this.target ?? this.transform;
    const [k0, k1] = this.behaviour.scaleExtent();
    const k = Math.min(k1, Math.max(k0, from.k * factor));
    this.move(zoomIdentity.translate(x, 0).scale(k).translate(-from.invertX(x), 0), user, options);
  }

  /** Pans by px (positive moves the view later in time). */
  panBy(px: number, user = true, options: MoveOptions = {}): void {
    const from = this.target ?? this.transform;
    this.move(from.translate(-px / from.k, 0), user, options);
  }

  /** Shows the wall-clock window [from, to], clamped to the zoom limits. */
  zoomToRange(from: number, to: number, user = false, options: MoveOptions = {}): void {
    this.move(this.transformFor(from, to), user, options);
  }

  /** All events in view. */
  fit(user = false, options: MoveOptions = {}): void {
    this.move(zoomIdentity, user, options);
  }

  /** A run of changes begins (sideways wheel events): reported once, at endGesture. */
  beginGesture(): void {
    this.held = true;
    this.changeStart ??= this.transform;
  }

  endGesture(): void {
    this.held = false;
    this.settle();
  }

  private windowOf(t: ZoomTransform): [number, number] {
    return domainOf(t.rescaleX(this.base));
  }

  private transformFor(from: number, to: number): ZoomTransform {
    const [b0, b1] = domainOf(this.base);
    const k = (b1 - b0) / Math.max(1, to - from);
    return zoomIdentity.scale(k).translate(-this.base(from), 0);
  }

  /** Within the limits: the zoom clamped around the middle asked for, then d3's constraint. */
  private limit(t: ZoomTransform): ZoomTransform {
    const [k0, k1] = this.behaviour.scaleExtent();
    const middle = this.width / 2;
    const k = Math.min(k1, Math.max(k0, t.k));
    // A middle far past the events (1e18 px) would lose whole pixels in d3's constraint: bring it
    // near them first (it ends inside them anyway).
    const centre = Math.min(2 * this.width, Math.max(-this.width, t.invertX(middle)));
    const clamped = zoomIdentity.translate(middle, 0).scale(k).translate(-centre, 0);
    const extent = this.behaviour.extent() as unknown as () => [[number, number], [number, number]];
    return this.behaviour.constrain()(clamped, extent(), this.behaviour.translateExtent());
  }

  /** A programmatic move: a glide through the behaviour, or a jump (duration 0, reduced motion). */
  private move(next: ZoomTransform, user: boolean, { duration }: MoveOptions): void {
    if (!this.ready) return;
    const to = this.limit(next);
    if (user) this.changeStart ??= this.transform;
    const selection = this.selection;
    if (!selection) {
      // Not on screen (the list view): the view changes at once.
      this.target = undefined;
      if (!same(to, this.transform)) this.changed(to, true);
      this.settle();
      return;
    }
    const ms = duration ?? this.glideDuration(to);
    if (!(ms > 0)) {
      this.target = undefined;
      this.behaviour.transform(selection, to);
      return;
    }
    this.target = to;
    const glide = selection
      .transition()
      .duration(ms)
      .on('end.glide interrupt.glide cancel.glide', () => {
        if (this.target === to) this.target = undefined;
      });
    this.behaviour.transform(glide, to);
  }

  /** 250–750 ms by the length of d3's smooth zoom path from here; 0 under reduced motion. */
  private glideDuration(to: ZoomTransform): number {
    return this.motion?.matches ? 0 : glideMs(this.transform, to, this.width);
  }

  private readonly glidePath = (a: ZoomView, b: ZoomView) => pathWithin(a, b, this.width);

  private readonly updateMotion = (): void => {
    // Double-click glides as d3 does, unless the user prefers reduced motion.
    this.behaviour.duration(this.motion?.matches ? 0 : GLIDE_MS[0]);
  };

  private changed(t: ZoomTransform, programmatic: boolean): void {
    this.transform = t;
    // A glide's frames already run in an animation frame: render in it; input waits for one.
    if (programmatic) this.host.requestUpdate();
    else this.scheduleRender();
    this.options.onChange?.();
  }

  /** A gesture, glide or held run ended: what was held catches up; the user's change is reported. */
  private settle(): void {
    if (this.active || this.held) return;
    this.host.requestUpdate();
    const start = this.changeStart;
    // A glide still runs toward its target: its own end reports.
    if (!start || this.target) return;
    this.changeStart = undefined;
    if (!same(start, this.transform)) this.options.onUserChange(...this.domain);
  }

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.host.requestUpdate();
    });
  }
}
