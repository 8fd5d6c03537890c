import { html, noChange, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from './style-map.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { Geometry } from '../layout/geometry.js';
import { clusterBox, eventBox } from '../layout/event-boxes.js';
import type { BoxFrame, ClusterBox, EventBox } from '../layout/event-boxes.js';
import type { Cluster, LabelTurn } from '../layout/lanes.js';
import type { CanvasController } from '../controllers/canvas-controller.js';
import type { Palette } from './paint-events.js';
import type { GroupRow } from '../layout/rows.js';
import type { IndexedEvent, TimelineIndex } from '../layout/timeline-index.js';
import type { VisibleCluster, VisibleItem } from '../layout/visible.js';

/** What the event layer needs for one frame. */
export interface EventsView {
  readonly index: TimelineIndex;
  readonly rows: readonly GroupRow[];
  readonly visible: readonly VisibleItem[];
  readonly clusters: readonly VisibleCluster[];
  /** The scale the buttons are laid out with; the layer slides by `shift` px to the view. */
  readonly x: TimeScale;
  readonly shift: number;
  /**
   * Set while a zoom gesture runs: the buttons keep the layout of `x` and the layer is stretched
   * by this factor to follow the marks, which only the canvas repaints (laid out with `current`).
   */
  readonly hold?: number;
  /** The view's own scale. */
  readonly current: TimeScale;
  readonly width: number;
  readonly height: number;
  readonly geometry: Geometry;
  /** The right end of the window with all events: no label runs past it (see eventBox). */
  readonly end?: number;
  /** The labels the lanes keep room for left of their marks (see LabelTurn). */
  readonly turn?: LabelTurn;
  readonly selectedId: string | undefined;
  /** The event the keyboard is on, ringed on the canvas while its button is held. */
  readonly focusedId: string | undefined;
  readonly palette: Palette;
  /** What paints the canvas (and keeps it sized to the lanes). */
  readonly painter: CanvasController;
  /** The event's date at its precision, for its accessible name and tooltip. */
  readonly dateText: (item: IndexedEvent) => string;
  readonly clusterLabel: (cluster: Cluster) => string;
  readonly groupName: (name: string) => string;
  /** Groups (by index) shown as their name only. */
  readonly collapsed: ReadonlySet<number>;
  readonly groupToggleLabel: (name: string, collapsed: boolean) => string;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

function boxesOf(view: EventsView, frame: BoxFrame) {
  return {
    events: view.visible.map((v) =>
      eventBox(frame, view.index.item(v.index), view.rows[v.group]!, v.lane, {
        before: v.before,
        next: v.next === undefined ? undefined : v.next < 0 ? null : view.index.item(v.next),
      }),
    ),
    clusters: view.clusters.map((c) => clusterBox(frame, c.cluster, view.rows[c.group]!)),
  };
}

/**
 * Group names and rules; the events' marks and labels painted on a canvas; over it one
 * transparent, focusable, labelled button per visible event, in time order, where it is drawn.
 */
export function renderEvents(view: EventsView) {
  const named = view.rows.some((r) => r.name !== '');
  const held = view.hold !== undefined;
  const { width, geometry } = view;
  const { end, turn } = view;
  const layer: BoxFrame = { x: view.x, shift: view.shift, width, geometry, end, turn };
  const boxes = held ? undefined : boxesOf(view, layer);
  const painted = boxes ?? boxesOf(view, { x: view.current, shift: 0, width, geometry, end, turn });
  // The canvas below is the element's one canvas, the same node each render: it keeps its surface.
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
              <span class="chevron" aria-hidden="true"></span
              ><span class="group-name">${name}</span>
            </button>`
          : nothing
      }`;
    })}
    ${view.painter.paint({
      scene: {
        ...painted,
        selectedId: view.selectedId,
        focusedId: held ? view.focusedId : undefined,
        labels: true,
        maxLabelWidth: geometry.maxLabelWidth,
      },
      palette: view.palette,
      shift: held ? 0 : view.shift,
      width,
      height: view.height,
    })}
    <div
      class="events ${held ? 'holding' : ''}"
      style=${styleMap({
        transform:
          view.shift || held
            ? `translateX(${px(view.shift)})${held ? ` scaleX(${view.hold})` : ''}`
            : '',
      })}
    >
      ${
        boxes
          ? html`${repeat(
              boxes.events,
              (box) => box.item.event.id,
              (box) => renderEvent(view, box),
            )}
            ${repeat(
              boxes.clusters,
              // Keyed, so panning moves cluster buttons instead of rewriting every one's labels.
              (box) => `${box.cluster.start}:${box.top}`,
              (box) => renderCluster(view, box),
            )}`
          : noChange
      }
    </div>`;
}

function renderEvent(view: EventsView, box: EventBox) {
  const { item, left } = box;
  const { event } = item;
  const date = view.dateText(item);
  // No text inside: the canvas paints the label, and hovered or focused, the button shows its
  // name (title and date) in full over it (a ::after at --label-x): no text laid out per event.
  return html`<button
    part="event"
    class="event ${box.flipped ? 'flipped' : ''}"
    data-event-id=${event.id}
    aria-pressed=${event.id === view.selectedId ? 'true' : 'false'}
    aria-label="${event.title}, ${date}"
    style=${styleMap({
      transform: `translate(${px(left)}, ${px(box.top)})`,
      width: px(box.width),
      height: px(box.height),
      '--label-x': px(box.labelLeft - left),
      // A label left of its mark: its full name on hover ends where the label ends.
      '--label-end': box.flipped
        ? px(left + box.width - box.labelLeft - box.labelWidth)
        : undefined,
    })}
  ></button>`;
}

/** Like an event's, a cluster's button is empty: the canvas paints its "+N". */
function renderCluster(view: EventsView, box: ClusterBox) {
  const { cluster } = box;
  const label = view.clusterLabel(cluster);
  return html`<button
    part="cluster"
    class="cluster"
    data-cluster-start=${cluster.start}
    data-cluster-end=${cluster.end}
    aria-label=${label}
    title=${label}
    style=${styleMap({
      transform: `translate(${px(box.left)}, ${px(box.top)})`,
      width: px(box.width),
      height: px(box.height),
    })}
  ></button>`;
}
