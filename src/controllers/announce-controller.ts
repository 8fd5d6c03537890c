import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Text for a polite live region, debounced: a zoom or pan gesture fires dozens of changes, a
 * screen reader should hear one sentence once the view settles.
 */
export class AnnounceController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer = 0;
  /** A leading message waits to be said: the view changes it brings are not announced. */
  private leading = false;
  /** Until then (performance.now()), the view's last changes after a leading message are quiet. */
  private quietUntil = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 700,
  ) {
    host.addController(this);
  }

  /**
   * Announces `message()` once nothing new was scheduled for `delay` ms. A `lead` message (a
   * story step) wins over the plain ones its own camera move schedules, until `delay` ms after
   * it was said.
   */
  schedule(message: () => string, lead = false): void {
    if (!lead && (this.leading || performance.now() < this.quietUntil)) return;
    this.leading = lead;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.text = message();
      this.leading = false;
      if (lead) this.quietUntil = performance.now() + this.delay;
      this.host.requestUpdate();
    }, this.delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.leading = false;
  }
}
