import type { TimelineEvent } from '../model/types.js';
import type { PanelLit } from './panels.js';
import { renderSources } from './render-sources.js';
import type { TimelineStrings } from '../strings.js';
import { renderMedia } from './render-media.js';

/** Where an event's media comes from, and whether its images may load (`media="none"`: no). */
export interface DetailMedia {
  readonly base: string;
  readonly images: boolean;
}

/**
 * The selected event in full. Every value is bound as text (never HTML), and a source becomes a
 * link only when its URL is http(s); links open in a new tab without access to this page.
 * Loaded on demand with the list view (panels.ts), it renders with the element's Lit (`lit`).
 * Media show as render-media.ts draws them.
 */
export function renderDetail(
  event: TimelineEvent,
  dateText: string,
  strings: TimelineStrings,
  onClose: () => void,
  lit: PanelLit,
  media: DetailMedia,
) {
  const { html, nothing } = lit;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  return html`<section
    part="detail"
    class="detail"
    aria-labelledby="detail-title"
    @keydown=${onKeyDown}
  >
    <h2 id="detail-title" dir="auto">${event.title}</h2>
    <p class="when">
      <time datetime=${event.start.text}>${dateText}</time>${
        event.place
          ? html` · <span class="place" aria-label=${strings.place}>${event.place}</span>`
          : nothing
      }
    </p>
    ${renderMedia(event, { ...media, strings, lit })}
    ${event.description ? html`<p class="description" dir="auto">${event.description}</p>` : nothing}
    ${renderSources(event.sources, strings, lit)}
    <button
      class="close"
      part="detail-close"
      aria-label=${strings.close}
      title=${strings.close}
      @click=${onClose}
    >
      ✕
    </button>
  </section>`;
}
