import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowBand } from '../layout/row-band.js';
import type { RowBand } from '../layout/row-band.js';
import { paintEvents } from '../render/paint-events.js';
import { cancelIdle, whenIdle } from './idle.js';
import type { Palette, PaintScene } from '../render/paint-events.js';

/** One paint of the event canvas: the scene in layer px, slid by `shift` px into the view. */
export interface CanvasView {
  readonly scene: PaintScene;
  readonly palette: Palette;
  readonly shift: number;
  /** The view's width and the rows' full height, in CSS px. */
  readonly width: number;
  readonly height: number;
}

/** The canvas for an image: its marks as a picture, and the view whose labels to draw as text. */
export interface CanvasSnapshot {
  readonly image: HTMLCanvasElement;
  readonly view: CanvasView;
  /** How far the lanes are scrolled down, and the canvas's height, in CSS px. */
  readonly scrollTop: number;
  readonly height: number;
}

/** Paints `view` on a canvas `scale` px per CSS px, the lanes scrolled down by `scrollTop`. */
function paint(
  canvas: HTMLCanvasElement,
  view: CanvasView,
  scale: number,
  scrollTop: number,
  labels: boolean,
  cssHeight: number,
  room = cssHeight,
): void {
  const width = Math.round(view.width * scale);
  const height = Math.round(cssHeight * scale);
  if (canvas.width !== width) canvas.width = width;
  // Up to `room` CSS px tall, it keeps its size and shows its top rows (object-fit): a new size
  // costs a new surface, and new compositor buffers in its next three frames (see warm).
  if (canvas.height < height || canvas.height > Math.round(room * scale)) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  // Only the rows shown: the ones below are hidden, and cleared here once they show.
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(scale, 0, 0, scale, view.shift * scale, -scrollTop * scale);
  paintEvents(ctx, labels ? view.scene : { ...view.scene, labels: false }, view.palette);
}

/** The most the lanes show at once: their max-height in px, or Infinity when they do not scroll. */
function shownHeight(lanes: Element | null | undefined): number {
  const max = lanes ? getComputedStyle(lanes).maxHeight : '';
  return max.endsWith('px') ? parseFloat(max) : Infinity;
}

/**
 * The event canvas: the marks and labels of the events, painted in one go, so a zoom frame
 * repaints it instead of restyling and laying out hundreds of elements. The canvas stays at the
 * top of the lanes' scrolling box (sticky), as tall as their visible part (observed), and
 * repaints when they scroll. It also says which rows are in view (`band`): only their events
 * get buttons and paint, and scrolling to other rows asks the host for an update.
 */
export class CanvasController implements ReactiveController {
  /** Kept for the element's life, so it keeps its drawing surface across renders (see prepare). */
  private readonly canvas = document.createElement('canvas');
  private lanes?: HTMLElement;
  private observer?: ResizeObserver;
  private view?: CanvasView;
  /** A view came that is not painted yet: it is, once the render has put the canvas in place. */
  private fresh = false;
  /** The lanes' visible height: unknown until their first layout, which comes before paint. */
  private viewport?: number;
  private scrollTop = 0;
  /** The pixel density the canvas was painted for. */
  private ratio = 0;
  /** The lanes' max-height (see shownHeight), read when they are first watched and on resize. */
  private shown?: number;
  private step = 1;
  /** The band the host last rendered. */
  private rendered?: RowBand;
  private preparing = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.canvas.className = 'paint';
    this.canvas.setAttribute('aria-hidden', 'true');
    host.addController(this);
  }

  /**
   * The rows to give buttons and paint (see rowBand), moving in steps of `step` px. Before the
   * canvas is in place, the lanes shown while empty or loading tell how tall they may grow.
   */
  band(step: number): RowBand {
    this.step = step;
    const shown = this.shown ?? shownHeight(this.host.shadowRoot?.querySelector('.lanes'));
    return (this.rendered = rowBand(this.scrollTop, shown, step));
  }

  /** The canvas, to paint with `view` once the render has put it in place. */
  paint(view: CanvasView): HTMLCanvasElement {
    this.view = view;
    this.fresh = true;
    return this.canvas;
  }

  /**
   * While there are no events yet, gives the canvas its drawing surface in idle time, as wide as
   * the plot and as tall as the lanes may grow: allocating it took the first render with events
   * ~8 ms at 1200 × 448 px here. Events paint on it as it is, however tall their rows (see
   * paint). Returns the canvas, for the empty lanes to hold 1 px wide (see warm).
   */
  prepare(width: number): HTMLCanvasElement {
    // The events are gone: it waits in the empty lanes again, cleared.
    if (this.view) this.canvas.width = 0;
    this.view = undefined;
    if (!this.preparing && width > 0)
      this.preparing = whenIdle(() => {
        this.preparing = 0;
        const shown = shownHeight(this.host.shadowRoot?.querySelector('.lanes'));
        if (this.view || !Number.isFinite(shown)) return;
        const ratio = window.devicePixelRatio || 1;
        const [w, h] = [Math.round(width * ratio), Math.round(shown * ratio)];
        // Setting a size, even the same one, clears the surface: an empty render again (a file's
        // progress, say) must not make it anew.
        if (this.canvas.width === w && this.canvas.height === h) return;
        this.canvas.width = w;
        this.canvas.height = h;
        this.warm(3);
      });
    return this.canvas;
  }

  /**
   * The compositor takes a canvas's first three frames in new buffers, ~8 ms each at that size
   * here (then it reuses them): touched in `frames` frames while it waits, they are ready for
   * the first render with events and the first frames of a zoom.
   */
  private warm(frames: number): void {
    if (this.view) return;
    this.canvas.getContext('2d')?.clearRect(0, 0, 1, 1);
    if (--frames) requestAnimationFrame(() => this.warm(frames));
  }

  /** The canvas drawn `scale` px per CSS px without labels: an image draws them as text. */
  snapshot = (canvas: HTMLCanvasElement, scale: number): CanvasSnapshot | undefined => {
    const { view, scrollTop } = this;
    if (canvas !== this.canvas || !view) return undefined;
    const image = document.createElement('canvas');
    const height = canvas.getBoundingClientRect().height;
    paint(image, view, scale, scrollTop, false, height);
    return { image, view, scrollTop, height };
  };

  // After a commit the canvas is in place: watch its lanes if they are new, then paint.
  hostUpdated(): void {
    if (!this.host.isConnected) return;
    // Only lanes with events (a view) are watched: the empty ones hold it 1 px wide.
    const lanes =
      this.view && this.canvas.isConnected
        ? (this.canvas.closest<HTMLElement>('.lanes') ?? undefined)
        : undefined;
    if (lanes !== this.lanes) {
      this.unwatch();
      if (lanes) this.watch(lanes);
    }
    if (this.fresh && lanes) {
      this.fresh = false;
      this.repaint();
    }
  }

  hostDisconnected(): void {
    cancelIdle(this.preparing);
    this.preparing = 0;
    this.unwatch();
  }

  private watch(lanes: HTMLElement): void {
    this.lanes = lanes;
    lanes.addEventListener('scroll', this.onScroll, { passive: true });
    this.shown = shownHeight(lanes);
    this.observer = new ResizeObserver((entries) => {
      // Resized, maybe by a new max-height: other rows may be in view.
      this.shown = shownHeight(lanes);
      this.follow();
      const height = Math.ceil(entries[entries.length - 1]!.contentRect.height);
      if (height === this.viewport && devicePixelRatio === this.ratio) return;
      this.viewport = height;
      this.repaint();
    });
    // In device pixels, it also reports a new pixel density (browser zoom, another screen), for
    // which the canvas repaints sharp; browsers without that box observe CSS pixels.
    try {
      this.observer.observe(lanes, { box: 'device-pixel-content-box' });
    } catch {
      this.observer.observe(lanes);
    }
  }

  // New lanes, or lanes taken out of the page, start scrolled to the top again.
  private unwatch(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.lanes?.removeEventListener('scroll', this.onScroll);
    this.lanes = undefined;
    this.scrollTop = 0;
    this.shown = undefined;
    this.viewport = undefined;
  }

  /** Asks the host for new buttons once the rows in view are not the band it rendered. */
  private follow(): boolean {
    const band = rowBand(this.scrollTop, this.shown ?? Infinity, this.step);
    const moved = !this.rendered || band[0] !== this.rendered[0] || band[1] !== this.rendered[1];
    if (moved) this.host.requestUpdate();
    return moved;
  }

  private repaint(): void {
    const { canvas, view, viewport } = this;
    // Before the lanes are laid out, wait: the observer reports them before the frame paints.
    if (!view || viewport === undefined) return;
    const height = Math.max(0, Math.min(view.height, viewport));
    const cssHeight = `${height}px`;
    // The sticky canvas takes no room in the flow: the rows start at the top behind it.
    if (canvas.style.height !== cssHeight) {
      canvas.style.height = cssHeight;
      canvas.style.marginBottom = `-${height}px`;
    }
    canvas.style.width = `${view.width}px`;
    this.ratio = window.devicePixelRatio || 1;
    // As tall as the lanes may grow, or as the tallest rows yet when they do not scroll.
    paint(canvas, view, this.ratio, this.scrollTop, true, height, this.shown);
  }

  // Within the band the canvas repaints at once; past it, the update repaints with the new rows.
  private readonly onScroll = (): void => {
    this.scrollTop = this.lanes?.scrollTop ?? 0;
    if (!this.follow()) this.repaint();
  };
}
