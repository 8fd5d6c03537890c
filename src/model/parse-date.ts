import type { Precision, TimelineDate } from './types.js';

/** Either a parsed date or a message that says what is wrong and what to write instead. */
export type DateResult = { ok: true; date: TimelineDate } | { ok: false; message: string };

// YYYY, YYYY-MM, YYYY-MM-DD, then optionally THH:MM[:SS[.sss]] with Z or ±HH[:MM].
const ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const EXAMPLE = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (e.g. 2024-09-25)';

/** Milliseconds at UTC midnight of a calendar date; years 0–99 are not shifted to 19xx. */
export function utcDate(year: number, monthIndex = 0, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(utcDate(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Reads an ISO 8601 date at the precision it was written in.
 * A date without a time is a floating calendar date; a date-time must carry an offset.
 */
export function parseDate(text: string): DateResult {
  const trimmed = text.trim();
  const m = ISO.exec(trimmed);
  if (!m) return { ok: false, message: `"${text}" is not a date; ${suggest(trimmed)}` };
  const [, y, mo, d, h, mi, s, ms, zone] = m;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  if (month < 1 || month > 12) {
    return { ok: false, message: `"${text}" has month ${mo}; months run from 01 to 12` };
  }
  const day = d === undefined ? 1 : Number(d);
  const maxDay = daysInMonth(year, month - 1);
  if (day < 1 || day > maxDay) {
    return {
      ok: false,
      message: `"${text}" has day ${d}, but ${y}-${mo} has ${maxDay} days`,
    };
  }
  let precision: Precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  let time = utcDate(year, month - 1, day);
  if (h === undefined) return { ok: true, date: { time, precision, zoned: false, text: trimmed } };

  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    return {
      ok: false,
      message: `"${text}" is not a time of day; hours run 00–23, minutes and seconds 00–59`,
    };
  }
  if (zone === undefined) {
    return {
      ok: false,
      message: `"${text}" has a time but no UTC offset; add one, e.g. ${trimmed}Z for UTC or ${trimmed}+08:00`,
    };
  }
  precision = ms !== undefined ? 'millisecond' : s !== undefined ? 'second' : 'minute';
  const millis = ms === undefined ? 0 : Number(ms.padEnd(3, '0'));
  time += ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMinutes(zone) * 60_000;
  return { ok: true, date: { time, precision, zoned: true, text: trimmed } };
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/** The first instant after the period a date covers: the next year, month, day or minute. */
export function periodEnd(date: TimelineDate): number {
  const d = new Date(date.time);
  switch (date.precision) {
    case 'year':
      return utcDate(d.getUTCFullYear() + 1);
    case 'month':
      return utcDate(d.getUTCFullYear(), d.getUTCMonth() + 1);
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

/** Turns common non-ISO spellings into the ISO text the author probably meant. */
function suggest(text: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthOf = (word: string) => {
    const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
    return i < 0 ? undefined : i + 1;
  };
  let m = /^([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text); // Sept 2024
  if (m && monthOf(m[1]!)) return `write ${m[2]}-${pad(monthOf(m[1]!)!)}`;
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text); // September 25, 2024
  if (m && monthOf(m[1]!)) return `write ${m[3]}-${pad(monthOf(m[1]!)!)}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(text); // 25 September 2024
  if (m && monthOf(m[2]!)) return `write ${m[3]}-${pad(monthOf(m[2]!)!)}-${pad(Number(m[1]))}`;
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text); // 2024/9/25, 2024-9
  if (m) return `write ${m[1]}-${pad(Number(m[2]))}${m[3] ? `-${pad(Number(m[3]))}` : ''}`;
  m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(text); // 2024-09-25 14:30
  if (m) return `write ${m[1]}T${m[2]}Z (or with the offset of its time zone, e.g. +08:00)`;
  return `write ${EXAMPLE}`;
}
