import { noChange } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import { paintEvents } from './paint-events.js';
import type { Palette, PaintScene } from './paint-events.js';

/** One paint of the event canvas: the scene in layer px, slid by `shift` px into the view. */
export interface CanvasView {
  readonly scene: PaintScene;
  readonly palette: Palette;
  readonly shift: number;
  /** The view's width and the rows' full height, in CSS px. */
  readonly width: number;
  readonly height: number;
}

const views = new WeakMap<HTMLCanvasElement, () => CanvasView | undefined>();

/** Paints `view` on a canvas `scale` px per CSS px, the lanes scrolled down by `scrollTop`. */
function paint(
  canvas: HTMLCanvasElement,
  view: CanvasView,
  scale: number,
  scrollTop: number,
  labels: boolean,
  cssHeight: number,
): void {
  const width = Math.round(view.width * scale);
  const height = Math.round(cssHeight * scale);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(scale, 0, 0, scale, view.shift * scale, -scrollTop * scale);
  paintEvents(ctx, labels ? view.scene : { ...view.scene, labels: false }, view.palette);
}

/**
 * The marks and labels of the events on one canvas: a zoom frame repaints it instead of
 * restyling and laying out hundreds of elements. The canvas stays at the top of the lanes'
 * scrolling box (sticky), as tall as its visible part, and repaints when the lanes scroll.
 */
class EventCanvasDirective extends AsyncDirective {
  private canvas?: HTMLCanvasElement;
  private lanes?: HTMLElement;
  private observer?: ResizeObserver;
  private view?: CanvasView;
  /** The lanes' visible height: unknown until their first layout, which comes before paint. */
  private viewport?: number;
  private scrollTop = 0;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('eventCanvas belongs on a <canvas>');
  }

  render(_view: CanvasView): unknown {
    return noChange;
  }

  override update(part: ElementPart, [view]: [CanvasView]): unknown {
    const canvas = part.element as HTMLCanvasElement;
    if (canvas !== this.canvas) {
      this.canvas = canvas;
      views.set(canvas, () => this.view);
    }
    // Listen only while connected (reconnected() starts again). A first render updates the
    // canvas before its template is inserted under the lanes: look again once it is.
    if (this.isConnected && !this.lanes) {
      this.watch();
      if (!this.lanes) queueMicrotask(() => this.isConnected && !this.lanes && this.watch());
    }
    this.view = view;
    this.repaint();
    return noChange;
  }

  protected override disconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.lanes?.removeEventListener('scroll', this.onScroll);
    this.lanes = undefined;
  }

  protected override reconnected(): void {
    this.watch();
  }

  private watch(): void {
    this.lanes?.removeEventListener('scroll', this.onScroll);
    this.lanes = this.canvas?.closest<HTMLElement>('.lanes') ?? undefined;
    if (!this.lanes) return;
    this.lanes.addEventListener('scroll', this.onScroll, { passive: true });
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => {
      const height = Math.ceil(entries[entries.length - 1]!.contentRect.height);
      if (height === this.viewport) return;
      this.viewport = height;
      this.repaint();
    });
    this.observer.observe(this.lanes);
  }

  private repaint(): void {
    const { canvas, view, viewport } = this;
    // Before the lanes are laid out, wait: the observer reports them before the frame paints.
    if (!canvas || !view || viewport === undefined) return;
    const height = Math.max(0, Math.min(view.height, viewport));
    const cssHeight = `${height}px`;
    // The sticky canvas takes no room in the flow: the rows start at the top behind it.
    if (canvas.style.height !== cssHeight) {
      canvas.style.height = cssHeight;
      canvas.style.marginBottom = `-${height}px`;
    }
    canvas.style.width = `${view.width}px`;
    paint(canvas, view, window.devicePixelRatio || 1, this.scrollTop, true, height);
  }

  private readonly onScroll = (): void => {
    this.scrollTop = this.lanes?.scrollTop ?? 0;
    this.repaint();
  };
}

export const eventCanvas = directive(EventCanvasDirective);

/**
 * A copy of an event canvas drawn `scale` px per CSS px without labels (an image export draws
 * them as text), or undefined when it has nothing painted.
 */
export function snapshotCanvas(
  canvas: HTMLCanvasElement,
  scale: number,
): HTMLCanvasElement | undefined {
  const view = views.get(canvas)?.();
  if (!view) return undefined;
  const copy = document.createElement('canvas');
  const box = canvas.getBoundingClientRect();
  const lanes = canvas.closest('.lanes');
  paint(copy, view, scale, lanes?.scrollTop ?? 0, false, box.height);
  return copy;
}
