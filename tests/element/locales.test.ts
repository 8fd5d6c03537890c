import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { button, eventEl, settled, timelineWith } from '../harness.js';

describe('<event-timeline> languages, directions and time zones', () => {
  it('speaks the locale’s language in its own words and dates', async () => {
    const el = await timelineWith(
      [{ id: 'a', title: 'Vers', start: '1850~' }],
      800,
      'locale="fr-FR"',
    );
    // The French words load on demand, then the element updates.
    await waitUntil(() => button(el, 'Zoom avant'), 'the French words never arrived');
    await settled(el);
    expect(eventEl(el, 'a')!.getAttribute('aria-label')).to.equal('Vers, vers 1850');
  });

  it('follows the page’s lang attribute, and takes replacement words', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="zh-CN" style="width: 600px"></div>`);
    const el = document.createElement('event-timeline');
    el.events = [{ title: '第二届人工智能能力建设研讨班', start: '2025-05-12', end: '2025-05-17' }];
    page.append(el);
    await waitUntil(() => button(el, '放大'), 'the Chinese words never arrived');
    el.strings = { zoomIn: '放大视图' };
    await settled(el);
    expect(button(el, '放大视图')).to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="event"]')!.getAttribute('aria-label')).to.contain(
      '2025',
    );
  });

  it('on a right-to-left page mirrors its chrome but keeps time running left to right', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="he" style="width: 600px"></div>`,
    );
    const el = document.createElement('event-timeline');
    el.events = [
      { id: 'early', title: 'ראשון', start: '2020' },
      { id: 'late', title: 'אחרון', start: '2024' },
    ];
    page.append(el);
    await settled(el);
    const early = eventEl(el, 'early')!.getBoundingClientRect();
    const late = eventEl(el, 'late')!.getBoundingClientRect();
    expect(early.left).to.be.below(late.left);
    const toolbar = el.shadowRoot!.querySelector('.toolbar')!;
    const controls = el.shadowRoot!.querySelector('[part="controls"]')!.getBoundingClientRect();
    expect(controls.left).to.be.below(toolbar.getBoundingClientRect().left + 200);
  });

  it('shows date-times in the time-zone attribute’s zone, and calendar dates unchanged', async () => {
    const el = await timelineWith(
      [
        { id: 't', title: 'Launch', start: '1969-07-16T13:32Z' },
        { id: 'd', title: 'Landing day', start: '1969-07-20' },
      ],
      800,
      'time-zone="America/New_York" locale="en-US"',
    );
    expect(eventEl(el, 't')!.getAttribute('aria-label')).to.match(
      /^Launch, July 16, 1969 at 9:32 AM (EDT|GMT-4)$/,
    );
    expect(eventEl(el, 'd')!.getAttribute('aria-label')).to.equal('Landing day, July 20, 1969');
    el.timeZone = 'Asia/Tokyo';
    await settled(el);
    expect(eventEl(el, 't')!.getAttribute('aria-label')).to.match(
      /^Launch, July 16, 1969 at 10:32 PM (GMT\+9|JST)$/,
    );
    expect(eventEl(el, 'd')!.getAttribute('aria-label')).to.equal('Landing day, July 20, 1969');
  });

  it('says so when the time zone is unknown, and keeps working', async () => {
    const el = await timelineWith([{ title: 'x', start: '2024' }], 600, 'time-zone="Mars/Olympus"');
    const error = el.shadowRoot!.querySelector('[part="error"] p')!.textContent;
    expect(error).to.equal(
      'time-zone "Mars/Olympus" is not a time zone this browser knows; use an IANA name such as Europe/Paris or UTC',
    );
    expect(el.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(1);
  });

  it('fits 320 px without overflowing', async () => {
    const el = await timelineWith(
      [
        { title: 'A fairly long title for a narrow screen', start: '2024-01' },
        { title: 'Another', start: '2024-06', end: '2024-09' },
      ],
      320,
    );
    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.shadowRoot!.querySelector('.toolbar')!.scrollWidth).to.be.at.most(320);
  });
});
