import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LoadController } from './controllers/load-controller.js';
import type { LoadResult } from './controllers/load-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { styles } from './event-timeline.styles.js';
import { formatEventDate } from './format/date-text.js';
import { createTextMeasurer } from './format/text-measure.js';
import { createFrame } from './layout/frame.js';
import { fitDomain } from './layout/fit.js';
import { DEFAULT_GEOMETRY } from './layout/geometry.js';
import type { LaneLayout } from './layout/lanes.js';
import { createTimelineIndex } from './layout/timeline-index.js';
import type { TimelineIndex } from './layout/timeline-index.js';
import { createWallClock, viewerTimeZone } from './layout/time-zone.js';
import type { WallClock } from './layout/time-zone.js';
import { readEventData, readEventFile } from './model/read-events.js';
import type { EventInput, TimelineDocument, TimelineEvent } from './model/types.js';
import { renderAxis, renderGrid } from './render/render-axis.js';
import { renderDetail } from './render/render-detail.js';
import { renderEvents } from './render/render-events.js';
import { renderControls, renderReport } from './render/render-status.js';
import type { Report } from './render/render-status.js';
import { DEFAULT_STRINGS } from './strings.js';
import type { TimelineStrings } from './strings.js';
import { parseWhen, reportFor, resolveLocale } from './timeline-inputs.js';

const G = DEFAULT_GEOMETRY;

/**
 * A zoomable, keyboard-operable timeline of events read from a JSON event file.
 *
 * @summary Draws events (points and ranges, in groups) on an adaptive time axis.
 *
 * @fires {CustomEvent<{count: number}>} timeline-load - Events were read (from `src` or `events`) and are shown.
 * @fires {CustomEvent<{message: string, problems: string[]}>} timeline-error - Loading failed or some events are invalid; `problems` name where and what.
 * @fires {CustomEvent<{event: TimelineEvent | null}>} timeline-select - The user selected an event (or closed it: `null`).
 * @fires {CustomEvent<{start: Date, end: Date}>} timeline-range-change - The user zoomed or panned; the new visible range.
 *
 * @csspart event - One event on screen (a button); carries `data-event-id`.
 * @csspart cluster - Several events that found no free lane ("+12"); activating it zooms in.
 * @csspart axis - The time axis (SVG).
 * @csspart plot - The scrollable, zoomable area holding the axis and the events.
 * @csspart group-label - The name of a group of events.
 * @csspart controls - The zoom buttons.
 * @csspart detail - The panel describing the selected event.
 * @csspart detail-close - The panel's close button.
 * @csspart error - The message shown when loading fails or events are invalid (role=alert).
 *
 * @cssprop [--event-timeline-background=#ffffff] - Background.
 * @cssprop [--event-timeline-color=#1b1f24] - Text colour.
 * @cssprop [--event-timeline-muted-color=#5b6470] - Secondary text (axis, dates).
 * @cssprop [--event-timeline-accent=#1f5fbf] - Marks: dots, range edges, links.
 * @cssprop [--event-timeline-range-fill] - Fill of range bars (accent mixed into the background).
 * @cssprop [--event-timeline-grid-color=#e6e9ee] - Grid lines.
 * @cssprop [--event-timeline-border-color=#d5dae1] - Borders and rules.
 * @cssprop [--event-timeline-focus-color=#c2410c] - Focus ring.
 * @cssprop [--event-timeline-selected-color=#b45309] - Highlight of the selected event.
 * @cssprop [--event-timeline-error-color=#b42318] - Error messages.
 * @cssprop [--event-timeline-radius=6px] - Corner radius.
 * @cssprop [--event-timeline-font=system-ui] - Font family.
 * @cssprop [--event-timeline-label-size=13px] - Size of event labels.
 * @cssprop [--event-timeline-lanes-max-height=28rem] - Height beyond which the lanes scroll.
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  /** URL of an event file, resolved against the page. Setting it loads the file. */
  @property() src?: string;

  /** Events to show directly (same shape as in a file); setting it renders them without a fetch. */
  @property({ attribute: false }) events?: EventInput[];

  /** BCP 47 locale for dates and numbers; defaults to the nearest `lang` attribute, then the browser's. */
  @property() locale?: string;

  /** IANA time zone for date-times (e.g. `Europe/Paris`); defaults to the viewer's. Calendar dates never shift. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Let a plain mouse wheel zoom even before the timeline has focus (by default Ctrl/⌘ + wheel, or wheel once focused). */
  @property({ type: Boolean, attribute: 'wheel-zoom' }) wheelZoom = false;

  /** Accessible name of the timeline; defaults to the file's title. */
  @property() label?: string;

  /** `light` or `dark`; by default follows the page's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The component's own words, for languages it doesn't ship (partial replacements are merged). */
  @property({ attribute: false }) strings: Partial<TimelineStrings> = {};

  @state() private document?: TimelineDocument;
  @state() private report?: Report;
  @state() private selectedId?: string;
  @state() private hint = false;

  private index?: TimelineIndex;
  private readonly lanes = new Map<number, LaneLayout>();
  private clock: WallClock = createWallClock('UTC');
  private measure: (text: string) => number = (text) => text.length * 7;
  private readonly dateTexts = new Map<string, string>();
  private focusedId?: string;
  private pendingFocus?: string;
  private hintTimer = 0;
  private laidOutWidth = 0;

  private readonly resize = new ResizeController(this, () =>
    this.renderRoot.querySelector('.plot'),
  );
  private readonly loader = new LoadController(this, (result) => this.onLoaded(result));
  private readonly zoom = new ZoomController(this, {
    plainWheelZooms: () => this.wheelZoom || this.matches(':focus-within'),
    onWheelIgnored: () => this.showHint(),
    onUserChange: (from, to) =>
      this.fire('timeline-range-change', {
        start: new Date(this.clock.toInstant(from)),
        end: new Date(this.clock.toInstant(to)),
      }),
  });
  private readonly keys = new KeyboardController(this.zoom, {
    reveal: (which) => this.revealEdge(which),
    closeDetail: () => this.closeDetail(),
    width: () => this.resize.width,
  });

  /** What is on screen now, as instants; `null` until events are shown. */
  get visibleRange(): { start: Date; end: Date } | null {
    if (!this.zoom.ready) return null;
    const [from, to] = this.zoom.domain;
    return { start: new Date(this.clock.toInstant(from)), end: new Date(this.clock.toInstant(to)) };
  }

  /** Shows the range from `start` to `end` (Dates, or ISO text at any precision: `zoomTo('2024', '2025-06')`). */
  zoomTo(start: Date | string, end: Date | string): void {
    const from = parseWhen(start, 'start', this.clock);
    const to = parseWhen(end, 'end', this.clock);
    if (to <= from)
      throw new RangeError(`zoomTo: end (${String(end)}) must be after start (${String(start)})`);
    this.zoom.zoomToRange(from, to);
  }

  /**
   * Reads the text of an event file (for example a file the user picked) and shows it; problems
   * are reported with `name`, like a file loaded from `src`.
   */
  loadText(text: string, name = 'the text'): void {
    this.loader.cancel();
    this.accept(readEventFile(text), `"${name}"`);
  }

  /** Brings all events into view. */
  fit(): void {
    this.zoom.fit();
  }

  /** Selects the event with this id, opens its details and brings it into view; `null` clears. */
  select(id: string | null): boolean {
    if (id === null) {
      this.selectedId = undefined;
      return true;
    }
    if (this.index?.position.get(id) === undefined) return false;
    this.selectedId = id;
    this.reveal(id);
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
    this.hint = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.loader.load(this.src);
    if (changed.has('events') && this.events)
      this.accept(readEventData(this.events), 'the events property');
    if (changed.has('timeZone') || !this.index) this.updateClock(changed.has('timeZone'));
    if (changed.has('locale') || changed.has('timeZone')) this.dateTexts.clear();
    if (
      this.document &&
      (!this.index || changed.has('document' as keyof EventTimeline) || changed.has('timeZone'))
    ) {
      this.measure = createTextMeasurer(this.labelFont());
      this.index = createTimelineIndex(this.document, {
        clock: this.clock,
        measure: this.measure,
        maxLabelWidth: G.maxLabelWidth,
      });
      this.lanes.clear();
      this.zoom.setExtent(
        this.index.items.length ? fitDomain(this.index, this.resize.width, G) : undefined,
        this.resize.width,
        false,
      );
      this.laidOutWidth = this.resize.width;
    } else if (this.index && this.resize.width !== this.laidOutWidth) {
      this.zoom.setExtent(
        this.index.items.length ? fitDomain(this.index, this.resize.width, G) : undefined,
        this.resize.width,
        this.laidOutWidth > 0,
      );
      this.laidOutWidth = this.resize.width;
    }
  }

  protected override render() {
    const strings = { ...DEFAULT_STRINGS, ...this.strings };
    const doc = this.document;
    const selected = this.selectedId ? this.itemFor(this.selectedId)?.event : undefined;
    const name = this.label ?? doc?.title ?? strings.timeline;
    return html`<div class="toolbar">
        <div class="heading">${doc?.title ?? ''}</div>
        <span class="status" role="status">${this.loader.loading ? strings.loading : ''}</span>
        ${renderControls(strings, !this.zoom.ready, {
          zoomIn: () => this.zoom.zoomBy(2),
          zoomOut: () => this.zoom.zoomBy(0.5),
          fit: () => this.zoom.fit(true),
        })}
      </div>
      ${renderReport(this.report, strings, () => (this.report = undefined))}
      <div
        class="plot"
        part="plot"
        tabindex="0"
        role="region"
        aria-label=${name}
        aria-roledescription="timeline"
        aria-describedby="keys-help"
        aria-busy=${this.loader.loading ? 'true' : 'false'}
        @click=${this.onPlotClick}
        @keydown=${this.keys.onKeyDown}
        @focusin=${this.onFocusIn}
      >
        ${this.renderPlot(strings)}
        ${this.hint ? html`<div class="hint">${strings.wheelHint(/Mac|iP(hone|ad)/.test(navigator.platform))}</div>` : nothing}
      </div>
      <p id="keys-help" class="visually-hidden">${strings.keyboardHelp}</p>
      ${selected ? renderDetail(selected, this.dateText(selected), strings, () => this.closeDetail()) : nothing}`;
  }

  private renderPlot(strings: TimelineStrings) {
    if (!this.index || !this.zoom.ready) {
      const text = this.loader.loading
        ? strings.loading
        : this.document
          ? strings.noEvents
          : strings.noData;
      return html`<div class="empty">
        ${this.resize.width && this.document?.events.length ? '' : text}
      </div>`;
    }
    const x = this.zoom.scale;
    const [from, to] = this.zoom.domain;
    const width = this.resize.width;
    const frame = createFrame({
      index: this.index,
      from,
      to,
      width,
      geometry: G,
      locale: this.resolvedLocale,
      measure: this.measure,
      cache: this.lanes,
      keep: [this.focusedId, this.selectedId].filter((id): id is string => id !== undefined),
    });
    return html`${renderAxis(frame.ticks, x, width, this.measure)}
      <div class="lanes">
        <div class="rows" style=${styleMap({ height: `${frame.height}px` })}>
          ${renderGrid(frame.ticks, x, frame.height)}
          ${renderEvents({
            index: this.index,
            rows: frame.rows,
            visible: frame.visible,
            clusters: frame.clusters,
            x,
            width,
            geometry: G,
            selectedId: this.selectedId,
            dateText: (item) => this.dateText(item.event),
            clusterLabel: (c) =>
              strings.cluster(
                c.items.length,
                `${this.formatWall(c.start)} – ${this.formatWall(c.end)}`,
              ),
            groupName: (group) => group || strings.otherGroup,
          })}
        </div>
      </div>`;
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot) {
      this.zoom.attach(plot);
    }
    if (this.pendingFocus) {
      const button = this.eventButton(this.pendingFocus);
      if (button) {
        this.pendingFocus = undefined;
        button.focus();
      }
    }
  }

  private get resolvedLocale(): string | undefined {
    return resolveLocale(this.locale, this);
  }

  private onLoaded(result: LoadResult): void {
    if (result.ok) this.accept(result.document, `"${this.src}"`);
    else this.fail({ message: result.message, problems: [], minor: false });
  }

  /** Shows a read document, or reports why it can't be shown while keeping what was shown. */
  private accept(doc: TimelineDocument, origin: string): void {
    const report = reportFor(doc, origin);
    if (!doc.events.length && report && !report.minor) return this.fail(report);
    this.document = doc;
    this.report = report;
    if (this.selectedId && !doc.events.some((e) => e.id === this.selectedId))
      this.selectedId = undefined;
    this.fire('timeline-load', { count: doc.events.length });
    if (report && !report.minor)
      this.fire('timeline-error', { message: report.message, problems: [...report.problems] });
  }

  private fail(report: Report): void {
    this.report = report;
    this.fire('timeline-error', { message: report.message, problems: [...report.problems] });
  }

  private updateClock(zoneChanged: boolean): void {
    try {
      this.clock = createWallClock(this.timeZone ?? viewerTimeZone());
    } catch {
      this.clock = createWallClock(viewerTimeZone());
      if (zoneChanged) {
        this.fail({
          message: `time-zone "${this.timeZone}" is not a time zone this browser knows; use an IANA name such as Europe/Paris or UTC`,
          problems: [],
          minor: false,
        });
      }
    }
  }

  private labelFont(): string {
    const style = getComputedStyle(this);
    const size = style.getPropertyValue('--event-timeline-label-size').trim() || '13px';
    return `${size} ${style.fontFamily}`;
  }

  private itemFor(id: string) {
    const at = this.index?.position.get(id);
    return at === undefined ? undefined : this.index!.items[at];
  }

  private dateText(event: TimelineEvent): string {
    let text = this.dateTexts.get(event.id);
    if (text === undefined) {
      text = formatEventDate(event, this.resolvedLocale, this.clock.timeZone);
      this.dateTexts.set(event.id, text);
    }
    return text;
  }

  private formatWall(time: number): string {
    return new Intl.DateTimeFormat(this.resolvedLocale, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(time);
  }

  private eventButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  }

  private readonly onPlotClick = (e: MouseEvent): void => {
    const target = (e.target as Element).closest<HTMLElement>(
      '[data-event-id], [data-cluster-start]',
    );
    if (!target) return;
    if (target.dataset.eventId !== undefined) {
      const id = target.dataset.eventId;
      this.selectedId = id;
      this.fire('timeline-select', { event: this.itemFor(id)!.event });
    } else {
      const start = Number(target.dataset.clusterStart);
      const end = Number(target.dataset.clusterEnd);
      const pad = (end - start) * 0.1 + 1;
      this.zoom.zoomToRange(start - pad, end + pad, true);
    }
  };

  private readonly onFocusIn = (e: FocusEvent): void => {
    this.focusedId = (e.target as HTMLElement).dataset?.eventId ?? this.focusedId;
  };

  /** Keeps the zoom, or widens it, so the whole event is on screen. */
  private reveal(id: string): void {
    const item = this.itemFor(id);
    if (!item || !this.zoom.ready) return;
    const [from, to] = this.zoom.domain;
    const span = to - from;
    const need = item.end - item.start;
    if (need > span * 0.8)
      this.zoom.zoomToRange(item.start - need * 0.1, item.end + need * 0.1, true);
    else if (item.start < from || item.end > to) {
      const middle = (item.start + item.end) / 2;
      this.zoom.zoomToRange(middle - span / 2, middle + span / 2, true);
    }
  }

  private revealEdge(which: 'first' | 'last'): void {
    const items = this.index?.items;
    if (!items?.length) return;
    // The last event is the one that ends last, not the one that starts last.
    const item = which === 'first' ? items[0]! : items.reduce((a, b) => (b.end >= a.end ? b : a));
    this.reveal(item.event.id);
    this.pendingFocus = item.event.id;
    this.requestUpdate();
  }

  private closeDetail(): boolean {
    if (!this.selectedId) return false;
    const id = this.selectedId;
    this.selectedId = undefined;
    this.fire('timeline-select', { event: null });
    this.pendingFocus = id;
    return true;
  }

  private showHint(): void {
    this.hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = false), 1800);
  }

  private fire(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
