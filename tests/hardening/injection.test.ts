import { skipIn } from '../engine.js';
import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import { htmlToText } from '../../src/model/html-text.js';
import { readEventData, readEventFile } from '../../src/model/read-events.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { detail, settled, timelineWith } from '../harness.js';
import type { EventTimeline } from '../harness.js';
import corpus from '../fixtures/injection-payloads.json' with { type: 'json' };

/**
 * Script-injection payloads (tests/fixtures/injection-payloads.json, plus one very long one) in
 * every text and URL field of every format, rendered in every view. Each payload that ran would
 * call window.__xss (or alert); none may, no markup may appear, and every link must be http(s).
 */
const payloads: string[] = [
  ...corpus,
  `${'<img src=x onerror="window.__xss(\'long\')">'.repeat(5000)} end`,
];

const hits: string[] = [];
const win = window as unknown as { __xss: (tag: string) => void; alert: (m?: unknown) => void };
const safeUrl = (p: string) => `https://example.org/?q=${p}`;
// An image next to the test page (relative, as a file may name one): nothing loads from elsewhere.
const safeImage = (i: number) => `tests/fixtures/media/dot.png?q=${i}`;

/** The file's events: one per payload, each in its own group so none collapses into a cluster. */
function jsonFile() {
  return {
    title: payloads[0],
    description: payloads[1],
    eras: payloads.map((p, i) => ({
      title: p,
      start: `${1900 + i}`,
      end: `${1900 + i}`,
      color: p,
    })),
    events: payloads.map((p, i) => ({
      id: `${i}:${p}`,
      title: p,
      start: `${1900 + i}`,
      description: p,
      place: p,
      group: p,
      category: p,
      color: p,
      sources: [{ title: p, url: p }, { title: `safe ${i}`, url: safeUrl(p) }, p],
      media: { url: i % 2 ? p : safeImage(i), alt: p, caption: p, credit: p },
    })),
  };
}

function timelineJsFile() {
  return {
    title: { text: { headline: payloads[2], text: payloads[3] } },
    scale: payloads[4],
    eras: payloads.map((p, i) => ({
      start_date: { year: 1900 + i },
      end_date: { year: 1900 + i },
      text: { headline: p },
    })),
    events: payloads.map((p, i) => ({
      start_date: { year: 1900 + i, display_date: p },
      // A headline that is only markup reads as nothing; the index keeps the title.
      text: { headline: `${i} ${p}`, text: p },
      media: i % 2 ? { url: p, caption: p, credit: p } : { url: safeUrl(p), caption: p },
      group: p,
      unique_id: `${i}:${p}`,
      display_date: p,
    })),
  };
}

function csvFile(): string {
  const header = ['title', 'start', 'end', 'description', 'place', 'group', 'id', 'color'];
  const more = ['category', 'source_url', 'source_title', 'media_url', 'media_caption'];
  return csvFormatRows([
    [...header, ...more],
    ...payloads.map((p, i) => {
      const url = i % 2 ? p : safeUrl(p);
      const image = i % 2 ? p : safeImage(i);
      return [p, `${1900 + i}`, '', p, p, p, `${i}:${p}`, p, p, url, p, image, p];
    }),
  ]);
}

/** The shadow root's element names, attributes and links: what the component renders. */
function assertInert(el: EventTimeline, where: string): void {
  const root = el.shadowRoot!;
  // The one slot (in the timeline view) is the component's own: the page's overlay layer.
  const slots = [...root.querySelectorAll('slot')].map((slot) => slot.outerHTML);
  if (slots.length > 1 || slots.some((slot) => slot !== '<slot name="overlay"></slot>'))
    throw new Error(`${where}: slots ${slots.join(', ')}`);
  for (const node of root.querySelectorAll(':not(slot)')) {
    const name = node.localName;
    if (!ALLOWED.has(name)) throw new Error(`${where}: a <${name}> in the shadow root`);
    for (const { name: attr, value } of node.attributes) {
      if (attr.startsWith('on')) throw new Error(`${where}: an ${attr} attribute on <${name}>`);
      // The one thing that may load: an http(s) image the file names, as the event's media.
      const image = name === 'img' && attr === 'src' && node.closest('[part="media"]');
      if (image && !/^https?:$/.test(new URL(value).protocol))
        throw new Error(`${where}: an image from ${value}`);
      if (
        !image &&
        ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'data'].includes(attr)
      )
        throw new Error(`${where}: a ${attr} attribute on <${name}>`);
      if (attr === 'style' && /url\(|javascript:|expression\(/i.test(value))
        throw new Error(`${where}: a style that loads or runs something: ${value}`);
    }
    if (name === 'a') {
      const a = node as HTMLAnchorElement;
      if (!/^https?:$/.test(new URL(a.href).protocol))
        throw new Error(`${where}: a link to ${a.href}`);
      if (a.target !== '_blank' || a.rel !== 'noopener noreferrer')
        throw new Error(`${where}: a link that could reach this page`);
    }
  }
  if (hits.length) throw new Error(`${where}: a payload ran: ${hits.join(', ')}`);
}

/** Elements the component's own templates render; anything else came from a file. */
// canvas: the event canvas, where titles are drawn with fillText (never parsed).
const ALLOWED = new Set(
  'div span button p h2 h3 section ul ol li a time nav details summary svg line path text canvas figure figcaption img'.split(
    ' ',
  ),
);

/** Lanes that do not scroll, so every event has its button (rows out of view get none). */
const ALL_ROWS = 'style="--event-timeline-lanes-max-height: none"';

/** What the user sees: the document's text, as text, in the timeline, details and list. */
async function assertShownAsText(el: EventTimeline, doc: TimelineDocument, where: string) {
  const root = el.shadowRoot!;
  // Timeline view: a label per event, a name per group, a band per era.
  const labels = new Map(
    [...root.querySelectorAll<HTMLElement>('[part="event"]')].map((b) => [b.dataset.eventId!, b]),
  );
  for (const event of doc.events) {
    const button = labels.get(event.id);
    if (!button) throw new Error(`${where}: event ${event.id.slice(0, 40)} not drawn`);
    // Its name (shown in full on hover) is its title and date.
    expect(button.getAttribute('aria-label')!.startsWith(`${event.title}, `), where).to.equal(true);
    expect(button.childElementCount, where).to.equal(0);
  }
  const groups = [...root.querySelectorAll('.group-name')].map((g) => g.textContent);
  for (const event of doc.events) if (event.group) expect(groups, where).to.include(event.group);
  const eras = [...root.querySelectorAll('.era-label')].map((e) => e.textContent);
  for (const era of doc.eras ?? []) if (era.title) expect(eras, where).to.include(era.title);
  assertInert(el, `${where}, timeline`);

  // Details of each event.
  for (const event of doc.events) {
    el.select(event.id);
    await el.updateComplete;
    const panel = detail(el)!;
    expect(panel.querySelector('h2')!.textContent, where).to.equal(event.title);
    if (event.description)
      expect(panel.querySelector('.description')!.textContent, where).to.equal(event.description);
    if (event.place)
      expect(panel.querySelector('.place')!.textContent, where).to.equal(event.place);
    const items = [...panel.querySelectorAll('.sources li')].map((li) => li.textContent.trim());
    expect(items, where).to.deep.equal(event.sources.map((s) => s.title.trim()));
    const caption = panel.querySelector('[part="media"] figcaption')?.textContent ?? '';
    if (event.media?.caption) expect(caption, where).to.contain(event.media.caption);
    if (event.media?.credit) expect(caption, where).to.contain(event.media.credit);
    assertInert(el, `${where}, details of ${event.id.slice(0, 40)}`);
  }
  el.select(null);

  // The list view.
  el.view = 'list';
  await settled(el);
  const listed = [...root.querySelectorAll('.list-event')].map((b) => b.textContent.trim());
  expect(listed.sort(), where).to.deep.equal(doc.events.map((e) => e.title.trim()).sort());
  assertInert(el, `${where}, list`);
  el.view = 'timeline';
  await settled(el);

  // The SVG export is text too: parsed, it holds no script, handler or foreign markup.
  const svg = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
  // (Compare text: a failed assertion on a DOM node makes the reporter walk the whole page.)
  expect(svg.querySelector('parsererror')?.textContent ?? 'well-formed', where).to.equal(
    'well-formed',
  );
  for (const node of svg.querySelectorAll('*')) {
    // One <image> is allowed: the painted marks, as an inline PNG (pixels, no markup).
    const marks =
      node.localName === 'image' &&
      node.attributes.length === 5 &&
      /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(node.getAttribute('href') ?? '');
    if (!marks && /^(script|foreignObject|image|use|a|iframe|img)$/.test(node.localName))
      throw new Error(`${where}: <${node.localName}> in the SVG export`);
    for (const attr of node.attributes)
      if (attr.name.startsWith('on')) throw new Error(`${where}: ${attr.name} in the SVG export`);
  }
}

describe('injection: file text is only ever text', function () {
  // A limit for a stuck test: these heavy ones take minutes on a loaded machine, with the
  // engines side by side.
  this.timeout(180_000);
  const baseline = { scripts: 0, images: 0 };

  before(() => {
    win.__xss = (tag) => hits.push(tag);
    win.alert = (m) => hits.push(`alert(${String(m)})`);
    baseline.scripts = document.querySelectorAll('script').length;
    baseline.images = document.querySelectorAll('img, iframe, object, embed').length;
  });

  afterEach(async () => {
    // Handlers of elements that failed to load run later: give them time to show up.
    await new Promise((r) => setTimeout(r, 50));
    expect(hits).to.deep.equal([]);
    expect(document.querySelectorAll('script').length).to.equal(baseline.scripts);
    expect(document.querySelectorAll('img, iframe, object, embed').length).to.equal(
      baseline.images,
    );
  });

  it('keeps every payload as text in a JSON file, an events list and a JSON events object', async function () {
    skipIn(
      this,
      ['webkit'],
      'its toSVG() runs over 60 s in WebKitGTK for these payloads (the TimelineJS file’s took ~6 s; Chromium and Firefox finish within the test): a WebKit slowness in src/export to profile',
    );
    const file = jsonFile();
    const el = await timelineWith([], 1200, ALL_ROWS);
    el.loadText(JSON.stringify(file), 'payloads.json');
    await settled(el);
    const doc = readEventFile(JSON.stringify(file));
    expect(doc.events).to.have.length(payloads.length);
    // The reader keeps each payload as written (trimmed, as every title is).
    expect(doc.events.map((e) => e.title)).to.have.members(payloads.map((p) => p.trim()));
    for (const event of doc.events) {
      expect(event.color).to.equal(undefined); // no payload is a colour
      expect(
        event.sources.filter((s) => s.url).every((s) => s.url!.startsWith('https://')),
      ).to.equal(true);
    }
    await assertShownAsText(el, doc, 'JSON file');

    el.events = file.events;
    await settled(el);
    await assertShownAsText(el, readEventData(file.events), 'events property');
    el.events = file;
    await settled(el);
    await assertShownAsText(el, readEventData(file), 'events property object');
  });

  it('keeps TimelineJS HTML as plain text and links only http(s) media', async () => {
    const file = timelineJsFile();
    const el = await timelineWith([], 1200, ALL_ROWS);
    el.loadText(JSON.stringify(file), 'payloads-timelinejs.json');
    await settled(el);
    const doc = readEventFile(JSON.stringify(file));
    expect(doc.events).to.have.length(payloads.length);
    doc.events.forEach((event) => {
      const p = payloads[Number(event.title.split(' ')[0])]!;
      expect(event.title).to.equal(htmlToText(`${event.title.split(' ')[0]} ${p}`));
      expect(event.sources.every((s) => s.url?.startsWith('https://'))).to.equal(true);
    });
    await assertShownAsText(el, doc, 'TimelineJS file');
  });

  it('keeps every CSV cell as text and links only http(s) sources', async function () {
    skipIn(
      this,
      ['webkit'],
      'its toSVG() runs over 60 s in WebKitGTK for these payloads (the TimelineJS file’s took ~6 s; Chromium and Firefox finish within the test): a WebKit slowness in src/export to profile',
    );
    const text = csvFile();
    const el = await timelineWith([], 1200, ALL_ROWS);
    el.loadText(text, 'payloads.csv');
    await settled(el);
    const doc = readEventFile(text);
    expect(doc.events).to.have.length(payloads.length);
    expect(doc.events.map((e) => e.title)).to.have.members(payloads.map((p) => p.trim()));
    await assertShownAsText(el, doc, 'CSV file');
  });

  it('shows the messages about payloads as text in the error banner', async () => {
    const el = await timelineWith([], 1200);
    el.loadText(
      JSON.stringify(payloads.map((p) => ({ title: p, start: p, sources: [{ url: p }], [p]: p }))),
      payloads[0],
    );
    await settled(el);
    const banner = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(banner.querySelector('p')!.textContent).to.equal(
      `${payloads.length} of ${payloads.length} events in "${payloads[0]}" could not be shown`,
    );
    expect(banner.querySelector('li')!.textContent).to.equal(
      `events[0].start: "${payloads[0]}" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (e.g. 2024-09-25)`,
    );
    expect(banner.querySelectorAll('li').length).to.equal(101);
    assertInert(el, 'error banner');
  });
});
