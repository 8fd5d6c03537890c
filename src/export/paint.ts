/**
 * Computed CSS values turned into plain SVG paint: any CSS colour (color-mix(), color(srgb …),
 * named colours) becomes `rgb(r g b)` with a separate opacity, which every SVG renderer reads.
 */

export interface Paint {
  /** `rgb(r, g, b)`. */
  readonly color: string;
  /** 0–1; 1 is opaque. */
  readonly opacity: number;
}

let probe: CanvasRenderingContext2D | null | undefined;
const paints = new Map<string, Paint | undefined>();

function probeContext(): CanvasRenderingContext2D | null {
  if (probe === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true });
  }
  return probe;
}

/** The colour as the browser paints it (one pixel, read back); `undefined` when transparent. */
export function paintOf(cssColor: string): Paint | undefined {
  const key = cssColor.trim();
  if (!key || key === 'transparent' || key === 'none') return undefined;
  if (paints.has(key)) return paints.get(key);
  const ctx = probeContext();
  let paint: Paint | undefined = { color: key, opacity: 1 };
  if (ctx) {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = key;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    paint = a
      ? { color: `rgb(${r}, ${g}, ${b})`, opacity: Math.round((a / 255) * 1000) / 1000 }
      : undefined;
  }
  paints.set(key, paint);
  return paint;
}

/** SVG attributes for a fill (or stroke) of this colour: `fill`, and `fill-opacity` when not opaque. */
export function paintAttributes(
  property: 'fill' | 'stroke',
  cssColor: string,
  opacity = 1,
): Record<string, string | number | undefined> {
  const paint = paintOf(cssColor);
  if (!paint) return { [property]: 'none' };
  const alpha = paint.opacity * opacity;
  return { [property]: paint.color, [`${property}-opacity`]: alpha < 1 ? alpha : undefined };
}

/** A `box-shadow` that is only a solid ring (no offset, no blur), as its spread and colour. */
export interface Ring {
  readonly spread: number;
  readonly color: string;
}

/** The solid rings of a computed `box-shadow` (`rgb(…) 0px 0px 0px 2px, …`); others are ignored. */
export function ringsOf(boxShadow: string): Ring[] {
  if (!boxShadow || boxShadow === 'none') return [];
  const rings: Ring[] = [];
  // Split at commas outside parentheses.
  for (const shadow of boxShadow.split(/,(?![^(]*\))/)) {
    if (/\binset\b/.test(shadow)) continue;
    const color = /(?:rgba?|color|hsla?|lab|lch|oklab|oklch)\([^)]*\)|#[0-9a-f]+/i.exec(
      shadow,
    )?.[0];
    const lengths = shadow
      .replace(color ?? '', '')
      .trim()
      .split(/\s+/)
      .map((n) => parseFloat(n));
    const [dx = 0, dy = 0, blur = 0, spread = 0] = lengths;
    if (color && dx === 0 && dy === 0 && blur === 0 && spread > 0) rings.push({ spread, color });
  }
  return rings;
}

/** The canvas font shorthand of a computed style, for measuring text as it is drawn. */
export function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}
