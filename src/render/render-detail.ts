import type { TimelineEvent } from '../model/types.js';
import type { PanelLit } from './panels.js';
import { renderSources } from './render-sources.js';
import type { TimelineStrings } from '../strings.js';

/**
 * The selected event in full. Every value is bound as text (never HTML), and a source becomes a
 * link only when its URL is http(s); links open in a new tab without access to this page.
 * Loaded on demand with the list view (panels.ts), it renders with the element's Lit (`lit`).
 */
export function renderDetail(
  event: TimelineEvent,
  dateText: string,
  strings: TimelineStrings,
  onClose: () => void,
  lit: PanelLit,
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
