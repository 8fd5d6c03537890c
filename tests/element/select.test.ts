import { skipIn } from '../engine.js';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import {
  clusterEls,
  dotCentre,
  detail,
  eventEl,
  eventEls,
  inLanesView,
  lanesOf,
  plot,
  ROW_PER_EVENT,
  settled,
  timelineFrom,
  timelineWith,
  nextEvent,
} from '../harness.js';

const deepFocus = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
};

describe('<event-timeline> selection and details', () => {
  afterEach(() => resetMouse());

  it('selects an event on click: fires timeline-select and opens its details with sources', async () => {
    const { el } = await timelineFrom('/data/events.json', 760);
    const target = eventEl(el, 'side-event')!;
    let rangeChanges = 0;
    el.addEventListener('timeline-range-change', () => rangeChanges++);
    const selected = nextEvent(el, 'timeline-select');
    await sendMouse({
      type: 'click',
      position: dotCentre(target).map(Math.round) as [number, number],
    });
    const { detail: d } = await selected;
    expect(d.event!.id).to.equal('side-event');
    await settled(el);
    const panel = detail(el)!;
    expect(panel.querySelector('h2')!.textContent).to.equal(d.event!.title);
    expect(panel.querySelector('.when')!.textContent).to.contain('May 6, 2025');
    expect(panel.querySelector('.when')!.textContent).to.contain('UN Headquarters, New York');
    const link = panel.querySelector('a')!;
    expect(link.href).to.match(/^http:\/\/en\.people\.cn\//);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(eventEl(el, 'side-event')!.getAttribute('aria-pressed')).to.equal('true');
    expect(rangeChanges, 'a click is not a pan').to.equal(0);
  });

  it('styles the details and the list with the sheet that loads with them', async () => {
    const { el } = await timelineFrom('/data/events.json', 760);
    el.select('side-event');
    await settled(el);
    const panel = detail(el)!;
    // The panels' own rules (panels.styles.ts), not the browser's defaults.
    expect(getComputedStyle(panel).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(panel.querySelector('h2')!).fontSize).to.equal('17px');
    el.view = 'list';
    await settled(el);
    const list = el.shadowRoot!.querySelector('.list')!;
    expect(getComputedStyle(list).overflowY).to.equal('auto');
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length, 'adopted once, however often the panels render').to.equal(
      new Set(sheets).size,
    );
  });

  it('writes a month-precise date as the month', async () => {
    const el = await timelineWith([
      { id: 'plan', title: 'Plan', start: '2024-09', place: 'New York' },
    ]);
    el.select('plan');
    await settled(el);
    expect(detail(el)!.querySelector('.when')!.textContent).to.contain('September 2024');
    expect(detail(el)!.querySelector('.when')!.textContent).not.to.contain('Sep 1');
  });

  it('never turns file text into markup, and links only http(s) sources', async () => {
    const el = await timelineWith([
      {
        id: 'x',
        title: '<img src=x onerror="window.__pwned=1">',
        start: '2024-01-01',
        description: '<b>bold</b>',
        sources: [
          { title: 'Evil', url: 'javascript:window.__pwned=1' },
          { title: 'Data', url: 'data:text/html,hi' },
          { title: 'Fine', url: 'https://example.org/' },
        ],
      },
    ]);
    el.select('x');
    await settled(el);
    const panel = detail(el)!;
    expect(panel.querySelector('img, b')).to.equal(null);
    expect(panel.querySelector('h2')!.textContent).to.equal(
      '<img src=x onerror="window.__pwned=1">',
    );
    expect([...panel.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://example.org/',
    ]);
    expect(panel.textContent).to.contain('Evil');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('moves between events with Tab and selects with Enter; Escape closes and returns focus', async () => {
    const el = await timelineWith([
      { id: 'a', title: 'First', start: '2024-01-01' },
      { id: 'b', title: 'Second', start: '2024-06-01' },
    ]);
    plot(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()?.dataset.eventId).to.equal('a');
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()?.dataset.eventId).to.equal('b');
    const selected = nextEvent(el, 'timeline-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.event!.id).to.equal('b');
    await settled(el);
    expect(detail(el)).to.not.equal(null);
    const cleared = nextEvent(el, 'timeline-select');
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail.event).to.equal(null);
    await settled(el);
    expect(detail(el)).to.equal(null);
    expect(deepFocus()?.dataset.eventId).to.equal('b');
  });

  it('reaches the first and last event with Home and End, even off screen', async () => {
    const el = await timelineWith([
      { id: 'first', title: 'First', start: '2000-01-01' },
      { id: 'mid', title: 'Middle', start: '2010-01-01' },
      { id: 'last', title: 'Last', start: '2020-01-01' },
    ]);
    el.zoomTo('2009', '2010');
    await settled(el);
    expect(eventEl(el, 'first')).to.equal(null);
    plot(el).focus();
    await sendKeys({ press: 'Home' });
    await settled(el);
    expect(deepFocus()?.dataset.eventId).to.equal('first');
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(deepFocus()?.dataset.eventId).to.equal('last');
    expect(el.visibleRange!.end.getTime()).to.be.greaterThan(Date.UTC(2020, 0, 1));
  });

  it('moves to the previous and next event with the arrow keys on an event, revealing it', async () => {
    const el = await timelineWith([
      { id: 'a', title: 'First', start: '2000-01-01' },
      { id: 'b', title: 'Second', start: '2010-01-01' },
      { id: 'c', title: 'Third', start: '2020-01-01' },
    ]);
    el.zoomTo('2009', '2010');
    await settled(el);
    eventEl(el, 'b')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(deepFocus()?.dataset.eventId).to.equal('c');
    expect(el.visibleRange!.end.getTime()).to.be.greaterThan(Date.UTC(2020, 0, 1));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(deepFocus()?.dataset.eventId).to.equal('a');
  });

  it('reaches events in rows scrolled out of the lanes’ view with End, the arrows and Tab', async () => {
    const el = await timelineWith(ROW_PER_EVENT);
    const inView = (id: string) => inLanesView(el, id);
    expect(eventEl(el, 'p11'), 'no button for a row far below the view').to.equal(null);
    plot(el).focus();
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(deepFocus()?.dataset.eventId).to.equal('p11');
    expect(inView('p11'), 'scrolled to the focused event').to.equal(true);
    expect(eventEl(el, 'p0'), 'no button for a row far above').to.equal(null);
    // The arrows walk back up through the rows, each one scrolled to.
    for (let i = 10; i >= 0; i--) {
      await sendKeys({ press: 'ArrowLeft' });
      await settled(el);
      expect(deepFocus()?.dataset.eventId).to.equal(`p${i}`);
      expect(inView(`p${i}`), `p${i} in view`).to.equal(true);
    }
    // Tab goes on past the last row in view: each event's row is scrolled to as it is reached.
    for (let i = 1; i <= 11; i++) {
      await sendKeys({ press: 'Tab' });
      await settled(el);
      expect(deepFocus()?.dataset.eventId).to.equal(`p${i}`);
    }
  });

  it('keeps a focused "+N" cluster, and its focus, when its row is scrolled or it is panned away', async function () {
    skipIn(
      this,
      ['webkit'],
      'WebKitGTK scrolls the lanes back to the focused cluster after a render (scrollTop 55, not > 300), still so with d3-zoom; not yet found why',
    );
    // Twelve events at once in the first group (eight lanes, then a cluster), and twelve rows below.
    const crowd = Array.from({ length: 12 }, (_, i) => ({
      id: `c${i}`,
      title: `Crowd ${i}`,
      start: '2001-06-01',
      end: '2012-06-01',
      group: 'A crowd',
    }));
    const el = await timelineWith([...crowd, ...ROW_PER_EVENT]);
    const cluster = clusterEls(el)[0]!;
    cluster.focus();
    const lanes = lanesOf(el);
    lanes.scrollTop = lanes.scrollHeight;
    await settled(el);
    expect(lanes.scrollTop).to.be.greaterThan(300);
    expect(eventEl(el, 'c0'), 'the crowd’s rows lost their buttons').to.equal(null);
    expect(deepFocus() === cluster, 'the cluster keeps focus').to.equal(true);
    // The arrows pan from a cluster: panned out of view, it keeps focus too, so the keys go on.
    el.zoomTo('2001-01', '2003-01');
    await settled(el);
    const focused = deepFocus()!;
    const start = Number(focused.dataset.clusterStart);
    expect(start).to.equal(Date.UTC(2001, 5, 1));
    for (let i = 0; i < 20 && el.visibleRange!.start.getTime() <= start; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settled(el);
    }
    expect(el.visibleRange!.start.getTime()).to.be.greaterThan(start);
    expect(deepFocus()?.dataset.clusterStart).to.equal(String(start));
  });

  it('select(id) scrolls the lanes, not the page, to an event whose row is out of view', async () => {
    const el = await timelineWith(ROW_PER_EVENT);
    const lanes = lanesOf(el);
    const inView = (id: string) => inLanesView(el, id);
    const pageScroll = document.scrollingElement!.scrollTop;
    expect(el.select('p11')).to.equal(true);
    await settled(el);
    expect(inView('p11')).to.equal(true);
    expect(lanes.scrollTop).to.be.greaterThan(0);
    el.select('p0');
    await settled(el);
    expect(inView('p0')).to.equal(true);
    expect(document.scrollingElement!.scrollTop).to.equal(pageScroll);
  });

  it('select(id) reveals an event off screen; select(null) clears, without firing events', async () => {
    const el = await timelineWith([
      { id: 'early', title: 'Early', start: '2001-05-05' },
      { id: 'late', title: 'Late', start: '2019-05-05' },
    ]);
    let fired = 0;
    el.addEventListener('timeline-select', () => fired++);
    el.zoomTo('2001', '2002');
    await settled(el);
    expect(el.select('late')).to.equal(true);
    await settled(el);
    expect(eventEls(el).map((e) => e.dataset.eventId)).to.include('late');
    expect(detail(el)!.querySelector('h2')!.textContent).to.equal('Late');
    expect(el.select('nope')).to.equal(false);
    el.select(null);
    await settled(el);
    expect(detail(el)).to.equal(null);
    expect(fired).to.equal(0);
  });
});
