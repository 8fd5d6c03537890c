import { checkKnownFields, optionalText } from './read-fields.js';
import { safeHttpUrl } from './read-sources.js';
import { describe, warning } from './problems.js';
import type { Problem, TimelineMedia } from './types.js';

export const MEDIA_FIELDS = ['url', 'alt', 'caption', 'credit'];

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EXAMPLE = '{ "url": "https://…/photo.jpg", "alt": "…", "caption": "…", "credit": "…" }';

/**
 * A media address as the file may give it: an http(s) URL (normalised), or an address relative
 * to the event file (kept as written; the panel resolves it). Anything else (javascript:, data:,
 * mailto:) is undefined: nothing but http(s) may load or become a link.
 */
export function mediaUrl(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (SCHEME.test(value)) return safeHttpUrl(value);
  // The URL parser drops control characters and tabs: "java\nscript:" would be javascript:.
  try {
    const { protocol } = new URL(value, 'https://relative.invalid/');
    return protocol === 'http:' || protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function notAMediaUrl(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
  return `"${shown}" is not an http(s) address or one relative to the file; the media is left out`;
}

/**
 * Reads an event's `media` in this project's format: `{ url, alt?, caption?, credit? }`. A bad
 * value is a warning that leaves the media out and keeps the event. `field` names a part in
 * messages (`events[3].media.url`, or `row 5 (line 5), media_url` in a CSV file).
 */
export function readMedia(
  value: unknown,
  path: string,
  problems: Problem[],
  field: (key: string) => string = (key) => `${path}.${key}`,
): TimelineMedia | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(
      warning(path, `must be an object like ${EXAMPLE}, got ${describe(value)}; ignored`),
    );
    return undefined;
  }
  const record = value as Record<string, unknown>;
  checkKnownFields(record, MEDIA_FIELDS, field, problems);
  const alt = optionalText(record.alt, field('alt'), problems)?.trim();
  const caption = optionalText(record.caption, field('caption'), problems)?.trim();
  const credit = optionalText(record.credit, field('credit'), problems)?.trim();
  const { url } = record;
  if (typeof url !== 'string' || url.trim() === '') {
    const got = url === undefined ? 'missing' : `got ${describe(url)}`;
    problems.push(
      warning(
        field('url'),
        `${got}; give the image's or the page's address, e.g. "https://…/photo.jpg"; the media is left out`,
      ),
    );
    return undefined;
  }
  const safe = mediaUrl(url);
  if (!safe) {
    problems.push(warning(field('url'), notAMediaUrl(url.trim())));
    return undefined;
  }
  return createMedia(safe, alt, caption, credit, undefined);
}

/** The media object with only the parts that are set (blank text counts as unset). */
export function createMedia(
  url: string,
  alt: string | undefined,
  caption: string | undefined,
  credit: string | undefined,
  thumbnail: string | undefined,
): TimelineMedia {
  const media: { -readonly [K in keyof TimelineMedia]: TimelineMedia[K] } = { url };
  if (alt) media.alt = alt;
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  if (thumbnail) media.thumbnail = thumbnail;
  return media;
}
