import { expect } from '@open-wc/testing';
import article from '../../data/events.json' with { type: 'json' };
import { dotCentre, eventEl, paintedAt, plot, timelineFrom, timelineWith } from '../harness.js';
import type { EventTimeline } from '../harness.js';

/** The event labels as an image draws them: its texts in the font of the labels. */
async function drawnLabels(el: EventTimeline): Promise<{ text: string; x: number }[]> {
  const doc = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
  return [...doc.querySelectorAll('g[data-layer="event-labels"] text')].map((t) => ({
    text: t.textContent,
    x: Number(t.getAttribute('x')),
  }));
}

describe('event labels', () => {
  it('draws every title of the article in full at 1000 px', async () => {
    const { el } = await timelineFrom('/data/events.json', 1000);
    const labels = (await drawnLabels(el)).map((l) => l.text);
    expect(labels.sort()).to.deep.equal(article.events.map((e) => e.title).sort());
  });

  it('sets a label that would run past the right edge left of its mark, in full', async () => {
    const title = 'A late event with a long title';
    const el = await timelineWith(
      [
        { id: 'early', title: 'Early', start: '2000-01-01' },
        { id: 'late', title, start: '2010-01-01' },
      ],
      600,
    );
    const button = eventEl(el, 'late')!;
    const box = button.getBoundingClientRect();
    // The button covers the label, then the dot at its right end, inside the plot.
    const dotX = box.right - 6;
    expect(paintedAt(el, dotX, box.top + box.height / 2)[3]).to.be.above(0);
    expect(box.width).to.be.above(150);
    expect(box.right).to.be.at.most(plot(el).getBoundingClientRect().right);
    const late = (await drawnLabels(el)).find((l) => l.text.startsWith('A late'))!;
    expect(late.text).to.equal(title);
    const origin = plot(el).getBoundingClientRect().left;
    expect(late.x + origin).to.be.closeTo(box.left, 1);
    expect(el.shadowRoot!.querySelector('.flipped')).to.equal(button);
    // The early one still reads right of its mark.
    const early = eventEl(el, 'early')!;
    expect(early.getBoundingClientRect().left).to.be.closeTo(dotCentre(early)[0] - 6, 1.5);
  });

  it('at 320 px cuts what has no room with an ellipsis, and names it in full', async () => {
    const { el } = await timelineFrom('/data/events.json', 320);
    const labels = (await drawnLabels(el)).map((l) => l.text);
    expect(labels.some((l) => l.endsWith('…'))).to.equal(true);
    const cut = article.events.find((e) => !labels.includes(e.title))!;
    const button = eventEl(el, cut.id);
    if (button) expect(button.getAttribute('aria-label')).to.match(new RegExp(`^${cut.title}, `));
  });

  it('in dense data gives a label the room its lane has, in full where the lane is free', async () => {
    // 61 crewed flights: labels are packed short (220 px) so that every event finds a lane…
    const { el } = await timelineFrom('/data/space-race.json', 1000);
    const labels = (await drawnLabels(el)).map((l) => l.text);
    // …and one whose lane is free after it still reads in full.
    expect(labels).to.include('Vostok 1: Yuri Gagarin, first human in space');
    expect(labels).to.include('Freedom 7: Alan Shepard, first American in space');
    expect(el.shadowRoot!.querySelectorAll('[part="cluster"]').length).to.equal(0);
  });
});
