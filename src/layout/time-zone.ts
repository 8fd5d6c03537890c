/**
 * The timeline works in "wall-clock" milliseconds: UTC fields that spell the local time of the
 * display zone. Floating calendar dates are already in that space; instants are shifted by the
 * zone's offset. Ticks and labels then use UTC arithmetic and read as local time.
 */
export interface WallClock {
  readonly timeZone: string;
  /** Absolute instant → wall-clock ms in the display zone. */
  toWall(instant: number): number;
  /** Wall-clock ms → the absolute instant it names (the earlier one in a DST overlap). */
  toInstant(wall: number): number;
}

/** The viewer's own zone, e.g. `Europe/Paris`. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Throws a RangeError naming the zone when the runtime does not know it. */
export function createWallClock(timeZone: string): WallClock {
  const zone = timeZone.trim() || 'UTC';
  if (/^(utc|gmt|etc\/utc|z)$/i.test(zone)) {
    return { timeZone: 'UTC', toWall: (t) => t, toInstant: (t) => t };
  }
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  // Offsets only change on quarter-hour boundaries; cache per quarter hour.
  const cache = new Map<number, number>();
  const offset = (instant: number): number => {
    const key = Math.floor(instant / 900_000);
    let value = cache.get(key);
    if (value === undefined) {
      const at = key * 900_000;
      value = fieldsAsUtc(format, at) - at;
      if (cache.size > 50_000) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
  return {
    timeZone: format.resolvedOptions().timeZone,
    toWall: (t) => t + offset(t),
    toInstant: (wall) => {
      const guess = wall - offset(wall);
      return wall - offset(guess);
    },
  };
}

function fieldsAsUtc(format: Intl.DateTimeFormat, instant: number): number {
  const f: Record<string, string> = {};
  for (const part of format.formatToParts(instant)) f[part.type] = part.value;
  let year = Number(f.year);
  if (f.era === 'BC' || f.era === 'B') year = 1 - year;
  const d = new Date(0);
  d.setUTCFullYear(year, Number(f.month) - 1, Number(f.day));
  d.setUTCHours(Number(f.hour), Number(f.minute), Number(f.second));
  return d.getTime();
}
