import type { CanvasSnapshot } from '../controllers/canvas-controller.js';
import { labelText } from '../render/paint-events.js';
import type { ExportContext } from './export-context.js';
import { boxOf } from './export-context.js';
import { paintAttributes } from './paint.js';
import { escapeXml, num, tag } from './svg-markup.js';
import type { Attributes } from './svg-markup.js';

/** Geometry attributes copied as they are. */
const GEOMETRY = [
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'dx',
  'dy',
  'text-anchor',
  'dominant-baseline',
];
const SHAPES = new Set([
  'g',
  'line',
  'rect',
  'circle',
  'ellipse',
  'path',
  'polyline',
  'polygon',
  'text',
  'tspan',
]);

function copy(element: Element, opacity: number): string {
  const name = element.localName;
  if (!SHAPES.has(name)) return '';
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return '';
  const attributes: Attributes = {};
  for (const attribute of GEOMETRY)
    attributes[attribute] = element.getAttribute(attribute) ?? undefined;
  const own = opacity * (parseFloat(style.opacity) || 0);
  Object.assign(
    attributes,
    paintAttributes('fill', style.fill, own * (parseFloat(style.fillOpacity) || 0)),
    paintAttributes('stroke', style.stroke, own * (parseFloat(style.strokeOpacity) || 0)),
  );
  if (attributes.stroke !== 'none') {
    attributes['stroke-width'] = parseFloat(style.strokeWidth) || 1;
    attributes['stroke-dasharray'] =
      style.strokeDasharray === 'none' ? undefined : style.strokeDasharray;
    attributes['stroke-linecap'] = style.strokeLinecap === 'butt' ? undefined : style.strokeLinecap;
  }
  if (name === 'text' || name === 'tspan') {
    Object.assign(attributes, {
      'font-family': style.fontFamily,
      'font-size': style.fontSize,
      'font-weight': style.fontWeight === '400' ? undefined : style.fontWeight,
      'font-style': style.fontStyle === 'normal' ? undefined : style.fontStyle,
    });
    const hasChildren = element.children.length > 0;
    const content = hasChildren
      ? [...element.children].map((child) => copy(child, opacity)).join('')
      : escapeXml(element.textContent ?? '');
    return tag(name, attributes, content);
  }
  const children = [...element.children].map((child) => copy(child, own)).join('');
  return name === 'g'
    ? tag('g', { transform: attributes.transform }, children)
    : tag(name, attributes, children || undefined);
}

/** An inline <svg> of the view (the axis, the grid): its shapes and texts with computed paint. */
export function drawInlineSvg(svg: SVGSVGElement, ctx: ExportContext, opacity: number): string {
  const box = boxOf(svg, ctx);
  const content = [...svg.children].map((child) => copy(child, opacity)).join('');
  return content ? tag('g', { transform: `translate(${num(box.x)} ${num(box.y)})` }, content) : '';
}

/** One event's label as the canvas painted it, in the canvas's CSS px (`y`: its alphabetic baseline). */
interface PaintedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly bold: boolean;
}

/**
 * How far below the canvas's `middle` line (where the labels are painted) the alphabetic
 * baseline lies in `font`. SVG text is set on that baseline: SVG's `central` is the middle of the
 * font's ascent and descent, canvas's `middle` the middle of the em box, and fonts whose
 * ascent and descent are not the em box (Inter's are) put the two 1–2 px apart.
 */
function middleToAlphabetic(ctx: CanvasRenderingContext2D | null, font: string): number {
  if (!ctx) return 0;
  ctx.font = font;
  ctx.textBaseline = 'middle';
  const fromMiddle = ctx.measureText('H').actualBoundingBoxAscent;
  ctx.textBaseline = 'alphabetic';
  return ctx.measureText('H').actualBoundingBoxAscent - fromMiddle;
}

/** The labels of the canvas's events in view, as painted (y on the alphabetic baseline). */
function labelsOf({ view, scrollTop, height }: CanvasSnapshot): PaintedLabel[] {
  const { scene, palette: p } = view;
  const ctx = document.createElement('canvas').getContext('2d');
  const below = {
    normal: middleToAlphabetic(ctx, p.font),
    bold: middleToAlphabetic(ctx, p.boldFont),
  };
  const labels: PaintedLabel[] = [];
  for (const box of scene.events) {
    const bold = box.item.event.id === scene.selectedId;
    const y = box.top + box.height / 2 - scrollTop;
    if (y <= 0 || y >= height) continue;
    if (ctx) ctx.font = bold ? p.boldFont : p.font;
    const measure = (t: string) => ctx?.measureText(t).width ?? t.length * 7;
    const text = labelText(box, bold, scene.maxLabelWidth, measure);
    const baseline = y + (bold ? below.bold : below.normal);
    if (text) labels.push({ text, x: box.labelLeft + view.shift, y: baseline, bold });
  }
  return labels;
}

/**
 * The event canvas as an <image> of its marks at twice the pixels (a data: URL, so the SVG
 * stays standalone), and its labels over it as text, cut where the canvas cut them.
 */
export function drawCanvas(canvas: HTMLCanvasElement, ctx: ExportContext, opacity: number): string {
  const copy = ctx.snapshot(canvas, 2);
  const box = boxOf(canvas, ctx);
  if (!copy || !box.width || !box.height) return '';
  const p = copy.view.palette;
  const image = tag('image', {
    x: num(box.x),
    y: num(box.y),
    width: num(box.width),
    height: num(box.height),
    opacity: opacity < 1 ? num(opacity) : undefined,
    href: copy.image.toDataURL('image/png'),
  });
  const labels = labelsOf(copy).map((label) =>
    tag(
      'text',
      {
        x: num(box.x + label.x),
        y: num(box.y + label.y),
        ...paintAttributes('fill', p.fg, opacity),
        'font-family': p.family,
        'font-size': p.labelSize,
        'font-weight': label.bold ? '600' : undefined,
      },
      escapeXml(label.text),
    ),
  );
  // Grouped, so the event labels can be told from the axis's and the panels' text.
  return image + (labels.length ? tag('g', { 'data-layer': 'event-labels' }, labels.join('')) : '');
}
