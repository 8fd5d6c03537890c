import type { ZoomController } from './zoom-controller.js';

export interface KeyboardActions {
  /** Reveal and focus the first (`'first'`) or last (`'last'`) event. */
  reveal(which: 'first' | 'last'): void;
  /** Reveal and focus the event before (-1) or after (+1) this one, in time order. */
  step(id: string, delta: -1 | 1): void;
  /** Close the detail panel and return focus to its event. */
  closeDetail(): boolean;
  /** Current plot width in px, for pan steps. */
  width(): number;
}

/**
 * Keys act only while focus is inside this timeline: the listener sits on an element of its
 * own shadow root, never on the document, so other instances and text inputs are unaffected.
 * Same steps and limits as the pointer: zoom by 1.5×, pan by 15% (50% with Shift). On an event,
 * ← and → go to the previous and next event in time (Shift + arrow still pans).
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
      case 'ArrowRight': {
        // On an event, arrows move to the previous or next event; elsewhere they pan.
        const id = (event.target as HTMLElement).dataset?.eventId;
        const delta = event.key === 'ArrowLeft' ? -1 : 1;
        if (id !== undefined && !event.shiftKey) this.actions.step(id, delta);
        else this.zoom.panBy(delta * step);
        break;
      }
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
