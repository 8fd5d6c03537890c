import { isDate, parseDate } from '../model/parse-date.js';
import type { WallClock } from './time-zone.js';

/** A vertical line with a label: today, or one the page asks for. */
export interface Marker {
  readonly date: Date | string;
  readonly label: string;
}

export interface PlacedMarker {
  /** Wall-clock ms. */
  readonly time: number;
  readonly label: string;
  readonly today: boolean;
}

/**
 * Markers in wall-clock ms; text dates mark the start of their period. Unreadable markers are
 * returned as problems (`markers[0].date: …`) rather than thrown.
 */
export function placeMarkers(
  markers: readonly Marker[],
  clock: WallClock,
): { placed: PlacedMarker[]; problems: string[] } {
  const placed: PlacedMarker[] = [];
  const problems: string[] = [];
  markers.forEach((marker, i) => {
    const { date, label } = marker;
    if (isDate(date) && !Number.isNaN(date.getTime())) {
      placed.push({ time: clock.toWall(date.getTime()), label: String(label ?? ''), today: false });
      return;
    }
    const result = parseDate(String(date));
    if (result.ok) {
      const { time, zoned } = result.date;
      placed.push({
        time: zoned ? clock.toWall(time) : time,
        label: String(label ?? ''),
        today: false,
      });
    } else problems.push(`markers[${i}].date: ${result.message}`);
  });
  return { placed, problems };
}
