import type { TimelineEvent } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import { resolveMediaUrl, viewMedia } from './media-kind.js';
import type { PanelLit } from './panels.js';

export interface MediaOptions {
  /** The event file's URL: a relative media address resolves against it. */
  readonly base: string;
  /** False (`media="none"`): nothing loads from elsewhere; images, too, become links. */
  readonly images: boolean;
  readonly strings: TimelineStrings;
  readonly lit: PanelLit;
}

/**
 * An event's media, for the detail panel and the story view: an image as an `<img>` (lazy, no
 * referrer) with its caption and credit as text, or a link that names any other medium ("Video
 * on YouTube") with the file's thumbnail. Never an iframe or a script: only an image the file
 * names is loaded. A broken image gives way to its alt text; the caption stays.
 */
export function renderMedia(event: TimelineEvent, options: MediaOptions) {
  const { html, nothing } = options.lit;
  const media = event.media;
  const view = media && viewMedia(media.url, options.base);
  if (!media || !view) return nothing;
  const caption =
    media.caption || media.credit
      ? html`<figcaption>
          ${media.caption ?? nothing}
          ${media.credit ? html`<span class="credit">${media.credit}</span>` : nothing}
        </figcaption>`
      : nothing;
  if (view.src && options.images) {
    return html`<figure class="media" part="media">
      <img
        src=${view.src}
        alt=${media.alt ?? media.caption ?? event.title}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${showAlt}
        @load=${showImage}
      /><span class="media-alt" hidden>${media.alt ?? nothing}</span>
      ${caption}
    </figure>`;
  }
  const thumbnail =
    options.images && media.thumbnail ? resolveMediaUrl(media.thumbnail, options.base) : undefined;
  return html`<figure class="media" part="media">
    <a class="media-link" href=${view.href} target="_blank" rel="noopener noreferrer"
      >${
        thumbnail
          ? html`<img
              class="thumbnail"
              src=${thumbnail.href}
              alt=""
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
              @error=${hide}
              @load=${show}
            />`
          : nothing
      }${options.strings.mediaLink(view.kind, view.site)}</a
    >
    ${caption}
  </figure>`;
}

// The elements stay Lit's: hidden and shown again, never replaced, so the next event's image
// (another src on the same <img>) still updates and shows once it loads.
function showAlt(event: Event): void {
  const img = event.currentTarget as HTMLImageElement;
  img.hidden = true;
  (img.nextElementSibling as HTMLElement).hidden = false;
}

function showImage(event: Event): void {
  const img = event.currentTarget as HTMLImageElement;
  img.hidden = false;
  (img.nextElementSibling as HTMLElement).hidden = true;
}

function hide(event: Event): void {
  (event.currentTarget as HTMLElement).hidden = true;
}

function show(event: Event): void {
  (event.currentTarget as HTMLElement).hidden = false;
}
