import { expect } from '@open-wc/testing';
import { TIMELINEJS_PAIR, eventIds, settled, timelineWith } from '../harness.js';

// The first test of its own page: the TimelineJS/CSV readers are not loaded yet.
describe('<event-timeline> readers of other formats, loaded on demand', () => {
  it('shows a TimelineJS file once its reader loads, busy meanwhile; a newer read wins', async () => {
    const el = await timelineWith([{ id: 'first', title: 'First', start: '2020-01-01' }]);
    el.events = TIMELINEJS_PAIR;
    await el.updateComplete;
    // Waiting for the reader: what was shown stays, the plot says it is busy.
    expect(eventIds(el)).to.deep.equal(['first']);
    const plot = el.shadowRoot!.querySelector('[part="plot"]')!;
    expect(plot.getAttribute('aria-busy')).to.equal('true');
    // A plain list set meanwhile is read at once, and the TimelineJS file never replaces it.
    el.events = [{ id: 'newer', title: 'Newer', start: '2021-01-01' }];
    await el.updateComplete;
    expect(eventIds(el)).to.deep.equal(['newer']);
    await import('../../src/model/format-readers.js');
    await settled(el);
    expect(eventIds(el)).to.deep.equal(['newer']);
    expect(plot.getAttribute('aria-busy')).to.equal('false');
    // Loaded now: read in the same update, like our own JSON.
    const loaded = new Promise((resolve) => el.addEventListener('timeline-load', resolve));
    el.events = TIMELINEJS_PAIR;
    await el.updateComplete;
    await loaded;
    await settled(el);
    expect(eventIds(el).length).to.equal(2);
  });

  it('reads CSV text the same way', async () => {
    const el = await timelineWith([]);
    el.loadText('title,start\nLaunch,1969-07-16\nLanding,1969-07-20\n', 'missions.csv');
    await settled(el);
    expect(eventIds(el).length).to.equal(2);
    expect(el.problems).to.deep.equal([]);
  });
});
