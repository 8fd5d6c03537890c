import type { Precision, TimelineDate } from '../model/types.js';
import type { TimelineEvent } from '../model/types.js';
import { dateFormat } from './intl-cache.js';

const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  second: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  },
  millisecond: {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
  },
};

/**
 * Options that write a date at its own precision: floating calendar dates in UTC (where they
 * are stored), date-times in the display zone with its name.
 */
function optionsFor(date: TimelineDate, timeZone: string): Intl.DateTimeFormatOptions {
  const base = PRECISION_OPTIONS[date.precision];
  return date.zoned ? { ...base, timeZone, timeZoneName: 'short' } : { ...base, timeZone: 'UTC' };
}

/** "September 2024", "25 September 2024", "25 September 2024 at 14:30 UTC", by locale. */
export function formatDate(
  date: TimelineDate,
  locale: string | undefined,
  timeZone: string,
): string {
  return dateFormat(locale, optionsFor(date, timeZone)).format(date.time);
}

/** An event's date or range, each end at its precision: "3 – 6 September 2024". */
export function formatEventDate(
  event: TimelineEvent,
  locale: string | undefined,
  timeZone: string,
): string {
  const { start, end } = event;
  if (!end) return formatDate(start, locale, timeZone);
  if (start.precision === end.precision && start.zoned === end.zoned) {
    if (start.time === end.time) return formatDate(start, locale, timeZone);
    return dateFormat(locale, optionsFor(start, timeZone)).formatRange(start.time, end.time);
  }
  return `${formatDate(start, locale, timeZone)} – ${formatDate(end, locale, timeZone)}`;
}
