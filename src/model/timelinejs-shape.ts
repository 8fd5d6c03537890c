/** An object (not a list, not null), as TimelineJS's fields are. */
export type Record_ = Record<string, unknown>;
export const isObject = (value: unknown): value is Record_ =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A TimelineJS file: TimelineJS3 (an object whose events carry `start_date` objects, or a title
 * slide alone) or TimelineJS 2 (`{ "timeline": { "date": [ … ] } }`).
 */
export function isTimelineJs(data: unknown): data is Record_ {
  if (isTimelineJs2(data)) return true;
  if (!isObject(data) || !Array.isArray(data.events)) return false;
  const events = data.events as unknown[];
  if (events.some((e) => isObject(e) && isObject(e.start_date))) return true;
  return events.length === 0 && isObject(data.title) && isObject(data.title.text);
}

/** TimelineJS 2: `{ "timeline": { "headline", "date": [ { "startDate": "2011,3,23", … } ] } }`. */
export function isTimelineJs2(data: unknown): data is { timeline: Record_ } {
  return isObject(data) && !('events' in data) && isObject(data.timeline);
}
