import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchEventFile } from '../io/fetch-event-file.js';
import { readDataWith, readTextWith } from '../model/read-core.js';
import type { FormatReaders } from '../model/read-core.js';
import { reportFor } from '../model/report.js';
import type { Report } from '../model/report.js';
import type { TimelineDocument } from '../model/types.js';

// TimelineJS3 and CSV readers, loaded with the first file that needs them (most pages never do).
let formatReaders: FormatReaders | undefined;
let loadingReaders: Promise<FormatReaders> | undefined;
function loadFormatReaders(): Promise<FormatReaders> {
  loadingReaders ??= import('../model/format-readers.js').then(
    (module) => (formatReaders = module.readers),
    (error: unknown) => {
      loadingReaders = undefined; // a later file may try again
      throw error;
    },
  );
  return loadingReaders;
}

/**
 * Where the events come from: a URL, the `events` property, or text the user picked. Holds the
 * last good document and the report on the latest attempt, and fires `timeline-load` and
 * `timeline-error`. A failed attempt never replaces what is shown.
 */
export class DataController implements ReactiveController {
  /** The events on screen; a failed load leaves it as it was. */
  document?: TimelineDocument;
  /** The address `document` came from (the page's for the `events` property or a picked file): media resolve against it. */
  base = document.baseURI;
  /** Bumped whenever `document` changes, so the host knows to lay out again. */
  version = 0;
  report?: Report;
  loading = false;
  /** How much of `src` has arrived, in whole percent; undefined while unknown. */
  progress?: number;
  /** The last failure was the network's: trying again may help (the banner offers it). */
  retryable = false;
  /** How long a load may take before it is given up, in ms. */
  timeout = 30_000;
  private abort?: AbortController;
  /** Counts reads: one waiting for its format's reader is dropped if another began since. */
  private reads = 0;
  /** A read waits for its format's reader. */
  private reading = false;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  // Removal stops a download; a read waiting for its format's reader still lands (it is cheap,
  // and nothing else would show those events once the element is back).
  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (!this.reading) this.setLoading(false);
  }

  /** Fetches `src` relative to the page. A new load aborts the one in flight: the last one set wins. */
  async load(src: string, base = document.baseURI): Promise<void> {
    this.reads++;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.setLoading(true);
    const timeout = AbortSignal.timeout(this.timeout);
    const result = await fetchEventFile(
      src,
      base,
      AbortSignal.any([abort.signal, timeout]),
      (percent) => {
        // A load given up for a newer one says nothing more.
        if (!abort.signal.aborted && percent !== this.progress) {
          this.progress = percent;
          this.host.requestUpdate();
        }
      },
    );
    if (abort.signal.aborted) return;
    this.abort = undefined;
    this.setLoading(false);
    if (result.ok)
      return this.readWith((readers) => readTextWith(result.text, readers), `"${src}"`, result.url);
    const message = timeout.aborted
      ? `Could not load "${src}": no complete answer within ${+(this.timeout / 1000).toFixed(1)} s. The server may be slow or the file very large.`
      : result.message;
    this.fail({ message, problems: [], minor: false }, true);
  }

  /** Reads events given as data (the `events` property). */
  read(data: unknown, origin: string): void {
    this.cancel();
    this.readWith((readers) => readDataWith(data, readers), origin);
  }

  /** Reads the text of an event file, e.g. one the user picked. */
  readText(text: string, name: string): void {
    this.cancel();
    this.readWith((readers) => readTextWith(text, readers), `"${name}"`);
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

  /**
   * Reads at once, unless the file is in a format whose reader has not loaded yet: then it is
   * read once the reader is here (and shows "Loading…" meanwhile).
   */
  private readWith(
    read: (readers?: FormatReaders) => ReturnType<typeof readTextWith>,
    origin: string,
    base = document.baseURI,
  ): void {
    const token = ++this.reads;
    const doc = read(formatReaders);
    if (doc) return this.accept(doc, origin, base);
    this.setLoading(true);
    this.reading = true;
    loadFormatReaders().then(
      (readers) => {
        if (token !== this.reads) return;
        this.reading = false;
        this.setLoading(false);
        this.accept(read(readers)!, origin, base);
      },
      (error: unknown) => {
        if (token !== this.reads) return;
        this.reading = false;
        this.setLoading(false);
        const message = `Could not read ${origin}: the reader of its format (TimelineJS or CSV) did not load (${String(error)}).`;
        this.fail({ message, problems: [], minor: false }, true);
      },
    );
  }

  private cancel(): void {
    this.reads++;
    this.reading = false;
    this.abort?.abort();
    this.abort = undefined;
    this.setLoading(false);
  }

  private accept(doc: TimelineDocument, origin: string, base: string): void {
    const report = reportFor(doc, origin);
    if (!doc.events.length && report && !report.minor) return this.fail(report);
    this.document = doc;
    this.base = base;
    this.version++;
    this.report = report;
    this.retryable = false;
    this.host.requestUpdate();
    this.fire('timeline-load', { count: doc.events.length });
    if (report && !report.minor)
      this.fire('timeline-error', { message: report.message, problems: [...report.problems] });
  }

  private setLoading(loading: boolean): void {
    this.progress = undefined;
    if (this.loading === loading) return;
    this.loading = loading;
    this.host.requestUpdate();
  }

  private fire(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
