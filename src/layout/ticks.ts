import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import type { CountableTimeInterval } from 'd3-time';
import { formatYear } from '../format/date-text.js';
import { dateFormat } from '../format/intl-cache.js';
import { utcDate } from '../model/parse-date.js';

/** Calendar units of the axis, counted in UTC fields (wall-clock ms already spell local time). */
export type TickUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

const INTERVAL: Record<TickUnit, CountableTimeInterval> = {
  minute: utcMinute,
  hour: utcHour,
  day: utcDay,
  month: utcMonth,
  year: utcYear,
};

export interface Tick {
  /** Wall-clock ms. */
  readonly time: number;
  readonly label: string;
}

/** Minor ticks carry the fine labels; major ticks name the context ("September 2024"). */
export interface Ticks {
  readonly unit: TickUnit;
  readonly step: number;
  readonly minor: readonly Tick[];
  readonly major: readonly Tick[];
}

interface Rung {
  readonly unit: TickUnit;
  readonly step: number;
  readonly ms: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const rung = (unit: TickUnit, ms: number) => (step: number) => ({ unit, step, ms: step * ms });

/** From minutes to millennia: the axis takes the finest rung whose labels fit. */
const LADDER: readonly Rung[] = [
  ...[1, 5, 15, 30].map(rung('minute', MINUTE)),
  ...[1, 3, 6, 12].map(rung('hour', HOUR)),
  ...[1, 2, 7].map(rung('day', DAY)),
  ...[1, 3, 6].map(rung('month', 30.44 * DAY)),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000].map(
    rung('year', 365.25 * DAY),
  ),
];

const MINOR_FORMAT: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  minute: { hour: 'numeric', minute: '2-digit' },
  hour: { hour: 'numeric', minute: '2-digit' },
  day: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Partial<Record<TickUnit, { unit: TickUnit; format: Intl.DateTimeFormatOptions }>> = {
  minute: {
    unit: 'day',
    format: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  },
  hour: {
    unit: 'day',
    format: { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  },
  day: { unit: 'month', format: { month: 'long', year: 'numeric' } },
  month: { unit: 'year', format: { year: 'numeric' } },
};

/** Sample label text for each unit, to measure before choosing a rung. */
const SAMPLE = Date.UTC(2024, 8, 28, 23, 45);

export interface TickOptions {
  locale: string | undefined;
  /** Text width in px (injected; layout has no DOM). */
  measure: (text: string) => number;
  /** Space kept between two labels. */
  spacing?: number;
}

/**
 * Unit starts in [from, to] at round steps, from d3-time's field intervals: every `step` minutes
 * or hours of the day, days of the month (1, 8, 15, 22 for a week), months of the year.
 */
function calendarTicks(unit: Exclude<TickUnit, 'year'>, step: number, from: number, to: number) {
  const every = INTERVAL[unit].every(step)!;
  // Days restart each month; skip the short stub at its end (29th–31st of a week step).
  const interval = unit === 'day' && step > 1 ? every.filter((d) => d.getUTCDate() <= 28) : every;
  return interval.range(new Date(Math.ceil(from)), new Date(Math.floor(to) + 1)).map(Number);
}

/**
 * Year ticks at round historical years on both sides of year 1: …, 200 BC, 100 BC, AD 100,
 * AD 200, … from d3-time's utcYear.every(step). BC years count back from 1 BC (astronomical
 * year 0) with no year 0, so their round years are d3's round years counted that way: 100 BC
 * is year −99.
 */
function yearTicks(from: number, to: number, step: number): number[] {
  const every = utcYear.every(step)!;
  // The first and last year starts in the window.
  const first = utcYear.ceil(new Date(Math.ceil(from)));
  const last = utcYear.floor(new Date(Math.floor(to)));
  const ad = every.range(new Date(Math.max(+first, utcDate(1))), new Date(+last + 1));
  // The window's BC years as counted (1 BC onwards), latest first.
  const [bcFrom, bcTo] = [1 - Math.min(last.getUTCFullYear(), 0), 1 - first.getUTCFullYear()];
  const bc =
    bcTo < bcFrom ? [] : every.range(new Date(utcDate(bcFrom)), new Date(utcDate(bcTo) + 1));
  return [...bc.reverse().map((d) => utcDate(1 - d.getUTCFullYear())), ...ad.map(Number)];
}

/** Options for a label; dates before year 1 carry their era ("March 44 BC"). */
function withEra(options: Intl.DateTimeFormatOptions, time: number): Intl.DateTimeFormatOptions {
  const bce = new Date(time).getUTCFullYear() <= 0 && options.year !== undefined;
  return { ...options, timeZone: 'UTC', ...(bce ? { era: 'short' } : {}) };
}

/**
 * Chooses ticks for the wall-clock window [from, to] drawn over `width` px, and labels them in
 * the locale. Labels are formatted in UTC because wall-clock ms already spell local time.
 */
export function createTicks(from: number, to: number, width: number, options: TickOptions): Ticks {
  const { locale, measure, spacing = 16 } = options;
  const pxPerMs = width / Math.max(1, to - from);
  const yearOf = (t: number) => new Date(t).getUTCFullYear();
  const label = (unit: TickUnit, time: number) =>
    unit === 'year'
      ? formatYear(yearOf(time), locale)
      : dateFormat(locale, withEra(MINOR_FORMAT[unit], time)).format(time);
  const sample = (unit: TickUnit) =>
    unit === 'year'
      ? Math.max(
          measure(label(unit, utcDate(yearOf(from)))),
          measure(label(unit, utcDate(yearOf(to)))),
        )
      : measure(label(unit, SAMPLE));
  // A rung narrower than the spacing alone is passed without formatting a sample: building a
  // formatter for each finer unit cost a first render ~20 ms.
  const fits = (r: Rung) => r.ms * pxPerMs >= spacing && r.ms * pxPerMs >= sample(r.unit) + spacing;
  const chosen = LADDER.find(fits) ?? LADDER[LADDER.length - 1]!;
  const times =
    chosen.unit === 'year'
      ? yearTicks(from, to, chosen.step)
      : calendarTicks(chosen.unit, chosen.step, from, to);
  const minor = times.map((time) => ({ time, label: label(chosen.unit, time) }));

  const major = MAJOR[chosen.unit];
  const majorTicks: Tick[] = [];
  if (major) {
    // Start from the period that contains `from`, so the context is named even between ticks.
    const interval = INTERVAL[major.unit];
    const first = interval.floor(new Date(Math.floor(from)));
    for (const time of interval.range(first, new Date(Math.floor(to) + 1)).map(Number)) {
      const text =
        major.unit === 'year'
          ? formatYear(yearOf(time), locale)
          : dateFormat(locale, withEra(major.format, time)).format(time);
      majorTicks.push({ time, label: text });
    }
  }
  return { unit: chosen.unit, step: chosen.step, minor, major: majorTicks };
}
