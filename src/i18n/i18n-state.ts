import { formatEventDate } from '../format/date-text.js';
import { formatSpan } from '../format/span-text.js';
import { loadTranslation, translationFor } from './translations.js';
import { createWallClock, viewerTimeZone } from '../layout/time-zone.js';
import type { WallClock } from '../layout/time-zone.js';
import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../model/types.js';
import { DEFAULT_STRINGS } from '../strings.js';
import type { TimelineStrings } from '../strings.js';
import { resolveLocale } from '../timeline-inputs.js';

/** What the words and dates depend on, read from the host's properties. */
export interface I18nInputs {
  readonly locale: string | undefined;
  readonly timeZone: string | undefined;
  readonly strings: Partial<TimelineStrings>;
}

/**
 * The language and time zone: the wall clock of the display zone, the component's words in the
 * locale's language (with the page's replacements), and each event's date text, cached until
 * the locale, zone or words change. The host calls sync() in willUpdate, before anything that
 * needs the clock (markers, layout). A shipped language's words load on demand: the host is
 * updated when they arrive, and can hold its update until then with ready().
 */
export class I18nState {
  clock: WallClock = createWallClock(viewerTimeZone());
  private readonly dateTexts = new Map<string, string>();
  private readonly waiting = new Set<Promise<void>>();
  private last: I18nInputs = { locale: undefined, timeZone: undefined, strings: {} };

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly inputs: () => I18nInputs,
    private readonly onBadZone: (message: string) => void,
  ) {}

  /** Catches up with the inputs; call at the start of the host's willUpdate. */
  sync(): void {
    const next = this.inputs();
    const { last } = this;
    if (next.timeZone !== last.timeZone) this.updateClock(next.timeZone);
    if (
      next.locale !== last.locale ||
      next.timeZone !== last.timeZone ||
      next.strings !== last.strings
    ) {
      this.dateTexts.clear();
    }
    this.last = next;
    void this.ready();
  }

  /**
   * While the words of the locale's language load: a promise of them, and an update of the host
   * when they are here. Undefined when there is nothing to wait for.
   */
  ready(): Promise<void> | undefined {
    const locale = resolveLocale(this.inputs().locale, this.host);
    const pending = loadTranslation(locale);
    if (pending && !this.waiting.has(pending)) {
      this.waiting.add(pending);
      void pending.then(() => {
        this.waiting.delete(pending);
        this.dateTexts.clear();
        this.host.requestUpdate();
      });
    }
    return pending;
  }

  /** The `locale` attribute, else the nearest `lang`, else the browser's. */
  get locale(): string | undefined {
    return resolveLocale(this.last.locale, this.host);
  }

  /** English, then the shipped language of the locale, then the page's own replacements. */
  get words(): TimelineStrings {
    return { ...DEFAULT_STRINGS, ...translationFor(this.locale), ...this.last.strings };
  }

  dateText(event: TimelineEvent): string {
    let text = this.dateTexts.get(event.id);
    if (text === undefined) {
      text = formatEventDate(event, this.locale, this.clock.timeZone, this.words);
      this.dateTexts.set(event.id, text);
    }
    return text;
  }

  /** "Showing September 2024 – March 2025", for a wall-clock window. */
  spanText(from: number, to: number): string {
    return this.words.showing(formatSpan(from, to, this.locale));
  }

  /** A wall-clock window as instants. */
  instants(from: number, to: number): { start: Date; end: Date } {
    return { start: new Date(this.clock.toInstant(from)), end: new Date(this.clock.toInstant(to)) };
  }

  private updateClock(zone: string | undefined): void {
    try {
      this.clock = createWallClock(zone ?? viewerTimeZone());
    } catch {
      this.clock = createWallClock(viewerTimeZone());
      this.onBadZone(
        `time-zone "${zone}" is not a time zone this browser knows; use an IANA name such as Europe/Paris or UTC`,
      );
    }
  }
}
