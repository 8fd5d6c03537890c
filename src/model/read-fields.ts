import { OPEN_END, parseDate, periodEnd } from './parse-date.js';
import { describe, error, warning } from './problems.js';
import type { Problem, TimelineDate } from './types.js';

/** Field readers shared by the JSON, TimelineJS and CSV readers; each reports at `path`. */

export function readTitle(
  value: unknown,
  path: string,
  problems: Problem[],
  noun = 'event',
): string | undefined {
  if (value === undefined) problems.push(error(path, `missing; every ${noun} needs a title`));
  else if (typeof value !== 'string')
    problems.push(error(path, `must be text, got ${describe(value)}`));
  else if (value.trim() === '') problems.push(error(path, `is empty; every ${noun} needs a title`));
  else return value.trim();
  return undefined;
}

/** A required date: a start, or an era's end. `example` shows what to write when it is missing. */
export function readRequiredDate(
  value: unknown,
  path: string,
  problems: Problem[],
  example = 'give the date it happened, e.g. "2024-09-25" or "2024-09"',
): TimelineDate | undefined {
  if (value === undefined) {
    problems.push(error(path, `missing; ${example}`));
    return undefined;
  }
  if (typeof value === 'string' && value.trim() === OPEN_END) {
    problems.push(error(path, `"${value}" (an open end) can only end an event; write a date here`));
    return undefined;
  }
  return readDate(value, path, problems);
}

/** An event's end: a date, `".."` for an open or unknown end, or nothing (empty text too). */
export function readEnd(
  value: unknown,
  path: string,
  problems: Problem[],
): { end?: TimelineDate; openEnd?: true } {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return {};
  if (typeof value === 'string' && value.trim() === OPEN_END) return { openEnd: true };
  return { end: readDate(value, path, problems) };
}

export function readDate(
  value: unknown,
  path: string,
  problems: Problem[],
): TimelineDate | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    problems.push(error(path, `${value} is a number; write the date as text: "${value}"`));
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push(
      error(path, `must be a date as text such as "2024-09-25", got ${describe(value)}`),
    );
    return undefined;
  }
  const result = parseDate(value);
  if (result.ok) return result.date;
  problems.push(error(path, result.message));
  return undefined;
}

/** True when the whole period of `end` is over before `start` begins. */
export function endsBeforeStart(start: TimelineDate, end: TimelineDate): boolean {
  return !(periodEnd(end) > start.time);
}

/**
 * Reports an end whose whole period finishes before the start begins; "2024-09-25" to
 * "2024-09" is fine. `what` names the thing that cannot run backwards.
 */
export function checkOrder(
  start: TimelineDate | undefined,
  end: TimelineDate | undefined,
  path: string,
  problems: Problem[],
  what = 'an event',
): void {
  if (!start || !end || !endsBeforeStart(start, end)) return;
  problems.push(
    error(
      path,
      `"${end.text}" is before the start "${start.text}"; ${what} cannot end before it starts`,
    ),
  );
}

/** Optional text: absent, null or blank is nothing; anything but text is a warning. */
export function optionalText(
  value: unknown,
  path: string,
  problems: Problem[],
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  problems.push(warning(path, `must be text, got ${describe(value)}; ignored`));
  return undefined;
}

/** Warns about each key of `record` that is not in `known`. */
export function checkKnownFields(
  record: Record<string, unknown>,
  known: readonly string[],
  field: (key: string) => string,
  problems: Problem[],
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) problems.push(unknownField(field(key), known));
  }
}

export function unknownField(path: string, known: readonly string[]): Problem {
  return warning(path, `unknown field, ignored (known: ${known.join(', ')})`);
}
