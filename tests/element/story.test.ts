import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { preferReducedMotion, resetMotion } from '../motion.js';
import {
  eventEl,
  nextEvent,
  nextFrame,
  plot,
  settled,
  timelineFrom,
  timelineWith,
} from '../harness.js';
import type { EventTimeline } from '../harness.js';

const ORDER = [
  'gaigi',
  'un-resolution',
  'workshop-1',
  'action-plan',
  'group-of-friends',
  'side-event',
  'workshop-2',
  'fm-remarks',
];

const part = (el: EventTimeline, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const storyTitle = (el: EventTimeline) =>
  part(el, 'story')?.querySelector('.story-step h3')?.textContent?.trim();
const progress = (el: EventTimeline) => part(el, 'story-progress')?.textContent?.trim();
const selectedIds = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="event"][aria-pressed="true"]')].map(
    (b) => b.dataset.eventId,
  );
const DAY = 86_400_000;
/** The middle of the visible range, in ms. */
const centre = (el: EventTimeline) =>
  (el.visibleRange!.start.getTime() + el.visibleRange!.end.getTime()) / 2;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

async function story(width = 1000): Promise<EventTimeline> {
  const { el } = await timelineFrom('/data/events.json', width);
  el.view = 'story';
  await settled(el);
  return el;
}

/** Waits for the live region's (debounced) sentence. */
async function announced(el: EventTimeline): Promise<string> {
  await new Promise((r) => setTimeout(r, 900));
  await settled(el);
  return el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();
}

describe('<event-timeline view="story">', () => {
  it('heads the panel with the file, then shows step 1: the first event in full', async () => {
    const el = await story();
    const panel = part(el, 'story')!;
    expect(el.getAttribute('view')).to.equal('story');
    expect(panel.querySelector('.story-head h2')!.textContent).to.equal(
      "China's AI capacity-building push, 2023–2025",
    );
    expect(panel.querySelector('.story-head p')!.textContent).to.match(/^The events behind/);
    expect(storyTitle(el)).to.equal('Global AI Governance Initiative announced');
    expect(panel.querySelector('.when')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'October 18, 2023 · Beijing (opening of the 3rd Belt and Road Forum)',
    );
    expect(panel.querySelector('.description')!.textContent).to.match(/^President Xi Jinping/);
    const link = panel.querySelector<HTMLAnchorElement>('.sources a')!;
    expect(link.href).to.equal('http://en.people.cn/n3/2023/1018/c90000-20085742.html');
    expect(progress(el)).to.equal('1 of 8');
    expect(selectedIds(el)).to.deep.equal(['gaigi']);
    // The timeline stays on top, the panel below it.
    expect(panel.getBoundingClientRect().top).to.be.at.least(
      plot(el).getBoundingClientRect().bottom - 1,
    );
    // A page that sets the view does not get a timeline-select for it.
    expect(part(el, 'story-previous')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('steps with Previous and Next: each step selects its event and fires timeline-select', async () => {
    const el = await story();
    const next = part(el, 'story-next')!;
    const seen: string[] = [];
    el.addEventListener('timeline-select', (e) => seen.push(e.detail.event!.id));
    for (let i = 1; i < ORDER.length; i++) {
      next.click();
      await settled(el);
      expect(progress(el)).to.equal(`${i + 1} of 8`);
    }
    expect(seen).to.deep.equal(ORDER.slice(1));
    expect(storyTitle(el)).to.equal('China will share AI dividends, says Foreign Ministry');
    expect(selectedIds(el)).to.deep.equal(['fm-remarks']);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await settled(el);
    expect(progress(el)).to.equal('8 of 8');
    expect(seen.length).to.equal(7);
    part(el, 'story-previous')!.click();
    await settled(el);
    expect(storyTitle(el)).to.equal('Second Workshop on AI Capacity Building');
    expect(seen.at(-1)).to.equal('workshop-2');
  });

  it('cites a source without a URL as plain text, not a link', async () => {
    const el = await story();
    el.select('fm-remarks');
    await settled(el);
    const sources = part(el, 'story')!.querySelector('.sources')!;
    expect(sources.querySelector('a')).to.equal(null);
    expect(sources.textContent).to.contain(
      'Global Times: "China to continue to share AI dividends with fellow developing countries: FM"',
    );
  });

  it('steps with ← → Home End in the panel, and the live region says the step', async () => {
    const el = await story();
    part(el, 'story-next')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(progress(el)).to.equal('3 of 8');
    expect(await announced(el)).to.equal(
      '3 of 8: First Workshop on AI Capacity Building, September 3 – 6, 2024',
    );
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(progress(el)).to.equal('8 of 8');
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(progress(el)).to.equal('7 of 8');
    await sendKeys({ press: 'Home' });
    await settled(el);
    expect(progress(el)).to.equal('1 of 8');
    expect(selectedIds(el)).to.deep.equal(['gaigi']);
    // Focus stays on the button at either end (aria-disabled, not disabled).
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'story-next'));
  });

  it('moves the view to each step, between its neighbours', async () => {
    const el = await story();
    part(el, 'story-next')!.click();
    part(el, 'story-next')!.click();
    part(el, 'story-next')!.click();
    await settled(el);
    expect(progress(el)).to.equal('4 of 8');
    // Action plan, 25 Sep 2024: workshop-1 (3 Sep) before it, the Group of Friends (3 Dec) after.
    const { start, end } = el.visibleRange!;
    expect(start.getTime()).to.be.below(time('2024-09-03'));
    expect(end.getTime()).to.be.above(time('2024-12-03'));
    expect(start.getTime()).to.be.above(time('2024-07-01'));
    expect(end.getTime()).to.be.below(time('2025-05-06'));
    // Zoomed in from the whole (about 20 months) to a few months around it.
    expect(end.getTime() - start.getTime()).to.be.below(150 * DAY);
    const plan = eventEl(el, 'action-plan')!.getBoundingClientRect();
    const box = plot(el).getBoundingClientRect();
    expect(plan.left).to.be.within(box.left + box.width * 0.2, box.left + box.width * 0.6);
    expect(end.getTime() - start.getTime()).to.be.above(60 * DAY);
  });

  it('glides to a step through frames in between', async () => {
    const el = await story();
    const from = centre(el);
    part(el, 'story-next')!.click();
    const centres: number[] = [];
    for (let i = 0; i < 4; i++) {
      await nextFrame();
      await el.updateComplete;
      centres.push(centre(el));
    }
    await settled(el);
    const to = centre(el);
    expect(Math.abs(to - from), 'step 2 is elsewhere').to.be.above(30 * DAY);
    const between = (c: number) => c > Math.min(from, to) + DAY && c < Math.max(from, to) - DAY;
    expect(
      centres.some(between),
      `frames: ${centres.map((c) => new Date(c).toISOString()).join(', ')}`,
    ).to.equal(true);
  });

  it('is at the step in one frame when the user prefers reduced motion', async function () {
    const el = await story();
    const from = centre(el);
    await preferReducedMotion(this);
    try {
      part(el, 'story-next')!.click();
      await nextFrame();
      await el.updateComplete;
      const to = centre(el);
      expect(Math.abs(to - from), 'moved').to.be.above(30 * DAY);
      await settled(el);
      expect(centre(el), 'there in one frame').to.be.closeTo(to, 1000);
      expect(progress(el)).to.equal('2 of 8');
    } finally {
      await resetMotion();
    }
  });

  it('follows a selection on the timeline, by pointer and by keys', async () => {
    const el = await story();
    eventEl(el, 'un-resolution')!.click();
    await settled(el);
    expect(storyTitle(el)).to.equal('UN adopts resolution on AI capacity-building');
    expect(progress(el)).to.equal('2 of 8');
    // The keys: → on the focused event moves focus to the next one; Enter selects it.
    eventEl(el, 'un-resolution')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(storyTitle(el)).to.equal('First Workshop on AI Capacity Building');
    expect(progress(el)).to.equal('3 of 8');
    // And from the page: select() moves the story too.
    el.select('side-event');
    await settled(el);
    expect(progress(el)).to.equal('6 of 8');
  });

  it('is one toolbar toggle away, beside the list, and the toggle is a user action', async () => {
    const { el } = await timelineFrom('/data/events.json', 1000);
    const toggle = part(el, 'story-toggle')!;
    expect(toggle.previousElementSibling!.getAttribute('part')).to.equal('list-toggle');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    const selected = nextEvent(el, 'timeline-select');
    toggle.click();
    expect((await selected).detail.event!.id).to.equal('gaigi');
    await settled(el);
    expect(el.view).to.equal('story');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(progress(el)).to.equal('1 of 8');
    toggle.click();
    await settled(el);
    expect(el.view).to.equal('timeline');
    expect(part(el, 'story')).to.equal(null);
  });

  it('at 320 px sits below a shorter timeline', async () => {
    const wide = await story(1000);
    const wideLanes = wide.shadowRoot!.querySelector('.lanes')!.getBoundingClientRect().height;
    const el = await story(320);
    const lanes = el.shadowRoot!.querySelector('.lanes')!.getBoundingClientRect();
    const panel = part(el, 'story')!.getBoundingClientRect();
    expect(lanes.height).to.be.at.most(11 * 16 + 1);
    expect(lanes.height).to.be.below(wideLanes);
    expect(panel.top).to.be.at.least(lanes.bottom - 1);
    expect(panel.width).to.be.at.most(320);
    expect(progress(el)).to.equal('1 of 8');
    const next = part(el, 'story-next')!.getBoundingClientRect();
    expect(next.right).to.be.at.most(panel.right + 0.5);
  });

  it('has no serious or critical axe finding, light and dark', async () => {
    const el = await story();
    await expect(el).to.be.accessible();
    part(el, 'story-next')!.click();
    el.theme = 'dark';
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('resumes where it was after the list, and begins again with new data', async () => {
    const el = await story();
    el.select('workshop-2');
    await settled(el);
    el.view = 'list';
    await settled(el);
    el.view = 'story';
    await settled(el);
    expect(progress(el)).to.equal('7 of 8');
    const other = await timelineWith([
      { id: 'a', title: 'A', start: '2001' },
      { id: 'b', title: 'B', start: '2002' },
    ]);
    other.view = 'story';
    await settled(other);
    expect(progress(other)).to.equal('1 of 2');
    expect(part(other, 'story')!.querySelector('.story-head')).to.equal(null);
  });
});
