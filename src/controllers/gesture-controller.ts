import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ZoomController } from './zoom-controller.js';

/** How far a press may move and still be a click, in px. */
const CLICK_DISTANCE = 4;
/** Wheel events closer than this belong to one gesture (one range-change event), as in d3-zoom. */
const WHEEL_IDLE_MS = 150;

export interface GestureOptions {
  /** Whether a plain wheel (no Ctrl/⌘) may zoom right now. */
  plainWheelZooms: () => boolean;
  /** A plain wheel was left to scroll the page: the host may show a hint. */
  onWheelIgnored: () => void;
}

/** Px per unit of a wheel event's deltaMode (pixels, lines, pages). */
const wheelUnit = (e: WheelEvent) => (e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? 400 : 1);
const sideways = (e: WheelEvent) => Math.abs(e.deltaX) > Math.abs(e.deltaY);

/**
 * Input on the plot → the ZoomController's d3 zoom behaviour: drag (mouse, pen or one finger)
 * pans, two fingers pinch, a wheel with Ctrl/⌘ (or a trackpad pinch, which arrives as one)
 * zooms around the pointer, a double-click zooms in (Shift: out). d3-zoom handles those; this
 * sets its policy: a plain wheel zooms only with focus or `wheel-zoom` (otherwise the page
 * scrolls and a hint says how), a sideways wheel pans, and a vertical swipe scrolls the page.
 */
export class GestureController implements ReactiveController {
  private element?: HTMLElement;
  private wheelTimer = 0;
  /** What the one finger on the plot does: undecided until it moves, then pan or scroll the page. */
  private finger?: { x: number; y: number; scroll?: boolean };

  constructor(
    host: ReactiveControllerHost,
    private readonly zoom: ZoomController,
    private readonly options: GestureOptions,
  ) {
    host.addController(this);
    zoom.behaviour
      .filter((event: Event) => this.accepts(event))
      // Today's rates: a trackpad pinch (ctrlKey, small deltas) weighs more than a mouse wheel.
      .wheelDelta((e: WheelEvent) => -e.deltaY * wheelUnit(e) * (e.ctrlKey ? 0.01 : 0.002))
      .clickDistance(CLICK_DISTANCE)
      // Touch listeners everywhere: a touch screen may come and go (tablets, emulation).
      .touchable(() => true);
  }

  /**
   * Listens on the plot element; call after each render (a no-op for the same element, and for
   * one rendered after the host left the page: an update may run after disconnect).
   */
  attach(element: HTMLElement): void {
    if (element === this.element || !element.isConnected) return;
    this.detach();
    this.element = element;
    this.zoom.attach(element);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('touchstart', this.onTouchStart, { capture: true, passive: true });
    element.addEventListener('touchmove', this.onTouchMove, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.wheelTimer);
    this.wheelTimer = 0;
    this.zoom.endGesture();
  }

  /** The plot left (the list view): programmatic moves then change the view at once. */
  detach(): void {
    const element = this.element;
    if (!element) return;
    this.zoom.detach();
    element.removeEventListener('wheel', this.onWheel);
    element.removeEventListener('touchstart', this.onTouchStart, true);
    element.removeEventListener('touchmove', this.onTouchMove, true);
    this.element = undefined;
    this.finger = undefined;
  }

  /** d3-zoom's filter: which events start a zoom gesture. */
  private accepts(event: Event): boolean {
    if (!this.zoom.ready) return false;
    if (event instanceof WheelEvent)
      return !sideways(event) && (event.ctrlKey || event.metaKey || this.options.plainWheelZooms());
    // d3's default: the primary button, and no Ctrl-click (a context menu on a Mac).
    const mouse = event as MouseEvent;
    return !mouse.ctrlKey && !mouse.button;
  }

  private readonly onWheel = (e: WheelEvent): void => {
    if (!this.zoom.ready) return;
    if (sideways(e)) {
      // Trackpads swipe sideways: pan, and keep the browser from navigating back.
      e.preventDefault();
      this.zoom.beginGesture();
      this.zoom.panBy(e.deltaX * wheelUnit(e), true, { duration: 0 });
      clearTimeout(this.wheelTimer);
      this.wheelTimer = window.setTimeout(() => {
        this.wheelTimer = 0;
        this.zoom.endGesture();
      }, WHEEL_IDLE_MS);
    } else if (this.accepts(e)) {
      // d3-zoom zooms; at a limit it does nothing, but the page must not zoom or scroll either.
      e.preventDefault();
    } else {
      this.options.onWheelIgnored();
    }
  };

  private readonly onTouchStart = (e: TouchEvent): void => {
    const touch = e.touches.length === 1 ? e.touches[0]! : undefined;
    this.finger = touch ? { x: touch.clientX, y: touch.clientY } : undefined;
  };

  // With touch-action: pan-y the browser may scroll the page on a vertical swipe, unless d3-zoom
  // cancels the move: a swipe that starts vertical is kept from it and stays the page's.
  private readonly onTouchMove = (e: TouchEvent): void => {
    const finger = this.finger;
    const touch = e.touches[0];
    if (!finger || e.touches.length !== 1 || !touch) return;
    finger.scroll ??= Math.abs(touch.clientY - finger.y) > Math.abs(touch.clientX - finger.x);
    if (finger.scroll) e.stopPropagation();
  };
}
