import { daysInMonth, utcDate } from './parse-date.js';
import { describe, error, warning } from './problems.js';
import { isoYearText, MAX_YEAR } from './years.js';
import type { Precision, Problem, TimelineDate } from './types.js';

/** A TimelineJS date object: `{ year, month, day, hour, minute, second, millisecond }`. */
const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Part = (typeof PARTS)[number];

const KNOWN = [...PARTS, 'display_date', 'format'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True when a TimelineJS date object gives none of its parts (`{}`, or all empty text). */
export function isEmptyTimelineJsDate(value: Record<string, unknown>): boolean {
  return PARTS.every((part) => partText(value[part]) === undefined);
}

function partText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  // Anything else is given but unreadable; the caller reports it.
  return value === undefined || value === null ? undefined : '?';
}

/**
 * Reads a TimelineJS date at the precision given by its finest part. TimelineJS counts years
 * like people do, with -500 for 500 BCE and no year 0; that becomes ISO year -0499 here.
 * Times have no zone in TimelineJS, so they stay floating (shown as written, anywhere).
 */
export function readTimelineJsDate(
  value: Record<string, unknown>,
  path: string,
  problems: Problem[],
  at: (part: string) => string = (part) => `${path}.${part}`,
): TimelineDate | undefined {
  const before = problems.length;
  const parts = new Map<Part, number>();
  for (const part of PARTS) {
    const raw = value[part];
    const text = partText(raw);
    if (text === undefined) continue;
    const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
    const [min, max] = range(part, parts);
    if (typeof raw !== 'number' && typeof raw !== 'string') {
      problems.push(error(at(part), `must be a whole number, got ${describe(raw)}`));
    } else if (
      !Number.isInteger(n) ||
      (part === 'year' ? Math.abs(n) > MAX_YEAR : n < min || n > max)
    ) {
      problems.push(error(at(part), fault(part, raw, min, max, parts)));
    } else parts.set(part, n);
  }
  for (const key of Object.keys(value)) {
    if (!KNOWN.includes(key)) {
      problems.push(warning(at(key), `unknown field, ignored (known: ${KNOWN.join(', ')})`));
    }
  }
  if (problems.length > before) return undefined;
  return createDate(parts, at, problems);
}

/** The allowed values of a part; a day's depend on the month and year already read. */
function range(part: Part, parts: Map<Part, number>): [number, number] {
  switch (part) {
    case 'month':
      return [1, 12];
    case 'day': {
      const year = parts.get('year');
      const month = parts.get('month');
      if (year === undefined || month === undefined) return [1, 31];
      return [1, daysInMonth(astronomical(year), month - 1)];
    }
    case 'hour':
      return [0, 23];
    case 'minute':
    case 'second':
      return [0, 59];
    case 'millisecond':
      return [0, 999];
    default:
      return [-MAX_YEAR, MAX_YEAR];
  }
}

function fault(part: Part, raw: unknown, min: number, max: number, parts: Map<Part, number>) {
  const shown = JSON.stringify(raw);
  if (part === 'year') {
    return `${shown} is not a year this timeline can show; write a whole number from -${MAX_YEAR} to ${MAX_YEAR}, e.g. 2024 or -500 for 500 BCE`;
  }
  if (part === 'day' && parts.has('month') && parts.has('year')) {
    const month = `${isoYearText(astronomical(parts.get('year')!))}-${pad(parts.get('month')!)}`;
    return `${shown} is not a day in ${month}; write ${min}–${max}`;
  }
  return `${shown} is not a${part === 'hour' ? 'n' : ''} ${part}; write ${min}–${max}`;
}

// TimelineJS year -500 is 500 BCE, which ISO numbers -0499; TimelineJS has no year 0.
const astronomical = (year: number) => (year < 0 ? year + 1 : year);

function createDate(
  parts: Map<Part, number>,
  at: (part: string) => string,
  problems: Problem[],
): TimelineDate | undefined {
  const year = parts.get('year');
  if (year === undefined) {
    problems.push(error(at('year'), 'missing; a TimelineJS date needs at least a year'));
    return undefined;
  }
  // Every part needs the coarser ones, except that an hour alone means minute 0.
  const needs: [Part, Part][] = [
    ['month', 'day'],
    ['day', 'hour'],
    ['hour', 'minute'],
    ['minute', 'second'],
    ['second', 'millisecond'],
  ];
  for (const [coarse, fine] of needs) {
    if (parts.has(fine) && !parts.has(coarse)) {
      problems.push(
        error(
          at(coarse),
          `missing; a date with a${fine === 'hour' ? 'n' : ''} ${fine} needs its ${coarse}`,
        ),
      );
      return undefined;
    }
  }
  if (year === 0) {
    problems.push(warning(at('year'), 'there is no year 0; read as 1 BCE (write -1)'));
  }
  const y = astronomical(year);
  const [mo, d, h, mi, s, ms] = (
    ['month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const
  ).map((part) => parts.get(part));
  const time =
    utcDate(y, (mo ?? 1) - 1, d ?? 1) +
    (((h ?? 0) * 60 + (mi ?? 0)) * 60 + (s ?? 0)) * 1000 +
    (ms ?? 0);
  const precision: Precision =
    ms !== undefined
      ? 'millisecond'
      : s !== undefined
        ? 'second'
        : h !== undefined
          ? 'minute'
          : d !== undefined
            ? 'day'
            : mo !== undefined
              ? 'month'
              : 'year';
  let text = isoYearText(y);
  if (mo !== undefined) text += `-${pad(mo)}`;
  if (d !== undefined) text += `-${pad(d)}`;
  if (h !== undefined) text += `T${pad(h)}:${pad(mi ?? 0)}`;
  if (s !== undefined) text += `:${pad(s)}`;
  if (ms !== undefined) text += `.${pad(ms, 3)}`;
  return { time, precision, zoned: false, text };
}
