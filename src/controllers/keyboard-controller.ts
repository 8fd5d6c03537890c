import type { ZoomController } from './zoom-controller.js';

export interface KeyboardActions {
  /** Reveal and focus the first (`'first'`) or last (`'last'`) event. */
  reveal(which: 'first' | 'last'): void;
  /** Close the detail panel and return focus to its event. */
  closeDetail(): boolean;
  /** Current plot width in px, for pan steps. */
  width(): number;
}

/**
 * Keys act only while focus is inside this timeline: the listener sits on an element of its
 * own shadow root, never on the document, so other instances and text inputs are unaffected.
 * Same steps and limits as the pointer: zoom by 1.5×, pan by 15% (50% with Shift).
 */
export class KeyboardController {
  constructor(
    private readonly zoom: ZoomController,
    private readonly actions: KeyboardActions,
  ) {}

  /** Bind to an element of the host's own template: `@keydown=${keys.onKeyDown}`. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || !this.zoom.ready) {
      if (event.key === 'Escape' && this.actions.closeDetail()) event.preventDefault();
      return;
    }
    const step = this.actions.width() * (event.shiftKey ? 0.5 : 0.15);
    switch (event.key) {
      case '+':
      case '=':
        this.zoom.zoomBy(1.5);
        break;
      case '-':
      case '_':
        this.zoom.zoomBy(1 / 1.5);
        break;
      case 'ArrowLeft':
        this.zoom.panBy(-step);
        break;
      case 'ArrowRight':
        this.zoom.panBy(step);
        break;
      case 'Home':
        this.actions.reveal('first');
        break;
      case 'End':
        this.actions.reveal('last');
        break;
      case '0':
        this.zoom.fit(true);
        break;
      case 'Escape':
        if (!this.actions.closeDetail()) return;
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}
