import { ellipsize } from '../format/ellipsize.js';
import type { ExportContext } from './export-context.js';
import { fontOf, paintAttributes } from './paint.js';
import { escapeXml, tag } from './svg-markup.js';

let measurer: CanvasRenderingContext2D | null | undefined;

function measureContext(style: CSSStyleDeclaration): CanvasRenderingContext2D | null {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (measurer) {
    measurer.font = fontOf(style);
    measurer.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  }
  return measurer;
}

function transformText(text: string, transform: string): string {
  if (transform === 'uppercase') return text.toUpperCase();
  if (transform === 'lowercase') return text.toLowerCase();
  if (transform === 'capitalize')
    return text.replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase());
  return text;
}

/**
 * The element's own text (its direct text nodes) as SVG <text>, where the browser laid it out:
 * same font, colour and case; text cut short by `text-overflow: ellipsis` is cut the same way.
 */
export function drawText(
  element: Element,
  style: CSSStyleDeclaration,
  ctx: ExportContext,
  opacity: number,
): string {
  let out = '';
  for (const node of element.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const raw = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!raw) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    const x = r.left - ctx.left;
    const top = r.top - ctx.top;
    const canvas = measureContext(style);
    const measure = (t: string) => canvas?.measureText(t).width ?? 0;
    let text = transformText(raw, style.textTransform);
    if (style.overflowX !== 'visible' && style.textOverflow === 'ellipsis') {
      const own = element.getBoundingClientRect();
      const right =
        own.right -
        ctx.left -
        (parseFloat(style.paddingRight) || 0) -
        (parseFloat(style.borderRightWidth) || 0);
      text = ellipsize(text, right - x + 0.5, measure);
      if (!text) continue;
    }
    // The range's box is the font's ascent + descent: the baseline sits `ascent` below its top.
    const metrics = canvas?.measureText(text);
    const ascent = metrics?.fontBoundingBoxAscent ?? r.height * 0.8;
    const descent = metrics?.fontBoundingBoxDescent ?? r.height * 0.2;
    const y = top + (r.height - ascent - descent) / 2 + ascent;
    out += tag(
      'text',
      {
        x,
        y,
        ...paintAttributes('fill', style.color, opacity),
        'font-family': style.fontFamily,
        'font-size': style.fontSize,
        'font-weight': style.fontWeight === '400' ? undefined : style.fontWeight,
        'font-style': style.fontStyle === 'normal' ? undefined : style.fontStyle,
        'letter-spacing': style.letterSpacing === 'normal' ? undefined : style.letterSpacing,
      },
      escapeXml(text),
    );
  }
  return out;
}
