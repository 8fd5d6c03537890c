import { utcDate } from '../model/parse-date.js';

/** Calendar units of the axis, in UTC fields (wall-clock ms already spell local time). */
export type CalendarUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

const FIXED: Partial<Record<CalendarUnit, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/** The start of the unit that contains `time`. */
export function floorTo(unit: CalendarUnit, time: number): number {
  const fixed = FIXED[unit];
  if (fixed) return Math.floor(time / fixed) * fixed;
  const d = new Date(time);
  return unit === 'month'
    ? utcDate(d.getUTCFullYear(), d.getUTCMonth())
    : utcDate(d.getUTCFullYear());
}

/** `time` moved by `n` units (months and years by the calendar, not by a fixed length). */
export function offsetBy(unit: CalendarUnit, time: number, n: number): number {
  const fixed = FIXED[unit];
  if (fixed) return time + n * fixed;
  const d = new Date(time);
  return unit === 'month'
    ? utcDate(d.getUTCFullYear(), d.getUTCMonth() + n)
    : utcDate(d.getUTCFullYear() + n);
}

/**
 * Unit starts in [from, to] that fall on a round step: every `step` minutes or hours of the day,
 * days of the month (1, 8, 15, 22 for a week), months of the year. Years are done separately
 * (round historical years, see yearTicks).
 */
export function calendarTicks(
  unit: Exclude<CalendarUnit, 'year'>,
  step: number,
  from: number,
  to: number,
): number[] {
  const times: number[] = [];
  for (let t = floorTo(unit, from); t <= to; t = offsetBy(unit, t, 1)) {
    if (t < from) continue;
    const d = new Date(t);
    const field =
      unit === 'minute'
        ? d.getUTCMinutes()
        : unit === 'hour'
          ? d.getUTCHours()
          : unit === 'day'
            ? d.getUTCDate() - 1
            : d.getUTCMonth();
    // Days restart each month; skip the short stub at its end (29th–31st of a week step).
    if (field % step === 0 && !(unit === 'day' && step > 1 && field > 27)) times.push(t);
  }
  return times;
}
