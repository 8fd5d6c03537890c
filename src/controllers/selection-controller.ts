import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { revealWindow } from '../layout/reveal.js';
import type { LayoutController } from './layout-controller.js';
import type { MoveOptions, ZoomController } from './zoom-controller.js';

/** Scrolls the lanes, not the page, just enough to show an event's row. */
function showRow(button: HTMLElement): void {
  const lanes = button.closest('.lanes');
  if (!lanes) return;
  const row = button.getBoundingClientRect();
  const view = lanes.getBoundingClientRect();
  if (row.top < view.top) lanes.scrollTop -= view.top - row.top + 4;
  else if (row.bottom > view.bottom) lanes.scrollTop += row.bottom - view.bottom + 4;
}

/**
 * The selected and the focused event. Selecting reveals the event; closing the details returns
 * focus to its event; the focused event stays rendered while panned off screen, so focus is
 * never dropped. `timeline-select` fires only for the user's own actions.
 */
export class SelectionController implements ReactiveController {
  selectedId?: string;
  private focusedId?: string;
  private pendingFocus?: string;
  private focusTries = 0;
  /** An event selected by the page, whose row to scroll into the lanes' view once rendered. */
  private pendingScroll?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly zoom: ZoomController,
    private readonly layout: LayoutController,
  ) {
    host.addController(this);
  }

  /** Ids to keep rendered even off screen (focusing one scrolls its row into view). */
  get keep(): string[] {
    return [this.focusedId, this.selectedId, this.pendingFocus].filter(
      (id): id is string => id !== undefined,
    );
  }

  /**
   * Selects (and reveals: a glide, unless `options` say otherwise) an event, or clears with
   * `null`; returns whether the id exists.
   */
  select(id: string | null, user: boolean, options: MoveOptions = {}): boolean {
    const item = id === null ? undefined : this.layout.item(id);
    if (id !== null && !item) return false;
    this.selectedId = item?.event.id;
    if (item && !user) {
      this.reveal(item.event.id, options);
      this.pendingScroll = item.event.id;
    }
    this.host.requestUpdate();
    if (user) this.fire({ event: item?.event ?? null });
    return true;
  }

  /** Closes the detail panel (Escape, close button) and puts focus back on its event. */
  close(): boolean {
    if (!this.selectedId) return false;
    this.focus(this.selectedId);
    this.select(null, true);
    return true;
  }

  /** Brings the first or last event (by end) into view and focuses it. */
  revealEdge(which: 'first' | 'last'): void {
    const index = this.layout.index;
    if (!index?.size) return;
    // The last by end: the latest of equal ends.
    let at = 0;
    if (which === 'last')
      for (let i = 1; i < index.size; i++) if (index.ends[i]! >= index.ends[at]!) at = i;
    const item = index.item(at);
    this.reveal(item.event.id);
    this.focus(item.event.id);
  }

  /** Moves focus to the event before or after `id` in time order, revealing it. */
  step(id: string, delta: -1 | 1): void {
    const index = this.layout.index;
    const at = index?.position.get(id);
    const next =
      at === undefined || at + delta < 0 || at + delta >= index!.size
        ? undefined
        : index!.item(at + delta);
    if (!next) return;
    this.reveal(next.event.id);
    this.focus(next.event.id);
  }

  /** Bind to the container of the event buttons: `@focusin=${selection.onFocusIn}`. */
  readonly onFocusIn = (e: FocusEvent): void => {
    this.focusedId = (e.target as HTMLElement).dataset?.eventId ?? this.focusedId;
  };

  hostUpdated(): void {
    if (this.pendingScroll) {
      const button = this.button(this.pendingScroll);
      this.pendingScroll = undefined;
      if (button) showRow(button);
    }
    if (!this.pendingFocus) return;
    const button = this.button(this.pendingFocus);
    // Revealing may take a frame or two (or a glide); an event that stays hidden (in a cluster or a
    // collapsed group) is given up rather than focused by surprise later.
    if (button) button.focus();
    // A glide toward it counts no tries: its frames may not show it yet.
    if (button || (!this.zoom.gesturing && --this.focusTries <= 0)) this.pendingFocus = undefined;
  }

  private button(id: string): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  }

  private focus(id: string): void {
    this.pendingFocus = id;
    this.focusTries = 4;
    this.host.requestUpdate();
  }

  private reveal(id: string, options: MoveOptions = {}): void {
    const item = this.layout.item(id);
    const window = item && this.zoom.ready ? revealWindow(item, ...this.zoom.domain) : undefined;
    if (window) this.zoom.zoomToRange(window[0], window[1], true, options);
  }

  private fire(detail: unknown): void {
    this.host.dispatchEvent(
      new CustomEvent('timeline-select', { detail, bubbles: true, composed: true }),
    );
  }
}
