import { createContext } from './export-context.js';
import type { Snapshot } from './export-context.js';
import { paintAttributes } from './paint.js';
import { paintView } from './paint-view.js';
import { svgToPng } from './rasterize.js';
import { escapeXml, tag } from './svg-markup.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function plotOf(host: HTMLElement): HTMLElement {
  const plot = host.shadowRoot?.querySelector<HTMLElement>('[part="plot"]');
  if (!plot || plot.clientWidth === 0)
    throw new Error(
      `<${host.localName}>: no timeline on screen to export; show the timeline view with events first`,
    );
  return plot;
}

/**
 * The plot (axis, grid, markers, group labels, events and their labels) as one SVG document
 * whose every colour and font is written on its elements: no stylesheet, no external reference.
 * `pixelRatio` multiplies its width and height (not its coordinates), for a sharper raster.
 */
function plotToSvg(
  host: HTMLElement,
  snapshot: Snapshot,
  pixelRatio = 1,
): { svg: string; width: number; height: number } {
  const plot = plotOf(host);
  const origin = plot.getBoundingClientRect();
  const width = Math.round(origin.width);
  const height = Math.round(origin.height);
  const ctx = createContext(origin, snapshot);
  const body = paintView(plot, ctx);
  const name = plot.getAttribute('aria-label') ?? '';
  const svg = tag(
    'svg',
    {
      xmlns: SVG_NS,
      width: Math.round(width * pixelRatio),
      height: Math.round(height * pixelRatio),
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': name || undefined,
    },
    (name ? `<title>${escapeXml(name)}</title>` : '') +
      (ctx.defs.length ? `<defs>${ctx.defs.join('')}</defs>` : '') +
      tag('rect', {
        width,
        height,
        ...paintAttributes('fill', getComputedStyle(host).backgroundColor),
      }) +
      body,
  );
  return { svg, width, height };
}

/** The current view as a standalone SVG document (see EventTimeline.toSVG). */
export function viewToSVG(host: HTMLElement, snapshot: Snapshot): string {
  return plotToSvg(host, snapshot).svg;
}

/** The current view as a PNG, `scale` device pixels per CSS pixel (see EventTimeline.toPNG). */
export async function viewToPNG(
  host: HTMLElement,
  scale: number,
  snapshot: Snapshot,
): Promise<Blob> {
  if (!Number.isFinite(scale) || scale <= 0)
    throw new RangeError(`toPNG: scale must be a positive number, not ${String(scale)}`);
  const { svg, width, height } = plotToSvg(host, snapshot, scale);
  return svgToPng(svg, Math.round(width * scale), Math.round(height * scale));
}
