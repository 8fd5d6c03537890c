import { parseCommonDate } from './common-date.js';
import { suggestDate } from './suggest-date.js';
import { MAX_YEAR } from './years.js';
import type { Precision, TimelineDate } from './types.js';

/**
 * Dates are read by hand, not with the `edtf` package: the subset used here (ISO 8601 calendar
 * dates and date-times, expanded years, and the EDTF level 1 qualifiers ~ ? % at the end of a
 * date) fits in one regular expression. `edtf` 4 with its nearley grammar bundles to about
 * 61 KB minified (13 KB gzipped) against about 4 KB (2 KB) for this file with its suggestions,
 * and its errors do not say what to write instead.
 */

/** Either a parsed date or a message that says what is wrong and what to write instead. */
export type DateResult = { ok: true; date: TimelineDate } | { ok: false; message: string };

/** An open or unknown end (EDTF's `..`): the event is still going on, or its end is not known. */
export const OPEN_END = '..';

// Year: 4 digits, or a sign and 4 or more (-0499, +012024). Then -MM, -DD, then
// THH:MM[:SS[.sss]] with Z or ±HH[:MM]. A trailing ~ ? % qualifies a date without a time.
const ISO =
  /^(\d{4}|[+-]\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([~?%])?$/;

/** Milliseconds at UTC midnight of a calendar date; years 0–99 are not shifted to 19xx. */
export function utcDate(year: number, monthIndex = 0, day = 1): number {
  // Date.UTC maps years 0–99 to 1900–1999; only those (and negative years) need the slow path.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Days in a month (monthIndex 0–11) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, monthIndex: number): number {
  if (monthIndex !== 1) return MONTH_DAYS[monthIndex]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads an ISO 8601 date at the precision it was written in.
 * A date without a time is a floating calendar date; a date-time must carry an offset.
 */
export function parseDate(text: string): DateResult {
  const date = parseCommonDate(text.trim());
  return date ? { ok: true, date } : parseIsoDate(text);
}

/**
 * The general reader behind parseDate: one regular expression, then checks that each say what
 * is wrong. parseDate only comes here for what parseCommonDate does not take.
 */
export function parseIsoDate(text: string): DateResult {
  const trimmed = text.trim();
  const m = ISO.exec(trimmed);
  const fail = (message: string): DateResult => ({ ok: false, message: `"${text}" ${message}` });
  if (!m) return fail(`is not a date; ${suggestDate(trimmed, (t) => ISO.test(t))}`);
  const [, y, mo, d, h, mi, s, ms, zone, qualifier] = m;
  const year = Number(y);
  if (year === 0 && y!.startsWith('-')) {
    return fail('is not a date; year zero is written 0000 (it is 1 BCE)');
  }
  if (y!.length > 7 && Math.abs(year) <= MAX_YEAR) {
    return fail(
      `has ${y!.length - 1} digits in its year; write at most 6, e.g. ${y![0]}${y!.slice(-6)}`,
    );
  }
  if (Math.abs(year) > MAX_YEAR) {
    return fail(`is too far from today; write a year from -${MAX_YEAR} to +${MAX_YEAR}`);
  }
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) return fail(`has month ${mo}; months run from 01 to 12`);
  const day = d === undefined ? 1 : Number(d);
  const maxDay = daysInMonth(year, month - 1);
  if (day < 1 || day > maxDay) return fail(`has day ${d}, but ${y}-${mo} has ${maxDay} days`);
  let precision: Precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  let time = utcDate(year, month - 1, day);
  const qualified = qualifierFlags(qualifier);
  if (h === undefined) {
    return { ok: true, date: { time, precision, zoned: false, text: trimmed, ...qualified } };
  }

  if (qualifier !== undefined) {
    const date = trimmed.slice(0, trimmed.indexOf('T'));
    return fail(
      `has a time; the qualifiers ~ ? % go on dates without one, e.g. ${date}${qualifier}`,
    );
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    return fail('is not a time of day; hours run 00–23, minutes and seconds 00–59');
  }
  if (zone === undefined) {
    return fail(
      `has a time but no UTC offset; add one, e.g. ${trimmed}Z for UTC or ${trimmed}+08:00`,
    );
  }
  const offset = offsetMinutes(zone);
  if (offset === undefined) {
    return fail(`has the UTC offset ${zone}; offsets run from -23:59 to +23:59, e.g. +05:30`);
  }
  precision = ms !== undefined ? 'millisecond' : s !== undefined ? 'second' : 'minute';
  const millis = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
  time += ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset * 60_000;
  return { ok: true, date: { time, precision, zoned: true, text: trimmed } };
}

/** EDTF level 1: `~` approximate, `?` uncertain, `%` both. Absent flags stay absent. */
function qualifierFlags(qualifier: string | undefined): Partial<TimelineDate> {
  if (qualifier === '~') return { approximate: true };
  if (qualifier === '?') return { uncertain: true };
  if (qualifier === '%') return { approximate: true, uncertain: true };
  return {};
}

/** Minutes east of UTC, or undefined for an offset that no clock uses (+25:00, +05:75). */
function offsetMinutes(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || 0);
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** The first instant after the period a date covers: the next year, month, day or minute. */
export function periodEnd(date: TimelineDate): number {
  switch (date.precision) {
    case 'year':
      return utcDate(new Date(date.time).getUTCFullYear() + 1);
    case 'month': {
      const d = new Date(date.time); // only coarse dates need one: most are days
      return utcDate(d.getUTCFullYear(), d.getUTCMonth() + 1);
    }
    case 'day':
      return date.time + 86_400_000;
    case 'minute':
      return date.time + 60_000;
    case 'second':
      return date.time + 1000;
    default:
      return date.time + 1;
  }
}

/** Whether `value` is a Date, also one from another frame or a wrapped Date class (where instanceof fails). */
export const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';
