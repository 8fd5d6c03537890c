import { expect } from '@open-wc/testing';
import { axisLabels, eventEl, settled, timelineWith } from '../harness.js';
import type { EventTimeline } from '../harness.js';

const mark = (el: EventTimeline, id: string) =>
  eventEl(el, id)!.querySelector<HTMLElement>('.mark')!;

describe('<event-timeline> kinds of dates and marks', () => {
  it('draws approximate and uncertain dates fuzzy, and writes them so', async () => {
    const el = await timelineWith([
      { id: 'c', title: 'About then', start: '1850~' },
      { id: 'q', title: 'Maybe then', start: '1860?' },
      { id: 'sure', title: 'Certain', start: '1870' },
    ]);
    expect(eventEl(el, 'c')!.classList.contains('fuzzy')).to.equal(true);
    expect(eventEl(el, 'q')!.classList.contains('fuzzy')).to.equal(true);
    expect(eventEl(el, 'sure')!.classList.contains('fuzzy')).to.equal(false);
    expect(eventEl(el, 'c')!.getAttribute('aria-label')).to.equal('About then, c. 1850');
    expect(eventEl(el, 'q')!.getAttribute('aria-label')).to.equal('Maybe then, 1860?');
    expect(getComputedStyle(eventEl(el, 'c')!.querySelector('.dot')!).borderTopStyle).to.equal(
      'dashed',
    );
  });

  it('draws an open end to the last date in the file, fading out', async () => {
    const el = await timelineWith([
      { id: 'open', title: 'Still going', start: '2020', end: '..' },
      { id: 'late', title: 'Later', start: '2024-06' },
    ]);
    const open = eventEl(el, 'open')!;
    expect(open.classList.contains('open')).to.equal(true);
    expect(open.getAttribute('aria-label')).to.equal('Still going, 2020 – …');
    const late = eventEl(el, 'late')!.getBoundingClientRect();
    expect(mark(el, 'open').getBoundingClientRect().right).to.be.at.least(late.left);
    expect(getComputedStyle(mark(el, 'open')).maskImage).to.contain('linear-gradient');
  });

  it('colours events by category in order of first appearance; an own colour wins', async () => {
    const el = await timelineWith([
      { id: 'a', title: 'A', start: '2020', category: 'science' },
      { id: 'b', title: 'B', start: '2021', category: 'politics' },
      { id: 'c', title: 'C', start: '2022', category: 'science' },
      { id: 'd', title: 'D', start: '2023', category: 'science', color: '#ff0000' },
    ]);
    el.style.setProperty('--event-timeline-category-2', 'rgb(0, 128, 0)');
    await settled(el);
    const dot = (id: string) =>
      getComputedStyle(eventEl(el, id)!.querySelector('.dot')!).backgroundColor;
    expect(dot('a')).to.equal(dot('c'));
    expect(dot('a')).to.not.equal(dot('b'));
    expect(dot('b')).to.equal('rgb(0, 128, 0)');
    expect(dot('d')).to.equal('rgb(255, 0, 0)');
  });

  it('draws eras behind the events, labelled', async () => {
    const el = await timelineWith([]);
    el.events = {
      eras: [
        { title: 'First term', start: '2017-01-20', end: '2021-01-20' },
        { title: 'Second term', start: '2021-01-20', end: '2025-01-20' },
      ],
      events: [
        { title: 'Early', start: '2018-05' },
        { title: 'Late', start: '2023-05' },
      ],
    };
    await settled(el);
    const eras = [...el.shadowRoot!.querySelectorAll('[part="era"]')].map((e) =>
      e.textContent.trim(),
    );
    expect(eras).to.deep.equal(['First term', 'Second term']);
  });

  it('lays out dates before the common era, with no year 0 on the axis', async () => {
    const el = await timelineWith([
      { id: 'caesar', title: 'Caesar crosses the Rubicon', start: '-0048-01' },
      { id: 'augustus', title: 'Augustus dies', start: '0014-08-19' },
    ]);
    expect(eventEl(el, 'caesar')!.getAttribute('aria-label')).to.equal(
      'Caesar crosses the Rubicon, January 49 BC',
    );
    const labels = axisLabels(el);
    expect(labels.some((l) => / BC$/.test(l))).to.equal(true);
    expect(labels).to.not.include('0');
  });
});
