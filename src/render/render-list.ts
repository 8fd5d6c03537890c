import type { IndexedEvent, TimelineIndex } from '../layout/timeline-index.js';
import type { TimelineStrings } from '../strings.js';
import type { PanelLit } from './panels.js';

export interface ListView {
  /** The events, in time order; a page of them is rendered. */
  readonly index: TimelineIndex;
  /** First position shown (a multiple of `pageSize`). */
  readonly offset: number;
  readonly pageSize: number;
  readonly selectedId: string | undefined;
  readonly locale: string | undefined;
  readonly strings: TimelineStrings;
  readonly dateText: (item: IndexedEvent) => string;
  readonly groupName: (name: string) => string;
  readonly onPage: (offset: number) => void;
  readonly onSelect: (id: string) => void;
}

/**
 * Every event in time order as a real list: the same data and selection as the graphical view,
 * for those who prefer reading or cannot use it. Paged, so a huge file costs one page of DOM.
 * Loaded on demand (panels.ts), it renders with the element's own Lit (`lit`): the standalone
 * file that holds it needs no copy of Lit.
 */
export function renderList(view: ListView, lit: PanelLit) {
  const { html, nothing } = lit;
  const { index, offset, pageSize, strings } = view;
  const { size, groups } = index;
  const page = Array.from({ length: Math.max(0, Math.min(pageSize, size - offset)) }, (_, i) =>
    index.item(offset + i),
  );
  const number = new Intl.NumberFormat(view.locale);
  const named = groups.some((g) => g !== '');
  const nav =
    size > pageSize
      ? html`<nav class="pager" aria-label=${strings.listView}>
          <button
            ?disabled=${offset === 0}
            @click=${() => view.onPage(Math.max(0, offset - pageSize))}
          >
            ${strings.previous}
          </button>
          <span
            >${strings.listRange(
              number.format(offset + 1),
              number.format(offset + page.length),
              number.format(size),
            )}</span
          >
          <button
            ?disabled=${offset + pageSize >= size}
            @click=${() => view.onPage(offset + pageSize)}
          >
            ${strings.next}
          </button>
        </nav>`
      : nothing;
  return html`<div class="list" part="list">
    <ol class="event-list" start=${offset + 1}>
      ${page.map((item) => {
        const { event } = item;
        const group = named ? view.groupName(groups[item.group] ?? '') : '';
        return html`<li>
          <button
            class="list-event"
            dir="auto"
            data-event-id=${event.id}
            aria-pressed=${event.id === view.selectedId ? 'true' : 'false'}
            @click=${() => view.onSelect(event.id)}
          >
            ${event.title}
          </button>
          <span class="list-meta"
            >${view.dateText(item)}${event.place ? ` · ${event.place}` : ''}${
              group ? ` · ${group}` : ''
            }</span
          >
        </li>`;
      })}
    </ol>
    ${nav}
  </div>`;
}
