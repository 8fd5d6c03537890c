import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import type { CountableTimeInterval, TimeInterval } from 'd3-time';
import { dateFormat } from '../format/intl-cache.js';

export type TickUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

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
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map(rung('year', 365.25 * DAY)),
];

const INTERVALS: Record<TickUnit, CountableTimeInterval> = {
  minute: utcMinute,
  hour: utcHour,
  day: utcDay,
  month: utcMonth,
  year: utcYear,
};

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

function every(unit: TickUnit, step: number): TimeInterval {
  if (step === 1) return INTERVALS[unit];
  if (unit === 'day')
    return utcDay.filter((d) => (d.getUTCDate() - 1) % step === 0 && d.getUTCDate() < 29);
  return INTERVALS[unit].every(step)!;
}

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
 * Chooses ticks for the wall-clock window [from, to] drawn over `width` px, and labels them in
 * the locale. Labels are formatted in UTC because wall-clock ms already spell local time.
 */
export function createTicks(from: number, to: number, width: number, options: TickOptions): Ticks {
  const { locale, measure, spacing = 16 } = options;
  const pxPerMs = width / Math.max(1, to - from);
  const fmt = (unit: TickUnit) => dateFormat(locale, { ...MINOR_FORMAT[unit], timeZone: 'UTC' });
  const chosen =
    LADDER.find((r) => r.ms * pxPerMs >= measure(fmt(r.unit).format(SAMPLE)) + spacing) ??
    LADDER[LADDER.length - 1]!;
  const minorFormat = fmt(chosen.unit);
  const minor = every(chosen.unit, chosen.step)
    .range(new Date(from), new Date(to + 1))
    .map((d) => ({ time: d.getTime(), label: minorFormat.format(d) }));

  const major = MAJOR[chosen.unit];
  let majorTicks: Tick[] = [];
  if (major) {
    const format = dateFormat(locale, { ...major.format, timeZone: 'UTC' });
    const interval = INTERVALS[major.unit];
    // Start from the period that contains `from`, so the context is named even between ticks.
    majorTicks = interval
      .range(interval.floor(new Date(from)), new Date(to + 1))
      .map((d) => ({ time: d.getTime(), label: format.format(d) }));
  }
  return { unit: chosen.unit, step: chosen.step, minor, major: majorTicks };
}
