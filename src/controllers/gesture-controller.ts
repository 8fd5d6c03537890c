import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ZoomController } from './zoom-controller.js';

/** How far a press may move and still be a click, in px. */
const CLICK_DISTANCE = 4;
/** Wheel events closer than this belong to one gesture (one range-change event). */
const WHEEL_IDLE_MS = 150;

export interface GestureOptions {
  /** Whether a plain wheel (no Ctrl/⌘) may zoom right now. */
  plainWheelZooms: () => boolean;
  /** A plain wheel was left to scroll the page: the host may show a hint. */
  onWheelIgnored: () => void;
}

/**
 * Pointer, touch and wheel input on the plot → zoom and pan, with Pointer Events: drag (mouse,
 * pen or one finger) pans, two fingers pinch, a wheel with Ctrl/⌘ (or a trackpad pinch, which
 * arrives as one) zooms around the pointer, a sideways wheel pans, a double-click zooms in
 * (Shift: out). Vertical touch scrolling is left to the page.
 */
export class GestureController implements ReactiveController {
  private element?: HTMLElement;
  /** Active pointers: id → last clientX, clientY. */
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private pressX = 0;
  private dragging = false;
  private pinch?: { distance: number; middle: number };
  private wheelTimer = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly zoom: ZoomController,
    private readonly options: GestureOptions,
  ) {
    host.addController(this);
  }

  /**
   * Listens on the plot element; call after each render (a no-op for the same element, and for
   * one rendered after the host left the page: an update may run after disconnect).
   */
  attach(element: HTMLElement): void {
    if (element === this.element || !element.isConnected) return;
    this.detach();
    this.element = element;
    element.style.touchAction = 'pan-y';
    element.addEventListener('pointerdown', this.onPointerDown);
    element.addEventListener('pointermove', this.onPointerMove);
    element.addEventListener('pointerup', this.onPointerUp);
    element.addEventListener('pointercancel', this.onPointerUp);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('dblclick', this.onDoubleClick);
    element.addEventListener('click', this.onClickCapture, true);
  }

  hostDisconnected(): void {
    this.detach();
    clearTimeout(this.wheelTimer);
    // A gesture cut short by removal ends here: nothing stays held for one that never ends.
    this.pointers.clear();
    this.dragging = false;
    this.zoom.endGesture();
  }

  private detach(): void {
    const element = this.element;
    if (!element) return;
    element.removeEventListener('pointerdown', this.onPointerDown);
    element.removeEventListener('pointermove', this.onPointerMove);
    element.removeEventListener('pointerup', this.onPointerUp);
    element.removeEventListener('pointercancel', this.onPointerUp);
    element.removeEventListener('wheel', this.onWheel);
    element.removeEventListener('dblclick', this.onDoubleClick);
    element.removeEventListener('click', this.onClickCapture, true);
    this.element = undefined;
    this.pointers.clear();
  }

  private localX(clientX: number): number {
    return clientX - (this.element?.getBoundingClientRect().left ?? 0);
  }

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size === 1) {
      this.pressX = e.clientX;
      this.dragging = false;
    }
    this.pinch = undefined;
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const last = this.pointers.get(e.pointerId);
    if (!last || !this.zoom.ready) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    if (this.pointers.size >= 2) return this.pinchMove();
    if (!this.dragging) {
      if (Math.abs(e.clientX - this.pressX) < CLICK_DISTANCE) return;
      // A drag from here on: keep the pointer even when it leaves the plot.
      this.dragging = true;
      this.zoom.beginGesture();
      this.element?.setPointerCapture(e.pointerId);
    }
    this.zoom.panBy(last.x - e.clientX);
  };

  private pinchMove(): void {
    const [a, b] = [...this.pointers.values()];
    const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y);
    const middle = this.localX((a!.x + b!.x) / 2);
    if (this.pinch && distance > 0) {
      this.zoom.beginGesture();
      this.dragging = true;
      this.zoom.panBy(this.pinch.middle - middle);
      this.zoom.zoomBy(distance / this.pinch.distance, middle);
    }
    this.pinch = { distance, middle };
  }

  private readonly onPointerUp = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
    this.pinch = undefined;
    if (this.pointers.size === 0 && this.dragging) this.zoom.endGesture();
  };

  // A press that became a drag must not also click the event under it.
  private readonly onClickCapture = (e: MouseEvent): void => {
    if (!this.dragging) return;
    this.dragging = false;
    e.stopPropagation();
    e.preventDefault();
  };

  private readonly onWheel = (e: WheelEvent): void => {
    if (!this.zoom.ready) return;
    const unit = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? 400 : 1;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      // Trackpads swipe sideways: pan, and keep the browser from navigating back.
      e.preventDefault();
      this.wheelGesture(() => this.zoom.panBy(e.deltaX * unit));
      return;
    }
    if (!(e.ctrlKey || e.metaKey || this.options.plainWheelZooms())) {
      this.options.onWheelIgnored();
      return;
    }
    e.preventDefault();
    // Trackpad pinches arrive with ctrlKey and small deltas: give them more weight.
    const factor = 2 ** (-e.deltaY * unit * (e.ctrlKey ? 0.01 : 0.002));
    this.wheelGesture(() => this.zoom.zoomBy(factor, this.localX(e.clientX)));
  };

  private wheelGesture(change: () => void): void {
    this.zoom.beginGesture();
    change();
    clearTimeout(this.wheelTimer);
    this.wheelTimer = window.setTimeout(() => this.zoom.endGesture(), WHEEL_IDLE_MS);
  }

  private readonly onDoubleClick = (e: MouseEvent): void => {
    if (!this.zoom.ready) return;
    this.zoom.zoomBy(e.shiftKey ? 0.5 : 2, this.localX(e.clientX));
  };
}
