import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import article from '../../data/events.json' with { type: 'json' };
import {
  axisLabels,
  clusterEls,
  markExtent,
  paintedAt,
  dotCentre,
  detail,
  eventEl,
  eventEls,
  eventIds,
  groupLabels,
  randomEvents,
  settled,
  timelineFrom,
  timelineWith,
  nextEvent,
} from '../harness.js';

describe('<event-timeline> rendering', () => {
  it('loads the article file from src and draws every event, grouped, on a dated axis', async () => {
    const { el, event } = await timelineFrom('/data/events.json', 1200);
    expect(event.type).to.equal('timeline-load');
    expect(event.detail).to.deep.equal({ count: article.events.length });
    expect(eventIds(el)).to.have.members(article.events.map((e) => e.id));
    expect(groupLabels(el)).to.deep.equal([
      'Initiatives & plans',
      'United Nations',
      'Workshops & briefings',
    ]);
    expect(axisLabels(el)).to.include.members(['2024', '2025', 'Sep']);
    expect(el.shadowRoot!.querySelector('[part="plot"]')!.getAttribute('aria-label')).to.equal(
      article.title,
    );
  });

  it('renders from the events property without a fetch', async () => {
    const el = await timelineWith([
      { id: 'a', title: 'Alpha', start: '2024-01-10' },
      { id: 'b', title: 'Beta', start: '2024-03-01', end: '2024-05-01' },
    ]);
    expect(eventIds(el)).to.deep.equal(['a', 'b']);
    expect(eventEl(el, 'a')!.getAttribute('aria-label')).to.equal('Alpha, January 10, 2024');
  });

  it('draws a range as wide as its dates and a point as a dot', async () => {
    const el = await timelineWith([
      { id: 'short', title: 'S', start: '2024-01-01', end: '2024-01-31' },
      { id: 'long', title: 'L', start: '2024-03-01', end: '2024-12-31' },
      { id: 'point', title: 'P', start: '2024-02-15' },
    ]);
    const markWidth = (id: string) => {
      const [left, right] = markExtent(el, eventEl(el, id)!);
      return right - left;
    };
    expect(markWidth('long')).to.be.greaterThan(markWidth('short') * 5);
    // The point's dot is filled with the accent; a range has its bar there, pale.
    const accent = [0x1f, 0x5f, 0xbf, 255];
    const at = (id: string) => paintedAt(el, ...dotCentre(eventEl(el, id)!));
    expect(at('point').every((v, i) => Math.abs(v - accent[i]!) < 30)).to.equal(true);
    expect(at('long')[0]).to.be.greaterThan(150);
  });

  it('keeps a zero-length event visible and clickable', async () => {
    const el = await timelineWith([
      { id: 'year', title: 'A long stretch', start: '2020', end: '2024' },
      { id: 'instant', title: 'Instant', start: '2022-06-01T12:00Z' },
    ]);
    const box = eventEl(el, 'instant')!.getBoundingClientRect();
    expect(box.width).to.be.at.least(12);
    const hit = el.shadowRoot!.elementFromPoint(box.left + 6, box.top + box.height / 2);
    expect(hit?.closest('[part="event"]')?.getAttribute('data-event-id')).to.equal('instant');
  });

  it('never overlaps two labels: colliding events go to other lanes', async () => {
    const el = await timelineWith(randomEvents(60, 11), 900);
    // An event's button covers its mark and its label, as painted.
    const boxes = eventEls(el).map((e) => e.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });

  it('shows a shortened label in full, with its date, while its event is hovered or focused, and only then', async () => {
    const long = 'A very long title that cannot fit before the next event';
    const el = await timelineWith(
      [
        { id: 'a', title: long, start: '2024-01-01' },
        { id: 'b', title: 'Next', start: '2024-01-20' },
        { id: 'c', title: 'Last', start: '2024-12-31' },
      ],
      400,
    );
    const button = eventEl(el, 'a')!;
    // Firefox gives the computed `content` unresolved, as `attr(aria-label)`: the same text.
    const shown = () => {
      const content = getComputedStyle(button, '::after').content;
      return content === 'attr(aria-label)'
        ? JSON.stringify(button.getAttribute('aria-label'))
        : content;
    };
    // In full: its name, the title and its date.
    const name = button.getAttribute('aria-label')!;
    expect(name).to.match(new RegExp(`^${long}, \\S`));
    expect(button.childElementCount, 'no text laid out per event').to.equal(0);
    expect(shown()).to.equal('none');
    const r = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + 4), Math.round(r.top + 4)] });
    expect(shown()).to.equal(JSON.stringify(name));
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(shown()).to.equal('none');
    // Focus moved by the keyboard (an arrow away and back) shows it too.
    button.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(shown()).to.equal(JSON.stringify(name));
  });

  it('collapses what has no lane into a "+N" cluster, painted, named, and zooming in when activated', async () => {
    // Thirty events in one week: eight lanes hold eight, the rest are a cluster.
    const events = Array.from({ length: 30 }, (_, i) => ({
      id: `w${i}`,
      title: `Week event ${i}`,
      start: `2024-03-0${1 + (i % 7)}`,
    }));
    const el = await timelineWith([...events, { id: 'far', title: 'Far', start: '2026-01-01' }]);
    const [cluster] = clusterEls(el);
    expect(cluster, 'a cluster').to.not.equal(undefined);
    expect(cluster!.childElementCount + cluster!.textContent.trim().length).to.equal(0);
    expect(cluster!.getAttribute('aria-label')).to.match(
      /^22 more events, .+ – .+\. Activate to zoom in\.$/,
    );
    // Its "+22" is painted on the canvas: ink in the middle of its filled box, off its border.
    const box = cluster!.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const fill = paintedAt(el, box.left + 3, box.top + 3);
    let ink = 0;
    for (let x = Math.ceil(box.left + 4); x < box.right - 4; x++) {
      const px = paintedAt(el, x, y);
      if (px.reduce((sum, v, i) => sum + Math.abs(v - fill[i]!), 0) > 100) ink++;
    }
    expect(ink).to.be.within(4, box.width / 2);
    const before = eventEls(el).length;
    cluster!.click();
    await settled(el);
    const { start, end } = el.visibleRange!;
    expect(end.getTime() - start.getTime()).to.be.below(30 * 86_400_000);
    expect(eventEls(el).length).to.be.greaterThan(before);
  });

  it('keeps DOM bounded at 100,000 events, zoomed out and in', async function () {
    this.timeout(30_000);
    const el = await timelineWith(randomEvents(100_000, 2, 5), 1000);
    const count = () => el.shadowRoot!.querySelectorAll('*').length;
    expect(count()).to.be.below(2500);
    expect(eventEls(el).length).to.be.greaterThan(10);
    expect(el.shadowRoot!.querySelectorAll('[part="cluster"]').length).to.be.greaterThan(0);
    el.zoomTo('2010-01', '2010-01');
    await settled(el);
    expect(count()).to.be.below(2500);
    // Every event drawn overlaps the window, and its id is a real one.
    const { start, end } = el.visibleRange!;
    for (const e of eventEls(el)) expect(e.dataset.eventId).to.match(/^e\d+$/);
    expect(end.getTime() - start.getTime()).to.be.closeTo(31 * 86_400_000, 86_400_000);
  });

  it('follows the width of its container', async () => {
    const el = await timelineWith(randomEvents(30, 4), 900);
    const before = el.visibleRange!;
    el.parentElement!.style.width = '400px';
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    const axis = el.shadowRoot!.querySelector('[part="axis"]')!;
    expect(axis.getBoundingClientRect().width).to.be.closeTo(398, 4);
    expect(el.visibleRange).to.deep.equal(before);
  });

  it('keeps its view while hidden (a closed tab, display: none) and after', async () => {
    const el = await timelineWith(randomEvents(30, 4), 900);
    el.zoomTo('2012-03-01', '2012-09-01', { duration: 0 });
    await settled(el);
    const zoomed = el.visibleRange!;
    el.parentElement!.style.display = 'none';
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    el.parentElement!.style.display = '';
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    expect(el.visibleRange).to.deep.equal(zoomed);
    const axis = el.shadowRoot!.querySelector('[part="axis"]')!;
    expect(axis.getBoundingClientRect().width).to.be.closeTo(898, 4);
  });

  it('works inside another component’s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('event-timeline');
    shadow.append(el);
    const loaded = nextEvent(el, 'timeline-load');
    el.events = [{ id: 'x', title: 'Inside', start: '2024-05-05' }];
    await loaded;
    await settled(el);
    expect(eventIds(el)).to.deep.equal(['x']);
  });

  it('reads an event file written inside it, in a <script type="application/json">', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const loaded = nextEvent(wrapper, 'timeline-load');
    wrapper.innerHTML = `<event-timeline><script type="application/json">
      { "title": "Inline", "events": [{ "id": "i", "title": "Written inline", "start": "2024-05" }] }
    </script></event-timeline>`;
    expect((await loaded).detail.count).to.equal(1);
    const el = wrapper.querySelector('event-timeline')!;
    await settled(el);
    expect(eventIds(el)).to.deep.equal(['i']);
  });

  it('says so when there is nothing to show', async () => {
    const { el } = await timelineFrom('/tests/fixtures/empty-list.json');
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('no events');
    expect(detail(el)).to.equal(null);
  });

  it('writes event dates in the locale attribute’s language', async () => {
    const el = await timelineWith(
      [{ id: 'a', title: 'Plan', start: '2024-09' }],
      800,
      'locale="de-DE"',
    );
    expect(eventEl(el, 'a')!.getAttribute('aria-label')).to.equal('Plan, September 2024');
    el.locale = 'fr-FR';
    await settled(el);
    expect(eventEl(el, 'a')!.getAttribute('aria-label')).to.equal('Plan, septembre 2024');
  });
});
