import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A short-lived hint (how to zoom with the wheel): shown on demand, gone after a moment. */
export class HintController implements ReactiveController {
  visible = false;
  private timer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly duration = 1800,
  ) {
    host.addController(this);
  }

  show(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.hide(), this.duration);
    if (!this.visible) {
      this.visible = true;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.visible = false;
  }

  private hide(): void {
    this.visible = false;
    this.host.requestUpdate();
  }
}
