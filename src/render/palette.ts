import type { IndexedEvent } from '../layout/timeline-index.js';
import type { Palette } from './paint-events.js';

const CATEGORIES = 8;

/**
 * A canvas only takes colours it can parse: each one goes through a 2D context, and one it
 * refuses (a keyword of a newer CSS, say) falls back. Results are kept per text.
 */
function colorReader(): (text: string, fallback: string) => string {
  const ctx = document.createElement('canvas').getContext('2d');
  const known = new Map<string, string>();
  return (text, fallback) => {
    const raw = text.trim();
    if (!raw || !ctx) return raw || fallback;
    let out = known.get(raw);
    if (out === undefined) {
      ctx.fillStyle = '#010203';
      ctx.fillStyle = raw;
      const parsed = String(ctx.fillStyle);
      out = parsed === '#010203' && raw !== '#010203' ? '' : parsed;
      known.set(raw, out);
    }
    return out || fallback;
  };
}

let read: ReturnType<typeof colorReader> | undefined;

/**
 * The canvas's colours and fonts, from the host's computed style: its public tokens (through
 * the private --_* ones), the category palette, and under forced colours the system's colours.
 */
export function resolvePalette(host: Element, forced: boolean): Palette {
  read ??= colorReader();
  const style = getComputedStyle(host);
  const token = (name: string) => style.getPropertyValue(name);
  const fg = forced ? style.color : read(token('--_fg'), style.color);
  const bg = forced ? style.backgroundColor : read(token('--_bg'), '#ffffff');
  const accent = forced ? fg : read(token('--_accent'), fg);
  const categories = Array.from({ length: CATEGORIES }, (_, i) =>
    read!(token(`--event-timeline-category-${i + 1}`) || token(`--_category-${i + 1}`), accent),
  );
  const own = new Map<string, string>();
  const colorOf = (item: IndexedEvent): string => {
    if (forced) return fg;
    const color = item.event.color;
    if (color) {
      let resolved = own.get(color);
      if (resolved === undefined) own.set(color, (resolved = read!(color, accent)));
      return resolved;
    }
    return item.category === undefined ? accent : categories[item.category]!;
  };
  const size = token('--_label-size').trim() || '13px';
  const family = style.fontFamily;
  return {
    bg,
    fg,
    accent,
    selected: forced ? read('Highlight', fg) : read(token('--_selected'), accent),
    focus: forced ? read('Highlight', fg) : read(token('--_focus'), accent),
    rangeFill: forced ? '' : read(token('--event-timeline-range-fill'), ''),
    colorOf,
    font: `${size} ${family}`,
    boldFont: `600 ${size} ${family}`,
    clusterFont: `600 12px ${family}`,
    family,
    labelSize: size,
    radius: parseFloat(token('--_radius')) || 0,
  };
}
