import { isDate, parseDate, periodEnd } from './model/parse-date.js';
import type { WallClock } from './layout/time-zone.js';

/**
 * A Date, or ISO text at any precision, as wall-clock ms. Text marks the start of its period,
 * or its end when `edge` is `'end'`, so `zoomTo('2024', '2024')` shows all of 2024.
 */
export function parseWhen(value: Date | string, edge: 'start' | 'end', clock: WallClock): number {
  // Any Date, also one from another frame or a page that wraps the Date class (instanceof fails).
  if (isDate(value)) {
    if (Number.isNaN(value.getTime()))
      throw new RangeError(`zoomTo: the ${edge} is an invalid Date`);
    return clock.toWall(value.getTime());
  }
  const result = parseDate(String(value));
  if (!result.ok) throw new RangeError(`zoomTo: ${edge} ${result.message}`);
  const { date } = result;
  const time = edge === 'end' ? periodEnd(date) : date.time;
  return date.zoned ? clock.toWall(time) : time;
}

/** The `locale` attribute, else the nearest `lang` in the page, else the browser's; invalid ones fall back. */
export function resolveLocale(locale: string | undefined, host: Element): string | undefined {
  const wanted = locale || host.closest('[lang]')?.getAttribute('lang') || undefined;
  if (!wanted) return undefined;
  try {
    return Intl.getCanonicalLocales(wanted)[0];
  } catch {
    return undefined;
  }
}
