/**
 * The demo's view in the URL hash, so a shared link opens the same view:
 *
 *   #data=space-race&view=story&event=apollo-11&from=1969-07-01&to=1969-08-31
 *
 * `data` names a file in data/ (left out for the default), `view` the element's view when it is
 * not the timeline (`story`, `list`), `event` the selected event's id (in the story view, its
 * step), `from` / `to` the visible range as ISO text that `zoomTo()` reads back.
 */
export interface ViewLink {
  readonly data?: string;
  readonly view?: string;
  readonly event?: string;
  readonly from?: string;
  readonly to?: string;
}

const KEYS = ['data', 'view', 'event', 'from', 'to'] as const;
const DAY = 86_400_000;

/** Reads a hash (`#a=1&b=2`, with or without `#`); unknown keys and empty values are ignored. */
export function parseLink(hash: string): ViewLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const link: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) link[key] = value;
  }
  return link;
}

/** The hash for a view, keys in a fixed order; `''` when there is nothing to say. */
export function formatLink(link: ViewLink): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = link[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of an instant in the viewer's time zone (what the timeline shows). */
function localDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The minute of an instant in UTC, `2024-09-25T14:30Z`. */
const utcMinute = (t: number) => `${new Date(t).toISOString().slice(0, 16)}Z`;

/**
 * A visible range as link text. Over a few days it is whole days (short, readable links); closer
 * in it is minutes. `to` names the last day (or minute) shown, which `zoomTo` reads as its end,
 * so a link read back and written again does not change.
 */
export function rangeToLink(start: Date, end: Date): { from: string; to: string } {
  const from = start.getTime();
  const last = end.getTime() - 1;
  if (last - from > 4 * DAY) return { from: localDay(from), to: localDay(last) };
  return { from: utcMinute(from), to: utcMinute(last) };
}
