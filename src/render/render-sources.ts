import type { TimelineSource } from '../model/types.js';
import { safeHttpUrl } from '../model/read-sources.js';
import type { TimelineStrings } from '../strings.js';
import type { PanelLit } from './panels.js';

/**
 * An event's sources under a heading (of `level`), as text: a source becomes a link only when
 * its URL is http(s), and opens in a new tab without access to this page; one without a URL
 * (an article in print, a press conference) is plain text.
 */
export function renderSources(
  sources: readonly TimelineSource[],
  strings: TimelineStrings,
  lit: PanelLit,
  level: 'h3' | 'h4' = 'h3',
) {
  const { html, nothing } = lit;
  if (!sources.length) return nothing;
  const heading =
    level === 'h3' ? html`<h3>${strings.sources}</h3>` : html`<h4>${strings.sources}</h4>`;
  return html`${heading}
    <ul class="sources">
      ${sources.map((source) => {
        const url = source.url && safeHttpUrl(source.url);
        return html`<li>
          ${
            url
              ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${source.title}</a>`
              : source.title
          }
        </li>`;
      })}
    </ul>`;
}
