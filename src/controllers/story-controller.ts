import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { I18nState } from '../i18n/i18n-state.js';
import { storyWindow } from '../layout/story-window.js';
import type { TimelineDocument } from '../model/types.js';
import type { StoryView } from '../render/render-story.js';
import type { AnnounceController } from './announce-controller.js';
import type { LayoutController } from './layout-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { ZoomController } from './zoom-controller.js';

/** What the story works with: the element's other controllers, and whether it is shown. */
export interface StoryParts {
  readonly zoom: ZoomController;
  readonly layout: LayoutController;
  readonly selection: SelectionController;
  readonly announcer: AnnounceController;
  readonly i18n: I18nState;
  /** Whether the story view is shown now. */
  readonly active: () => boolean;
  /** The file shown: its title and description head the story. */
  readonly document: () => TimelineDocument | undefined;
}

/**
 * The story view's steps: one event at a time, in time order (the index's order). A step
 * selects and highlights its event and moves the camera to it between its neighbours (see
 * storyWindow); the live region says which step it is. The story follows the selection: an
 * event selected on the timeline (pointer, keys or `select()`) becomes the step. The step is
 * kept by id, so leaving the story view and coming back resumes it.
 */
export class StoryController implements ReactiveController {
  /** The current step's event id. */
  id?: string;
  /** The story has begun since it was last shown (see hostUpdate). */
  private begun = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly parts: StoryParts,
  ) {
    host.addController(this);
  }

  /** The current step's position in time order (0-based), or -1 when there is none. */
  get position(): number {
    const at = this.id === undefined ? undefined : this.parts.layout.index?.position.get(this.id);
    return at ?? -1;
  }

  get total(): number {
    return this.parts.layout.index?.size ?? 0;
  }

  /** "3 of 8", in the element's language and numbers. */
  progressText(position = this.position): string {
    const { words, locale } = this.parts.i18n;
    const number = new Intl.NumberFormat(locale);
    return words.storyProgress(number.format(position + 1), number.format(this.total));
  }

  /**
   * Shows the selected event's step, or resumes the story where it was, or begins it with the
   * first event. `user`: the reader asked (the toolbar's toggle), so `timeline-select` fires.
   */
  begin(user: boolean): void {
    const { layout, selection, zoom } = this.parts;
    const index = layout.index;
    if (!index?.size || !zoom.ready) return;
    this.begun = true;
    const selected = selection.selectedId;
    const at = selected === undefined ? undefined : index.position.get(selected);
    this.go(at ?? Math.max(0, this.position), user);
  }

  /** Goes to the step at `position` (0-based): selects its event, moves the camera, announces. */
  go(position: number, user = true): void {
    const index = this.parts.layout.index;
    if (!index || position < 0 || position >= index.size) return;
    const item = index.item(position);
    this.id = item.event.id;
    const { selection, announcer, i18n } = this.parts;
    if (selection.selectedId !== this.id) selection.select(this.id, user);
    this.move(position, user);
    announcer.schedule(
      () =>
        i18n.words.storyStep(
          this.progressText(position),
          item.event.title,
          i18n.dateText(item.event),
        ),
      true,
    );
  }

  /**
   * What the story panel shows now (see renderStory). `media`: the step's media, rendered by
   * the caller (renderMedia, when the event has some).
   */
  view(media: (event: StoryView['event']) => unknown): StoryView {
    const { i18n, layout } = this.parts;
    const doc = this.parts.document();
    const position = this.position;
    const event = position < 0 ? undefined : layout.index!.item(position).event;
    return {
      title: doc?.title,
      description: doc?.description,
      event,
      dateText: event ? i18n.dateText(event) : '',
      progress: event ? this.progressText(position) : '',
      first: position <= 0,
      last: position >= this.total - 1,
      media: media(event),
      strings: i18n.words,
      onPrevious: () => this.step(-1),
      onNext: () => this.step(1),
      onKeyDown: this.onKeyDown,
    };
  }

  /** One step back (-1) or on (+1); nothing past either end. */
  step(delta: -1 | 1): void {
    this.go(this.position + delta);
  }

  /** ← and → step, Home and End go to the first and the last event (bind to the story panel). */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key === 'ArrowLeft') this.step(-1);
    else if (e.key === 'ArrowRight') this.step(1);
    else if (e.key === 'Home') this.go(0);
    else if (e.key === 'End') this.go(this.total - 1);
    else return;
    e.preventDefault();
  };

  /** Before each render: the story begins once it is shown with events, and follows the selection. */
  hostUpdate(): void {
    const { layout, selection, zoom } = this.parts;
    if (!this.parts.active()) {
      this.begun = false;
      return;
    }
    if (!layout.index?.size || !zoom.ready) return;
    const selected = selection.selectedId;
    const at = selected === undefined ? undefined : layout.index.position.get(selected);
    if (!this.begun || this.position < 0) this.begin(false);
    else if (at !== undefined && selected !== this.id) this.go(at, true);
  }

  /** The camera to the step, zoomed so that its neighbours give context. */
  private move(position: number, user: boolean): void {
    const [from, to] = storyWindow(this.parts.layout.index!, position);
    this.parts.zoom.zoomToRange(from, to, user);
  }
}
