import { expect } from '@open-wc/testing';
import { detail, settled, timelineFrom, timelineWith } from '../harness.js';
import type { EventTimeline } from '../harness.js';
import type { EventInput } from '../../src/model/types.js';

const FILE = '/tests/fixtures/media/timelinejs-media.json';
const DOT = new URL('/tests/fixtures/media/dot.png', location.href).href;

/** Opens the details of event `id` and returns its media figure (null when there is none). */
async function mediaOf(el: EventTimeline, id: string): Promise<HTMLElement | null> {
  el.select(id);
  await settled(el);
  return detail(el)!.querySelector<HTMLElement>('[part="media"]');
}

/**
 * Resolves once the image has loaded, or has failed and the panel has handled it (`complete`
 * turns true before the error event runs).
 */
async function imageDone(img: HTMLImageElement): Promise<void> {
  for (let i = 0; i < 200 && !(img.complete && (img.naturalWidth > 0 || img.hidden)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const visible = (node: Element) => (node as HTMLElement).getClientRects().length > 0;
const noEmbeds = (el: EventTimeline) =>
  expect(
    el.shadowRoot!.querySelectorAll('iframe, script, embed, object, video, audio'),
  ).to.have.length(0);

describe('<event-timeline> media in the details', () => {
  it('shows an image named relative to the event file, with alt, caption and credit as text', async () => {
    const { el } = await timelineFrom(FILE);
    const figure = (await mediaOf(el, 'relative-image'))!;
    const img = figure.querySelector('img')!;
    // Resolved against the file's address, not the page's.
    expect(img.src).to.equal(DOT);
    expect(img.alt).to.equal('The Earth above the Moon');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.referrerPolicy).to.equal('no-referrer');
    await imageDone(img);
    expect(img.naturalWidth).to.equal(4);
    expect(visible(img)).to.equal(true);
    const caption = figure.querySelector('figcaption')!;
    expect(caption.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Earthrise, 1968 NASA / Bill Anders',
    );
    // The credit's link stays text: only the file's image loads, nothing is parsed as HTML.
    expect(figure.querySelectorAll('a, em')).to.have.length(0);
    noEmbeds(el);
  });

  it('falls back to the alt text and the caption when the image does not load', async () => {
    const { el } = await timelineFrom(FILE);
    const figure = (await mediaOf(el, 'broken-image'))!;
    const img = figure.querySelector('img')!;
    await imageDone(img);
    await el.updateComplete;
    expect(visible(img)).to.equal(false);
    const alt = figure.querySelector('.media-alt')!;
    expect(visible(alt)).to.equal(true);
    expect(alt.textContent).to.equal('A boot print in grey dust');
    expect(figure.querySelector('figcaption')!.textContent.trim()).to.equal('The footprint');
    // The panel is whole: its title (from the caption, as the slide had no headline) and close.
    const panel = detail(el)!;
    expect(panel.querySelector('h2')!.textContent).to.equal('The footprint');
    panel.querySelector<HTMLButtonElement>('.close')!.click();
    await settled(el);
    expect(detail(el)).to.equal(null);
  });

  it('shows the next event’s image after a broken one', async () => {
    const { el } = await timelineFrom(FILE);
    await imageDone((await mediaOf(el, 'broken-image'))!.querySelector('img')!);
    const img = (await mediaOf(el, 'relative-image'))!.querySelector('img')!;
    await imageDone(img);
    expect(img.src).to.equal(DOT);
    expect(visible(img)).to.equal(true);
    expect(visible(detail(el)!.querySelector('.media-alt')!)).to.equal(false);
  });

  it('links an embed (never embeds it), named by its kind, with the file’s thumbnail', async () => {
    const { el } = await timelineFrom(FILE);
    const figure = (await mediaOf(el, 'video'))!;
    const link = figure.querySelector('a')!;
    expect(link.textContent.trim()).to.equal('Video on YouTube');
    expect(link.href).to.equal('https://www.youtube.com/embed/S9HdPi9Ikhk');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    const thumb = link.querySelector('img')!;
    expect(thumb.src).to.equal(DOT);
    expect(thumb.alt).to.equal('');
    expect(thumb.referrerPolicy).to.equal('no-referrer');
    noEmbeds(el);
  });

  it('names each kind of media in its link', async () => {
    const kinds: [string, string][] = [
      ['https://youtu.be/S9HdPi9Ikhk', 'Video on YouTube'],
      ['https://vimeo.com/76979871', 'Video on Vimeo'],
      ['https://soundcloud.com/nasa/apollo-11', 'Audio on SoundCloud'],
      ['https://twitter.com/NASA/status/1', 'Post on Twitter'],
      ['https://x.com/NASA/status/1', 'Post on X'],
      ['https://www.instagram.com/p/abc/', 'Post on Instagram'],
      ['https://en.wikipedia.org/wiki/Apollo_11', 'Article on Wikipedia'],
      ['https://www.google.com/maps/place/Houston', 'Map on Google Maps'],
      ['https://www.openstreetmap.org/#map=5/0/0', 'Map on OpenStreetMap'],
      ['https://docs.google.com/document/d/1/edit', 'Document on Google Docs'],
      ['https://example.org/report.pdf', 'Document on example.org'],
      ['https://www.flickr.com/photos/nasa/123', 'Image on Flickr'],
      ['https://example.org/page', 'Page on example.org'],
    ];
    const events: EventInput[] = kinds.map(([url], i) => ({
      id: `m${i}`,
      title: `M${i}`,
      start: `2024-01-${String(i + 1).padStart(2, '0')}`,
      media: { url },
    }));
    const el = await timelineWith(events);
    const texts: [string, string][] = [];
    for (const [i, [url]] of kinds.entries()) {
      const figure = (await mediaOf(el, `m${i}`))!;
      expect(figure.querySelector('img'), url).to.equal(null);
      texts.push([url, figure.querySelector('a')!.textContent.trim()]);
      noEmbeds(el);
    }
    expect(texts).to.deep.equal(kinds);
  });

  it('draws image links as images: extensions, Wikimedia file pages and Flickr static files', async () => {
    const urls = [
      DOT,
      'https://upload.wikimedia.org/wikipedia/commons/a/a8/NASA-Apollo8-Dec24-Earthrise.jpg',
      'https://commons.wikimedia.org/wiki/File:NASA-Apollo8-Dec24-Earthrise.jpg',
      'https://live.staticflickr.com/65535/1_abc_b.jpg',
      'https://example.org/logo.SVG?v=2',
    ];
    // Loaded with media="none", so none of these requests leaves the test.
    const events = urls.map((url, i) => ({
      id: `i${i}`,
      title: `I${i}`,
      start: `202${i}`,
      media: { url },
    }));
    const el = await timelineWith(events, 800, 'media="none"');
    for (const [i, url] of urls.entries()) {
      const link = (await mediaOf(el, `i${i}`))!.querySelector('a')!;
      expect(link.textContent.trim(), url).to.match(/^Image on /);
      expect(el.shadowRoot!.querySelector('[part="detail"] img'), url).to.equal(null);
    }
  });

  it('media="none" loads nothing: the image and the thumbnail become plain links', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '800px';
    document.body.append(wrapper);
    const el = document.createElement('event-timeline');
    el.setAttribute('media', 'none');
    const loaded = new Promise((resolve) => el.addEventListener('timeline-load', resolve));
    el.src = FILE;
    wrapper.append(el);
    await loaded;
    await settled(el);
    expect(el.media).to.equal('none');
    const image = (await mediaOf(el, 'relative-image'))!;
    expect(image.querySelector('img')).to.equal(null);
    const link = image.querySelector('a')!;
    expect(link.textContent.trim()).to.equal(`Image on ${location.hostname}`);
    expect(link.href).to.equal(DOT);
    expect(image.querySelector('figcaption')!.textContent).to.contain('Earthrise, 1968');
    const video = (await mediaOf(el, 'video'))!;
    expect(video.querySelector('img')).to.equal(null);
    expect(video.querySelector('a')!.textContent.trim()).to.equal('Video on YouTube');
    // Back to images when the page allows them.
    el.media = 'auto';
    await settled(el);
    expect(detail(el)!.querySelector('[part="media"] img')).to.not.equal(null);
    wrapper.remove();
  });

  it('shows our own format’s media, resolved against the page for the events property', async () => {
    const el = await timelineWith([
      {
        id: 'own',
        title: 'Own',
        start: '2024',
        media: { url: 'tests/fixtures/media/dot.png', caption: 'A dot', credit: 'Me' },
      },
      { id: 'bare', title: 'Bare', start: '2025' },
    ]);
    const img = (await mediaOf(el, 'own'))!.querySelector('img')!;
    expect(img.src).to.equal(new URL('tests/fixtures/media/dot.png', document.baseURI).href);
    expect(img.alt, 'the caption when there is no alt').to.equal('A dot');
    expect(await mediaOf(el, 'bare')).to.equal(null);
  });

  it('loads TimelineJS’s spreadsheet as CSV: its title, display dates and media', async () => {
    const { el, event } = await timelineFrom(
      '/tests/fixtures/formats/csv/valid-timelinejs-sheet.csv',
    );
    expect(event.type).to.equal('timeline-load');
    expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.equal('The race to space');
    el.select('before-the-common-era--0499');
    await settled(el);
    expect(detail(el)!.querySelector('.when')!.textContent).to.contain('c. 500 BCE');
    // A relative image resolves against the CSV file's address; its caption is its alt text.
    const img = (await mediaOf(el, 'apollo-12-1969-11-19'))!.querySelector('img')!;
    expect(img.src).to.equal(
      new URL('/tests/fixtures/formats/csv/images/apollo12.png', location.href).href,
    );
    expect(img.alt).to.equal('The Ocean of Storms');
    el.view = 'list';
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="list"]')!.textContent).to.contain('c. 500 BCE');
    noEmbeds(el);
  });

  it('shows the step’s media in the story view, and none under media="none"', async () => {
    const el = await timelineWith([
      {
        id: 'own',
        title: 'Own',
        start: '2024',
        media: { url: 'tests/fixtures/media/dot.png', alt: 'A red dot', caption: 'A dot' },
      },
      { id: 'bare', title: 'Bare', start: '2025' },
    ]);
    el.view = 'story';
    await settled(el);
    const story = () => el.shadowRoot!.querySelector<HTMLElement>('[part="story"]')!;
    const img = story().querySelector<HTMLImageElement>('[part="media"] img')!;
    expect(img.alt).to.equal('A red dot');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(story().querySelector('[part="media"] figcaption')!.textContent).to.contain('A dot');
    el.media = 'none';
    await settled(el);
    expect(story().querySelector('[part="media"] img')).to.equal(null);
    expect(story().querySelector('[part="media"] a')!.textContent.trim()).to.match(/^Image on /);
    story().querySelector<HTMLButtonElement>('[part="story-next"]')!.click();
    await settled(el);
    expect(story().querySelector('[part="media"]'), 'the next step has none').to.equal(null);
    noEmbeds(el);
  });
});
