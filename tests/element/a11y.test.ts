import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  detail,
  eventEl,
  nextEvent,
  plot,
  settled,
  timelineFrom,
  timelineWith,
} from '../harness.js';
import type { EventTimeline } from '../harness.js';

const shadow = (el: EventTimeline) => el.shadowRoot!;
const rules = { ignoredRules: [] as string[] };

describe('<event-timeline> accessibility', () => {
  it('passes an axe audit when loaded, zoomed, selected, in error, empty, dark and as a list', async () => {
    const { el } = await timelineFrom('/data/events.json', 900);
    await expect(el).to.be.accessible(rules);
    // The states at once (no glides): the audits are what takes time here.
    el.zoomTo('2024-08', '2024-12', { duration: 0 });
    await settled(el);
    await expect(el).to.be.accessible(rules);
    el.select('action-plan', { duration: 0 });
    await settled(el);
    await expect(el).to.be.accessible(rules);
    el.theme = 'dark';
    await settled(el);
    await expect(el).to.be.accessible(rules);
    el.view = 'list';
    await settled(el);
    await expect(el).to.be.accessible(rules);
    el.view = 'timeline';
    el.loadText('{ "events": [{ "title": "No date" }] }', 'broken.json');
    await settled(el);
    await expect(el).to.be.accessible(rules);
    const empty = await timelineWith([]);
    await expect(empty).to.be.accessible(rules);
  });

  it('is a labelled region whose events announce their title and date at its precision', async () => {
    const el = await timelineWith(
      [{ id: 'm', title: 'Plan', start: '2024-09' }],
      800,
      'label="AI milestones"',
    );
    const region = plot(el);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('AI milestones');
    expect(eventEl(el, 'm')!.getAttribute('aria-label')).to.equal('Plan, September 2024');
    expect(eventEl(el, 'm')!.tagName).to.equal('BUTTON');
  });

  it('announces the new visible span once zooming settles, politely', async () => {
    const el = await timelineWith([
      { title: 'A', start: '2010' },
      { title: 'B', start: '2020' },
    ]);
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    plot(el).focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    expect(live.textContent).to.equal('');
    // The keys' glides end, then the view rests for the announcer's delay.
    await settled(el);
    await new Promise((r) => setTimeout(r, 900));
    await settled(el);
    expect(live.textContent).to.match(/^Showing \d{4} – \d{4}$/);
  });

  it('lists every event in time order, with the same selection, one toggle away', async () => {
    const { el } = await timelineFrom('/data/events.json');
    shadow(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
    await settled(el);
    const items = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="list"] li button')];
    expect(items.map((b) => b.dataset.eventId)).to.deep.equal([
      'gaigi',
      'un-resolution',
      'workshop-1',
      'action-plan',
      'group-of-friends',
      'side-event',
      'workshop-2',
      'fm-remarks',
    ]);
    const selected = nextEvent(el, 'timeline-select');
    items[3]!.click();
    expect((await selected).detail.event!.id).to.equal('action-plan');
    await settled(el);
    expect(detail(el)!.querySelector('h2')!.textContent).to.contain('Action Plan');
    el.view = 'timeline';
    await settled(el);
    expect(eventEl(el, 'action-plan')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('pages a long list so the DOM stays small', async () => {
    const events = Array.from({ length: 250 }, (_, i) => ({ title: `E${i}`, start: `2001-01-01` }));
    const el = await timelineWith(events);
    el.view = 'list';
    await settled(el);
    expect(shadow(el).querySelectorAll('[part="list"] li')).to.have.length(100);
    expect(shadow(el).querySelector('.pager')!.textContent).to.contain('Events 1–100 of 250');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.pager button')].at(-1)!.click();
    await settled(el);
    expect(shadow(el).querySelector('.pager')!.textContent).to.contain('Events 101–200 of 250');
  });

  it('collapses and expands a group from its label', async () => {
    const el = await timelineWith([
      { id: 'a', title: 'A', start: '2024-01', group: 'One' },
      { id: 'b', title: 'B', start: '2024-02', group: 'Two' },
    ]);
    const toggle = shadow(el).querySelector<HTMLButtonElement>(
      '[part="group-label"][data-group="0"]',
    )!;
    // The chevron: a triangle 8 px wide pointing down, turned to point along the row once closed.
    const chevron = () => {
      const box = shadow(el).querySelector('[data-group="0"] .chevron')!.getBoundingClientRect();
      return [Math.round(box.width), Math.round(box.height)];
    };
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(chevron()).to.deep.equal([8, 5]);
    toggle.click();
    await settled(el);
    expect(eventEl(el, 'a')).to.equal(null);
    expect(eventEl(el, 'b')).to.not.equal(null);
    expect(shadow(el).querySelector('[data-group="0"]')!.getAttribute('aria-expanded')).to.equal(
      'false',
    );
    expect(chevron()).to.deep.equal([5, 8]);
    shadow(el).querySelector<HTMLButtonElement>('[data-group="0"]')!.click();
    await settled(el);
    expect(eventEl(el, 'a')).to.not.equal(null);
  });

  it('marks today when it is in view, and the page’s own markers', async () => {
    const el = await timelineWith([{ title: 'Old', start: '2001' }]);
    el.markers = [{ date: '2001-06', label: 'Midyear' }];
    await settled(el);
    const labels = () =>
      [...shadow(el).querySelectorAll('[part="marker"]')].map((m) => m.textContent.trim());
    expect(labels()).to.deep.equal(['Midyear']);
    const now = Date.now();
    el.events = [{ title: 'Around now', start: new Date(now).toISOString().slice(0, 10) }];
    await settled(el);
    expect(labels()).to.include('Today');
  });

  it('keeps keys and focus to one instance next to a text input', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 700px">
        <input aria-label="Name" />
      </div>`,
    );
    const el = document.createElement('event-timeline');
    el.events = [
      { title: 'A', start: '2010' },
      { title: 'B', start: '2020' },
    ];
    page.append(el);
    await settled(el);
    const span = el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
    page.querySelector('input')!.focus();
    await sendKeys({ type: '+=-0' });
    await settled(el);
    expect(el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime()).to.equal(span);
    expect(page.querySelector('input')!.value).to.equal('+=-0');
  });
});
