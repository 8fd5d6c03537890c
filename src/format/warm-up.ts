import { PRECISION_OPTIONS } from './date-text.js';
import { dateFormat } from './intl-cache.js';
import { createTextMeasurer } from './text-measure.js';

const warmed = new Set<string>();
let printable = '';
for (let code = 0x20; code < 0x7f; code++) printable += String.fromCharCode(code);

/**
 * Readies, once per font and locale in a page, what the first render with events would
 * otherwise wait for: the label font's glyphs, measured and drawn, and the locale's date
 * formats. Cold, they took that render ~11 ms here, and the formats ~5 ms more at 10k events.
 */
export function warmUp(font: string, locale: string | undefined): void {
  const key = `${font}|${locale ?? ''}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  createTextMeasurer(font)(printable);
  // Drawn too, regular and bold, as the canvas paints labels: rasterising glyphs the first time
  // is its own cost.
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx)
    for (const weight of ['', '600 ']) {
      ctx.font = weight + font;
      ctx.fillText(printable, 0, 20);
    }
  // Years and months (the axis), days and day ranges (the commonest dates in event files) and
  // medium dates (cluster labels): a formatter costs 1–2 ms to build, its first range 1–5 ms more.
  for (const options of [
    { year: 'numeric' },
    { month: 'short' },
    PRECISION_OPTIONS.day,
    { dateStyle: 'medium' },
  ] as const)
    dateFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(0, 1e9);
}
