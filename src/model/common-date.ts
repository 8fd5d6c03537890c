import type { Precision, TimelineDate } from './types.js';

/**
 * A fast path for the dates nearly every file is written in: a four-digit year, then -MM, -DD
 * and THH:MM[:SS[.sss]] with Z or ±HH[[:]MM], read by character codes. A large file holds
 * 100,000s of them, and the regular expression (a match array and ten substrings each) was
 * the slowest part of reading it. Anything else, and anything wrong, is left to parseIsoDate
 * (undefined here), so every message still comes from one place.
 */
export function parseCommonDate(text: string): TimelineDate | undefined {
  const n = text.length;
  const year = digits(text, 0, 4);
  if (year < 0) return undefined;
  if (n === 4) return calendarDate(text, 'year', year, 1, 1);
  if (text.charCodeAt(4) !== DASH) return n === 5 ? qualified(text, 'year', year, 1, 1) : undefined;
  const month = digits(text, 5, 2);
  if (month < 1 || month > 12) return undefined;
  if (n === 7) return calendarDate(text, 'month', year, month, 1);
  if (text.charCodeAt(7) !== DASH)
    return n === 8 ? qualified(text, 'month', year, month, 1) : undefined;
  const day = digits(text, 8, 2);
  if (day < 1 || day > monthLength(year, month)) return undefined;
  if (n === 10) return calendarDate(text, 'day', year, month, day);
  if (text.charCodeAt(10) !== T)
    return n === 11 ? qualified(text, 'day', year, month, day) : undefined;
  return dateTime(text, daysFromCivil(year, month, day));
}

const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const PLUS = 0x2b;
const T = 0x54;
const Z = 0x5a;
const DAY_MS = 86_400_000;

/** `THH:MM[:SS[.s{1,3}]]` and an offset, from index 10 on; undefined for anything else. */
function dateTime(text: string, days: number): TimelineDate | undefined {
  const n = text.length;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (text.charCodeAt(13) !== COLON || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return undefined;
  }
  let at = 16;
  let second = 0;
  let millis = 0;
  let precision: Precision = 'minute';
  if (text.charCodeAt(at) === COLON) {
    second = digits(text, 17, 2);
    if (second < 0 || second > 59) return undefined;
    at = 19;
    precision = 'second';
    if (text.charCodeAt(at) === DOT) {
      // One to three digits: .5 is 500 ms, .05 is 50 ms.
      let scale = 100;
      for (at++; scale >= 1 && isDigit(text.charCodeAt(at)); at++, scale /= 10) {
        millis += (text.charCodeAt(at) - 0x30) * scale;
      }
      if (scale === 100) return undefined;
      precision = 'millisecond';
    }
  }
  const offset = offsetMinutes(text, at, n);
  if (offset === undefined) return undefined;
  const time =
    days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset * 60_000;
  return { time, precision, zoned: true, text };
}

/** `Z`, `±HH`, `±HHMM` or `±HH:MM` from `at` to the end, in minutes east of UTC. */
function offsetMinutes(text: string, at: number, n: number): number | undefined {
  const sign = text.charCodeAt(at);
  if (sign === Z) return at + 1 === n ? 0 : undefined;
  if (sign !== PLUS && sign !== DASH) return undefined;
  const hours = digits(text, at + 1, 2);
  let minutes = 0;
  const rest = n - (at + 3);
  if (rest === 2) minutes = digits(text, at + 3, 2);
  else if (rest === 3 && text.charCodeAt(at + 3) === COLON) minutes = digits(text, at + 4, 2);
  else if (rest !== 0) return undefined;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return sign === PLUS ? hours * 60 + minutes : -(hours * 60 + minutes);
}

/** A date with one of the EDTF qualifiers ~ ? % as its last character. */
function qualified(
  text: string,
  precision: Precision,
  year: number,
  month: number,
  day: number,
): TimelineDate | undefined {
  const time = daysFromCivil(year, month, day) * DAY_MS;
  // The same keys in the same order as parseIsoDate's; absent flags stay absent.
  switch (text.charCodeAt(text.length - 1)) {
    case 0x7e: // ~
      return { time, precision, zoned: false, text, approximate: true };
    case 0x3f: // ?
      return { time, precision, zoned: false, text, uncertain: true };
    case 0x25: // %
      return { time, precision, zoned: false, text, approximate: true, uncertain: true };
    default:
      return undefined;
  }
}

function calendarDate(
  text: string,
  precision: Precision,
  year: number,
  month: number,
  day: number,
): TimelineDate {
  return { time: daysFromCivil(year, month, day) * DAY_MS, precision, zoned: false, text };
}

/** The value of `count` ASCII digits at `from`, or -1 when any of them is not one. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i); // NaN past the end: not a digit
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1–12), as Date.UTC
 * counts them but without its 19xx shift for years below 100 (H. Hinnant's days_from_civil).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
