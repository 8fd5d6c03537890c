import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Text for a polite live region, debounced: a zoom or pan gesture fires dozens of changes, a
 * screen reader should hear one sentence once the view settles.
 */
export class AnnounceController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 700,
  ) {
    host.addController(this);
  }

  /** Announces `message()` once nothing new was scheduled for `delay` ms. */
  schedule(message: () => string): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.text = message();
      this.host.requestUpdate();
    }, this.delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
