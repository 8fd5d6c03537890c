import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchEventFile } from '../io/fetch-event-file.js';
import { readEventData, readEventFile } from '../model/read-events.js';
import { reportFor } from '../model/report.js';
import type { Report } from '../model/report.js';
import type { TimelineDocument } from '../model/types.js';

/**
 * Where the events come from: a URL, the `events` property, or text the user picked. Holds the
 * last good document and the report on the latest attempt, and fires `timeline-load` and
 * `timeline-error`. A failed attempt never replaces what is shown.
 */
export class DataController implements ReactiveController {
  /** The events on screen; a failed load leaves it as it was. */
  document?: TimelineDocument;
  /** Bumped whenever `document` changes, so the host knows to lay out again. */
  version = 0;
  report?: Report;
  loading = false;
  /** The last failure was the network's: trying again may help (the banner offers it). */
  retryable = false;
  /** How long a load may take before it is given up, in ms. */
  timeout = 30_000;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Fetches `src` relative to the page. A new load aborts the one in flight: the last one set wins. */
  async load(src: string, base = document.baseURI): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.setLoading(true);
    const timeout = AbortSignal.timeout(this.timeout);
    const result = await fetchEventFile(src, base, AbortSignal.any([abort.signal, timeout]));
    if (abort.signal.aborted) return;
    this.abort = undefined;
    this.setLoading(false);
    if (result.ok) return this.accept(result.document, `"${src}"`);
    const message = timeout.aborted
      ? `Could not load "${src}": no complete answer within ${+(this.timeout / 1000).toFixed(1)} s. The server may be slow or the file very large.`
      : result.message;
    this.fail({ message, problems: [], minor: false }, true);
  }

  /** Reads events given as data (the `events` property). */
  read(data: unknown, origin: string): void {
    this.cancel();
    this.accept(readEventData(data), origin);
  }

  /** Reads the text of an event file, e.g. one the user picked. */
  readText(text: string, name: string): void {
    this.cancel();
    this.accept(readEventFile(text), `"${name}"`);
  }

  /** Reports a problem that is not about the data (a bad attribute, say). */
  fail(report: Report, retryable = false): void {
    this.report = report;
    this.retryable = retryable;
    this.fire('timeline-error', { message: report.message, problems: [...report.problems] });
    this.host.requestUpdate();
  }

  dismiss(): void {
    this.report = undefined;
    this.host.requestUpdate();
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.setLoading(false);
  }

  private accept(doc: TimelineDocument, origin: string): void {
    const report = reportFor(doc, origin);
    if (!doc.events.length && report && !report.minor) return this.fail(report);
    this.document = doc;
    this.version++;
    this.report = report;
    this.retryable = false;
    this.host.requestUpdate();
    this.fire('timeline-load', { count: doc.events.length });
    if (report && !report.minor)
      this.fire('timeline-error', { message: report.message, problems: [...report.problems] });
  }

  private setLoading(loading: boolean): void {
    if (this.loading === loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  private fire(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
