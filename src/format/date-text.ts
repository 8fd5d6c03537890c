import type { Precision, TimelineDate } from '../model/types.js';
import type { TimelineEvent } from '../model/types.js';
import { utcDate } from '../model/parse-date.js';
import { dateFormat } from './intl-cache.js';

export const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
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

/** The words around a date that Intl has no pattern for. English by default. */
export interface DateWords {
  /** An approximate date (`2024~`): "c. 2024". */
  approximate: (date: string) => string;
  /** An uncertain date (`2024?`): "2024?". */
  uncertain: (date: string) => string;
  /** An event whose end is open or unknown (`".."`): "2020 – …". */
  openEnd: (start: string) => string;
}

export const DEFAULT_DATE_WORDS: DateWords = {
  approximate: (date) => `c. ${date}`,
  uncertain: (date) => `${date}?`,
  openEnd: (start) => `${start} – …`,
};

// Astronomical year 0 is 1 BCE. Intl writes the historical year when it is given an era, and
// "500" without one for 500 BCE, so every date at or before year 0 carries its era.
const isBce = (time: number) => new Date(time).getUTCFullYear() <= 0;

/**
 * Options that write a date at its own precision: floating calendar dates in UTC (where they
 * are stored), date-times in the display zone with its name; with the era when `era` is set.
 */
function optionsFor(
  date: TimelineDate,
  timeZone: string,
  era: boolean,
): Intl.DateTimeFormatOptions {
  const base: Intl.DateTimeFormatOptions = PRECISION_OPTIONS[date.precision];
  const withEra = era ? { ...base, era: 'short' as const } : base;
  return date.zoned
    ? { ...withEra, timeZone, timeZoneName: 'short' }
    : { ...withEra, timeZone: 'UTC' };
}

function qualify(date: TimelineDate, text: string, words: DateWords): string {
  const marked = date.uncertain ? words.uncertain(text) : text;
  return date.approximate ? words.approximate(marked) : marked;
}

/**
 * "September 2024", "25 September 2024", "25 September 2024 at 14:30 UTC", by locale;
 * "500 BC", "c. 2024", "2024?" for dates before the common era, approximate and uncertain.
 */
export function formatDate(
  date: TimelineDate,
  locale: string | undefined,
  timeZone: string,
  words: DateWords = DEFAULT_DATE_WORDS,
): string {
  return formatOne(date, locale, timeZone, words, isBce(date.time));
}

function formatOne(
  date: TimelineDate,
  locale: string | undefined,
  timeZone: string,
  words: DateWords,
  era: boolean,
): string {
  return qualify(
    date,
    dateFormat(locale, optionsFor(date, timeZone, era)).format(date.time),
    words,
  );
}

/**
 * An event's date or range, each end at its precision: "3 – 6 September 2024". An author's
 * own `displayDate` wins; qualified ends are written one by one so each keeps its mark.
 */
export function formatEventDate(
  event: TimelineEvent,
  locale: string | undefined,
  timeZone: string,
  words: DateWords = DEFAULT_DATE_WORDS,
): string {
  if (event.displayDate) return event.displayDate;
  const { start, end } = event;
  if (!end) {
    const text = formatDate(start, locale, timeZone, words);
    return event.openEnd ? words.openEnd(text) : text;
  }
  // A range that reaches back before year 1 names the era at both ends: "44 BC – AD 14".
  const era = isBce(start.time) || isBce(end.time);
  const qualified = [start, end].some((d) => d.approximate || d.uncertain);
  if (!qualified && start.precision === end.precision && start.zoned === end.zoned) {
    const format = dateFormat(locale, optionsFor(start, timeZone, era));
    if (start.time === end.time) return format.format(start.time);
    return format.formatRange(start.time, end.time);
  }
  const from = formatOne(start, locale, timeZone, words, era);
  return `${from} – ${formatOne(end, locale, timeZone, words, era)}`;
}

/**
 * A year for an axis label, from its astronomical number: 2024 → "2024", 0 → "1 BC",
 * -499 → "500 BC" (en-US; the era is localised by Intl). `era: 'always'` also marks CE years.
 */
export function formatYear(
  year: number,
  locale: string | undefined,
  era: 'auto' | 'always' = 'auto',
): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (era === 'always' || year <= 0) options.era = 'short';
  return dateFormat(locale, options).format(utcDate(year));
}
