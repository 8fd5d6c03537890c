/**
 * What a media address shows, from its address alone (nothing is fetched to find out): an image
 * the panel may draw, or another medium it links to, named by kind and site ("Video on YouTube").
 */

/** The kinds of media shown as a link; each has its own wording in the strings. */
export type MediaLinkKind =
  'video' | 'audio' | 'post' | 'article' | 'map' | 'document' | 'image' | 'page';

/** How to show a media address: `src` is set for an image the page may draw. */
export interface MediaView {
  readonly kind: MediaLinkKind;
  readonly href: string;
  readonly site: string;
  readonly src?: string;
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|svg|avif)$/i;
const VIDEO = /\.(?:mp4|webm|ogv|mov|m4v)$/i;
const AUDIO = /\.(?:mp3|ogg|oga|wav|m4a|flac)$/i;
const DOCUMENT = /\.(?:pdf|docx?|odt|rtf|pptx?|odp|xlsx?|ods)$/i;

/** Sites by host (and, for a few, path), with the kind of medium their links show. */
const SITES: readonly [RegExp, MediaLinkKind, string][] = [
  [/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/, 'video', 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'video', 'Vimeo'],
  [/(^|\.)(dailymotion\.com|dai\.ly)$/, 'video', 'Dailymotion'],
  [/(^|\.)tiktok\.com$/, 'video', 'TikTok'],
  [/(^|\.)twitch\.tv$/, 'video', 'Twitch'],
  [/(^|\.)soundcloud\.com$/, 'audio', 'SoundCloud'],
  [/(^|\.)spotify\.com$/, 'audio', 'Spotify'],
  [/(^|\.)twitter\.com$/, 'post', 'Twitter'],
  [/(^|\.)x\.com$/, 'post', 'X'],
  [/(^|\.)instagram\.com$/, 'post', 'Instagram'],
  [/(^|\.)facebook\.com$/, 'post', 'Facebook'],
  [/(^|\.)bsky\.app$/, 'post', 'Bluesky'],
  [/(^|\.)threads\.net$/, 'post', 'Threads'],
  [/(^|\.)wikipedia\.org$/, 'article', 'Wikipedia'],
  [/(^|\.)flickr\.com$|^flic\.kr$/, 'image', 'Flickr'],
  [/(^|\.)openstreetmap\.org$/, 'map', 'OpenStreetMap'],
  [/^maps\.google\.[a-z.]+$|^maps\.app\.goo\.gl$/, 'map', 'Google Maps'],
  [/^docs\.google\.com$/, 'document', 'Google Docs'],
  [/^drive\.google\.com$/, 'document', 'Google Drive'],
  [/(^|\.)documentcloud\.org$/, 'document', 'DocumentCloud'],
];

/** An address as the page may use it: http(s), relative ones resolved against `base`. */
export function resolveMediaUrl(url: string, base: string): URL | undefined {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** What `url` shows; undefined when it is no http(s) address, even against `base`. */
export function viewMedia(url: string, base: string): MediaView | undefined {
  const resolved = resolveMediaUrl(url, base);
  if (!resolved) return undefined;
  const href = resolved.href;
  const host = resolved.hostname.replace(/^www\./, '');
  const path = decodePath(resolved.pathname);
  const image = imageSource(resolved, path);
  if (image) return { kind: 'image', href, site: host, src: image };
  if (/(^|\.)google\.[a-z.]+$/.test(host) && path.startsWith('/maps'))
    return { kind: 'map', href, site: 'Google Maps' };
  if (host === 'goo.gl' && path.startsWith('/maps'))
    return { kind: 'map', href, site: 'Google Maps' };
  for (const [pattern, kind, site] of SITES) if (pattern.test(host)) return { kind, href, site };
  if (VIDEO.test(path)) return { kind: 'video', href, site: host };
  if (AUDIO.test(path)) return { kind: 'audio', href, site: host };
  if (DOCUMENT.test(path)) return { kind: 'document', href, site: host };
  return { kind: 'page', href, site: host };
}

/**
 * The image to draw for an address, if it is one: a file with an image's extension (Wikimedia's
 * upload.wikimedia.org and Flickr's staticflickr.com serve such links), or a Wikimedia file page
 * (`/wiki/File:Earthrise.jpg`), drawn through its Special:FilePath at a panel's width.
 */
function imageSource(url: URL, path: string): string | undefined {
  const file = /^\/wiki\/(?:File|Image):(.+)$/.exec(path);
  if (file && /(^|\.)(wikimedia|wikipedia)\.org$/.test(url.hostname) && IMAGE.test(file[1]!)) {
    const name = encodeURIComponent(file[1]!.replaceAll(' ', '_'));
    return `${url.origin}/wiki/Special:FilePath/${name}?width=960`;
  }
  return !file && IMAGE.test(path) ? url.href : undefined;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
