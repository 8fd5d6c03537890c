import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of one element in the host's shadow root (ResizeObserver), so the
 * timeline follows its container rather than the window.
 */
export class ResizeController implements ReactiveController {
  /** Content-box width in px; 0 until the first observation. */
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // Re-render in the next frame: rendering inside the observer's callback can resize the
      // page again (a scrollbar appears) and trip the "ResizeObserver loop" error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observed = undefined;
    // (Re)connected: render once so hostUpdated observes the plot again (and gestures re-attach).
    this.host.requestUpdate();
  }

  // The observed element is rendered by the host, so (re)observe after each update if it changed.
  hostUpdated(): void {
    const element = this.target();
    if (element && element !== this.observed) {
      if (this.observed) this.observer?.unobserve(this.observed);
      this.observer?.observe(element);
      this.observed = element;
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
