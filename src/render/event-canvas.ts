import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';
import type { CanvasController, CanvasView } from '../controllers/canvas-controller.js';

/**
 * Puts the element's one event canvas here, to be painted with `view` (see CanvasController):
 * the same <canvas> in every render, so it keeps its drawing surface.
 */
class EventCanvasDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('eventCanvas belongs in a child position');
  }

  render(painter: CanvasController, view: CanvasView): HTMLCanvasElement {
    return painter.paint(view);
  }
}

export const eventCanvas = directive(EventCanvasDirective);
