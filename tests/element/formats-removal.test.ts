import { expect } from '@open-wc/testing';
import { TIMELINEJS_PAIR, eventIds, settled, timelineWith } from '../harness.js';

// Alone in its page, so the TimelineJS/CSV readers are not loaded when it starts.
describe('<event-timeline> removed while a format reader loads', () => {
  it('still shows a TimelineJS file whose reader arrived while the element was out', async () => {
    const el = await timelineWith([]);
    const home = el.parentElement!;
    el.events = TIMELINEJS_PAIR;
    await el.updateComplete;
    expect(eventIds(el), 'waiting for the reader').to.deep.equal([]);
    el.remove();
    await import('../../src/model/format-readers.js');
    await new Promise((resolve) => setTimeout(resolve, 0));
    home.append(el);
    await settled(el);
    expect(eventIds(el).length).to.equal(2);
  });
});
