import type { CanvasSnapshot } from '../controllers/canvas-controller.js';
/** What the painters share while one image is made: its origin on the page, and its <defs>. */
export interface ExportContext {
  /** Page (client) coordinates of the image's top-left corner. */
  readonly left: number;
  readonly top: number;
  /** Markup of clip paths, referenced by id from the body. */
  readonly defs: string[];
  /** A new id, unique within the image. */
  id(prefix: string): string;
  /** A canvas's picture at `scale` px per CSS px (the event canvas repaints itself for it). */
  readonly snapshot: Snapshot;
}

/** Draws a copy of a canvas of the view at a scale, or undefined when it has nothing to show. */
export type Snapshot = (canvas: HTMLCanvasElement, scale: number) => CanvasSnapshot | undefined;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function createContext(origin: DOMRect, snapshot: Snapshot): ExportContext {
  let next = 0;
  return {
    left: origin.left,
    top: origin.top,
    defs: [],
    id: (prefix) => `${prefix}${++next}`,
    snapshot,
  };
}

/** An element's border box in image coordinates. */
export function boxOf(element: Element, ctx: ExportContext): Box {
  const r = element.getBoundingClientRect();
  return { x: r.left - ctx.left, y: r.top - ctx.top, width: r.width, height: r.height };
}
