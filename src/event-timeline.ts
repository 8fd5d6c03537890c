import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import { CanvasController } from './controllers/canvas-controller.js';
import { DataController } from './controllers/data-controller.js';
import { I18nState } from './i18n/i18n-state.js';
import { AnnounceController } from './controllers/announce-controller.js';
import { GestureController } from './controllers/gesture-controller.js';
import { HintController } from './controllers/hint-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LayoutController } from './controllers/layout-controller.js';
import { PaletteController } from './controllers/palette-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { StoryController } from './controllers/story-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import type { MoveOptions } from './controllers/zoom-controller.js';
import { D3ViewController } from './controllers/d3-view-controller.js';
import { styles } from './event-timeline.styles.js';
import { readInlineData } from './io/inline-data.js';
import { dateFormat } from './format/intl-cache.js';
import { warmUp } from './format/warm-up.js';
import { whenIdle } from './controllers/idle.js';
import { placeMarkers } from './layout/markers.js';
import type { Marker, PlacedMarker } from './layout/markers.js';
import { DEFAULT_GEOMETRY } from './layout/geometry.js';
import type { EventFileInput, EventInput } from './model/types.js';
import { renderPlot } from './render/render-plot.js';
import { loadPanels, panels, prefetchPanels, stylePanels } from './render/load-panels.js';
import { renderReport } from './render/render-status.js';
import { renderToolbar } from './render/render-toolbar.js';
import type { TimelineStrings } from './strings.js';
import { parseWhen } from './timeline-inputs.js';

const G = DEFAULT_GEOMETRY;
const isMac = () => /Mac|iP(hone|ad)/.test(navigator.platform);

/**
 * A zoomable, keyboard-operable timeline of events read from a JSON event file.
 *
 * @summary Draws events (points and ranges, in groups) on an adaptive time axis.
 *
 * @fires {CustomEvent<{count: number}>} timeline-load - Events were read (from `src` or `events`) and are shown.
 * @fires {CustomEvent<{message: string, problems: string[]}>} timeline-error - Loading failed or some events are invalid; `problems` name where and what.
 * @fires {CustomEvent<{event: TimelineEvent | null}>} timeline-select - The user selected an event (or closed it: `null`).
 * @fires {CustomEvent<{start: Date, end: Date}>} timeline-range-change - The user zoomed or panned; the new visible range, once the gesture (or the glide a button or key started) ends.
 * @fires {CustomEvent<{transform: ZoomTransform, xScale: ScaleTime<number, number>, start: Date, end: Date}>} timeline-zoom - The view changed: every rendered frame of a gesture or a glide, a method's move, a resize or new data. `transform` and `xScale` are as `zoomTransform` and `xScale` read then; redraw a page's own layer (slot `overlay`) here.
 *
 * @slot overlay - A page's own layer over the lanes, e.g. `<svg slot="overlay">`: it is placed over the lanes' visible box, exactly as wide as `xScale`'s range and as tall as the lanes, and lets the pointer through to the events (`pointer-events: none`; set `pointer-events` on the page's own elements, or the overlay itself, to take it). Draw in it with `xScale` and redraw on `timeline-zoom`.
 *
 * @csspart event - One event on screen: a transparent button over its painted mark and label; carries `data-event-id`.
 * @csspart cluster - Several events that found no free lane ("+12", painted under this transparent button); activating it zooms in.
 * @csspart axis - The time axis (SVG).
 * @csspart plot - The scrollable, zoomable area holding the axis and the events.
 * @csspart overlay - The box over the lanes holding the `overlay` slot (as wide as `xScale`'s range, as tall as the lanes' visible box).
 * @csspart group-label - The name of a group of events; a button that collapses the group.
 * @csspart era - A named span (from the file's `eras`) drawn behind the events.
 * @csspart marker - A labelled vertical line: today, or one of `markers`.
 * @csspart list - The list view.
 * @csspart list-toggle - The toolbar button that switches between the timeline and the list.
 * @csspart story-toggle - The toolbar button that switches the story view on and off.
 * @csspart story - The story view's panel below the timeline: the file's title and description, then one event in full (title, date, place, description, media, sources).
 * @csspart story-previous - The story panel's button to the previous event (← in the panel).
 * @csspart story-next - The story panel's button to the next event (→ in the panel).
 * @csspart story-progress - Where the story is, e.g. "3 of 8".
 * @csspart controls - The zoom buttons.
 * @csspart detail - The panel describing the selected event.
 * @csspart detail-close - The panel's close button.
 * @csspart media - The selected event's image with caption and credit, or a link to other media ("Video on YouTube").
 * @csspart error - The message shown when loading fails or events are invalid (role=alert).
 * @csspart progress - While `src` loads, a `<progress>` bar in the toolbar: how much of the file has arrived, or a moving bar while its length is unknown.
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
 * @cssprop [--event-timeline-category-1=#1f5fbf] - Colour of the first category (in order of first appearance); an event's own `color` wins.
 * @cssprop [--event-timeline-category-2=#c2410c] - Colour of the second category.
 * @cssprop [--event-timeline-category-3=#15803d] - Colour of the third category.
 * @cssprop [--event-timeline-category-4=#9333ea] - Colour of the fourth category.
 * @cssprop [--event-timeline-category-5=#0e7490] - Colour of the fifth category.
 * @cssprop [--event-timeline-category-6=#be123c] - Colour of the sixth category.
 * @cssprop [--event-timeline-category-7=#a16207] - Colour of the seventh category.
 * @cssprop [--event-timeline-category-8=#4d7c0f] - Colour of the eighth category (the ninth reuses the first).
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: the same reactive properties, and a smaller bundle.
  static override properties = {
    src: {},
    events: { attribute: false },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    wheelZoom: { type: Boolean, attribute: 'wheel-zoom' },
    label: {},
    theme: { reflect: true },
    strings: { attribute: false },
    loadTimeout: { type: Number, attribute: 'load-timeout' },
    view: { reflect: true },
    markers: { attribute: false },
    media: {},
  };

  /** URL of an event file, resolved against the page. Setting it loads the file. */
  src?: string;

  /**
   * Events to show directly: a list of events, or a whole file's object (`{ title, eras, events }`);
   * setting it renders them without a fetch.
   */
  events?: EventInput[] | EventFileInput;

  /** BCP 47 locale for dates and numbers; defaults to the nearest `lang` attribute, then the browser's. */
  locale?: string;

  /** IANA time zone for date-times (e.g. `Europe/Paris`); defaults to the viewer's. Calendar dates never shift. */
  timeZone?: string;

  /** Let a plain mouse wheel zoom even before the timeline has focus (by default Ctrl/⌘ + wheel, or wheel once focused). */
  wheelZoom = false;

  /** Accessible name of the timeline; defaults to the file's title. */
  label?: string;

  /** `light` or `dark`; by default follows the page's `prefers-color-scheme`. */
  theme?: 'light' | 'dark';

  /** The component's own words, for languages it doesn't ship (partial replacements are merged). */
  strings: Partial<TimelineStrings> = {};

  /** How long loading `src` may take before it is given up with a message, in ms. */
  loadTimeout = 30_000;

  /**
   * `timeline` (the graphical view), `list` (every event in time order, as a list) or `story`
   * (the timeline above a panel that tells the events one at a time, in time order: each step
   * selects its event, fires `timeline-select` when the reader stepped, and moves the view to
   * it between its neighbours; ← → Home End in the panel step through it).
   */
  view: 'timeline' | 'list' | 'story' = 'timeline';

  /** `auto` shows an event's image; `none` loads nothing from elsewhere: images, too, become links. Nothing is embedded. */
  media: 'auto' | 'none' = 'auto';

  /** Vertical lines to draw, e.g. `[{ date: '2024-09-25', label: 'Action plan' }]`; today is marked on its own. */
  markers: Marker[] = [];

  // View state: whoever changes it outside an update asks for one.
  private collapsed = new Set<number>();
  private listOffset = 0;

  private readonly data = new DataController(this);
  private readonly i18n = new I18nState(
    this,
    () => ({ locale: this.locale, timeZone: this.timeZone, strings: this.strings }),
    (message) => this.data.fail({ message, problems: [], minor: false }),
  );
  private readonly resize = new ResizeController(this, () =>
    this.renderRoot.querySelector('.plot'),
  );
  private readonly hint = new HintController(this);
  private readonly zoom = new ZoomController(this, {
    onUserChange: (from, to) => this.fire('timeline-range-change', this.i18n.instants(from, to)),
    onChange: () => this.announcer.schedule(() => this.i18n.spanText(...this.zoom.domain)),
  });
  private readonly gestures = new GestureController(this, this.zoom, {
    plainWheelZooms: () => this.wheelZoom || this.matches(':focus-within'),
    onWheelIgnored: () => this.hint.show(),
  });
  private readonly announcer = new AnnounceController(this);
  private readonly d3view = new D3ViewController(
    this,
    this.zoom,
    (from, to) => this.i18n.instants(from, to),
    () => this.resize.width,
  );
  private readonly keys = new KeyboardController(this.zoom, {
    reveal: (which) => this.selection.revealEdge(which),
    step: (id, delta) => this.selection.step(id, delta),
    closeDetail: () => this.selection.close(),
    width: () => this.resize.width,
  });

  private readonly layout = new LayoutController(this, this.zoom, G, () => ({
    document: this.data.document,
    version: this.data.version,
    clock: this.i18n.clock,
    width: this.resize.width,
    labelFont: () => this.palette.current.font,
    boldFont: () => this.palette.current.boldFont,
  }));
  private readonly selection = new SelectionController(this, this.zoom, this.layout);
  private readonly palette = new PaletteController(this);
  private readonly painter = new CanvasController(this);
  private readonly story = new StoryController(this, {
    zoom: this.zoom,
    layout: this.layout,
    selection: this.selection,
    announcer: this.announcer,
    i18n: this.i18n,
    active: () => this.view === 'story',
    document: () => this.data.document,
  });
  private placedMarkers: PlacedMarker[] = [];
  private shownVersion = 0;
  /** The idle callback of the warm-up for the first events, once scheduled (see prepare). */
  private warming = 0;
  /** The panels failed to load (see awaitPanels). */
  private panelsFailed = false;

  /** The problems found by the latest read (errors and warnings, each naming its place); empty when none. */
  get problems(): string[] {
    return [...(this.data.report?.problems ?? [])];
  }

  /** What is on screen now, as instants; `null` until events are shown. */
  get visibleRange(): { start: Date; end: Date } | null {
    return this.zoom.ready ? this.i18n.instants(...this.zoom.domain) : null;
  }

  /**
   * A new d3 time scale (`scaleUtc`) of the current view: instants (Dates) → CSS px from the plot's
   * left edge, range [0, plot width]; `null` until events are shown. Draw a page's own layer with
   * it (slot `overlay`) and read it again on `timeline-zoom`. The view is linear in the display
   * zone's clock (`time-zone`); with a daylight-saving change in view, a time between the ends can
   * sit up to that change (an hour) off the timeline's own marks.
   */
  get xScale(): ScaleTime<number, number> | null {
    return this.d3view.xScale;
  }

  /**
   * The view's d3 zoom transform (immutable): k = 1 when all events fit, x in px. It applies to the
   * base scale that shows all events; `xScale` is the same view as a time scale.
   */
  get zoomTransform(): ZoomTransform {
    return this.zoom.transform;
  }

  /**
   * Shows the range from `start` to `end` (Dates, or ISO text at any precision: `zoomTo('2024', '2025-06')`).
   * The view glides there (250–750 ms by distance; at once when the user prefers reduced motion);
   * `{ duration }` sets the glide in ms, and `duration: 0` jumps.
   */
  zoomTo(start: Date | string, end: Date | string, options: MoveOptions = {}): void {
    const from = parseWhen(start, 'start', this.i18n.clock);
    const to = parseWhen(end, 'end', this.i18n.clock);
    if (to <= from)
      throw new RangeError(`zoomTo: end (${String(end)}) must be after start (${String(start)})`);
    this.zoom.zoomToRange(from, to, false, options);
  }

  /** Brings all events into view, gliding as `zoomTo` does (`{ duration }` in ms; 0 jumps). */
  fit(options: MoveOptions = {}): void {
    this.zoom.fit(false, options);
  }

  /**
   * Selects the event with this id, opens its details and brings it into view (gliding as `zoomTo`
   * does; `{ duration }` in ms, 0 jumps); `null` clears. Returns whether it exists.
   */
  select(id: string | null, options: MoveOptions = {}): boolean {
    return this.selection.select(id, false, options);
  }

  /**
   * The current view as a standalone SVG document (styles inlined), e.g. to save or print. The
   * export code loads on first use, so this resolves (or rejects with the reason) a moment later.
   */
  async toSVG(): Promise<string> {
    const { viewToSVG } = await import('./export/view-image.js');
    return viewToSVG(this, this.painter.snapshot);
  }

  /** The current view as a PNG image; `scale` multiplies the pixel density (default 2). */
  async toPNG(scale = 2): Promise<Blob> {
    const { viewToPNG } = await import('./export/view-image.js');
    return viewToPNG(this, scale, this.painter.snapshot);
  }

  /**
   * Reads the text of an event file (for example one the user picked or pasted) and shows it;
   * problems are reported under `name`, as for a file loaded from `src`.
   */
  loadText(text: string, name = 'the text'): void {
    this.data.readText(text, name);
  }

  // A shipped language's words, the list view and the details panel load on demand: hold the
  // update until they are here, so a French page never flashes English, nor a panel an empty box.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = this.i18n.ready();
    const needed =
      !panels() &&
      (this.view !== 'timeline' || (!!this.selection.selectedId && !this.panelsFailed));
    const shown = needed ? this.awaitPanels() : undefined;
    const wait = words && shown ? Promise.all([words, shown]) : (words ?? shown);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Loads the panels; if they cannot load, the timeline stays and the banner says why. */
  private awaitPanels(): Promise<unknown> {
    return loadPanels().catch((error: unknown) => {
      // Not tried again for a selection (every update would), only when the list is asked for.
      this.panelsFailed = true;
      this.view = 'timeline';
      const message = `The list view and the event details did not load (${String(error)}); the timeline shows the same events.`;
      this.data.fail({ message, problems: [], minor: false });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Colours are read again at every update but a gesture's frames (see PaletteController).
    if (changed.size || !this.zoom.gesturing) this.palette.invalidate();
    this.data.timeout = this.loadTimeout;
    if (changed.has('src') && this.src) void this.data.load(this.src);
    // With neither src nor events, a child <script type="application/json"> holds the file.
    const inline = !this.hasUpdated && !this.src && !this.events ? readInlineData(this) : undefined;
    if (inline !== undefined) this.data.readText(inline, 'the inline data');
    if (changed.has('events') && this.events) this.data.read(this.events, 'the events property');
    // After reading: a bad time-zone is reported over a clean read, not wiped by it.
    this.i18n.sync();
    // Group indices and list pages belong to the data they were made for.
    if (this.data.version !== this.shownVersion) {
      this.shownVersion = this.data.version;
      this.collapsed = new Set();
      this.listOffset = 0;
    }
    if (changed.has('markers') || changed.has('timeZone')) this.updateMarkers();
    // Before a panel first renders: its styles come with it.
    stylePanels(this.shadowRoot!);
  }

  protected override render() {
    const strings = this.i18n.words;
    const doc = this.data.document;
    const selectedId = this.selection.selectedId;
    const selected = selectedId ? this.layout.item(selectedId)?.event : undefined;
    const { view } = this;
    const list = view === 'list';
    return html`${renderToolbar({
        title: doc?.title ?? '',
        status: this.data.loading ? strings.loading : '',
        progress: this.data.progress,
        view,
        disabled: !this.zoom.ready,
        strings,
        zoomIn: () => this.zoom.zoomBy(2),
        zoomOut: () => this.zoom.zoomBy(0.5),
        fit: () => this.zoom.fit(true),
        toggleList: () => (this.view = list ? 'timeline' : 'list'),
        toggleStory: () => this.toggleStory(),
      })}
      ${renderReport(
        this.data.report,
        strings,
        () => this.data.dismiss(),
        this.data.retryable && this.src ? () => void this.data.load(this.src!) : undefined,
      )}
      ${
        list
          ? html`${this.renderList(strings)}`
          : html`<div
              class="plot"
              part="plot"
              tabindex="0"
              role="region"
              aria-label=${this.label ?? doc?.title ?? strings.timeline}
              aria-roledescription="timeline"
              aria-describedby="keys-help"
              aria-busy=${this.data.loading ? 'true' : 'false'}
              @click=${this.onEventClick}
              @keydown=${this.keys.onKeyDown}
              @focusin=${this.selection.onFocusIn}
            >
              ${this.renderPlot(strings)}
              ${this.hint.visible ? html`<div class="hint">${strings.wheelHint(isMac())}</div>` : nothing}
            </div>`
      }
      <p id="keys-help" class="visually-hidden">${strings.keyboardHelp}</p>
      <p class="visually-hidden" aria-live="polite">${this.announcer.text}</p>
      ${
        view === 'story' && panels()
          ? panels()!.renderStory(
              this.story.view((event) =>
                event
                  ? panels()!.renderMedia(event, {
                      base: this.data.base,
                      images: this.media !== 'none',
                      strings,
                      lit: { html, nothing },
                    })
                  : nothing,
              ),
              { html, nothing },
            )
          : nothing
      }
      ${
        selected && view !== 'story' && panels()
          ? panels()!.renderDetail(
              selected,
              this.i18n.dateText(selected),
              strings,
              () => this.selection.close(),
              { html, nothing },
              { base: this.data.base, images: this.media !== 'none' },
            )
          : nothing
      }`;
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot) this.gestures.attach(plot);
    else this.gestures.detach();
    if (this.data.document) prefetchPanels();
  }

  /**
   * While there are no events yet: what their first render would otherwise wait for, when idle.
   * Returns the event canvas, for the empty lanes to hold (see CanvasController.prepare).
   */
  private prepare(width: number): HTMLCanvasElement {
    // Once: an empty render again (a file's progress) would only resolve the palette anew.
    this.warming ||= whenIdle(() => {
      if (this.isConnected) warmUp(this.palette.current.font, this.i18n.locale);
    });
    return this.painter.prepare(width);
  }

  private renderPlot(strings: TimelineStrings) {
    const width = this.resize.width;
    const locale = this.i18n.locale;
    const gesturing = this.zoom.gesturing;
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    // A focused cluster stays, wherever it is panned or scrolled, as a focused event does.
    const clusterStart = focused?.dataset.clusterStart;
    const frame = this.layout.frame(width, locale, {
      keep: this.selection.keep,
      keepCluster: clusterStart ? Number(clusterStart) : undefined,
      collapsed: this.collapsed,
      gesturing,
      band: this.painter.band(G.laneHeight),
    });
    if (!frame) {
      const doc = this.data.document;
      const text = this.data.loading ? strings.loading : doc ? strings.noEvents : strings.noData;
      // Before the first measure of the width, show nothing rather than a wrong message.
      // In empty lanes: the first render with events reads how tall they may grow (see band).
      return html`<div class="lanes">
        ${this.prepare(width)}
        <div class="empty">${doc?.events.length ? '' : text}</div>
      </div>`;
    }
    const day = (t: number) =>
      dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(t);
    const x = this.zoom.scale;
    return renderPlot({
      frame,
      index: this.layout.index!,
      x,
      anchor: this.layout.anchor(x, width, gesturing),
      palette: this.palette.current,
      painter: this.painter,
      focusedId: focused?.matches(':focus-visible') ? focused.dataset.eventId : undefined,
      width,
      geometry: G,
      selectedId: this.selection.selectedId,
      measure: this.layout.measure,
      dateText: (item) => this.i18n.dateText(item.event),
      clusterLabel: (c) => strings.cluster(c.items.length, `${day(c.start)} – ${day(c.end)}`),
      groupName: (group) => group || strings.otherGroup,
      collapsed: this.collapsed,
      groupToggleLabel: (name, collapsed) =>
        collapsed ? strings.expandGroup(name) : strings.collapseGroup(name),
      markers: [
        { time: this.i18n.clock.toWall(Date.now()), label: strings.today, today: true },
        ...this.placedMarkers,
      ],
    });
  }

  private renderList(strings: TimelineStrings) {
    const index = this.layout.index;
    const renderList = panels()?.renderList;
    if (!index?.size || !renderList) return html`<div class="empty">${strings.noData}</div>`;
    return renderList(
      {
        index,
        offset: this.listOffset,
        pageSize: 100,
        selectedId: this.selection.selectedId,
        locale: this.i18n.locale,
        strings,
        dateText: (item) => this.i18n.dateText(item.event),
        groupName: (group) => group || strings.otherGroup,
        onPage: (offset) => {
          this.listOffset = offset;
          this.requestUpdate();
        },
        onSelect: (id) => this.selection.select(id, true),
      },
      { html, nothing },
    );
  }

  /** The toolbar's story toggle: the reader's own action, so the first step fires `timeline-select`. */
  private toggleStory(): void {
    if (this.view === 'story') {
      this.view = 'timeline';
      return;
    }
    this.view = 'story';
    this.story.begin(true);
  }

  private updateMarkers(): void {
    const { placed, problems } = placeMarkers(this.markers ?? [], this.i18n.clock);
    this.placedMarkers = placed;
    if (problems.length) this.data.fail({ message: problems[0]!, problems, minor: false });
  }

  // One delegated handler for events, clusters and group toggles, in both views.
  private readonly onEventClick = (e: MouseEvent): void => {
    const target = (e.target as Element).closest<HTMLElement>(
      '[data-event-id], [data-cluster-start], [data-group]',
    );
    const id = target?.dataset.eventId;
    if (target?.dataset.group !== undefined) {
      const group = Number(target.dataset.group);
      const collapsed = new Set(this.collapsed);
      if (!collapsed.delete(group)) collapsed.add(group);
      this.collapsed = collapsed;
      this.requestUpdate();
    } else if (id !== undefined) {
      this.selection.select(id, true);
    } else if (target) {
      const start = Number(target.dataset.clusterStart);
      const end = Number(target.dataset.clusterEnd);
      const pad = (end - start) * 0.1 + 1;
      this.zoom.zoomToRange(start - pad, end + pad, true);
    }
  };

  private fire(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
