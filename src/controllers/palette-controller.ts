import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolvePalette } from '../render/palette.js';
import type { Palette } from '../render/paint-events.js';

const QUERIES = ['(prefers-color-scheme: dark)', '(forced-colors: active)'];

/**
 * Keeps the canvas's colours in step with the host's styles: they are read again at each
 * update the host invalidates them for (all but a gesture's frames, where a style recalc would
 * cost the frame) and when the colour scheme or forced colours change.
 */
export class PaletteController implements ReactiveController {
  private palette?: Palette;
  private media: MediaQueryList[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = QUERIES.map((query) => matchMedia(query));
    for (const list of this.media) list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    for (const list of this.media) list.removeEventListener('change', this.onChange);
    this.media = [];
  }

  /** The styles may have changed: resolve them again at next use. */
  invalidate(): void {
    this.palette = undefined;
  }

  get current(): Palette {
    this.palette ??= resolvePalette(this.host, matchMedia(QUERIES[1]!).matches);
    return this.palette;
  }

  private readonly onChange = (): void => {
    this.invalidate();
    this.host.requestUpdate();
  };
}
