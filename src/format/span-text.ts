import { dateFormat } from './intl-cache.js';

const DAY = 86_400_000;

/**
 * A visible window in words, as coarse as its span: "2010 – 2020", "September 2024 – March 2025",
 * "3 – 9 September 2024", or with hours when under two days. Wall-clock ms, so formatted in UTC.
 */
export function formatSpan(from: number, to: number, locale: string | undefined): string {
  const span = to - from;
  const options: Intl.DateTimeFormatOptions =
    span > 3 * 365 * DAY
      ? { year: 'numeric' }
      : span > 60 * DAY
        ? { year: 'numeric', month: 'long' }
        : span > 2 * DAY
          ? { year: 'numeric', month: 'long', day: 'numeric' }
          : { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(from, to);
}
