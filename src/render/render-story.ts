import type { TimelineEvent } from '../model/types.js';
import type { TimelineStrings } from '../strings.js';
import type { PanelLit } from './panels.js';
import { renderSources } from './render-sources.js';

/** What the story panel shows: the file's heading, the current step and the way on. */
export interface StoryView {
  /** The file's title and description: they head the story (they are not a step). */
  readonly title?: string;
  readonly description?: string;
  /** The current step's event, or none before the story has begun. */
  readonly event?: TimelineEvent;
  /** Its date at its precision (see I18nState.dateText). */
  readonly dateText: string;
  /** "3 of 8". */
  readonly progress: string;
  readonly first: boolean;
  readonly last: boolean;
  /**
   * The event's media, rendered by the caller (renderMedia); `nothing` when it has none.
   */
  readonly media: unknown;
  readonly strings: TimelineStrings;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  /** ← / → / Home / End (see StoryController.onKeyDown). */
  readonly onKeyDown: (e: KeyboardEvent) => void;
}

/**
 * The story panel below the timeline: one event at a time, in full, with Previous and Next.
 * Every value is bound as text (never HTML). The buttons at either end stay focusable
 * (aria-disabled), so the keyboard is never dropped. Loaded on demand with the other panels
 * (panels.ts), it renders with the element's Lit (`lit`).
 */
export function renderStory(view: StoryView, lit: PanelLit) {
  const { html, nothing } = lit;
  const { event, strings } = view;
  const previous = () => {
    if (!view.first) view.onPrevious();
  };
  const next = () => {
    if (!view.last) view.onNext();
  };
  return html`<section
    part="story"
    class="story"
    aria-label=${strings.storyView}
    aria-describedby="story-help"
    @keydown=${view.onKeyDown}
  >
    ${
      view.title || view.description
        ? html`<header class="story-head">
            ${view.title ? html`<h2 dir="auto">${view.title}</h2>` : nothing}
            ${view.description ? html`<p dir="auto">${view.description}</p>` : nothing}
          </header>`
        : nothing
    }
    ${
      event
        ? html`<article class="story-step" aria-labelledby="story-event">
            <h3 id="story-event" dir="auto">${event.title}</h3>
            <p class="when">
              <time datetime=${event.start.text}>${view.dateText}</time>${
                event.place
                  ? html` · <span class="place" aria-label=${strings.place}>${event.place}</span>`
                  : nothing
              }
            </p>
            ${view.media}
            ${event.description ? html`<p class="description" dir="auto">${event.description}</p>` : nothing}
            ${renderSources(event.sources, strings, lit, 'h4')}
          </article>`
        : nothing
    }
    <div class="story-nav" role="group" aria-label=${strings.storyView}>
      <button
        part="story-previous"
        class="story-previous"
        aria-disabled=${view.first ? 'true' : 'false'}
        @click=${previous}
      >
        <span aria-hidden="true">←</span> ${strings.previous}
      </button>
      <span part="story-progress" class="story-progress">${view.progress}</span>
      <button
        part="story-next"
        class="story-next"
        aria-disabled=${view.last ? 'true' : 'false'}
        @click=${next}
      >
        ${strings.next} <span aria-hidden="true">→</span>
      </button>
    </div>
    <p id="story-help" class="visually-hidden">${strings.storyHelp}</p>
  </section>`;
}
