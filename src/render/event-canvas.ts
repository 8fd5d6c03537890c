import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import type { CanvasController, CanvasView } from '../controllers/canvas-controller.js';

/** Hands the <canvas> it sits on and the view to paint to the element's CanvasController. */
class EventCanvasDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('eventCanvas belongs on a <canvas>');
  }

  render(_painter: CanvasController, _view: CanvasView): unknown {
    return noChange;
  }

  override update(part: ElementPart, [painter, view]: [CanvasController, CanvasView]): unknown {
    painter.paint(part.element as HTMLCanvasElement, view);
    return noChange;
  }
}

export const eventCanvas = directive(EventCanvasDirective);
