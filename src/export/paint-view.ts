import { clipTo, drawBox, radiusOf } from './draw-box.js';
import { drawCanvas, drawInlineSvg } from './draw-svg.js';
import { drawText } from './draw-text.js';
import type { ExportContext } from './export-context.js';
import { boxOf } from './export-context.js';
import { tag } from './svg-markup.js';

/** One piece of the picture: its stacking level, the clip paths around it (outermost first), its markup. */
interface Piece {
  readonly z: number;
  readonly clips: readonly string[];
  readonly svg: string;
}

interface Inherited {
  readonly z: number;
  readonly clips: readonly string[];
  readonly opacity: number;
}

/** Transient or screen-reader-only parts of the view that an image leaves out. */
const LEFT_OUT = ['hint', 'visually-hidden'];

function collect(
  element: Element,
  ctx: ExportContext,
  inherited: Inherited,
  pieces: Piece[],
): void {
  if (LEFT_OUT.some((name) => element.classList.contains(name))) return;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return;
  const opacity = inherited.opacity * (parseFloat(style.opacity) || 0);
  if (opacity <= 0) return;
  const z =
    style.position !== 'static' && style.zIndex !== 'auto' ? Number(style.zIndex) : inherited.z;
  const add = (svg: string) => {
    if (svg) pieces.push({ z, clips: inherited.clips, svg });
  };

  add(drawBox(element, style, ctx, opacity));
  if (element instanceof HTMLCanvasElement) {
    add(drawCanvas(element, ctx, opacity));
    return;
  }
  if (element instanceof SVGSVGElement) {
    add(drawInlineSvg(element, ctx, opacity));
    return;
  }
  add(drawText(element, style, ctx, opacity));

  // Children of a scrolling or clipping box are clipped to it (text cut with an ellipsis is not:
  // drawText cuts it).
  let clips = inherited.clips;
  const clipping = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  if (clipping && style.textOverflow !== 'ellipsis' && element.children.length) {
    const box = boxOf(element, ctx);
    clips = [...clips, clipTo(box, radiusOf(style, box), ctx)];
  }
  for (const child of element.children) collect(child, ctx, { z, clips, opacity }, pieces);
}

/** Nests consecutive pieces with the same clips in one <g clip-path> per clip. */
function assemble(pieces: readonly Piece[], depth = 0): string {
  let out = '';
  for (let i = 0; i < pieces.length;) {
    const clip = pieces[i]!.clips[depth];
    if (clip === undefined) {
      out += pieces[i]!.svg;
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && pieces[j]!.clips[depth] === clip) j++;
    out += tag('g', { 'clip-path': `url(#${clip})` }, assemble(pieces.slice(i, j), depth + 1));
    i = j;
  }
  return out;
}

/**
 * The SVG markup of everything drawn inside `root` (not `root`'s own box), in the order the
 * browser paints it: document order, positioned boxes with a higher z-index last.
 */
export function paintView(root: Element, ctx: ExportContext): string {
  const pieces: Piece[] = [];
  for (const child of root.children) collect(child, ctx, { z: 0, clips: [], opacity: 1 }, pieces);
  // Array.prototype.sort is stable: equal levels keep document order.
  return assemble(pieces.sort((a, b) => a.z - b.z));
}
