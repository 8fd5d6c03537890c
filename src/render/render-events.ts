import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { Geometry } from '../layout/geometry.js';
import type { Cluster } from '../layout/lanes.js';
import type { GroupRow } from '../layout/rows.js';
import type { IndexedEvent, TimelineIndex } from '../layout/timeline-index.js';
import type { VisibleCluster, VisibleItem } from '../layout/visible.js';

/** What the event layer needs for one frame. */
export interface EventsView {
  readonly index: TimelineIndex;
  readonly rows: readonly GroupRow[];
  readonly visible: readonly VisibleItem[];
  readonly clusters: readonly VisibleCluster[];
  /** The scale events are laid out with; the layer slides by `shift` px to the view. */
  readonly x: TimeScale;
  readonly shift: number;
  readonly width: number;
  readonly geometry: Geometry;
  readonly selectedId: string | undefined;
  /** The event's date at its precision, for its accessible name and tooltip. */
  readonly dateText: (item: IndexedEvent) => string;
  readonly clusterLabel: (cluster: Cluster) => string;
  readonly groupName: (name: string) => string;
  /** Groups (by index) shown as their name only. */
  readonly collapsed: ReadonlySet<number>;
  readonly groupToggleLabel: (name: string, collapsed: boolean) => string;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/** Group names and rules, then one focusable button per visible event, in time order. */
export function renderEvents(view: EventsView) {
  const named = view.rows.some((r) => r.name !== '');
  return html`${view.rows.map((row, i) => {
      const collapsed = view.collapsed.has(i);
      const name = view.groupName(row.name);
      return html`${i > 0 ? html`<div class="group-rule" style=${styleMap({ top: px(row.top) })}></div>` : nothing}
      ${
        named
          ? html`<button
              part="group-label"
              class="group-label"
              data-group=${i}
              aria-expanded=${collapsed ? 'false' : 'true'}
              title=${view.groupToggleLabel(name, collapsed)}
              style=${styleMap({ top: px(row.top) })}
            >
              <span class="chevron" aria-hidden="true">${collapsed ? '▸' : '▾'}</span
              ><span class="group-name">${name}</span>
            </button>`
          : nothing
      }`;
    })}
    <div
      class="events"
      style=${styleMap({ transform: view.shift ? `translateX(${px(view.shift)})` : '' })}
    >
      ${repeat(
        view.visible,
        (v) => view.index.items[v.index]!.event.id,
        (v) => renderEvent(view, v),
      )}
      ${repeat(
        view.clusters,
        // Keyed, so panning moves cluster marks instead of rewriting every one's labels.
        (c) => `${c.group}:${c.cluster.start}`,
        (c) => renderCluster(view, c),
      )}
    </div>`;
}

function renderEvent(view: EventsView, v: VisibleItem) {
  const { x, width, geometry: g } = view;
  // The view's edges in the layer's coordinates (it slides by `shift`).
  const viewLeft = -view.shift;
  const viewRight = viewLeft + width;
  const item = view.index.items[v.index]!;
  const row = view.rows[v.group]!;
  const x0 = x(item.start);
  const markWidth = Math.max(x(item.end) - x0, g.minMarkWidth);
  const left = Math.max(x0, viewLeft - g.minMarkWidth);
  const markRight = Math.min(x0 + markWidth, viewRight + g.minMarkWidth);
  // An event that starts off screen keeps its label in view, shortened (with an ellipsis) to
  // the space it owns in its lane; near the right edge a label shortens rather than run off.
  const owned = x0 + Math.max(markWidth, g.labelInset + item.labelWidth + 4);
  const labelLeft = Math.max(x0 + g.labelInset, viewLeft + g.labelInset / 2);
  const labelWidth = Math.max(
    0,
    Math.min(item.labelWidth, owned - 4 - labelLeft, Math.max(48, viewRight - labelLeft - 6)),
  );
  const right = Math.max(markRight, labelLeft + labelWidth);
  const top = row.lanesTop + v.lane * g.laneHeight + 4;
  const wide = markWidth > g.minMarkWidth * 1.5;
  const { event } = item;
  const date = view.dateText(item);
  return html`<button
    part="event"
    class="event ${item.range ? 'range' : 'point'} ${item.open ? 'open' : ''} ${item.fuzzy ? 'fuzzy' : ''}"
    data-event-id=${event.id}
    aria-pressed=${event.id === view.selectedId ? 'true' : 'false'}
    aria-label="${event.title}, ${date}"
    title="${event.title} (${date})"
    style=${styleMap({
      transform: `translate(${px(left)}, ${px(top)})`,
      width: px(right - left),
      height: px(g.laneHeight - 8),
      '--_event-color': eventColor(item),
    })}
  >
    <span
      class="mark ${wide ? '' : 'narrow'}"
      style=${styleMap({ width: px(Math.max(0, markRight - left)) })}
    ></span>
    ${item.range ? nothing : html`<span class="dot" style=${styleMap({ left: px(x0 - left) })}></span>`}
    <span
      class="label"
      dir="auto"
      style=${styleMap({ left: px(labelLeft - left), maxWidth: px(labelWidth + 1) })}
      >${event.title}</span
    >
  </button>`;
}

/** The event's own colour, else its category's (a public custom property), else the accent. */
function eventColor(item: IndexedEvent): string | undefined {
  if (item.event.color) return item.event.color;
  if (item.category === undefined) return undefined;
  const slot = item.category + 1;
  return `var(--event-timeline-category-${slot}, var(--_category-${slot}))`;
}

function renderCluster(view: EventsView, { cluster, group }: VisibleCluster) {
  const row = view.rows[group]!;
  const g = view.geometry;
  return html`<button
    part="cluster"
    class="cluster"
    data-cluster-start=${cluster.start}
    data-cluster-end=${cluster.end}
    aria-label=${view.clusterLabel(cluster)}
    title=${view.clusterLabel(cluster)}
    style=${styleMap({
      transform: `translate(${px(view.x(cluster.start))}, ${px((row.clusterTop ?? 0) + 4)})`,
      width: px(g.clusterWidth),
      height: px(g.laneHeight - 8),
    })}
  >
    +${cluster.items.length}
  </button>`;
}
