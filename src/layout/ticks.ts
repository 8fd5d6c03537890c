import { formatYear } from '../format/date-text.js';
import { dateFormat } from '../format/intl-cache.js';
import { utcDate } from '../model/parse-date.js';
import { calendarTicks, floorTo, offsetBy } from './utc-calendar.js';
import type { CalendarUnit } from './utc-calendar.js';

export type TickUnit = CalendarUnit;

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
 * Year ticks at round historical years on both sides of year 1: …, 200 BC, 100 BC, AD 100,
 * AD 200, … (astronomical year y ≤ 0 is 1 − y BC, and there is no year 0 to count from).
 */
function yearTicks(from: number, to: number, step: number): number[] {
  const first = new Date(from).getUTCFullYear();
  const last = new Date(to).getUTCFullYear();
  const years: number[] = [];
  // BC side, latest first: 1 − k·step for k ≥ 1, within [first, min(last, 0)].
  for (let k = Math.max(1, Math.ceil((1 - Math.min(last, 0)) / step)); 1 - k * step >= first; k++) {
    years.unshift(1 - k * step);
  }
  for (let k = Math.max(1, Math.ceil(first / step)); k * step <= last; k++) years.push(k * step);
  return years.map((y) => utcDate(y)).filter((t) => t >= from && t <= to);
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
    for (let time = floorTo(major.unit, from); time <= to; time = offsetBy(major.unit, time, 1)) {
      const text =
        major.unit === 'year'
          ? formatYear(yearOf(time), locale)
          : dateFormat(locale, withEra(major.format, time)).format(time);
      majorTicks.push({ time, label: text });
    }
  }
  return { unit: chosen.unit, step: chosen.step, minor, major: majorTicks };
}
