import { parseDate, periodEnd } from './model/parse-date.js';
import { formatProblem } from './model/types.js';
import type { TimelineDocument } from './model/types.js';
import type { WallClock } from './layout/time-zone.js';
import type { Report } from './render/render-status.js';

/**
 * A Date, or ISO text at any precision, as wall-clock ms. Text marks the start of its period,
 * or its end when `edge` is `'end'`, so `zoomTo('2024', '2024')` shows all of 2024.
 */
export function parseWhen(value: Date | string, edge: 'start' | 'end', clock: WallClock): number {
  if (value instanceof Date) {
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

/** What to tell the user about a read document; `undefined` when there is nothing to say. */
export function reportFor(doc: TimelineDocument, origin: string): Report | undefined {
  if (!doc.problems.length) return undefined;
  const problems = doc.problems.map(formatProblem);
  const errors = doc.problems.filter((p) => p.severity === 'error');
  if (!errors.length) {
    const n = problems.length;
    return {
      message: `${origin} was read with ${n} warning${n === 1 ? '' : 's'}`,
      problems,
      minor: true,
    };
  }
  if (doc.total === 0) {
    return {
      message: `Could not read ${origin}: ${formatProblem(errors[0]!)}`,
      problems,
      minor: false,
    };
  }
  const dropped = doc.total - doc.events.length;
  const message =
    dropped === 0
      ? `${origin} has ${errors.length} problem${errors.length === 1 ? '' : 's'}`
      : `${dropped} of ${doc.total} events in ${origin} could not be shown`;
  return { message, problems, minor: false };
}
