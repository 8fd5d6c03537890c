import '../src/index.js';
import { formatLink, parseLink, rangeToLink } from './deep-link.js';
import type { ViewLink } from './deep-link.js';

const timeline = document.querySelector('event-timeline')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const fileInput = document.querySelector<HTMLInputElement>('#file')!;
const drop = document.querySelector<HTMLElement>('#drop')!;
const datasets = document.querySelectorAll<HTMLButtonElement>('.datasets button[data-src]');
const saveSvg = document.querySelector<HTMLButtonElement>('#save-svg')!;
const savePng = document.querySelector<HTMLButtonElement>('#save-png')!;
const pasteForm = document.querySelector<HTMLFormElement>('#paste')!;
const pasteText = document.querySelector<HTMLTextAreaElement>('#paste-text')!;
const reportTitle = document.querySelector<HTMLElement>('#report-title')!;
const reportList = document.querySelector<HTMLOListElement>('#report-list')!;

const DEFAULT_DATA = 'events';
/** `data/space-race.json` → `space-race`, `data/example.csv` → `example.csv`: the name a link uses. */
const dataName = (src: string) => src.replace(/^data\//, '').replace(/\.json$/, '');
/** The inverse of dataName. */
const dataSrc = (name: string) => `data/${name}${/\.\w+$/.test(name) ? '' : '.json'}`;

/** Lists the component's events on the page, newest first, as text (never as HTML). */
function note(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
  while (log.children.length > 8) log.lastElementChild!.remove();
}

// --- The view in the URL hash -------------------------------------------------------------

/** The data shown now: a file from data/, or undefined for one the user opened (no link). */
let shownData: string | undefined = DEFAULT_DATA;

function writeLink(change: Partial<ViewLink>): void {
  if (shownData === undefined) return;
  const link = { ...parseLink(location.hash), ...change };
  const data = shownData === DEFAULT_DATA ? undefined : shownData;
  const hash = formatLink({ ...link, data });
  // Nothing of the view to say: a link to a place on the page (#examples) stays.
  if (!hash && placeOnPage(location.hash)) return;
  history.replaceState(history.state, '', hash || location.pathname + location.search);
}

/** The element a fragment names (`#examples`): a place on the page, not a view of the timeline. */
function placeOnPage(hash: string): HTMLElement | null {
  try {
    return hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  } catch {
    return null; // not a name: a malformed %-escape
  }
}

/** Resolves once the timeline shows the events of its latest load. */
function shown(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      timeline.removeEventListener('timeline-load', loaded);
      timeline.removeEventListener('timeline-error', done);
      resolve();
    };
    const loaded = () => {
      void timeline.updateComplete.then(async () => {
        for (let i = 0; i < 60 && !timeline.visibleRange; i++)
          await new Promise((frame) => requestAnimationFrame(frame));
        done();
      });
    };
    timeline.addEventListener('timeline-load', loaded);
    timeline.addEventListener('timeline-error', done);
  });
}

function showData(name: string): Promise<void> {
  const src = dataSrc(name);
  for (const button of datasets)
    button.setAttribute('aria-pressed', String(button.dataset.src === src));
  shownData = name;
  if (timeline.src === src && timeline.visibleRange) return Promise.resolve();
  const ready = shown();
  timeline.src = src;
  return ready;
}

const VIEWS = ['timeline', 'list', 'story'] as const;
const isView = (view: string | undefined): view is (typeof VIEWS)[number] =>
  (VIEWS as readonly (string | undefined)[]).includes(view);

/** Opens the view a link describes: its data, its view, its selected event (or step), its range. */
async function applyLink(link: ViewLink): Promise<void> {
  const data = link.data ?? DEFAULT_DATA;
  const known = [...datasets].some((b) => b.dataset.src === dataSrc(data));
  if (link.view && !isView(link.view)) note(`link: no view "${link.view}"; showing the timeline`);
  timeline.view = isView(link.view) ? link.view : 'timeline';
  await showData(known ? data : DEFAULT_DATA);
  if (link.event && !timeline.select(link.event)) note(`link: no event "${link.event}" here`);
  if (!link.event) timeline.select(null);
  // The story moves the view to its step as it renders: the link's own range comes after.
  await timeline.updateComplete;
  if (link.from && link.to) {
    try {
      timeline.zoomTo(link.from, link.to);
    } catch (error) {
      note(`link: ${(error as Error).message}`);
    }
  }
}

// --- Events --------------------------------------------------------------------------------

timeline.addEventListener('timeline-load', (e) => note(`timeline-load: ${e.detail.count} events`));
timeline.addEventListener('timeline-error', (e) => note(`timeline-error: ${e.detail.message}`));
timeline.addEventListener('timeline-select', (e) => {
  note(`timeline-select: ${e.detail.event ? e.detail.event.title : 'none'}`);
  writeLink({ event: e.detail.event?.id });
});
timeline.addEventListener('timeline-range-change', (e) => {
  note(
    `timeline-range-change: ${e.detail.start.toISOString().slice(0, 10)} → ${e.detail.end.toISOString().slice(0, 10)}`,
  );
  writeLink(rangeToLink(e.detail.start, e.detail.end));
});

// The view (timeline, list, story) is the element's reflected `view` attribute: the toolbar's
// toggles change it, and the link follows.
new MutationObserver(() => {
  const view = timeline.getAttribute('view') ?? 'timeline';
  writeLink({ view: view === 'timeline' ? undefined : view });
}).observe(timeline, { attributes: true, attributeFilter: ['view'] });

// The header's button: the article as a story, one event at a time.
document.querySelector('#read-story')?.addEventListener('click', () => {
  timeline.view = 'story';
  timeline.scrollIntoView({ block: 'start', behavior: 'smooth' });
});

for (const button of datasets) {
  button.addEventListener('click', () => {
    void showData(dataName(button.dataset.src!));
    writeLink({ event: undefined, from: undefined, to: undefined });
  });
}

/** Shows the user's own text (a file or a paste); it never leaves the page. */
function openText(text: string, name: string): void {
  for (const other of datasets) other.setAttribute('aria-pressed', 'false');
  shownData = undefined;
  history.replaceState(history.state, '', location.pathname + location.search);
  timeline.loadText(text, name);
}

async function open(file: File): Promise<void> {
  openText(await file.text(), file.name);
}

pasteForm.addEventListener('submit', (e) => {
  e.preventDefault();
  openText(pasteText.value, 'the pasted text');
});

// --- The validation report beside the timeline --------------------------------------------

/** Lists what the last read found, as text: each problem names its place and a fix. */
function showReport(title: string, problems: readonly string[]): void {
  reportTitle.textContent = title;
  reportList.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }),
  );
}

timeline.addEventListener('timeline-load', (e) => {
  const { problems } = timeline;
  const { count } = e.detail;
  const title = problems.length
    ? `${count} events shown; ${problems.length} note${problems.length === 1 ? '' : 's'}:`
    : `${count} events shown, no problems.`;
  showReport(title, problems);
});
timeline.addEventListener('timeline-error', (e) => showReport(e.detail.message, e.detail.problems));

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void open(file);
});
for (const target of [drop, timeline]) {
  target.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  target.addEventListener('dragleave', () => drop.classList.remove('over'));
  target.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void open(file);
  });
}

// --- Save the view as an image -------------------------------------------------------------

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const imageName = (extension: string) => `${shownData ?? 'timeline'}.${extension}`;

saveSvg.addEventListener('click', () => {
  timeline
    .toSVG()
    .then((svg) => download(new Blob([svg], { type: 'image/svg+xml' }), imageName('svg')))
    .catch((error: unknown) => note(`save: ${(error as Error).message}`));
});
savePng.addEventListener('click', () => {
  timeline
    .toPNG(2)
    .then((png) => download(png, imageName('png')))
    .catch((error: unknown) => note(`save: ${(error as Error).message}`));
});

// --- Start ---------------------------------------------------------------------------------

window.addEventListener('hashchange', () => {
  if (!placeOnPage(location.hash)) void applyLink(parseLink(location.hash));
});
const initial = parseLink(location.hash);
if (Object.keys(initial).length) void applyLink(initial);
// The browser scrolled to a place named in the link before the page took its height (the
// timeline loads its file, the log fills): the place stays in view while the page grows, until
// the reader moves or the page has kept its size for 2 s.
const place = placeOnPage(location.hash);
if (place) {
  let quiet = 0;
  const follow = new ResizeObserver(() => {
    place.scrollIntoView();
    clearTimeout(quiet);
    quiet = window.setTimeout(() => follow.disconnect(), 2000);
  });
  follow.observe(document.body);
  for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'])
    window.addEventListener(type, () => follow.disconnect(), { once: true, passive: true });
}
