import { htmlToText } from './html-text.js';
import type { Draft } from './read-event.js';
import { createMedia, mediaUrl, notAMediaUrl } from './read-media.js';
import { warning } from './problems.js';
import type { Problem, TimelineDate, TimelineMedia, TimelineSource } from './types.js';

/**
 * What the three TimelineJS readers (TimelineJS3 JSON, TimelineJS 2 JSON, the spreadsheet as
 * CSV) share once each has found a slide's parts in its own shape: the title of a slide without
 * a headline, the media, the text as plain text.
 */

/** Text from HTML: headlines and display dates lose their tags too; blank becomes undefined. */
export function plain(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = htmlToText(String(value));
  return text === '' ? undefined : text;
}

// One frozen empty list for every slide: a TimelineJS slide has no sources.
const NO_SOURCES: readonly TimelineSource[] = Object.freeze([]);

/** A slide's parts, read; `headline` and `text` still as the file gave them (HTML). */
export interface SlideParts {
  /** Names the slide in messages: `events[3]`, `timeline.date[3]`, `row 5 (line 5)`. */
  readonly path: string;
  /** Where a missing headline is reported: `events[3].text.headline`, `row 5 (line 5), Headline`. */
  readonly headlinePath: string;
  readonly idPath: string;
  readonly id?: string;
  readonly start: TimelineDate;
  readonly end?: TimelineDate;
  readonly headline: unknown;
  readonly text: unknown;
  readonly displayDate?: string;
  readonly media?: TimelineMedia;
  readonly group?: string;
}

/**
 * The event of a slide. A slide without a headline (TimelineJS shows its media and date alone)
 * is kept, titled by its display date, else its media's caption, else its text's first words,
 * else its date, with a warning that says which.
 */
export function createSlide(parts: SlideParts, problems: Problem[]): Draft {
  const description = plain(parts.text);
  let title = plain(parts.headline);
  if (!title) {
    const [text, from] = fallbackTitle(parts, description);
    title = text;
    problems.push(
      warning(parts.headlinePath, `missing; the event is titled "${title}" from ${from}`),
    );
  }
  return {
    path: parts.path,
    idPath: parts.idPath,
    id: parts.id,
    title,
    start: parts.start,
    end: parts.end,
    description,
    group: parts.group || undefined,
    displayDate: parts.displayDate,
    sources: NO_SOURCES,
    media: parts.media,
  };
}

function fallbackTitle(parts: SlideParts, description: string | undefined): [string, string] {
  if (parts.displayDate) return [parts.displayDate, 'its display date'];
  if (parts.media?.caption) return [parts.media.caption, 'its media caption'];
  if (description) return [firstWords(description), 'the start of its text'];
  return [parts.start.text, 'its date'];
}

/** The first line of a text, cut after about 8 words (at most 60 characters) with an ellipsis. */
function firstWords(text: string): string {
  const line = text.split('\n')[0]!.trim();
  const words = line.split(/\s+/);
  let short = words.slice(0, 8).join(' ');
  if (short.length > 60) short = short.slice(0, 59).trimEnd();
  return short.length < line.length ? `${short}…` : short;
}

/** TimelineJS media parts, as each shape gives them (the spreadsheet in columns). */
export interface MediaParts {
  readonly url?: unknown;
  readonly caption?: unknown;
  readonly credit?: unknown;
  readonly thumbnail?: unknown;
  readonly alt?: unknown;
}

/**
 * TimelineJS media: a URL (or an embed code, whose first http(s) address is used: no embed is
 * ever run), with caption and credit as HTML. A blank URL is no media, quietly (sheets leave
 * it blank); one that cannot be shown is a warning. `field` names a part in messages.
 */
export function readTimelineJsMedia(
  parts: MediaParts,
  field: (key: keyof MediaParts) => string,
  problems: Problem[],
): TimelineMedia | undefined {
  if (typeof parts.url !== 'string' || parts.url.trim() === '') return undefined;
  const written = parts.url.trim();
  const url = written.startsWith('<') ? embeddedUrl(written) : mediaUrl(written);
  if (!url) {
    problems.push(warning(field('url'), notAMediaUrl(written)));
    return undefined;
  }
  let thumbnail: string | undefined;
  if (typeof parts.thumbnail === 'string' && parts.thumbnail.trim() !== '') {
    thumbnail = mediaUrl(parts.thumbnail);
    if (!thumbnail) {
      const text = parts.thumbnail.trim();
      problems.push(
        warning(
          field('thumbnail'),
          `${notAMediaUrl(text).replace(/the media is/, 'the thumbnail is')}`,
        ),
      );
    }
  }
  return createMedia(url, plain(parts.alt), plain(parts.caption), plain(parts.credit), thumbnail);
}

/** The first http(s) address in an embed code's src or href (an iframe, a tweet's blockquote). */
function embeddedUrl(html: string): string | undefined {
  const found = /\b(?:src|href)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(html);
  return found ? mediaUrl(found[1]!.replaceAll('&amp;', '&')) : undefined;
}
