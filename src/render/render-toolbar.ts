import { html, nothing } from 'lit';
import type { TimelineStrings } from '../strings.js';

export interface ToolbarView {
  readonly title: string;
  readonly status: string;
  /** Loading: how much has arrived, in percent (undefined: unknown, the bar keeps moving). */
  readonly progress?: number;
  /** Which view is shown: its toggle is pressed. */
  readonly view: 'timeline' | 'list' | 'story';
  /** No events yet: the zoom buttons have nothing to act on. */
  readonly disabled: boolean;
  readonly strings: TimelineStrings;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fit: () => void;
  readonly toggleList: () => void;
  readonly toggleStory: () => void;
}

const icon = (path: string) =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${path}></path></svg>`;

/** The file's title, a status line, the list and story toggles and the zoom buttons. */
export function renderToolbar(view: ToolbarView) {
  const { strings } = view;
  return html`<div class="toolbar">
    <div class="heading">${view.title}</div>
    <span class="status" role="status">${view.status}</span>
    ${
      view.status
        ? html`<progress
            part="progress"
            aria-label=${view.status}
            max="100"
            value=${view.progress ?? nothing}
          ></progress>`
        : nothing
    }
    <button
      class="list-toggle"
      part="list-toggle"
      aria-pressed=${view.view === 'list' ? 'true' : 'false'}
      @click=${view.toggleList}
    >
      ${strings.listView}
    </button>
    <button
      class="story-toggle"
      part="story-toggle"
      aria-pressed=${view.view === 'story' ? 'true' : 'false'}
      @click=${view.toggleStory}
    >
      ${strings.storyView}
    </button>
    ${renderControls(view)}
  </div>`;
}

/** Zoom in, zoom out and show all, for people without a wheel or a trackpad. */
function renderControls(view: ToolbarView) {
  const { strings } = view;
  const disabled = view.disabled || view.view === 'list';
  return html`<div part="controls" class="controls" role="group" aria-label=${strings.controls}>
    <button
      class="zoom-out"
      aria-label=${strings.zoomOut}
      title=${strings.zoomOut}
      ?disabled=${disabled}
      @click=${view.zoomOut}
    >
      ${icon('M3 8h10')}
    </button>
    <button
      class="zoom-in"
      aria-label=${strings.zoomIn}
      title=${strings.zoomIn}
      ?disabled=${disabled}
      @click=${view.zoomIn}
    >
      ${icon('M3 8h10M8 3v10')}
    </button>
    <button class="fit" title=${strings.fit} ?disabled=${disabled} @click=${view.fit}>
      ${strings.fit}
    </button>
  </div>`;
}
