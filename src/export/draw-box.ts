import type { Box, ExportContext } from './export-context.js';
import { boxOf } from './export-context.js';
import { paintAttributes, paintOf, ringsOf } from './paint.js';
import { num, tag } from './svg-markup.js';

interface Side {
  readonly width: number;
  readonly style: string;
  readonly color: string;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

function sidesOf(style: CSSStyleDeclaration): Side[] {
  return SIDES.map((side) => ({
    width: parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0,
    style: style.getPropertyValue(`border-${side}-style`),
    color: style.getPropertyValue(`border-${side}-color`),
  }));
}

const shows = (side: Side) =>
  side.width > 0 && side.style !== 'none' && side.style !== 'hidden' && !!paintOf(side.color);

/** Dashes about as the browser draws them for a border of this style and width. */
function dashes(style: string, width: number): string | undefined {
  if (style === 'dashed') return `${width * 3} ${width * 3}`;
  if (style === 'dotted') return `${width} ${width}`;
  return undefined;
}

/** The corner radius in px (the top-left one stands for all four; `50%` of a square is a circle). */
export function radiusOf(style: CSSStyleDeclaration, box: Box): number {
  const value = style.borderTopLeftRadius.split(' ')[0] ?? '0';
  const n = parseFloat(value) || 0;
  const r = value.endsWith('%') ? (n / 100) * Math.min(box.width, box.height) : n;
  return Math.min(r, box.width / 2, box.height / 2);
}

/** A rounded rectangle around `box`, grown by `grow` on every side. */
function rect(
  box: Box,
  radius: number,
  grow: number,
  attributes: Record<string, string | number | undefined>,
) {
  const r = radius > 0 ? Math.max(0, radius + grow) : undefined;
  return tag('rect', {
    x: box.x - grow,
    y: box.y - grow,
    width: Math.max(0, box.width + 2 * grow),
    height: Math.max(0, box.height + 2 * grow),
    rx: r,
    ...attributes,
  });
}

/** A clip path of the box's rounded outline; returns its id. */
export function clipTo(box: Box, radius: number, ctx: ExportContext): string {
  const id = ctx.id('clip');
  ctx.defs.push(tag('clipPath', { id }, rect(box, radius, 0, {})));
  return id;
}

/**
 * One side of a border as the browser paints a solid one: a trapezoid mitred at the corners by
 * its neighbours' widths, so transparent sides around a zero-size box leave a triangle (the
 * group chevron's CSS triangle). Dashed and dotted sides are a dashed line along the side.
 */
function drawSide(box: Box, index: number, sides: readonly Side[], opacity: number): string {
  const side = sides[index]!;
  // A transparent side still takes its width (computed widths are 0 where the style is none).
  const [t, r, b, l] = sides.map((s) => s.width) as [number, number, number, number];
  const { x, y, width: w, height: h } = box;
  if (dashes(side.style, side.width)) {
    const half = side.width / 2;
    const [x1, y1, x2, y2] = [
      [x, y + half, x + w, y + half],
      [x + w - half, y, x + w - half, y + h],
      [x, y + h - half, x + w, y + h - half],
      [x + half, y, x + half, y + h],
    ][index]!;
    return tag('line', {
      x1,
      y1,
      x2,
      y2,
      ...paintAttributes('stroke', side.color, opacity),
      'stroke-width': side.width,
      'stroke-dasharray': dashes(side.style, side.width),
    });
  }
  // Outer corners clockwise from the top left, and the inner ones (the padding box's).
  const outer = [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
  const inner = [
    [x + l, y + t],
    [x + w - r, y + t],
    [x + w - r, y + h - b],
    [x + l, y + h - b],
  ];
  const a = index;
  const c = (index + 1) % 4;
  const points = [outer[a]!, outer[c]!, inner[c]!, inner[a]!]
    .map(([px, py]) => `${num(px!)},${num(py!)}`)
    .join(' ');
  return tag('polygon', { points, ...paintAttributes('fill', side.color, opacity) });
}

/**
 * An element's own box as SVG: solid box-shadow rings, the background colour, then the borders
 * (one outline when all four match, else each side on its own, clipped to the rounded corners),
 * turned as its own 2D transform turns it.
 */
export function drawBox(
  element: Element,
  style: CSSStyleDeclaration,
  ctx: ExportContext,
  opacity: number,
): string {
  const turn = linearTransform(element, style);
  const box = turn ? untransformedBox(element as HTMLElement, ctx) : boxOf(element, ctx);
  if (box.width <= 0 && box.height <= 0) return '';
  const radius = radiusOf(style, box);
  let out = '';
  for (const ring of ringsOf(style.boxShadow)) {
    out += rect(box, radius, ring.spread / 2, {
      fill: 'none',
      ...paintAttributes('stroke', ring.color, opacity),
      'stroke-width': ring.spread,
    });
  }
  if (paintOf(style.backgroundColor))
    out += rect(box, radius, 0, paintAttributes('fill', style.backgroundColor, opacity));

  const sides = sidesOf(style);
  const [top] = sides as [Side];
  const uniform = sides.every(
    (s) => shows(s) && s.width === top.width && s.style === top.style && s.color === top.color,
  );
  if (uniform) {
    out += rect(box, radius, -top.width / 2, {
      fill: 'none',
      ...paintAttributes('stroke', top.color, opacity),
      'stroke-width': top.width,
      'stroke-dasharray': dashes(top.style, top.width),
    });
  } else if (sides.some(shows)) {
    const lines = sides.map((s, i) => (shows(s) ? drawSide(box, i, sides, opacity) : '')).join('');
    out +=
      radius > 0 ? tag('g', { 'clip-path': `url(#${clipTo(box, radius, ctx)})` }, lines) : lines;
  }
  if (!turn || !out) return out;
  // Turned about its centre (the default transform-origin), as the browser shows it.
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const matrix = turn.map(num).join(' ');
  const transform = `translate(${num(cx)} ${num(cy)}) matrix(${matrix} 0 0) translate(${num(-cx)} ${num(-cy)})`;
  return tag('g', { transform }, out);
}

/**
 * The linear part [a, b, c, d] of an element's own 2D CSS transform (a rotation, a scale, a
 * skew), or undefined when it has none. The group chevron of a collapsed group is turned so.
 */
function linearTransform(
  element: Element,
  style: CSSStyleDeclaration,
): [number, number, number, number] | undefined {
  const match = /^matrix\(([^)]+)\)$/.exec(style.transform);
  if (!match || !(element instanceof HTMLElement)) return undefined;
  const [a, b, c, d] = match[1]!.split(',').map(Number) as [number, number, number, number];
  return a === 1 && b === 0 && c === 0 && d === 1 ? undefined : [a, b, c, d];
}

/** An element's layout box before its transform, centred where the transformed one is. */
function untransformedBox(element: HTMLElement, ctx: ExportContext): Box {
  const shown = boxOf(element, ctx);
  const [width, height] = [element.offsetWidth, element.offsetHeight];
  const x = shown.x + shown.width / 2 - width / 2;
  const y = shown.y + shown.height / 2 - height / 2;
  return { x, y, width, height };
}
